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

/** Our metadata sheet is "_plan_tracker", or "_plan_tracker_2"… when a user's own sheet already had that name. */
export function isMetadataSheetName(name: string): boolean {
  return /^_plan_tracker(_\d+)?$/i.test(name);
}

/** A sheet is our metadata only if it is hidden and starts with our key/value header; a user's sheet is not. */
export function looksLikeMetadata(visibility: string, grid: Grid): boolean {
  const [first] = grid;
  return visibility !== "visible" && first?.[0] === HEADER[0] && first?.[1] === HEADER[1];
}

/**
 * Where the metadata lives: the first verified metadata sheet, or else the first metadata name no sheet has,
 * so that a user's sheet that happens to be called "_plan_tracker" is never rewritten or hidden.
 */
export function chooseMetadataSheet(
  sheets: readonly { readonly name: string; readonly visibility: string }[],
  verified: (name: string) => boolean,
): { readonly name: string; readonly exists: boolean } {
  const ours = sheets.find((sheet) => isMetadataSheetName(sheet.name) && verified(sheet.name));
  if (ours) return { name: ours.name, exists: true };
  const taken = new Set(sheets.map((sheet) => sheet.name.toLowerCase()));
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? METADATA_SHEET : `${METADATA_SHEET}_${n}`;
    if (!taken.has(name.toLowerCase())) return { name, exists: false };
  }
}
