import type { ChartSpec } from "../domain/sheet/sheetSpec";

/**
 * The names the add-in gives the charts it draws on a sheet, in both runtimes: Office.js shows a chart's name, and a
 * file keeps it on the drawing's frame (cNvPr name). A rewrite of the sheet removes the charts so named and leaves
 * the user's own charts alone; Excel keeps the name when it saves, so either runtime finds the other's charts.
 */
const ADD_IN_CHART = /^PT_chart_\d+$/;

/** The name of a sheet's n-th chart, from 1. */
export function addInChartName(n: number): string {
  return `PT_chart_${n}`;
}

export function isAddInChart(name: string): boolean {
  return ADD_IN_CHART.test(name);
}

/**
 * The charts either adapter draws: those with at least one series. Excel cannot create a chart from nothing, so an
 * empty one is skipped in both runtimes, and the names count only the charts drawn.
 */
export function drawableCharts(charts: readonly ChartSpec[] | undefined): readonly ChartSpec[] {
  return (charts ?? []).filter((chart) => chart.series.length > 0);
}
