import type { PlanCatalog } from "../../../src/domain/catalog/types";
import { validateReturn } from "../../../src/domain/validation/validateReturn";
import { inLanguage } from "../../../src/domain/validation/validationIssue";
import { enteredSubmission, fileDateSubmission, returnDueDate } from "../../../src/domain/validation/timeliness";

const plan = (id: string, agencyDeadline: string | null, exclusive = false) =>
  ({ id, reporting: { frequency: "annual", agencyDeadline, consolidatedDeadline: null, reviews: [], agencyDeadlineExclusive: exclusive } }) as unknown as PlanCatalog;

describe("returnDueDate", () => {
  it("takes the deadline the template carries, which the agency was told", () => {
    expect(returnDueDate("2026-11-10", [plan("a", "11-15")], 2026)).toEqual({ on: "2026-11-10", source: "template" });
  });

  it("works the deadline out from the plans' reporting regime for the year, the earliest of them", () => {
    expect(returnDueDate(null, [plan("a", "12-01"), plan("b", "11-20")], 2026)).toEqual({ on: "2026-11-20", source: "plan_regime" });
  });

  it("takes the day before for a deadline written 'trước ngày'", () => {
    expect(returnDueDate(null, [plan("a", "11-15", true)], 2027)).toEqual({ on: "2027-11-14", source: "plan_regime" });
  });

  it("knows no deadline without a year, or when no plan sets one", () => {
    expect(returnDueDate(null, [plan("a", "11-15")], null)).toBeNull();
    expect(returnDueDate(null, [plan("a", null)], 2026)).toBeNull();
  });
});

describe("submission dates", () => {
  it("reads a date the officer typed day first", () => {
    expect(enteredSubmission("3/12/2026")).toEqual({ on: "2026-12-03", source: "entered" });
    expect(enteredSubmission("31/02/2026")).toBeNull();
  });

  it("takes a file's date as the local day it was saved", () => {
    expect(fileDateSubmission(new Date(2026, 10, 16, 23, 30))).toEqual({ on: "2026-11-16", source: "file_date" });
    expect(fileDateSubmission(new Date(Number.NaN))).toBeNull();
  });
});

describe("submitted_late", () => {
  const empty = { file: "so-y-te.xlsx", layout: { fields: [] }, rows: [], planStart: null, cutoff: null } as const;

  it("says in its params, and in its words, where each date came from", () => {
    const [issue] = validateReturn({ ...empty, submittedOn: "2026-11-20", submittedSource: "file_date", dueOn: "2026-11-14", dueSource: "plan_regime" }).issues;
    expect(issue).toMatchObject({ code: "submitted_late", params: { submitted: "2026-11-20", due: "2026-11-14", submittedSource: "file_date", dueSource: "plan_regime" } });
    expect(issue!.message).not.toMatch(/file_date|plan_regime|\{/);
    expect(inLanguage(issue!, "en").message).not.toMatch(/file_date|plan_regime|\{/);
  });
});
