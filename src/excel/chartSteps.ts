import { addInChartName } from "../workbook/chartNames";
import type { ChartSeriesSpec, ChartSpec } from "../workbook/port";
import { parseBlockAddress } from "./addressing";
import type { WriteStep } from "./writeSteps";
import { smallStep } from "./writeSteps";

const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barStacked: "BarStacked",
  pie: "Pie",
} as const satisfies Record<ChartSpec["kind"], Excel.ChartType | `${Excel.ChartType}`>;

/** Calls queued per chart besides its series: add, name, title, position, legend. */
const CALLS_PER_CHART = 6;
/** Calls queued per series: item, name, values, categories, colour. */
const CALLS_PER_SERIES = 5;

/**
 * Draws a sheet's charts in one step, queued without a read: the sync count stays the same however many charts,
 * series or rows there are. Each chart is named addInChartName(n), so a later rewrite finds and removes it.
 */
export function addChartsStep(sheetName: string, charts: readonly ChartSpec[]): WriteStep {
  const calls = charts.reduce((sum, chart) => sum + CALLS_PER_CHART + chart.series.length * CALLS_PER_SERIES, 0);
  return smallStep(calls, charts, (session) => {
    const sheet = session.sheet(sheetName);
    charts.forEach((spec, index) => addChart(sheet, spec, addInChartName(index + 1)));
  });
}

/** Removes the add-in's charts a sheet had before it is rewritten (the user's own charts stay). */
export function deleteChartsStep(sheetName: string, names: readonly string[]): WriteStep {
  return smallStep(names.length, names, (session) => {
    const charts = session.sheet(sheetName).charts;
    for (const name of names) charts.getItem(name).delete();
  });
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec, name: string): void {
  const first = spec.series[0];
  if (!first) return; // drawableCharts keeps charts with series only
  // Excel needs a source to create a chart; the first series' values make exactly one series, set explicitly below.
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(first.values), seriesByOf(first.values));
  chart.name = name;
  chart.title.text = spec.title;
  chart.setPosition(spec.from, spec.to);
  chart.legend.position = "Bottom";
  chart.legend.visible = true;
  const categories = sheet.getRange(spec.categories);
  spec.series.forEach((series, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(series.name);
    setSeries(sheet, target, series, categories, spec.kind !== "pie");
  });
}

/** A pie colours its slices by category; a series colour would paint it all one colour, so it is not used. */
function setSeries(sheet: Excel.Worksheet, target: Excel.ChartSeries, series: ChartSeriesSpec, categories: Excel.Range, colored: boolean): void {
  target.name = series.name;
  target.setValues(sheet.getRange(series.values));
  target.setXAxisValues(categories);
  if (colored && series.color) target.format.fill.setSolidColor(series.color);
}

/** One row of values is one series by rows; anything else (a column) by columns. */
function seriesByOf(address: string): "Rows" | "Columns" {
  const block = parseBlockAddress(address);
  return block && block.rowCount === 1 && block.columnCount > 1 ? "Rows" : "Columns";
}
