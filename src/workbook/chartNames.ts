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
