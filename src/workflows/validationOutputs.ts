import type { Agency } from "../domain/catalog/agency";
import { anchorReference, chooseSheetName, sanitizeSheetName, sheetOfReference } from "../domain/sheet/sheetNames";
import { buildResultsSheet, type ResultsEntry } from "../domain/validation/resultsSheet";
import { RESULTS_SHEET_LABELS } from "../domain/validation/resultsSheetLabels";
import { inLanguage, type ValidationIssue } from "../domain/validation/validationIssue";
import type { Language } from "../domain/validation/validationMessages";
import type { WorkbookInfo, WorkbookPort } from "../workbook/port";
import { markIssues, type ValidatedReturn } from "./validateReturn";

/**
 * What validation hands back to people: the "Kết quả kiểm tra" sheet, and for each agency its own file with the
 * problems marked and listed, ready to attach to an email.
 */

/** The defined name that follows our results sheet through renames. */
export const RESULTS_SHEET_NAME = "PT_validation_results";
/** The metadata entry that, with the defined name, says the sheet is ours to rewrite. */
export const RESULTS_METADATA_KEY = "validation.results";

export interface WriteResultsOptions {
  readonly language: Language;
  /** ISO date of the check, shown under the title. */
  readonly checkedOn?: string | null;
}

export interface WrittenResults {
  /** Where the sheet was written. */
  readonly sheet: string;
  /** True when an earlier results sheet of ours was rewritten in place. */
  readonly updated: boolean;
  /** The name we wanted when a sheet of the user's already had it; null otherwise. */
  readonly nameTaken: string | null;
  readonly issues: number;
}

/**
 * Writes the results sheet into the workbook in one apply: over our earlier one (found by its defined name and our
 * metadata, wherever the user moved or renamed it), or under a free name, never over a sheet of the user's.
 */
export async function writeResultsSheet(port: WorkbookPort, entries: readonly ResultsEntry[], options: WriteResultsOptions): Promise<WrittenResults> {
  const info = await port.inspect();
  const ours = ownResultsSheet(info);
  const preferred = RESULTS_SHEET_LABELS[options.language].sheet;
  const sheet = ours ?? chooseSheetName(preferred, info.sheets.map((candidate) => candidate.name));
  const spec = buildResultsSheet(entries, { language: options.language, name: sheet, checkedOn: options.checkedOn ?? null });
  await port.apply([
    { kind: "writeSheet", sheet: spec },
    { kind: "setName", name: RESULTS_SHEET_NAME, reference: anchorReference(sheet) },
    { kind: "setMetadata", entries: { [RESULTS_METADATA_KEY]: "1" } },
  ]);
  return {
    sheet,
    updated: ours !== null,
    nameTaken: ours === null && sheet !== sanitizeSheetName(preferred) ? preferred : null,
    issues: entries.reduce((sum, entry) => sum + entry.issues.length, 0),
  };
}

/** Our results sheet, trusted only when our metadata records one and our defined name points at an existing sheet. */
function ownResultsSheet(info: WorkbookInfo): string | null {
  if (info.metadata[RESULTS_METADATA_KEY] !== "1") return null;
  const name = info.names.find((candidate) => candidate.name.toLowerCase() === RESULTS_SHEET_NAME.toLowerCase());
  const sheet = name ? sheetOfReference(name.reference) : null;
  return sheet && info.sheets.some((candidate) => candidate.name === sheet) ? sheet : null;
}

/** A validated return as a line of the results sheet: its file's name, its agency's name, its issues. */
export function resultsEntry(validated: ValidatedReturn, agencies: readonly Agency[], sheetsHere?: readonly string[]): ResultsEntry {
  const agencyId = validated.template?.agency ?? validated.identity?.agency ?? null;
  const agency = agencyId === null ? null : (agencies.find((candidate) => candidate.id === agencyId)?.name ?? agencyId);
  return { file: validated.file === null ? null : baseName(validated.file), agency, issues: validated.validation.issues, ...(sheetsHere ? { sheetsHere } : {}) };
}

/** A port whose workbook can be saved as bytes: the file adapter. */
export type SavablePort = WorkbookPort & { readonly writable?: boolean; readonly format?: string; toBuffer(): Promise<Uint8Array> };

export interface ReturnFileOptions {
  readonly language: Language;
  readonly agencies: readonly Agency[];
  readonly checkedOn?: string | null;
}

export type ReturnFile =
  | { readonly ok: true; readonly fileName: string; readonly bytes: Uint8Array; readonly markedCells: number; readonly results: WrittenResults }
  /** Only .xlsx can be written; a .xls or .ods return is reported, never converted behind the officer's back. */
  | { readonly ok: false; readonly reason: "read_only_format"; readonly format: string | null };

/**
 * The return sent back to its agency: the agency's own workbook (the port it was validated from) with earlier marks
 * cleared, each problem cell marked and noted, and the results sheet for this file, linked to the cells.
 * Changes the port; the original file is not touched.
 */
export async function returnFileForAgency(port: SavablePort, validated: ValidatedReturn, options: ReturnFileOptions): Promise<ReturnFile> {
  if (port.writable === false) return { ok: false, reason: "read_only_format", format: port.format ?? null };
  const issues = worded(validated.validation.issues, options.language);
  await port.apply([{ kind: "clearMarks", sheet: null }]);
  const markedCells = await markIssues(port, issues);
  const sheets = (await port.inspect()).sheets.map((sheet) => sheet.name);
  const results = await writeResultsSheet(port, [resultsEntry(validated, options.agencies, sheets)], options);
  return { ok: true, fileName: returnFileName(validated.file), bytes: await port.toBuffer(), markedCells, results };
}

/** "Báo cáo Sở Y tế.xls" → "Báo cáo Sở Y tế-kiem-tra.xlsx": the name the return goes back under. */
export function returnFileName(file: string | null): string {
  const stem = baseName(file ?? "").replace(/\.(xlsx|xlsm|xls|ods|csv)$/i, "");
  return `${stem || "bao-cao"}-kiem-tra.xlsx`;
}

function worded(issues: readonly ValidationIssue[], language: Language): ValidationIssue[] {
  return issues.map((issue) => (language === "vi" ? issue : inLanguage(issue, language)));
}

/** The last part of a path, with either separator: workflows run in the pane too, without node:path. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
