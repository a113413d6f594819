import type { Rect } from "./addresses";
import { cellCount, containsRect, intersects, sameRect, subtractRect } from "./addresses";
import { FakeLimitationError, officeError } from "./errors";
import type { FormatPatch, SheetState, StoredValue, ValidationState, WorkbookState } from "./state";
import { cellKey, clearHyperlinks, clearValues, getCell, layersTouching, liveSheets, resolveFormat, setCell } from "./state";

export interface RangeTarget {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

const MAX_OUTLINE_LEVEL = 8;

/** A sheet under protection refuses every change except values in unlocked cells (as Excel does by default). */
export function assertEditable(target: RangeTarget, location: string, valuesOnly = false): void {
  const { sheet, rect } = target;
  if (!sheet.protection.protected) return;
  if (!valuesOnly) throw officeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
  const layers = layersTouching(sheet, rect);
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
    for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
      if (resolveFormat(layers, row, column).locked) {
        throw officeError("AccessDenied", location, `cell is locked on protected sheet "${sheet.name}"`);
      }
    }
  }
}

export function assertDimensions(value: unknown, rect: Rect, location: string): readonly (readonly unknown[])[] {
  const ok =
    Array.isArray(value) &&
    value.length === rect.rowCount &&
    value.every((row) => Array.isArray(row) && row.length === rect.columnCount);
  if (!ok) {
    const shape = Array.isArray(value) ? `${value.length}×${Array.isArray(value[0]) ? value[0].length : "?"}` : typeof value;
    throw officeError("InvalidArgument", location, `array of ${shape} does not match a range of ${rect.rowCount}×${rect.columnCount}`);
  }
  return value as readonly (readonly unknown[])[];
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const DATE_OR_TIME = /^(\d{1,4}[/-]\d{1,2}([/-]\d{1,4})?|\d{1,2}:\d{2}(:\d{2})?(\s*[AaPp][Mm])?)$/;

/** What one written cell becomes: a constant (undefined empties the cell), perhaps a formula or a quote-prefixed text. */
export interface ParsedInput {
  readonly value: StoredValue | undefined;
  /** The formula the text became; its cached result is the error #NAME?, since the fake evaluates nothing. */
  readonly formula?: string;
  /** Written after a leading apostrophe: Excel keeps the quote prefix, so the text stays text when edited. */
  readonly quotePrefix?: boolean;
}

/** The error a formula cell of the fake shows: it evaluates nothing, and injected text is rarely a valid formula. */
export const UNEVALUATED_FORMULA = "#NAME?";

/**
 * Excel parses text written through `Range.values` as if typed (in a cell not formatted as text "@"):
 * "1.1" becomes the number 1.1, "TRUE" a boolean, a leading apostrophe forces text and is not stored (the cell
 * keeps the quote prefix), and text that starts with "=", or with "+", "-" or "@" and is not a number, becomes a
 * formula: a writer that forgets the apostrophe lets text run as a formula, and tests see it.
 * Date-like text is refused rather than guessed. null leaves the cell unchanged; "" empties it.
 */
export function parseInput(value: unknown, numberFormat: string, location: string): ParsedInput | null {
  if (value === null) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw officeError("InvalidArgument", location, "non-finite number");
    return { value };
  }
  if (typeof value === "boolean") return { value };
  if (typeof value !== "string") throw officeError("InvalidArgument", location, `cell value of type ${typeof value}`);
  if (value === "") return { value: undefined };
  if (value.length > 32_767) throw officeError("InvalidArgument", location, "text longer than 32,767 characters");
  if (numberFormat === "@") return { value };
  if (value.startsWith("'")) return value.length > 1 ? { value: value.slice(1), quotePrefix: true } : { value: undefined };
  const trimmed = value.trim();
  if (value.startsWith("=") && value.length > 1) return { value: UNEVALUATED_FORMULA, formula: value };
  if (NUMBER.test(trimmed)) return { value: Number(trimmed) };
  if (GROUPED_NUMBER.test(trimmed)) return { value: Number(trimmed.replace(/,/g, "")) };
  if (PERCENT.test(trimmed)) return { value: Number(trimmed.slice(0, -1)) / 100 };
  // Typed "+x", "-x" or "@x" is taken as the formula "=+x", "=-x", "=x" (Lotus habits Excel keeps).
  if (/^[+\-@]./.test(value)) return { value: UNEVALUATED_FORMULA, formula: `=${value.startsWith("@") ? value.slice(1) : value}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  if (DATE_OR_TIME.test(trimmed)) {
    throw new FakeLimitationError(`Excel would turn ${JSON.stringify(value)} into a date or time; the fake does not guess which`);
  }
  return { value };
}

export function writeValues(target: RangeTarget, input: unknown, location: string): void {
  const rows = assertDimensions(input, target.rect, location);
  assertEditable(target, location, true);
  const { sheet, rect } = target;
  const layers = layersTouching(sheet, rect).filter((layer) => layer.kind !== "patch" || layer.patch.numberFormat !== undefined);
  rows.forEach((cells, r) => {
    cells.forEach((cell, c) => {
      const row = rect.row + r;
      const column = rect.column + c;
      const parsed = parseInput(cell, resolveFormat(layers, row, column).numberFormat, location);
      if (parsed === null) return;
      setCell(sheet, row, column, parsed.value);
      const key = cellKey(row, column);
      if (parsed.formula !== undefined) {
        sheet.formulas.set(key, parsed.formula);
        sheet.errors.add(key);
      }
      if (parsed.quotePrefix) sheet.quotePrefixed.add(key);
    });
  });
}

/** "'Kết quả'!D7" or "Sheet1!$D$7": the references the fake accepts for a link inside the workbook. */
const DOCUMENT_REFERENCE = /^(?:'(?:[^']|'')+'|[^'!\s]+)!\$?[A-Z]{1,3}\$?\d+$/;

/**
 * Range.hyperlink (ExcelApi 1.7) on one cell. A link inside the workbook is a documentReference, a web link an
 * address; textToDisplay becomes the cell's text, stored as given (assumption: Excel does not parse display text);
 * without it the cell keeps its value (assumption). Links over several cells, and references the fake cannot
 * read (names, ranges), are not modelled.
 */
export function writeHyperlink(target: RangeTarget, input: unknown, location: string): void {
  const link = expectLink(input, location);
  assertEditable(target, location);
  const { sheet, rect } = target;
  if (cellCount(rect) !== 1) throw new FakeLimitationError("a hyperlink over more than one cell");
  if ((link.documentReference === undefined) === (link.address === undefined)) {
    throw officeError("InvalidArgument", location, "a hyperlink needs an address or a documentReference");
  }
  if (link.documentReference !== undefined && !DOCUMENT_REFERENCE.test(link.documentReference)) {
    throw new FakeLimitationError(`documentReference ${JSON.stringify(link.documentReference)}`);
  }
  if (link.textToDisplay !== undefined) setCell(sheet, rect.row, rect.column, link.textToDisplay === "" ? undefined : link.textToDisplay);
  sheet.hyperlinks.set(cellKey(rect.row, rect.column), link);
}

function expectLink(input: unknown, location: string): Excel.RangeHyperlink {
  const record = input !== null && typeof input === "object" && !Array.isArray(input) ? (input as Record<string, unknown>) : null;
  const keys = ["address", "documentReference", "screenTip", "textToDisplay"];
  if (!record || Object.keys(record).some((key) => !keys.includes(key))) {
    throw officeError("InvalidArgument", location, `expected a RangeHyperlink, got ${JSON.stringify(input)}`);
  }
  const link: Record<string, string> = {};
  for (const key of keys) {
    const value = record[key];
    if (value === undefined) continue;
    if (typeof value !== "string") throw officeError("InvalidArgument", location, `${key} must be text`);
    link[key] = value;
  }
  return link as Excel.RangeHyperlink;
}

/** Office.js caps range reads at 5 million cells and may answer null beyond that. */
export function readValues(target: RangeTarget): StoredValue[][] | null {
  const { sheet, rect } = target;
  if (cellCount(rect) > 5_000_000) return null;
  const rows: StoredValue[][] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    const row: StoredValue[] = [];
    for (let c = 0; c < rect.columnCount; c += 1) row.push(getCell(sheet, rect.row + r, rect.column + c) ?? "");
    rows.push(row);
  }
  return rows;
}

export function writeNumberFormats(target: RangeTarget, input: unknown, location: string): void {
  const rows = assertDimensions(input, target.rect, location);
  assertEditable(target, location);
  const formats = rows.map((row) =>
    row.map((format) => (format === null ? null : String(expectFormat(format, location)))),
  );
  target.sheet.formatLayers.push({ rect: target.rect, kind: "numberFormats", formats });
}

function expectFormat(value: unknown, location: string): string {
  if (typeof value !== "string" || value.length === 0 || value.length > 255) {
    throw officeError("InvalidArgument", location, `number format ${JSON.stringify(value)}`);
  }
  return value;
}

export function patchFormat(target: RangeTarget, patch: FormatPatch, location: string): void {
  assertEditable(target, location);
  target.sheet.formatLayers.push({ rect: target.rect, kind: "patch", patch });
}

export function clearRange(target: RangeTarget, applyTo: string, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  if (applyTo === "All" || applyTo === "Contents") clearValues(sheet, rect);
  if (applyTo === "All") clearHyperlinks(sheet, rect);
  if (applyTo === "All" || applyTo === "Formats") {
    sheet.formatLayers.push({ rect, kind: "reset" });
    sheet.merges = sheet.merges.filter((merge) => !containsRect(rect, merge));
  }
}

export function mergeRange(workbook: WorkbookState, target: RangeTarget, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  if (cellCount(rect) === 1) return;
  if (sheet.merges.some((merge) => intersects(merge, rect) && !containsRect(rect, merge))) {
    throw officeError("InvalidArgument", location, "range partly overlaps a merged area");
  }
  if (workbook.tables.some((table) => !table.deleted && table.sheet === sheet && intersects(table.rect, rect))) {
    throw officeError("InvalidOperation", location, "cannot merge cells inside a table");
  }
  // Excel keeps only the upper-left value of a merged area.
  const keep = getCell(sheet, rect.row, rect.column);
  clearValues(sheet, rect);
  setCell(sheet, rect.row, rect.column, keep);
  sheet.merges = [...sheet.merges.filter((merge) => !containsRect(rect, merge)), rect];
}

export function unmergeRange(target: RangeTarget, location: string): void {
  assertEditable(target, location);
  target.sheet.merges = target.sheet.merges.filter((merge) => !intersects(merge, target.rect));
}

export function groupRows(target: RangeTarget, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  if (rect.rowCount > 100_000) throw new FakeLimitationError("grouping more than 100,000 rows");
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
    if ((sheet.rowLevels.get(row) ?? 0) >= MAX_OUTLINE_LEVEL) {
      throw officeError("InvalidOperation", location, "Excel supports eight outline levels");
    }
  }
  for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) sheet.rowLevels.set(row, (sheet.rowLevels.get(row) ?? 0) + 1);
}

/**
 * Removes the outermost outline level in the range. Assumption (modelled on VBA Range.Ungroup, which fails with
 * error 1004): ungrouping rows none of which is grouped is an error rather than a no-op.
 */
export function ungroupRows(target: RangeTarget, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  const grouped = [...sheet.rowLevels.keys()].filter((row) => row >= rect.row && row < rect.row + rect.rowCount);
  if (grouped.length === 0) throw officeError("InvalidOperation", location, "no grouped rows in the range");
  for (const row of grouped) {
    const level = (sheet.rowLevels.get(row) ?? 0) - 1;
    if (level > 0) sheet.rowLevels.set(row, level);
    else sheet.rowLevels.delete(row);
  }
}

/** The validation entries covering cells of `rect`. */
function validationsTouching(sheet: SheetState, rect: Rect): ValidationState[] {
  return sheet.validations.filter((entry) => entry.areas.some((area) => intersects(area, rect)));
}

/**
 * Setting a rule, prompt or alert on a range whose cells carry mixed validation settings fails with
 * InvalidArgument (office-js#2594); the cure is `dataValidation.clear()` first. A range that is exactly one
 * existing entry updates it; a range without any validation starts a new entry.
 */
export function validationEntryFor(target: RangeTarget, location: string): ValidationState {
  const { sheet, rect } = target;
  const touching = validationsTouching(sheet, rect);
  if (touching.length === 0) {
    const entry: ValidationState = { areas: [rect], rule: null, prompt: null, errorAlert: null };
    sheet.validations.push(entry);
    return entry;
  }
  const only = touching[0]!;
  if (touching.length === 1 && only.areas.length === 1 && sameRect(only.areas[0]!, rect)) return only;
  throw officeError("InvalidArgument", location, "the range has mixed data validation settings; clear it first");
}

export function clearValidations(target: RangeTarget, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  sheet.validations = sheet.validations
    .map((entry) => ({ ...entry, areas: entry.areas.flatMap((area) => subtractRect(area, rect)) }))
    .filter((entry) => entry.areas.length > 0);
}

export function clearConditionalFormats(target: RangeTarget, location: string): void {
  assertEditable(target, location);
  const { sheet, rect } = target;
  for (const format of sheet.conditionalFormats) {
    format.areas = format.areas.flatMap((area) => subtractRect(area, rect));
    if (format.areas.length === 0) format.deleted = true;
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => !format.deleted);
}

export function visibleSheetCount(workbook: WorkbookState): number {
  return liveSheets(workbook).filter((sheet) => sheet.visibility === "Visible").length;
}
