import { checkAndReadInputs, type RowReading } from "./checkInputs";
import { checkRowKeys, type ExpectedRows, type FoundRow } from "./checkRowKeys";
import type { InputContext, InputRow } from "./inputLayout";
import { orderIssues, summarizeIssues, type IssueSummary } from "./orderIssues";
import type { DueSource, SubmissionSource } from "./timeliness";
import { validationIssue, type ValidationIssue } from "./validationIssue";
import { DEFAULT_VALIDATION_SETTINGS, isSwitchedOff, type ValidationSettings } from "./validationRules";

/** One agency's return as the template reader hands it over: its input rows and what is known around it. */
export interface ReturnToValidate extends InputContext {
  readonly rows: readonly InputRow[];
  /** The rows the catalogue knows and assigns to the agency; row rules are skipped without it. */
  readonly expected?: ExpectedRows;
  /** Issues the template reader found (structure, identity), already placed. */
  readonly readerIssues?: readonly ValidationIssue[];
  /** For submitted_late: when the return arrived and when it was due (ISO dates); skipped when either is null. */
  readonly submittedOn?: string | null;
  readonly dueOn?: string | null;
  /** Where each date came from, reported in the issue's params. */
  readonly submittedSource?: SubmissionSource;
  readonly dueSource?: DueSource;
  /** Sheet names in workbook order, so issues list the sheets as the officer sees them. */
  readonly sheetOrder?: readonly string[];
}

export interface ReturnValidation {
  readonly file: string | null;
  /** No errors (warnings allowed): the return can be consolidated. */
  readonly ok: boolean;
  readonly issues: readonly ValidationIssue[];
  readonly summary: IssueSummary;
  /** The values read from each input row, in sheet order: what consolidation merges, without parsing again. */
  readonly readings: readonly RowReading[];
}

/** Runs every rule over one return in one pass, never stopping at the first problem. */
export function validateReturn(input: ReturnToValidate, settings: ValidationSettings = DEFAULT_VALIDATION_SETTINGS): ReturnValidation {
  const inputs = checkAndReadInputs(input.rows, input, settings);
  const found: FoundRow[] = input.rows.flatMap((row) => (row.codeCell === undefined ? [] : [{ key: row.key, codeCell: row.codeCell }]));
  const all = [
    ...(input.readerIssues ?? []),
    ...(input.expected === undefined ? [] : checkRowKeys(found, input.expected, input.file)),
    ...inputs.issues,
    ...checkTimeliness(input),
  ];
  const issues = orderIssues(
    all.filter((issue) => !isSwitchedOff(issue.code, settings)),
    input.sheetOrder,
  );
  const summary = summarizeIssues(issues);
  return { file: input.file, ok: summary.errors === 0, issues, summary, readings: inputs.readings };
}

function checkTimeliness(input: ReturnToValidate): ValidationIssue[] {
  const submitted = input.submittedOn ?? null;
  const due = input.dueOn ?? null;
  if (submitted === null || due === null || submitted.slice(0, 10) <= due) return [];
  const params = { submitted: submitted.slice(0, 10), due, submittedSource: input.submittedSource ?? "entered", dueSource: input.dueSource ?? "template" };
  return [validationIssue("submitted_late", { file: input.file, sheet: null, cell: null }, params)];
}
