import type { InputContext, InputField, InputRow, LocatedCell, RowKey } from "./inputLayout";
import { checkPlausibility, type ReadRow } from "./checkPlausibility";
import { readInputCell, type FieldValue } from "./readInputCell";
import { issueAtCell, type Finding, type ValidationIssue } from "./validationIssue";
import { DEFAULT_VALIDATION_SETTINGS, isSwitchedOff, type ValidationCode, type ValidationSettings, type ValidationSeverity } from "./validationRules";

/**
 * Every value problem in the input rows of one return, in one pass: each cell against its field, then the
 * inputs of a row against each other (status and progress, dates and the plan's calendar, estimate and result),
 * then plausibility. Only values read cleanly take part in the comparisons, so one mistake is reported once.
 */
export function checkInputs(
  rows: readonly InputRow[],
  context: InputContext,
  settings: ValidationSettings = DEFAULT_VALIDATION_SETTINGS,
): ValidationIssue[] {
  return checkAndReadInputs(rows, context, settings).issues;
}

/**
 * One input of a row once read: its value and the cell it came from. A cell with an error contributes nothing (value
 * null, flag "error": a contradicted status, a date after the cut-off, as well as what could not be read); a warning
 * leaves the value, flagged, so the report can say it is doubtful.
 */
export interface ReadInput {
  readonly value: FieldValue | null;
  readonly sheet: string;
  readonly address: string;
  /** The worst issue at this cell, if any, and the codes there. */
  readonly flag?: ValidationSeverity;
  readonly codes?: readonly ValidationCode[];
}

/** The values read from one row, by field id, so that later stages (consolidation) never parse a cell again. */
export interface RowReading {
  readonly key: RowKey;
  readonly values: Readonly<Record<string, ReadInput>>;
}

/** checkInputs, and the values each row's cells were read as, in the same pass. */
export function checkAndReadInputs(
  rows: readonly InputRow[],
  context: InputContext,
  settings: ValidationSettings = DEFAULT_VALIDATION_SETTINGS,
): { issues: ValidationIssue[]; readings: RowReading[] } {
  const issues: ValidationIssue[] = [];
  const readings: RowReading[] = [];
  const fields = new Map(context.layout.fields.map((field) => [field.id, field]));
  for (const row of rows) {
    const found: ValidationIssue[] = [];
    const read = readRow(row, fields, context, found);
    found.push(...checkDates(read, context), ...checkStatusAgainstProgress(read, context), ...checkEstimate(read, context));
    found.push(...checkPlausibility(read, context, settings));
    const kept = found.filter((issue) => !isSwitchedOff(issue.code, settings));
    readings.push(readingOf(read, kept));
    issues.push(...kept);
  }
  return { issues, readings };
}

/** Each input's value with the issues at its cell: errors take the value away, warnings flag it. */
function readingOf(read: ReadRow, issues: readonly ValidationIssue[]): RowReading {
  const values: Record<string, ReadInput> = {};
  for (const [id, located] of Object.entries(read.row.cells)) {
    const here = issues.filter((issue) => issue.sheet === located.sheet && issue.cell === located.address);
    const value = read.values.get(id)?.value ?? null;
    if (here.length === 0) {
      values[id] = { value, sheet: located.sheet, address: located.address };
      continue;
    }
    const flag = here.some((issue) => issue.severity === "error") ? "error" : "warning";
    const codes = here.map((issue) => issue.code);
    values[id] = { value: flag === "error" ? null : value, sheet: located.sheet, address: located.address, flag, codes };
  }
  return { key: read.row.key, values };
}

/** The row's cells the layout has a field for, each read as its field says: a row has a few of the layout's many. */
function readRow(row: InputRow, fields: ReadonlyMap<string, InputField>, context: InputContext, issues: ValidationIssue[]): ReadRow {
  const values = new Map<string, { readonly field: InputField; readonly located: LocatedCell; readonly value: FieldValue }>();
  for (const [id, located] of Object.entries(row.cells)) {
    const field = fields.get(id);
    if (field === undefined) continue;
    const reading = readInputCell(field, located);
    issues.push(...reading.findings.map((finding) => at(finding, located, context)));
    if (reading.value !== null) values.set(field.id, { field, located, value: reading.value });
  }
  return { row, values };
}

function checkDates(read: ReadRow, context: InputContext): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { field, located, value } of read.values.values()) {
    if (value.kind !== "date") continue;
    // ISO dates compare as text.
    if (context.cutoff !== null && value.iso > context.cutoff) {
      issues.push(at({ code: "date_after_cutoff", params: { field: field.label, date: value.iso, cutoff: context.cutoff } }, located, context));
    }
    if (context.planStart !== null && value.iso < context.planStart) {
      issues.push(at({ code: "date_before_plan", params: { field: field.label, date: value.iso, planStart: context.planStart } }, located, context));
    }
  }
  return issues;
}

/** "Hoàn thành" at 80%, "Chưa triển khai" at 30%: reported at the status cell, naming the progress cell. */
function checkStatusAgainstProgress(read: ReadRow, context: InputContext): ValidationIssue[] {
  const status = valueOf(read, context.layout.roles?.status);
  const progress = valueOf(read, context.layout.roles?.progress);
  if (status?.value.kind !== "status" || progress?.value.kind !== "number") return [];
  const allowed = status.value.option.progress;
  const points = progress.value.value;
  if (allowed === undefined || (points >= allowed.min && points <= allowed.max)) return [];
  const params = { status: status.value.option.label, progress: points, progressCell: progress.located.address };
  return [at({ code: "status_contradicts_progress", params }, status.located, context)];
}

function checkEstimate(read: ReadRow, context: InputContext): ValidationIssue[] {
  const estimate = valueOf(read, context.layout.roles?.fullYearEstimate);
  const result = valueOf(read, context.layout.roles?.resultToDate);
  if (estimate?.value.kind !== "number" || result?.value.kind !== "number") return [];
  if (estimate.value.value >= result.value.value) return [];
  const params = { estimate: estimate.value.value, result: result.value.value, resultCell: result.located.address };
  return [at({ code: "estimate_below_result", params }, estimate.located, context)];
}

function valueOf(read: ReadRow, fieldId: string | undefined) {
  return fieldId === undefined ? undefined : read.values.get(fieldId);
}

function at(finding: Finding, located: LocatedCell, context: InputContext): ValidationIssue {
  return issueAtCell(finding, located, context.file);
}
