import { foldForSearch } from "../../../domain/text/foldForSearch";
import { inLanguage, type ValidationIssue } from "../../../domain/validation/validationIssue";
import type { Language } from "../../../domain/validation/validationMessages";

export type SeverityFilter = "all" | "error" | "warning";

export interface IssueFilter {
  readonly severity: SeverityFilter;
  /** Matched, accents folded, against the message, hint, code, sheet and cell. */
  readonly text: string;
}

/** One sheet's issues (null: about the whole file), with its counts by severity before filtering. */
export interface SheetGroup {
  readonly sheet: string | null;
  readonly errors: number;
  readonly warnings: number;
  /** The issues the filter lets through, in the validator's order. */
  readonly shown: readonly ValidationIssue[];
}

/** The issues worded in the pane's language (they are made in Vietnamese). */
export function issuesIn(issues: readonly ValidationIssue[], language: Language): ValidationIssue[] {
  return language === "vi" ? [...issues] : issues.map((issue) => inLanguage(issue, language));
}

export function matchesFilter(issue: ValidationIssue, filter: IssueFilter): boolean {
  if (filter.severity !== "all" && issue.severity !== filter.severity) return false;
  const wanted = foldForSearch(filter.text);
  if (wanted === "") return true;
  const haystack = [issue.message, issue.hint ?? "", issue.code, issue.sheet ?? "", issue.cell ?? ""].join(" ");
  return foldForSearch(haystack).includes(wanted);
}

/**
 * The issues grouped by sheet, in the order the validator gave them (whole-file issues first, then the workbook's
 * sheet order); a sheet none of whose issues passes the filter is left out.
 */
export function groupBySheet(issues: readonly ValidationIssue[], filter: IssueFilter): SheetGroup[] {
  const groups = new Map<string | null, { errors: number; warnings: number; shown: ValidationIssue[] }>();
  for (const issue of issues) {
    const group = groups.get(issue.sheet) ?? { errors: 0, warnings: 0, shown: [] };
    if (issue.severity === "error") group.errors += 1;
    else group.warnings += 1;
    if (matchesFilter(issue, filter)) group.shown.push(issue);
    groups.set(issue.sheet, group);
  }
  return [...groups].flatMap(([sheet, group]) => (group.shown.length > 0 ? [{ sheet, ...group }] : []));
}
