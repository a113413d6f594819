import { markEntries, markKey, marksToClear, readMarks } from "../../workbook/cellMarks";
import { argb } from "./argb";
import type { CellMark } from "../../workbook/port";
import type { WorkbookPackage } from "../package/workbookPackage";
import { parseXml, serializeXml } from "../package/xmlParts";
import { SheetNotes } from "./legacyNotes";
import { cellElement } from "./patchCells";
import { StyleEditor } from "./styleEditor";
import { sheetPart } from "./writeRangeInPackage";

/** What a file remembers of a cell's fill: its cell format index ("s:12"), put back as it was. */
const styleToken = (index: number): string => `s:${index}`;

/**
 * Fills each cell and attaches a note, in the sheet's own parts. Returns the metadata entries that remember what
 * each cell had before, so that clearMarks can restore it.
 */
export async function applyMarks(
  pkg: WorkbookPackage,
  sheetName: string,
  marks: readonly CellMark[],
  metadata: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  if (marks.length === 0) return {};
  const part = sheetPart(pkg, sheetName);
  const sheet = parseXml((await pkg.zip.text(part)) ?? "");
  const notes = await SheetNotes.open(pkg, part, sheet);
  const styles = new StyleEditor(pkg);
  await styles.load();
  const earlier = readMarks(metadata).filter((record) => record.sheet === sheetName);
  const entries = markEntries(
    sheetName,
    marks,
    (mark) => ({ fill: styleToken(Number(cellElement(sheet, mark.address, false)?.getAttribute("s") ?? 0)), note: notes.text(mark.address) }),
    readMarks(metadata),
  );
  for (const mark of marks) {
    const cell = cellElement(sheet, mark.address, true)!;
    cell.setAttribute("s", String(styles.withFill(Number(cell.getAttribute("s") ?? 0), mark.fill)));
    // A note the user wrote is never overwritten: the cell gets the fill only, and the pane lists the problem.
    const note = notes.text(mark.address);
    const ours = earlier.some((record) => record.address === mark.address.toUpperCase() && record.note === note);
    if (note === null || ours) notes.set(mark.address, mark.note);
  }
  styles.save();
  notes.save();
  pkg.zip.put(part, serializeXml(sheet));
  return entries;
}

/**
 * Removes the add-in's marks. A cell gets its old format back only while it still shows our fill, and its old
 * note only while the note is still ours: whatever the user changed since stays.
 */
export async function clearMarks(
  pkg: WorkbookPackage,
  sheetName: string | null,
  metadata: Readonly<Record<string, string>>,
): Promise<Record<string, string>> {
  const records = marksToClear(readMarks(metadata), sheetName);
  const cleared: Record<string, string> = {};
  const bySheet = new Map<string, typeof records>();
  for (const record of records) bySheet.set(record.sheet, [...(bySheet.get(record.sheet) ?? []), record]);
  const styles = new StyleEditor(pkg);
  await styles.load();
  for (const [name, sheetRecords] of bySheet) {
    const part = pkg.sheets().find((sheet) => sheet.name === name)?.part;
    if (part) {
      const sheet = parseXml((await pkg.zip.text(part)) ?? "");
      const notes = await SheetNotes.open(pkg, part, sheet);
      for (const record of sheetRecords) {
        const cell = cellElement(sheet, record.address, false);
        const previous = /^s:(\d+)$/.exec(record.previousFill ?? "");
        if (cell && previous && styles.fillOf(Number(cell.getAttribute("s") ?? 0)) === argb(record.fill)) {
          if (previous[1] === "0") cell.removeAttribute("s");
          else cell.setAttribute("s", previous[1]!);
        }
        if (notes.text(record.address) === record.note) {
          if (record.previousNote === null) notes.remove(record.address);
          else notes.set(record.address, record.previousNote);
        }
      }
      notes.save();
      pkg.zip.put(part, serializeXml(sheet));
    }
    for (const record of sheetRecords) cleared[markKey(record.sheet, record.address)] = "";
  }
  return cleared;
}
