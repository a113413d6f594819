import type { CellValue, Grid } from "../grid/cellValue";

/**
 * The long-format data sheet that keeps every year: one row per plan, indicator, agency and year. Next year's
 * consolidation reads it back (from last year's report or its CSV export) and adds its own year.
 */

export interface HistoryRow {
  readonly plan: string;
  /** The indicator's code in returns ("1.2#1"). */
  readonly code: string;
  readonly indicator: string;
  readonly agency: string;
  readonly year: number;
  readonly value: number | string;
  /** The return it came from, "file!sheet!cell". */
  readonly source: string;
}

/** Column headers of the data sheet and its CSV, in order; readers find columns by these. */
export const HISTORY_HEADERS = ["Kế hoạch", "Mã", "Chỉ tiêu", "Cơ quan", "Năm", "Giá trị", "Tệp nguồn"] as const;

const FIELDS = ["plan", "code", "indicator", "agency", "year", "value", "source"] as const;

/** The rows of a data sheet or its CSV: the header row is found by its texts, so a title above it does no harm. */
export function readHistoryGrid(grid: Grid): { rows: HistoryRow[]; found: boolean } {
  const headerAt = grid.findIndex((row) => HISTORY_HEADERS.every((header, index) => textOf(row[index]) === header));
  if (headerAt < 0) return { rows: [], found: false };
  const rows: HistoryRow[] = [];
  for (const row of grid.slice(headerAt + 1)) {
    const [plan, code, indicator, agency, year, value, source] = FIELDS.map((_, index) => unquoted(row[index] ?? null));
    const yearNumber = typeof year === "number" ? year : Number(textOf(year));
    if (
      !textOf(plan) ||
      !textOf(code) ||
      !textOf(agency) ||
      !Number.isInteger(yearNumber) ||
      value === null ||
      value === ""
    )
      continue;
    rows.push({
      plan: textOf(plan),
      code: textOf(code),
      indicator: textOf(indicator),
      agency: textOf(agency),
      year: yearNumber,
      value: typeof value === "number" ? value : numberOrText(textOf(value)),
      source: textOf(source),
    });
  }
  return { rows, found: true };
}

/**
 * Last year's rows and this year's together: a row of this year replaces a row with the same plan, code, agency and
 * year, and only that; the result is in plan, code, agency and year order, so the same inputs give the same sheet.
 */
export function mergeHistory(earlier: readonly HistoryRow[], current: readonly HistoryRow[]): HistoryRow[] {
  const byKey = new Map<string, HistoryRow>();
  for (const rows of [earlier, current]) for (const row of rows) byKey.set(historyKey(row), row);
  const merged = [...byKey.values()];
  const codeRank = ranks(merged.map((row) => row.code), compareCodes);
  return merged
    .map((row) => ({ row, code: codeRank.get(row.code)! }))
    .sort(
      (a, b) =>
        compareText(a.row.plan, b.row.plan) ||
        a.code - b.code ||
        compareText(a.row.agency, b.row.agency) ||
        a.row.year - b.row.year,
    )
    .map(({ row }) => row);
}

/** Each distinct value's place in `order`, found by sorting the distinct values once rather than on every comparison. */
function ranks(values: readonly string[], order: (a: string, b: string) => number): Map<string, number> {
  const distinct = [...new Set(values)].sort(order);
  return new Map(distinct.map((value, index) => [value, index]));
}

export function historyGrid(rows: readonly HistoryRow[]): CellValue[][] {
  return [[...HISTORY_HEADERS], ...rows.map((row) => FIELDS.map((field) => row[field]))];
}

/** Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The data sheet as CSV (RFC 4180, CRLF, UTF-8 with a byte order mark so Excel reads the accents). Text that starts
 * with = + - @, a tab or a carriage return gets a leading single quote, as OWASP advises, so no spreadsheet runs it;
 * numbers stay numbers.
 */
export function historyCsv(rows: readonly HistoryRow[]): string {
  const lines = historyGrid(rows).map((row) => row.map(csvField).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

export function csvField(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV holds every field as text: numbers as our export writes them ("3.25", "-4") are numbers again. */
function numberOrText(text: string): number | string {
  return /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text) ? Number(text) : text;
}

/** Our CSV's quote prefix taken off again when it is read back. */
function unquoted(value: CellValue): CellValue {
  return typeof value === "string" && /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function historyKey(row: HistoryRow): string {
  return `${row.plan}\u0000${row.code}\u0000${row.agency}\u0000${row.year}`;
}

function textOf(value: CellValue | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One collator for every comparison: localeCompare with options builds one per call, which a large history feels. */
const CODE_ORDER = new Intl.Collator("en", { numeric: true });

/** "1.2#1" before "1.10#1": numbers in codes compare as numbers. */
function compareCodes(a: string, b: string): number {
  return CODE_ORDER.compare(a, b) || compareText(a, b);
}
