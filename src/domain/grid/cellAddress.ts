/** Zero-based row and column of a cell. */
export interface CellPosition {
  readonly row: number;
  readonly column: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(column: number): string {
  if (!Number.isInteger(column) || column < 0 || column >= MAX_COLUMNS) {
    throw new RangeError(`Column index out of range: ${column}`);
  }
  let letters = "";
  let n = column + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "A" → 0, "AA" → 26; returns null for anything that is not a column name. */
export function columnIndex(letters: string): number | null {
  if (!/^[A-Za-z]{1,3}$/.test(letters)) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1 < MAX_COLUMNS ? n - 1 : null;
}

/** {row: 0, column: 0} → "A1". */
export function toA1(position: CellPosition): string {
  if (!Number.isInteger(position.row) || position.row < 0 || position.row >= MAX_ROWS) {
    throw new RangeError(`Row index out of range: ${position.row}`);
  }
  return `${columnLetters(position.column)}${position.row + 1}`;
}

/** "B3" → {row: 2, column: 1}; "$B$3" is accepted; anything else gives null. */
export function fromA1(address: string): CellPosition | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!match) return null;
  const column = columnIndex(match[1]!);
  const row = Number(match[2]) - 1;
  if (column === null || row < 0 || row >= MAX_ROWS) return null;
  return { row, column };
}

/** The A1 range covering `rows` × `columns` cells from `start`, e.g. "A1:D10". */
export function rangeA1(start: CellPosition, rows: number, columns: number): string {
  const end = { row: start.row + Math.max(rows, 1) - 1, column: start.column + Math.max(columns, 1) - 1 };
  const first = toA1(start);
  const last = toA1(end);
  return first === last ? first : `${first}:${last}`;
}
