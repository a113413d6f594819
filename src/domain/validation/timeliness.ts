import type { PlanCatalog } from "../catalog/types";
import { parseVietnameseDate, resolveReportingDates } from "../templates/reportingDates";
import { localIsoDate } from "../text/vietnameseFormat";

/**
 * Where the two dates of submitted_late come from, so the officer can tell "the file was saved late" from "I entered
 * that it arrived late", and a deadline printed on the template from one worked out from the plans' regime.
 */
export type SubmissionSource = "file_date" | "entered";
export type DueSource = "template" | "plan_regime";

export interface DatedSubmission {
  /** ISO yyyy-mm-dd. */
  readonly on: string;
  readonly source: SubmissionSource;
}

export interface DueDate {
  /** ISO yyyy-mm-dd. */
  readonly on: string;
  readonly source: DueSource;
}

/**
 * The day a return was due: the deadline its template carries (what the agency was told, the officer's edit
 * included), else the earliest deadline the plans' reporting regimes set for the year; null when neither is known.
 */
export function returnDueDate(templateDeadline: string | null, plans: readonly PlanCatalog[], year: number | null): DueDate | null {
  if (templateDeadline) return { on: templateDeadline, source: "template" };
  if (year === null || plans.length === 0) return null;
  const deadline = resolveReportingDates(plans, year).deadline;
  return deadline ? { on: deadline, source: "plan_regime" } : null;
}

/** A submission date the officer typed as dd/mm/yyyy; null when it is not a real day. */
export function enteredSubmission(text: string): DatedSubmission | null {
  const on = parseVietnameseDate(text);
  return on ? { on, source: "entered" } : null;
}

/** The day a file was last saved (File.lastModified in the pane, the file's mtime in the CLI), in local time. */
export function fileDateSubmission(modified: Date): DatedSubmission | null {
  return Number.isNaN(modified.getTime()) ? null : { on: localIsoDate(modified), source: "file_date" };
}
