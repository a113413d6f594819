import { fromA1 } from "../grid/cellAddress";
import type { ValidationIssue } from "./validationIssue";
import { VALIDATION_CODES, type ValidationCode } from "./validationRules";

const CODE_ORDER = new Map<ValidationCode, number>(VALIDATION_CODES.map((code, index) => [code, index]));

/**
 * Issues in reading order: by file, then sheet (in `sheetOrder` when given, else by name), then cell by row
 * and column ("B10" after "C9"). Issues about a whole file or sheet come before its cells; at one cell, in
 * the registry's order (structure before values before plausibility).
 */
export function orderIssues(issues: readonly ValidationIssue[], sheetOrder: readonly string[] = []): ValidationIssue[] {
  const sheetRank = new Map(sheetOrder.map((sheet, index) => [sheet, index]));
  const keyed = issues.map((issue) => ({ issue, position: issue.cell === null ? null : fromA1(issue.cell.split(":")[0] ?? "") }));
  keyed.sort(
    (a, b) =>
      compareNullFirst(a.issue.file, b.issue.file, compareText) ||
      compareNullFirst(a.issue.sheet, b.issue.sheet, (x, y) => compareSheets(x, y, sheetRank)) ||
      compareNullFirst(a.position, b.position, (x, y) => x.row - y.row || x.column - y.column) ||
      (CODE_ORDER.get(a.issue.code) ?? 0) - (CODE_ORDER.get(b.issue.code) ?? 0),
  );
  return keyed.map((entry) => entry.issue);
}

export interface IssueSummary {
  readonly errors: number;
  readonly warnings: number;
  /** How many issues of each code, for codes that occur. */
  readonly byCode: Readonly<Partial<Record<ValidationCode, number>>>;
}

export function summarizeIssues(issues: readonly ValidationIssue[]): IssueSummary {
  const byCode: Partial<Record<ValidationCode, number>> = {};
  let errors = 0;
  for (const issue of issues) {
    byCode[issue.code] = (byCode[issue.code] ?? 0) + 1;
    if (issue.severity === "error") errors += 1;
  }
  return { errors, warnings: issues.length - errors, byCode };
}

function compareNullFirst<T>(a: T | null, b: T | null, compare: (x: T, y: T) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return compare(a, b);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareSheets(a: string, b: string, rank: ReadonlyMap<string, number>): number {
  const ra = rank.get(a) ?? Number.MAX_SAFE_INTEGER;
  const rb = rank.get(b) ?? Number.MAX_SAFE_INTEGER;
  return ra - rb || compareText(a, b);
}
