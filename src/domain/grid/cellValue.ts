/** What a cell holds, in the shape of Office.js Range.values: text, number, boolean or empty. */
export type CellValue = string | number | boolean | null;

/** A rectangular block of cells, row-major. Rows may be ragged when read from files. */
export type Grid = readonly (readonly CellValue[])[];

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** Pads ragged rows with nulls so every row has the same width. */
export function rectangular(grid: Grid): CellValue[][] {
  const width = grid.reduce((max, row) => Math.max(max, row.length), 0);
  return grid.map((row) => {
    const padded: CellValue[] = [...row];
    while (padded.length < width) padded.push(null);
    return padded;
  });
}
