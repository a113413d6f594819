import { isSummaryChartId, summaryChartWords } from "../../../domain/consolidation/reportSheetText";
import { fromA1 } from "../../../domain/grid/cellAddress";
import type { ChartSpec, SheetSpec } from "../../../domain/sheet/sheetSpec";

/**
 * A native chart's numbers, read from the ranges of the sheet it is declared on: the pane draws the very charts the
 * report carries, from the same cells, so the page and the workbook cannot disagree. Their words follow the pane's
 * language; the report's own are Vietnamese.
 */
export interface ChartData {
  readonly title: string;
  readonly categories: readonly string[];
  readonly series: readonly {
    readonly name: string;
    readonly color: string | null;
    readonly values: readonly number[];
  }[];
}

/** Every chart of the sheets, in order. */
export function chartsOf(sheets: readonly SheetSpec[], language: "vi" | "en" = "vi"): ChartData[] {
  return sheets.flatMap((sheet) => (sheet.charts ?? []).map((chart) => chartData(sheet, chart, language)));
}

/** A chart the report names by its id takes its title and series names in the language; any other keeps its own. */
export function chartData(sheet: SheetSpec, chart: ChartSpec, language: "vi" | "en" = "vi"): ChartData {
  const words = isSummaryChartId(chart.id) ? summaryChartWords(chart.id, language) : null;
  return {
    title: words?.title ?? chart.title,
    categories: cellsOf(sheet, chart.categories).map((value) => (value === null ? "" : String(value))),
    series: chart.series.map((series, index) => ({
      name: words?.series[index] ?? series.name,
      color: series.color ?? null,
      values: cellsOf(sheet, series.values).map((value) => (typeof value === "number" ? value : 0)),
    })),
  };
}

/** The cells of a one-row or one-column range such as "C4:C11", in order. */
function cellsOf(sheet: SheetSpec, range: string): unknown[] {
  const [first, last = first] = range.split(":");
  const from = fromA1(first ?? "");
  const to = fromA1(last ?? "");
  if (!from || !to) return [];
  const cells: unknown[] = [];
  for (let row = from.row; row <= to.row; row++)
    for (let column = from.column; column <= to.column; column++) cells.push(sheet.values[row]?.[column] ?? null);
  return cells;
}
