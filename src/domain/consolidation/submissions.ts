import type { TemplateSection } from "../templates/distributeDuties";
import type { ValidationIssue } from "../validation/validationIssue";
import { VALIDATION_RULES } from "../validation/validationRules";
import type { SectionReading } from "./returnReadings";

/** What consolidation knows of each return received, and of each agency expected to send one. */

export interface ReceivedReturn {
  readonly file: string;
  /** The agency the return says it is from; null when that could not be told (not a template). */
  readonly agency: string | null;
  readonly year: number | null;
  readonly plans: readonly string[];
  /** ISO date the return arrived (the file's date, or entered by the officer); null when unknown. */
  readonly submittedOn: string | null;
  readonly issues: readonly ValidationIssue[];
  readonly readings: readonly SectionReading[];
}

/** A row an agency owes: the plan item and the section it belongs to in the agency's template. */
export interface ExpectedRow {
  readonly plan: string;
  readonly code: string;
  readonly section: TemplateSection;
}

export interface ExpectedAgency {
  readonly agency: string;
  readonly name: string;
  readonly rows: readonly ExpectedRow[];
}

/**
 * An error about the file's structure or whose it is: the file cannot be read as the agency's return for this plan
 * and year, so nothing of it is merged unless the officer includes it. Errors in single values are not structural:
 * the rest of the return is merged and the cell contributes nothing.
 */
export function isStructuralError(issue: ValidationIssue): boolean {
  if (issue.severity !== "error" || issue.code === "duplicate_submission") return false;
  const category = VALIDATION_RULES[issue.code].category;
  return category === "structure" || category === "identity";
}

export function rowId(row: { readonly plan: string; readonly code: string }): string {
  return `${row.plan}\u0000${row.code}`;
}
