import { rangeA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import type { StyleSpec } from "../sheet/sheetSpec";

/** Points per line of the default 11-point font. */
const LINE = 15;
/** Excel's largest row height. */
const MAX_HEIGHT = 409;

/**
 * Row heights that show wrapped text whole. Files carry no heights for wrapped rows unless told, and LibreOffice and
 * WPS then draw one line over the next; a height estimated from the text and the column width fixes that
 * everywhere. Rows of equal height share one range.
 */
export function fittedRowHeights(values: readonly (readonly CellValue[])[], widths: readonly number[], fromRow: number): StyleSpec[] {
  const heights = values.map((row, index) => (index < fromRow ? null : heightOf(row, widths)));
  const styles: StyleSpec[] = [];
  let start = 0;
  for (let index = 1; index <= heights.length; index++) {
    if (index < heights.length && heights[index] === heights[start]) continue;
    const height = heights[start];
    if (height !== null && height !== undefined && height > LINE) {
      styles.push({ address: rangeA1({ row: start, column: 0 }, index - start, 1), rowHeight: height });
    }
    start = index;
  }
  return styles;
}

function heightOf(row: readonly CellValue[], widths: readonly number[]): number {
  let lines = 1;
  row.forEach((value, column) => {
    if (typeof value !== "string" || value === "") return;
    const perLine = Math.max(4, Math.floor(widths[column] ?? 10) - 2);
    const count = value.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return Math.min(MAX_HEIGHT, lines * LINE);
}
