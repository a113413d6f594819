import { parseVietnameseDate, planDeadline, readDue, resolveReportingDates } from "../../../src/domain/templates/reportingDates";
import { makeCatalog, makeTask } from "../../helpers/catalogBuilders";
import type { PlanCatalog, PlanId } from "../../../src/domain/catalog/types";

function plan(id: string, agencyDeadline: string | null, exclusive = false): PlanCatalog {
  return makeCatalog({
    id: id as PlanId,
    reporting: { frequency: "annual", agencyDeadline, consolidatedDeadline: null, reviews: [], agencyDeadlineExclusive: exclusive },
  });
}

describe("planDeadline", () => {
  it("puts the plan's yearly day in the reporting year", () => {
    expect(planDeadline(plan("a", "11-15"), 2026)).toBe("2026-11-15");
  });

  it("takes the day before when the plan says 'trước ngày'", () => {
    expect(planDeadline(plan("a", "12-01", true), 2026)).toBe("2026-11-30");
  });

  it("is null for a plan without a deadline for agencies", () => {
    expect(planDeadline(plan("a", null), 2026)).toBeNull();
  });
});

describe("resolveReportingDates", () => {
  it("uses the earliest deadline of several plans and notes that they differ", () => {
    const dates = resolveReportingDates([plan("a", "11-20"), plan("b", "11-15"), plan("c", null)], 2026);
    expect(dates.deadline).toBe("2026-11-15");
    expect(dates.notes).toContainEqual(expect.objectContaining({ code: "deadlines_differ", chosen: "2026-11-15" }));
  });

  it("makes no note when the plans agree", () => {
    const dates = resolveReportingDates([plan("a", "11-15"), plan("b", "11-15")], 2026);
    expect(dates.notes.map((note) => note.code)).not.toContain("deadlines_differ");
  });

  it("lets the officer's dates replace the plans' and notes the replaced deadline", () => {
    const dates = resolveReportingDates([plan("a", "11-15")], 2026, { cutoff: "2026-09-30", deadline: "2026-10-20" });
    expect([dates.cutoff, dates.deadline]).toEqual(["2026-09-30", "2026-10-20"]);
    expect(dates.notes).toEqual([{ code: "deadline_edited", fromPlans: "2026-11-15" }]);
  });

  it("sets the cut-off to the last day of the month before the deadline when none is given", () => {
    expect(resolveReportingDates([plan("a", "11-15")], 2026).cutoff).toBe("2026-10-31");
    expect(resolveReportingDates([plan("a", "03-05")], 2028).cutoff).toBe("2028-02-29");
  });

  it("says so when no plan sets a deadline, and cuts off on 14/12 (NĐ 09/2019)", () => {
    const dates = resolveReportingDates([plan("a", null)], 2026);
    expect(dates.deadline).toBeNull();
    expect(dates.cutoff).toBe("2026-12-14");
    expect(dates.notes.map((note) => note.code)).toEqual(["deadline_not_set", "cutoff_defaulted"]);
  });

  it("warns when the cut-off falls after the deadline", () => {
    const dates = resolveReportingDates([plan("a", "11-15")], 2026, { cutoff: "2026-12-14" });
    expect(dates.notes.map((note) => note.code)).toContain("cutoff_after_deadline");
  });
});

describe("readDue", () => {
  it("reads the text as written", () => {
    expect(readDue(makeTask("1.1.a", { due: { text: "2023 - 2030", kind: "period", from: 2023, to: 2030, by: "2030-12-31" } }))).toEqual({ text: "2023 - 2030", by: "2030-12-31" });
  });

  it("writes a period from its years when the plan gives no text", () => {
    expect(readDue(makeTask("1.1.a", { due: { text: null, kind: "period", from: 2021, to: 2025, by: null } })).text).toBe("2021 - 2025");
  });

  it("gives nothing, without failing, for a due of a shape it does not know", () => {
    const odd = { ...makeTask("1.1.a"), due: { kind: "milestone", milestones: [{ year: 2025 }] } } as unknown as Parameters<typeof readDue>[0];
    const missing = { ...makeTask("1.1.b"), due: undefined } as unknown as Parameters<typeof readDue>[0];
    expect(readDue(odd)).toEqual({ text: null, by: null });
    expect(readDue(missing)).toEqual({ text: null, by: null });
  });
});

describe("parseVietnameseDate", () => {
  it("reads dd/mm/yyyy and refuses days that do not exist", () => {
    expect(parseVietnameseDate("5/1/2026")).toBe("2026-01-05");
    expect(parseVietnameseDate("31/02/2026")).toBeNull();
    expect(parseVietnameseDate("2026-01-05")).toBeNull();
  });
});
