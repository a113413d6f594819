import { fromA1 } from "../../../domain/grid/cellAddress";
import type { ChartSpec, SheetSpec } from "../../../domain/sheet/sheetSpec";

/**
 * A native chart's numbers, read from the ranges of the sheet it is declared on: the pane draws the very charts the
 * report carries, from the same cells, so the page and the workbook cannot disagree.
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
export function chartsOf(sheets: readonly SheetSpec[]): ChartData[] {
  return sheets.flatMap((sheet) => (sheet.charts ?? []).map((chart) => chartData(sheet, chart)));
}

export function chartData(sheet: SheetSpec, chart: ChartSpec): ChartData {
  return {
    title: chart.title,
    categories: cellsOf(sheet, chart.categories).map((value) => (value === null ? "" : String(value))),
    series: chart.series.map((series) => ({
      name: series.name,
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
