import type { CellMark } from "./port";

/**
 * The add-in's marks on a user's cells, remembered in its metadata sheet so that they can be removed later, in
 * any session and from either runtime, restoring exactly what the cell had. `previousFill` is opaque to this
 * module: each adapter stores what it needs to put the fill back (a colour in Excel, a style index in a file).
 */
export interface MarkRecord {
  readonly sheet: string;
  readonly address: string;
  readonly fill: string;
  readonly note: string;
  readonly previousFill: string | null;
  readonly previousNote: string | null;
}

const PREFIX = "mark.";

export function markKey(sheet: string, address: string): string {
  return `${PREFIX}${sheet}!${address.toUpperCase()}`;
}

/** Metadata entries for new marks. A cell marked twice keeps the first previous state: that is the user's. */
export function markEntries(
  sheet: string,
  marks: readonly CellMark[],
  previous: (mark: CellMark) => { readonly fill: string | null; readonly note: string | null },
  existing: readonly MarkRecord[],
): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const mark of marks) {
    const earlier = existing.find((record) => record.sheet === sheet && record.address === mark.address.toUpperCase());
    const before = earlier ? { fill: earlier.previousFill, note: earlier.previousNote } : previous(mark);
    const record: MarkRecord = {
      sheet,
      address: mark.address.toUpperCase(),
      fill: mark.fill,
      note: mark.note,
      previousFill: before.fill,
      previousNote: before.note,
    };
    entries[markKey(sheet, mark.address)] = JSON.stringify(record);
  }
  return entries;
}

/** The marks recorded in a workbook's metadata; entries that do not parse are ignored (a damaged sheet). */
export function readMarks(metadata: Readonly<Record<string, string>>): MarkRecord[] {
  const records: MarkRecord[] = [];
  for (const [key, value] of Object.entries(metadata)) {
    if (!key.startsWith(PREFIX) || value === "") continue;
    try {
      const parsed = JSON.parse(value) as Partial<MarkRecord>;
      if (typeof parsed.sheet !== "string" || typeof parsed.address !== "string") continue;
      records.push({
        sheet: parsed.sheet,
        address: parsed.address,
        fill: String(parsed.fill ?? ""),
        note: String(parsed.note ?? ""),
        previousFill: typeof parsed.previousFill === "string" ? parsed.previousFill : null,
        previousNote: typeof parsed.previousNote === "string" ? parsed.previousNote : null,
      });
    } catch {
      continue;
    }
  }
  return records;
}

/**
 * The metadata after writing entries. A mark record written as "" is cleared: its row goes too, so that
 * unmarking leaves the metadata sheet as it was before marking.
 */
export function mergeMetadata(
  metadata: Readonly<Record<string, string>>,
  entries: Readonly<Record<string, string>>,
): Record<string, string> {
  const merged = { ...metadata, ...entries };
  for (const [key, value] of Object.entries(entries)) {
    if (key.startsWith(PREFIX) && value === "") delete merged[key];
  }
  return merged;
}

/** The marks clearMarks removes: all, or one sheet's. */
export function marksToClear(records: readonly MarkRecord[], sheet: string | null): MarkRecord[] {
  return records.filter((record) => sheet === null || record.sheet === sheet);
}
