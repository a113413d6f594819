import { columnIndex, columnLetters } from "../../../src/domain/grid/cellAddress";

/** Zero-based rectangle of cells. */
export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export const SHEET_ROWS = 1_048_576;
export const SHEET_COLUMNS = 16_384;
export const WHOLE_SHEET: Rect = { row: 0, column: 0, rowCount: SHEET_ROWS, columnCount: SHEET_COLUMNS };

interface Corner {
  readonly row: number | null;
  readonly column: number | null;
}

function parseCorner(text: string): Corner | null {
  const match = /^(\$?([A-Za-z]{1,3}))?(\$?(\d{1,7}))?$/.exec(text);
  if (!match || (!match[2] && !match[4])) return null;
  const column = match[2] ? columnIndex(match[2]) : null;
  if (match[2] && column === null) return null;
  const row = match[4] ? Number(match[4]) - 1 : null;
  if (row !== null && (row < 0 || row >= SHEET_ROWS)) return null;
  return { row, column };
}

/** "A1", "$A$1:$B$2", "A:C", "3:10" (no sheet part); null when Excel would reject it. */
export function parseLocalAddress(text: string): Rect | null {
  const parts = text.trim().split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const first = parseCorner(parts[0]!);
  const second = parts.length === 2 ? parseCorner(parts[1]!) : first;
  if (!first || !second) return null;
  const rowsOnly = first.column === null && second.column === null;
  const columnsOnly = first.row === null && second.row === null;
  if (parts.length === 1 && (rowsOnly || columnsOnly)) return null;
  if ((first.row === null) !== (second.row === null) || (first.column === null) !== (second.column === null)) return null;
  const top = rowsOnly || !columnsOnly ? Math.min(first.row ?? 0, second.row ?? 0) : 0;
  const bottom = columnsOnly ? SHEET_ROWS - 1 : Math.max(first.row ?? 0, second.row ?? 0);
  const left = rowsOnly ? 0 : Math.min(first.column ?? 0, second.column ?? 0);
  const right = rowsOnly ? SHEET_COLUMNS - 1 : Math.max(first.column ?? 0, second.column ?? 0);
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** Splits "'Chỉ tiêu'!$A$1:$B$2" into its sheet name and local part; sheet is null when absent. */
export function splitSheetQualified(text: string): { readonly sheet: string | null; readonly local: string } | null {
  const trimmed = text.trim();
  const quoted = /^'((?:[^']|'')+)'!(.+)$/.exec(trimmed);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), local: quoted[2]! };
  const bang = trimmed.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: trimmed };
  const sheet = trimmed.slice(0, bang);
  if (!/^[^\s'!:[\]*?/\\]+$/u.test(sheet)) return null;
  return { sheet, local: trimmed.slice(bang + 1) };
}

/** Address text as Office.js reports it: "A1:K105", "C:C", "3:10". */
export function rectToA1(rect: Rect): string {
  const lastRow = rect.row + rect.rowCount - 1;
  const lastColumn = rect.column + rect.columnCount - 1;
  if (rect.row === 0 && rect.rowCount === SHEET_ROWS) {
    return `${columnLetters(rect.column)}:${columnLetters(lastColumn)}`;
  }
  if (rect.column === 0 && rect.columnCount === SHEET_COLUMNS) return `${rect.row + 1}:${lastRow + 1}`;
  const first = `${columnLetters(rect.column)}${rect.row + 1}`;
  if (rect.rowCount === 1 && rect.columnCount === 1) return first;
  return `${first}:${columnLetters(lastColumn)}${lastRow + 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellCount(rect: Rect): number {
  return rect.rowCount * rect.columnCount;
}

export function containsCell(rect: Rect, row: number, column: number): boolean {
  return row >= rect.row && row < rect.row + rect.rowCount && column >= rect.column && column < rect.column + rect.columnCount;
}

export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.rowCount &&
    b.row < a.row + a.rowCount &&
    a.column < b.column + b.columnCount &&
    b.column < a.column + a.columnCount
  );
}

/** True when `inner` lies entirely inside `outer`. */
export function containsRect(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rowCount <= outer.row + outer.rowCount &&
    inner.column + inner.columnCount <= outer.column + outer.columnCount
  );
}

export function sameRect(a: Rect, b: Rect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

/** The parts of `a` outside `b`: up to four rectangles (above, below, left, right). */
export function subtractRect(a: Rect, b: Rect): Rect[] {
  if (!intersects(a, b)) return [a];
  const parts: Rect[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rowCount, b.row + b.rowCount);
  if (a.row < top) parts.push({ row: a.row, column: a.column, rowCount: top - a.row, columnCount: a.columnCount });
  if (bottom < a.row + a.rowCount) {
    parts.push({ row: bottom, column: a.column, rowCount: a.row + a.rowCount - bottom, columnCount: a.columnCount });
  }
  const left = Math.max(a.column, b.column);
  const right = Math.min(a.column + a.columnCount, b.column + b.columnCount);
  if (a.column < left) parts.push({ row: top, column: a.column, rowCount: bottom - top, columnCount: left - a.column });
  if (right < a.column + a.columnCount) {
    parts.push({ row: top, column: right, rowCount: bottom - top, columnCount: a.column + a.columnCount - right });
  }
  return parts;
}
