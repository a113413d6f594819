import { validationIssue, type IssueLocation, type ValidationIssue } from "./validationIssue";

/** Whose return a file says it is, as the template reader found it, and where each part is shown. */
export interface ReturnIdentity {
  readonly file: string | null;
  readonly plan: string;
  readonly agency: string;
  readonly year: number;
  /** The cells showing the plan, the agency and the year (sheet and A1), when the reader knows them. */
  readonly shownAt?: {
    readonly plan?: Omit<IssueLocation, "file">;
    readonly agency?: Omit<IssueLocation, "file">;
    readonly year?: Omit<IssueLocation, "file">;
  };
}

/** What the officer is collecting: the plans in the catalogue, and the agency and year when they are set. */
export interface ExpectedIdentity {
  readonly knownPlans: readonly string[];
  readonly agency?: string | null;
  readonly year?: number | null;
}

/** plan_unknown, agency_mismatch and year_mismatch for one return, at the cells that show them. */
export function checkIdentity(found: ReturnIdentity, expected: ExpectedIdentity): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const where = (part: "plan" | "agency" | "year"): IssueLocation => ({
    file: found.file,
    sheet: found.shownAt?.[part]?.sheet ?? null,
    cell: found.shownAt?.[part]?.cell ?? null,
  });
  if (!expected.knownPlans.includes(found.plan)) issues.push(validationIssue("plan_unknown", where("plan"), { plan: found.plan }));
  if (expected.agency != null && expected.agency !== found.agency) {
    issues.push(validationIssue("agency_mismatch", where("agency"), { expected: expected.agency, found: found.agency }));
  }
  if (expected.year != null && expected.year !== found.year) {
    issues.push(validationIssue("year_mismatch", where("year"), { expected: String(expected.year), found: String(found.year) }));
  }
  return issues;
}

/**
 * duplicate_submission for every return after the first from one agency for one plan and year, naming the
 * first. Returns are taken in the order given (the caller puts the one to keep first, e.g. the latest).
 */
export function checkSubmissions(returns: readonly ReturnIdentity[]): ValidationIssue[] {
  const first = new Map<string, ReturnIdentity>();
  const issues: ValidationIssue[] = [];
  for (const identity of returns) {
    const key = `${identity.plan}\u0000${identity.agency}\u0000${identity.year}`;
    const kept = first.get(key);
    if (kept === undefined) {
      first.set(key, identity);
      continue;
    }
    const params = { agency: identity.agency, plan: identity.plan, year: String(identity.year), otherFile: kept.file ?? "" };
    issues.push(validationIssue("duplicate_submission", { file: identity.file, sheet: null, cell: null }, params));
  }
  return issues;
}
