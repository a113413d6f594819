import type { CellRead } from "../grid/cellRead";
import { readEnteredNumber } from "../catalog/values/parseVietnameseNumber";
import { normalizeText } from "../text/normalizeVietnamese";
import { foldForSearch } from "../text/foldForSearch";
import { cleanEnteredText } from "../text/stripControls";
import type { Finding } from "./validationIssue";
import type { DateField, InputField, LocatedCell, NumberField, PercentField, StatusField, StatusOption } from "./inputLayout";
import { readEnteredDate } from "./readEnteredDate";

/** An input's value once read: numbers in the field's unit (percent fields in points, 45 for 45%). */
export type FieldValue =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "status"; readonly option: StatusOption }
  | { readonly kind: "date"; readonly iso: string }
  | { readonly kind: "text"; readonly text: string };

export interface InputReading {
  /** Null when the cell is empty or its value cannot be trusted (then a finding says why). */
  readonly value: FieldValue | null;
  readonly findings: readonly Finding[];
}

const PERCENT_RANGE = { min: 0, max: 100 } as const;

/**
 * No figure of a provincial plan comes near 10^15 (a province's GRDP in đồng is about 10^14), and Excel keeps 15
 * digits: beyond this a number is a typing or formula mistake (1e308), refused whatever the field's own bounds.
 */
export const MAX_MAGNITUDE = 1e15;

/** Reads one input cell as its field expects, with every finding about that cell alone. */
export function readInputCell(field: InputField, located: LocatedCell): InputReading {
  const { cell } = located;
  const findings: Finding[] = [];
  if (cell.merged !== null) {
    findings.push({ code: "merged_input", params: { field: field.label, range: cell.merged } });
    // Only the top-left cell of a merged area holds a value; the others would all read as empty.
    if (!isTopLeftOf(cell.merged, located.address)) return { value: null, findings };
  }
  if (cell.kind === "error") {
    findings.push({ code: "formula_error", params: { field: field.label, error: String(cell.value), formula: cell.formula } });
    return { value: null, findings };
  }
  if (isEmpty(cell)) {
    if (field.required) findings.push({ code: "required_empty", params: { field: field.label } });
    return { value: null, findings };
  }
  const reading = readByKind(field, cell);
  return { value: reading.value, findings: [...findings, ...reading.findings] };
}

function readByKind(field: InputField, cell: CellRead): InputReading {
  switch (field.kind) {
    case "percent":
      return readPercent(field, cell);
    case "number":
      return readNumber(field, cell);
    case "status":
      return readStatus(field, cell);
    case "date":
      return readDate(field, cell);
    case "text":
      return { value: { kind: "text", text: shown(cell) }, findings: [] };
  }
}

/** A number from a number cell or from text that reads as one; `percentSign` when the text ends in "%". */
interface NumberReading {
  readonly number: number;
  readonly percentSign: boolean;
  readonly findings: readonly Finding[];
}

function readNumeral(field: InputField, cell: CellRead): NumberReading | InputReading {
  if (cell.kind === "number" && typeof cell.value === "number") return { number: cell.value, percentSign: false, findings: [] };
  if (cell.kind !== "text") return rejected({ code: "not_a_number", params: { field: field.label, value: shown(cell), found: cell.kind } });
  const text = shown(cell);
  const entered = readEnteredNumber(text);
  if (entered.kind === "not_a_number") return rejected({ code: "not_a_number", params: { field: field.label, value: text, found: "text" } });
  if (entered.kind === "ambiguous") {
    const [vietnamese, english] = entered.readings;
    return rejected({ code: "number_ambiguous", params: { field: field.label, value: text, vietnamese, english } });
  }
  return {
    number: entered.value,
    percentSign: entered.percent,
    findings: [{ code: "number_as_text", params: { field: field.label, value: text, number: entered.value } }],
  };
}

function readNumber(field: NumberField, cell: CellRead): InputReading {
  const reading = readNumeral(field, cell);
  if (!("number" in reading)) return reading;
  return checkRange(field, reading.number, reading.findings);
}

/**
 * Percent fields hold points (45 for 45%). A number whose format shows "%" is stored as a fraction (0.45 shows
 * 45%), so it is read × 100. Scale mistakes, precisely:
 * - percent_scale_mistake (error): a %-formatted number whose shown value is out of the field's range while
 *   its stored value is within it: 45 typed into a "0%" cell shows 4500%, and 45% was meant.
 * - percent_scale_suspect (warning): a number in points (no % format, no "%" sign) strictly between 0 and 1
 *   whose × 100 is within range: 0.45 reads as 0.45%, but 45% was probably meant. Kept as 0.45, since small
 *   shares exist; integers (1 = 1%) are never suspect.
 */
