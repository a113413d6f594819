import { columnIndex, columnLetters, MAX_COLUMNS, MAX_ROWS } from "../domain/grid/cellAddress";

/** Zero-based block of cells. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** "B3" or "$B$3:$D$10" (no sheet part); null for anything else, whole rows and columns included. */
export function parseBlockAddress(address: string): CellBlock | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?$/.exec(address.trim());
  if (!match) return null;
  const firstColumn = columnIndex(match[1]!);
  const lastColumn = match[3] ? columnIndex(match[3]) : firstColumn;
  const firstRow = Number(match[2]) - 1;
  const lastRow = match[4] ? Number(match[4]) - 1 : firstRow;
  if (firstColumn === null || lastColumn === null) return null;
  if ([firstRow, lastRow].some((row) => row < 0 || row >= MAX_ROWS)) return null;
  if ([firstColumn, lastColumn].some((column) => column >= MAX_COLUMNS)) return null;
  const row = Math.min(firstRow, lastRow);
  const column = Math.min(firstColumn, lastColumn);
  return { row, column, rowCount: Math.abs(lastRow - firstRow) + 1, columnCount: Math.abs(lastColumn - firstColumn) + 1 };
}

/** Always quoted: valid for every sheet name, Vietnamese and spaces included. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "C:C" for the zero-based column 2. */
export function columnAddress(column: number): string {
  const letters = columnLetters(column);
  return `${letters}:${letters}`;
}

/** "5:10" for 1-based rows 5 to 10. */
export function rowsAddress(from: number, to: number): string {
  return `${from}:${to}`;
}

/** Column width as exceljs and openpyxl store it (characters, padding included) to points at 96 dpi. */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return pixels * 0.75;
}
