import type { CellValue, Grid } from "../domain/grid/cellValue";
import { startsLikeFormula } from "../domain/text/formulaText";
import { ExcelAdapterError } from "./excelAdapterError";

/** What `Range.values` accepts and returns. */
export type ExcelCell = string | number | boolean;

/**
 * Excel parses text written through `Range.values` as if typed: "1.1" (a target code) becomes the number 1.1,
 * "16.10" becomes 16.1, "31/12/2030" a date, "=…", "+…", "-…" or "@…" a formula, "TRUE" a boolean. A leading
 * apostrophe keeps such text as text: it is not stored, and the cell keeps the quote prefix, so the text stays text
 * when someone edits it later (SheetSpec's text-safety rule). This says which strings need it; false positives
 * only cost the apostrophe.
 */
export function needsTextPrefix(text: string): boolean {
  if (startsLikeFormula(text)) return true;
  const trimmed = text.trim();
  if (trimmed === "") return false;
  if (/^[=+\-@'#]/.test(trimmed)) return true;
  if (/^(true|false)$/i.test(trimmed)) return true;
  return /\d/.test(trimmed) && /^[\d\s.,:/%()$€₫eE+-]+$/.test(trimmed);
}

/**
 * A grid in the exact shape `Range.values` needs: rectangular, empty cells as "" (null would leave the cell
 * unchanged), numbers as numbers, text protected from Excel's parsing unless the cell is formatted as text.
 */
export function toExcelRows(grid: Grid, width: number, isTextCell: (row: number, column: number) => boolean): ExcelCell[][] {
  return grid.map((row, r) => {
    const cells: ExcelCell[] = [];
    for (let c = 0; c < width; c += 1) cells.push(toExcelCell(row[c] ?? null, isTextCell(r, c)));
    return cells;
  });
}

function toExcelCell(value: CellValue, textCell: boolean): ExcelCell {
  if (value === null) return "";
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new ExcelAdapterError("InvalidValue", `Cannot write ${value} to a cell`);
    return value;
  }
  if (typeof value === "boolean") return value;
  // A cell formatted as text ("@") takes what it is given as text, formulas included, and keeps it text on edit;
  // an apostrophe there might be kept as a character, so it gets none.
  return !textCell && needsTextPrefix(value) ? `'${value}` : value;
}

/** Values read back: Office.js reports empty cells as "", the port as null. */
export function fromExcelRows(values: readonly (readonly unknown[])[]): CellValue[][] {
  return values.map((row) => row.map(fromExcelCell));
}

function fromExcelCell(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

export function gridWidth(grid: Grid): number {
  return grid.reduce((max, row) => Math.max(max, row.length), 0);
}
