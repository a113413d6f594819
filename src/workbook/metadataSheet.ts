import type { Grid } from "../domain/grid/cellValue";

/**
 * The add-in keeps its metadata (which plan, which sheets it made, template version…) as key/value rows in a
 * very hidden sheet. Unlike Office settings or custom XML parts, a sheet survives exceljs, LibreOffice and
 * openpyxl round trips, so a returned file still tells us what it is. LibreOffice saves it as merely hidden.
 */
export const METADATA_SHEET = "_plan_tracker";

const HEADER = ["key", "value"] as const;

export function metadataToGrid(entries: Readonly<Record<string, string>>): Grid {
  const keys = Object.keys(entries).sort();
  return [[...HEADER], ...keys.map((key) => [key, entries[key] ?? ""])];
}

/** Reads the key/value rows back; rows without a text key are ignored. */
export function gridToMetadata(grid: Grid): Record<string, string> {
  const entries: Record<string, string> = {};
  grid.forEach((row, index) => {
    const [key, value] = row;
    if (index === 0 && key === HEADER[0]) return;
    if (typeof key !== "string" || key.trim() === "") return;
    entries[key.trim()] = value === null || value === undefined ? "" : String(value);
  });
  return entries;
}
