import type { ValidationIssue } from "../validation/validationIssue";
import { isStructuralError, rowId, type ExpectedAgency, type ExpectedRow, type ReceivedReturn } from "./submissions";

/**
 * The submission register (sổ theo dõi): every agency expected to report against what arrived. For each agency the
 * returns received, newest first; the newest one that can be merged is used and the others stay listed with their
 * part, so a resubmission never replaces an earlier one silently. A return with structural errors is merged only
 * when the officer includes it by name.
 */

/**
 * on_time / late: a return is merged, first sent by the due date or after it; received: merged, date unknown;
 * not_merged: returns arrived, none can be merged; missing: nothing arrived.
 */
export type AgencyState = "on_time" | "late" | "received" | "not_merged" | "missing";

/**
 * used: the return merged; superseded: mergeable, but a newer one is used; not_merged: structural errors;
 * included: structural errors, merged because the officer included it.
 */
export type SubmissionRole = "used" | "superseded" | "not_merged";

export interface SubmissionRecord {
  readonly file: string;
  readonly submittedOn: string | null;
  readonly role: SubmissionRole;
  /** Merged despite structural errors, on the officer's word. */
  readonly included: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly structuralErrors: number;
}

export interface AgencyOwes {
  /** Rows of the agency's template with no usable answer: absent from the merged return, or their status left empty. */
  readonly rows: readonly ExpectedRow[];
  /** The errors of the merged return (or, with none merged, of the newest return). */
  readonly errors: readonly ValidationIssue[];
}

export interface RegisterEntry {
  readonly agency: string;
  readonly name: string;
  readonly state: AgencyState;
  /** The return merged, if any. */
  readonly used: ReceivedReturn | null;
  /** Every return of the agency, newest first. */
  readonly submissions: readonly SubmissionRecord[];
  /** The day the return shown arrived: the one merged, else the newest (so the date sits beside its file). */
  readonly submittedOn: string | null;
  /**
   * The day timeliness is judged on: the first mergeable return's. A correction sent after the deadline does not make
   * an agency late; differs from submittedOn only when a later return is merged.
   */
  readonly firstSubmittedOn: string | null;
  readonly owes: AgencyOwes;
  readonly expectedRows: number;
}

/** A return that belongs to no expected agency: not a template, another agency, or no agency at all. */
export interface UnmatchedReturn {
  readonly file: string;
  readonly agency: string | null;
  readonly reason: "not_identified" | "not_expected";
  readonly errors: number;
}

export interface SubmissionRegister {
  readonly dueOn: string | null;
  readonly entries: readonly RegisterEntry[];
  readonly unmatched: readonly UnmatchedReturn[];
  /** Agencies that must still send or fix something, in register order. */
  readonly chase: readonly RegisterEntry[];
}

export interface RegisterInput {
  readonly expected: readonly ExpectedAgency[];
  readonly received: readonly ReceivedReturn[];
  /** ISO date agencies' returns were due; null when none is set (then no return is late). */
  readonly dueOn: string | null;
  /** Files the officer includes despite structural errors. */
  readonly include?: ReadonlySet<string>;
}

export function buildRegister(input: RegisterInput): SubmissionRegister {
  const byAgency = new Map<string, ReceivedReturn[]>();
  const unmatched: UnmatchedReturn[] = [];
  const expectedIds = new Set(input.expected.map((agency) => agency.agency));
  for (const received of [...input.received].sort((a, b) => compareText(a.file, b.file))) {
    if (received.agency !== null && expectedIds.has(received.agency))
      byAgency.set(received.agency, [...(byAgency.get(received.agency) ?? []), received]);
    else
      unmatched.push({
        file: received.file,
        agency: received.agency,
        reason: received.agency === null ? "not_identified" : "not_expected",
        errors: errorCount(received.issues),
      });
  }
  const entries = input.expected.map((agency) => registerEntry(agency, byAgency.get(agency.agency) ?? [], input));
  const chase = entries.filter(
    (entry) =>
      entry.state === "missing" ||
      entry.state === "not_merged" ||
      entry.owes.rows.length > 0 ||
      entry.owes.errors.length > 0,
  );
  return { dueOn: input.dueOn, entries, unmatched, chase };
}

function registerEntry(
  agency: ExpectedAgency,
  returns: readonly ReceivedReturn[],
  input: RegisterInput,
): RegisterEntry {
  const included = (received: ReceivedReturn) => input.include?.has(received.file) === true;
  const mergeable = (received: ReceivedReturn) => included(received) || !received.issues.some(isStructuralError);
  const newestFirst = [...returns].sort(
    (a, b) => compareText(b.submittedOn ?? "", a.submittedOn ?? "") || compareText(b.file, a.file),
  );
  const used = newestFirst.find(mergeable) ?? null;
  const submissions = newestFirst.map((received): SubmissionRecord => {
    const structuralErrors = received.issues.filter(isStructuralError).length;
    const errors = errorCount(received.issues);
    return {
      file: received.file,
      submittedOn: received.submittedOn,
      role: received === used ? "used" : mergeable(received) ? "superseded" : "not_merged",
      included: structuralErrors > 0 && included(received),
      errors,
      warnings: received.issues.length - errors,
      structuralErrors,
    };
  });
  const firstMergeable = [...newestFirst].reverse().find(mergeable) ?? null;
  const firstSubmittedOn = firstMergeable?.submittedOn ?? null;
  return {
    agency: agency.agency,
    name: agency.name,
    state: stateOf(used, firstSubmittedOn, returns.length, input.dueOn),
    used,
    submissions,
    submittedOn: (used ?? newestFirst[0])?.submittedOn ?? null,
    firstSubmittedOn,
    owes: owed(agency, used, newestFirst[0] ?? null),
    expectedRows: agency.rows.length,
  };
}

function stateOf(
  used: ReceivedReturn | null,
  submittedOn: string | null,
  received: number,
  dueOn: string | null,
): AgencyState {
  if (used === null) return received > 0 ? "not_merged" : "missing";
  if (submittedOn === null) return "received";
  return dueOn !== null && submittedOn.slice(0, 10) > dueOn ? "late" : "on_time";
}

/** Every row when nothing is merged; else the rows the merged return lacks or leaves without a status or assessment. */
function owed(agency: ExpectedAgency, used: ReceivedReturn | null, newest: ReceivedReturn | null): AgencyOwes {
  const errorsOf = (received: ReceivedReturn | null) =>
    (received?.issues ?? []).filter((issue) => issue.severity === "error");
  if (used === null) return { rows: agency.rows, errors: errorsOf(newest) };
  const answered = new Set(
    used.readings
      .filter((reading) => (reading.fields.status ?? reading.fields.assessment)?.value != null)
      .map((reading) => `${reading.section}\u0000${rowId(reading)}`),
  );
  return {
    rows: agency.rows.filter((row) => !answered.has(`${row.section}\u0000${rowId(row)}`)),
    errors: errorsOf(used),
  };
}

function errorCount(issues: readonly ValidationIssue[]): number {
  return issues.filter((issue) => issue.severity === "error").length;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
