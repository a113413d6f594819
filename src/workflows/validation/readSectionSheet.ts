import { toA1 } from "../../domain/grid/cellAddress";
import { EMPTY_CELL, type CellGrid, type CellRead } from "../../domain/grid/cellRead";
import type { CellValue } from "../../domain/grid/cellValue";
import type { TemplateSection } from "../../domain/templates/distributeDuties";
import { lockedLine } from "../../domain/templates/fingerprint";
import { FIRST_BODY_ROW, HEADER_ROW, SECTION_COLUMNS } from "../../domain/templates/templateLayout";
import { foldForSearch } from "../../domain/text/foldForSearch";
import { cleanEnteredText } from "../../domain/text/stripControls";
import type { InputRow, LocatedCell } from "../../domain/validation/inputLayout";
import { validationIssue, type ValidationIssue } from "../../domain/validation/validationIssue";
import type { ExpectedTemplateRows, RowRules } from "./catalogRows";
import { parseRowKey } from "./catalogRows";
import { fieldId } from "./returnLayout";

/** One section sheet of a return, read against the template's columns and rows. */

export interface SectionRead {
  readonly rows: readonly InputRow[];
  readonly issues: readonly ValidationIssue[];
  /** Keys found, in sheet order. */
  readonly keys: readonly string[];
  /** The locked values of each keyed row (first occurrence), in template column order, and its row (0-based). */
  readonly locked: ReadonlyMap<string, LockedRow>;
  /** Where each template column was found (null: missing). */
  readonly columnAt: readonly (number | null)[];
}

export interface LockedRow {
  readonly row: number;
  readonly values: readonly CellValue[];
}

export interface SectionContext {
  readonly file: string | null;
  readonly section: TemplateSection;
  readonly sheet: string;
  /** The heading rows the template had above each plan's rows; null when the catalogues cannot say. */
  readonly headings: readonly string[] | null;
  readonly rules: RowRules;
}

/** What the locked cells are compared with, once the section is read (lockedEdits). */
export interface LockedComparison {
  readonly file: string | null;
  readonly section: TemplateSection;
  readonly sheet: string;
  readonly expected: ExpectedTemplateRows;
  /**
   * Which locked cells can be compared with the rebuilt ones: "all" when the rebuilt rows give the template's
   * fingerprint; "catalogue" when only the catalogue is known to be the same (who a duty came from and who leads
   * it depend on the mergers as they stood that day, and are left out); "none" when the catalogue changed.
   */
  readonly compareLocked: "all" | "catalogue" | "none";
}

export function readSectionSheet(grid: CellGrid, context: SectionContext): SectionRead {
  const issues: ValidationIssue[] = [];
  const columnAt = mapColumns(grid[HEADER_ROW - 1] ?? [], context, issues);
  const cellAt = (row: number, column: number | null): CellRead => (column === null ? EMPTY_CELL : (grid[row]?.[column] ?? EMPTY_CELL));
  const located = (row: number, column: number): LocatedCell => ({ sheet: context.sheet, address: toA1({ row, column }), cell: cellAt(row, column) });
  const columns = SECTION_COLUMNS[context.section];
  const keyColumn = columnAt[0] ?? null;
  const codeColumn = columnAt[columns.findIndex((column) => column.id === "code")] ?? null;
  const planColumn = columnAt[columns.findIndex((column) => column.id === "plan")] ?? null;

  const rows: InputRow[] = [];
  const keys: string[] = [];
  const locked = new Map<string, LockedRow>();
  const headingsSeen = new Set<string>();
  for (let r = FIRST_BODY_ROW - 1; r < grid.length; r++) {
    const keyText = cellAt(r, keyColumn).value;
    const key = typeof keyText === "string" && keyText.includes("|") ? keyText.trim() : null;
    if (key === null) {
      if (grid[r]!.every(isBlank)) continue;
      const heading = planColumn === null ? null : cellAt(r, planColumn).value;
      if (isBlank(cellAt(r, keyColumn)) && typeof heading === "string" && heading.includes(":")) headingsSeen.add(normal(heading));
      else issues.push(validationIssue("row_added", { file: context.file, sheet: context.sheet, cell: toA1({ row: r, column: 0 }) }, { row: String(r + 1) }));
      continue;
    }
    keys.push(key);
    const values = columns.map((column, index) => (column.input || columnAt[index] === null ? null : cellValue(cellAt(r, columnAt[index]!))));
    if (!locked.has(key)) locked.set(key, { row: r, values });
    const parsed = parseRowKey(key) ?? { plan: "", code: key };
    const rule = context.rules.numericRules.get(key);
    const cells: Record<string, LocatedCell> = {};
    columns.forEach((column, index) => {
      const at = columnAt[index];
      if (column.input && at !== null && at !== undefined) cells[fieldId(context.section, column.id, rule === undefined ? "number" : rule)] = located(r, at);
    });
    rows.push({
      key: parsed,
      codeCell: located(r, codeColumn ?? keyColumn ?? 0),
      cells,
      deadline: context.rules.deadlines.get(key) ?? null,
    });
  }
  for (const heading of context.headings ?? []) {
    if (!headingsSeen.has(normal(heading))) issues.push(validationIssue("row_deleted", { file: context.file, sheet: context.sheet, cell: null }, { row: heading }));
  }
  return { rows, issues, keys, locked, columnAt };
}