function readPercent(field: PercentField, cell: CellRead): InputReading {
  const reading = readNumeral(field, cell);
  if (!("number" in reading)) return reading;
  const range = { min: field.min ?? PERCENT_RANGE.min, max: field.max ?? PERCENT_RANGE.max };
  const fromFormat = cell.kind === "number" && isPercentFormat(cell.numberFormat);
  const points = fromFormat ? timesHundred(reading.number) : reading.number;
  if (fromFormat && !within(points, range) && within(reading.number, range)) {
    return rejected({ code: "percent_scale_mistake", params: { field: field.label, value: reading.number, shown: points, meant: reading.number } }, reading.findings);
  }
  const findings = [...reading.findings];
  if (field.suspectFraction !== false && !fromFormat && !reading.percentSign && points > 0 && points < 1 && within(timesHundred(points), range)) {
    findings.push({ code: "percent_scale_suspect", params: { field: field.label, value: points, meant: timesHundred(points) } });
  }
  return checkRange({ ...field, ...range }, points, findings);
}

function checkRange(field: PercentField | NumberField, value: number, findings: readonly Finding[]): InputReading {
  const min = Math.max(field.min ?? -MAX_MAGNITUDE, -MAX_MAGNITUDE);
  const max = Math.min(field.max ?? MAX_MAGNITUDE, MAX_MAGNITUDE);
  if (!Number.isFinite(value) || value < min || value > max) {
    return rejected({ code: "out_of_range", params: { field: field.label, value, min, max } }, findings);
  }
  return { value: { kind: "number", value }, findings };
}

/** Statuses match without regard to case; without accents too ("hoan thanh"), but then with a warning. */
function readStatus(field: StatusField, cell: CellRead): InputReading {
  const text = shown(cell);
  const written = normalizeText(text).toLocaleLowerCase("vi");
  const exact = field.options.find((option) => normalizeText(option.label).toLocaleLowerCase("vi") === written);
  if (exact !== undefined) return { value: { kind: "status", option: exact }, findings: [] };
  const folded = foldForSearch(text);
  const loose = field.options.find((option) => foldForSearch(option.label) === folded);
  if (loose !== undefined) {
    return { value: { kind: "status", option: loose }, findings: [{ code: "status_unaccented", params: { field: field.label, value: text, status: loose.label } }] };
  }
  const options = field.options.map((option) => option.label).join("; ");
  return rejected({ code: "status_unknown", params: { field: field.label, value: text, options } });
}

function readDate(field: DateField, cell: CellRead): InputReading {
  if (cell.kind === "date" && typeof cell.value === "string") return { value: { kind: "date", iso: cell.value.slice(0, 10) }, findings: [] };
  const entered = cell.kind === "text" ? readEnteredDate(shown(cell)) : null;
  if (entered === null || entered.kind === "invalid") {
    return rejected({ code: "date_invalid", params: { field: field.label, value: shown(cell) } });
  }
  return { value: { kind: "date", iso: entered.iso }, findings: [{ code: "date_as_text", params: { field: field.label, value: shown(cell), date: entered.iso } }] };
}

/** Whether a number format shows a percentage: a "%" in its first section, outside quotes and escapes. */
export function isPercentFormat(code: string | null): boolean {
  if (code === null) return false;
  let quoted = false;
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (char === "\\") index += 1;
    else if (char === ";") return false;
    else if (char === "%") return true;
  }
  return false;
}

function rejected(finding: Finding, before: readonly Finding[] = []): InputReading {
  return { value: null, findings: [...before, finding] };
}

function isEmpty(cell: CellRead): boolean {
  return cell.kind === "empty" || (cell.kind === "text" && String(cell.value ?? "").trim() === "");
}

/** A cell's text, cleaned once here: every value and every message quoting it reach the report without escapes. */
function shown(cell: CellRead): string {
  return typeof cell.value === "string" ? cleanEnteredText(cell.value).trim() : String(cell.value);
}

function within(value: number, range: { readonly min: number; readonly max: number }): boolean {
  return value >= range.min && value <= range.max;
}

/** × 100 without binary noise: 0.145 × 100 is 14.5, not 14.499999999999998. */
function timesHundred(value: number): number {
  return Number((value * 100).toPrecision(12));
}

function isTopLeftOf(range: string, address: string): boolean {
  const first = range.split(":")[0] ?? "";
  return first.replace(/\$/g, "").toUpperCase() === address.replace(/\$/g, "").toUpperCase();
}
