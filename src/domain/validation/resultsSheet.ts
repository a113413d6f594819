import { fromA1, rangeA1, toA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { presentSheet } from "../sheet/presentation";
import type { ColumnSpec, ConditionalFormatSpec, LinkSpec, SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import { formatDateVi, formatNumberVi } from "../text/vietnameseFormat";
import { RESULTS_SHEET_LABELS, type ResultsSheetLabels } from "./resultsSheetLabels";
import { inLanguage, type ValidationIssue } from "./validationIssue";
import type { Language } from "./validationMessages";

/**
 * The "Kết quả kiểm tra" sheet: a summary of the returns checked (files, errors, warnings, then one line per file),
 * then one row per issue. When the sheet is written into the return's own workbook, the cell column links to the cell.
 * Every value is data: a message that begins with "=" stays text (the adapters write text with the quote prefix).
 */
export interface ResultsEntry {
  /** The file as the officer knows it (its name, not a path). */
  readonly file: string | null;
  /** The agency's name, or its id when the directory does not know it. */
  readonly agency: string | null;
  readonly issues: readonly ValidationIssue[];
  /**
   * The sheets of the workbook the results sheet is written into, when that workbook is this return: its issues at
   * a cell of one of these sheets link to it. Absent for a return in another file.
   */
  readonly sheetsHere?: readonly string[];
}

export interface ResultsSheetOptions {
  readonly language: Language;
  /** The sheet's name; the labels' name when absent (the workflow picks a free one). */
  readonly name?: string;
  /** ISO date of the check, shown under the title. */
  readonly checkedOn?: string | null;
}

const COLUMNS: readonly ColumnSpec[] = [
  // STT: never wraps, so the title and summary lines in column A run over the empty cells beside them.
  { width: 6, wrap: false },
  { width: 24, wrap: true },
  { width: 24, wrap: true },
  { width: 16, wrap: true },
  { width: 8 },
  { width: 10, wrap: true },
  { width: 22, wrap: true },
  { width: 50, wrap: true },
  { width: 40, wrap: true },
];
const CELL_COLUMN = 4;
const SEVERITY_COLUMN = 5;
const HEADER_FILL = "#DDEBF7";
const SEVERITY_FILL = { error: "#FFC7CE", warning: "#FFEB9C" } as const;
const LINK_COLOR = "#0563C1";
/** Freezing more rows than this would leave little of the screen to scroll. */
const MAX_FROZEN_ROWS = 12;

export function buildResultsSheet(entries: readonly ResultsEntry[], options: ResultsSheetOptions): SheetSpec {
  const labels = RESULTS_SHEET_LABELS[options.language];
  const summary = summaryBlock(entries, labels, options);
  const headerRow = summary.values.length + 1;
  const issues = issueBlock(entries, labels, options.language, headerRow);
  const values = [...summary.values, [], ...issues.values];
  const lastRow = values.length;
  const severityRange = `${toA1({ row: headerRow + 1, column: SEVERITY_COLUMN })}:${toA1({ row: lastRow - 1, column: SEVERITY_COLUMN })}`;
  const conditionalFormats: ConditionalFormatSpec[] = [
    { kind: "textEquals", address: severityRange, text: labels.error, fill: SEVERITY_FILL.error },
    { kind: "textEquals", address: severityRange, text: labels.warning, fill: SEVERITY_FILL.warning },
  ];
  const spec: SheetSpec = {
    name: options.name ?? labels.sheet,
    values,
    columns: COLUMNS,
    styles: [...summary.styles, ...issues.styles],
    conditionalFormats,
    links: issues.links,
    ...(headerRow + 1 <= MAX_FROZEN_ROWS ? { freeze: { rows: headerRow + 1, columns: 0 } } : {}),
  };
  const presented = presentSheet(spec, { documentTitle: labels.title, headerRows: 0, pageLabel: labels.page });
  // Each printed page repeats the issues' header, not the summary above it.
  return { ...presented, print: { ...presented.print!, titleRows: { from: headerRow + 1, to: headerRow + 1 } } };
}

interface Block {
  readonly values: CellValue[][];
  readonly styles: StyleSpec[];
}

/** Title, date, totals, and one line per file with its counts. */
function summaryBlock(entries: readonly ResultsEntry[], labels: ResultsSheetLabels, options: ResultsSheetOptions): Block {
  const checkedOn = options.checkedOn ?? null;
  const counts = entries.map((entry) => countIssues(entry.issues));
  const errors = counts.reduce((sum, count) => sum + count.errors, 0);
  const warnings = counts.reduce((sum, count) => sum + count.warnings, 0);
  const values: CellValue[][] = [[labels.title]];
  if (checkedOn) values.push([labels.checkedOn.replace("{date}", formatDateVi(checkedOn))]);
  const count = (value: number) => (options.language === "vi" ? formatNumberVi(value) : String(value));
  values.push([fillIn(labels.totals, { files: count(entries.length), errors: count(errors), warnings: count(warnings) })], []);
  const tableTop = values.length;
  values.push([null, labels.perFile.file, labels.perFile.agency, labels.perFile.errors, labels.perFile.warnings]);
  entries.forEach((entry, index) => values.push([index + 1, entry.file ?? "", entry.agency ?? "", counts[index]!.errors, counts[index]!.warnings]));
  values.push([null, labels.total, null, errors, warnings]);
  const styles: StyleSpec[] = [
    { address: "A1", bold: true, fontSize: 14 },
    { address: rangeA1({ row: tableTop, column: 1 }, 1, 4), bold: true, fill: HEADER_FILL, wrap: true },
    { address: rangeA1({ row: values.length - 1, column: 1 }, 1, 4), bold: true },
  ];
  return { values, styles };
}

/** The issues' header and one row per issue, with a link from the cell column where the cell is in this workbook. */
function issueBlock(entries: readonly ResultsEntry[], labels: ResultsSheetLabels, language: Language, headerRow: number): Block & { links: LinkSpec[] } {
  const { columns } = labels;
  const values: CellValue[][] = [[columns.number, columns.file, columns.agency, columns.sheet, columns.cell, columns.severity, columns.code, columns.message, columns.hint]];
  const styles: StyleSpec[] = [{ address: rangeA1({ row: headerRow, column: 0 }, 1, COLUMNS.length), bold: true, fill: HEADER_FILL, wrap: true }];
  const links: LinkSpec[] = [];
  for (const entry of entries) {
    const here = new Set((entry.sheetsHere ?? []).map((sheet) => sheet.normalize("NFC")));
    for (const original of entry.issues) {
      const issue = language === "vi" ? original : inLanguage(original, language);
      const row = headerRow + values.length;
      const target = linkTarget(issue, here);
      if (target) {
        const address = toA1({ row, column: CELL_COLUMN });
        links.push({ address, target });
        styles.push({ address, fontColor: LINK_COLOR });
      }
      values.push([
        values.length,
        entry.file ?? "",
        entry.agency ?? "",
        issue.sheet ?? labels.wholeFile,
        issue.cell ?? "",
        issue.severity === "error" ? labels.error : labels.warning,
        issue.code,
        issue.message ?? "",
        issue.hint ?? "",
      ]);
    }
  }
  if (values.length === 1) values.push([null, labels.noIssues]);
  return { values, styles, links };
}

/** The issue's first cell, when its sheet is one of this workbook's. */
function linkTarget(issue: ValidationIssue, here: ReadonlySet<string>): LinkSpec["target"] | null {
  if (issue.sheet === null || issue.cell === null || !here.has(issue.sheet.normalize("NFC"))) return null;
  const first = issue.cell.split(":")[0] ?? "";
  const position = fromA1(first);
  return position ? { sheet: issue.sheet, address: toA1(position) } : null;
}

function countIssues(issues: readonly ValidationIssue[]): { errors: number; warnings: number } {
  const errors = issues.filter((issue) => issue.severity === "error").length;
  return { errors, warnings: issues.length - errors };
}

function fillIn(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