/**
 * Where each template column is in the sheet, by its header text (row 3): in place, moved (column_reordered),
 * renamed in place (column_renamed), or gone (column_missing, null).
 */
function mapColumns(header: readonly CellRead[], context: SectionContext, issues: ValidationIssue[]): (number | null)[] {
  const columns = SECTION_COLUMNS[context.section];
  const texts = header.map((cell) => (typeof cell.value === "string" ? foldForSearch(cell.value) : ""));
  const headers = new Set(columns.map((column) => foldForSearch(column.header)));
  const at = (row: number, column: number) => ({ file: context.file, sheet: context.sheet, cell: toA1({ row, column }) });
  return columns.map((column, index) => {
    const wanted = foldForSearch(column.header);
    if (texts[index] === wanted) return index;
    const moved = texts.indexOf(wanted);
    if (moved >= 0) {
      issues.push(validationIssue("column_reordered", at(HEADER_ROW - 1, moved), { column: column.header, expected: letter(index), found: letter(moved) }));
      return moved;
    }
    const there = texts[index] ?? "";
    if (there !== "" && !headers.has(there)) {
      issues.push(validationIssue("column_renamed", at(HEADER_ROW - 1, index), { expected: column.header, found: String(header[index]!.value) }));
      return index;
    }
    issues.push(validationIssue("column_missing", { file: context.file, sheet: context.sheet, cell: null }, { column: column.header }));
    return null;
  });
}

/** locked_text_edited at each locked cell (key aside) of a section read whose text differs from the template's. */
export function lockedEdits(read: SectionRead, comparison: LockedComparison): ValidationIssue[] {
  if (comparison.compareLocked === "none") return [];
  return [...read.locked].flatMap(([key, { row, values }]) => rowLockedEdits(key, row, values, comparison, read.columnAt));
}

function rowLockedEdits(key: string, row: number, values: readonly CellValue[], context: LockedComparison, columnAt: readonly (number | null)[]): ValidationIssue[] {
  const expected = context.expected.locked.get(key);
  if (!expected) return [];
  const columns = SECTION_COLUMNS[context.section];
  return columns.flatMap((column, index) => {
    const at = columnAt[index];
    if (column.input || index === 0 || at === null || at === undefined) return [];
    if (context.compareLocked === "catalogue" && SUCCESSION_COLUMNS.has(column.id)) return [];
    const found = values[index] ?? null;
    const wanted = expected[index] ?? null;
    // Identical values need no normalising: nearly every locked cell of a return is untouched.
    if (found === wanted || lockedLine(context.section, [found]) === lockedLine(context.section, [wanted])) return [];
    const where = { file: context.file, sheet: context.sheet, cell: toA1({ row, column: at }) };
    return [validationIssue("locked_text_edited", where, { expected: clipped(String(wanted ?? "")), found: clipped(String(found ?? "")) })];
  });
}

/** Locked columns whose text depends on the agencies and mergers the day the template was made, not on the catalogue. */
const SUCCESSION_COLUMNS: ReadonlySet<string> = new Set(["received", "lead"]);

/** Plan texts run to paragraphs; a message quotes their start. */
const QUOTED = 80;

function clipped(raw: string): string {
  const text = cleanEnteredText(raw);
  return text.length <= QUOTED ? text : `${text.slice(0, QUOTED - 1).trimEnd()}…`;
}

function cellValue(cell: CellRead): CellValue {
  if (cell.kind === "empty" || (typeof cell.value === "string" && cell.value === "")) return null;
  return cell.value;
}

function isBlank(cell: CellRead | undefined): boolean {
  return !cell || cell.kind === "empty" || (typeof cell.value === "string" && cell.value.trim() === "");
}

function normal(text: string): string {
  return text.normalize("NFC").replace(/\s+/g, " ").trim();
}

function letter(index: number): string {
  return toA1({ row: 0, column: index }).replace(/\d+$/, "");
}
