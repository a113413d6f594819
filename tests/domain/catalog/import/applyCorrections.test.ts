import { importPlan } from "../../../../src/domain/catalog/import/importPlan";
import type { Correction } from "../../../../src/domain/catalog/types";
import { imported } from "./importResults";
import { agencies, planText } from "./planSources";

const withCorrections = (plan: "thanhhoa-sdg-2017" | "daknong-sdg-2018", list: readonly Correction[]) =>
  importPlan(
    { planId: plan, text: planText(plan) },
    { agencies: agencies(), corrections: { planId: plan, corrections: list } },
  );

const confirm16_7b: Correction = {
  id: "test/01",
  resolves: { code: "assignment_on_wrong_row", subject: "16.7.b" },
  decision: { kind: "confirm" },
  evidence: [{ line: 261, quote: "16.5.c; 16.7.b" }],
  note: "test",
};

describe("applyCorrections (through importPlan)", () => {
  it("resolves the review items the 000 corrections file names and lists the corrections applied", () => {
    const { catalog, stats } = imported("thanhhoa-sdg-2017");
    expect(stats.correctionsApplied).toBe(11);
    expect(catalog.corrections?.map((correction) => [correction.resolves?.code, correction.resolves?.subject])).toEqual(
      [
        ["assignment_on_wrong_row", "1.4.b"],
        ["assignment_on_wrong_row", "2.1.b"],
        ["assignment_on_wrong_row", "5.7"],
        ["assignment_on_wrong_row", "6.1.c"],
        ["assignment_on_wrong_row", "12.2.b"],
        ["assignment_on_wrong_row", "13.3.c"],
        ["assignment_on_wrong_row", "16.7.b"],
        ["goal_title_differs", "5"],
        ["goal_title_differs", "10"],
        ["goal_title_differs", "15"],
        ["goal_title_differs", "17"],
      ],
    );
    // What no correction decides stays for a person: SCT leads 7.1, 7.2 and 7.3, so the blocks at
    // L440 (beside the 7.3 heading) and L445 (after 7.3's tasks) are placed by the heading-row rule.
    expect(catalog.review.filter((item) => item.code === "assignment_on_wrong_row")).toEqual([
      expect.objectContaining({
        subject: { kind: "task", id: "7.2" },
        candidates: ["7.2", "7.1", "7.3"],
        source: expect.objectContaining({ line: 440 }),
      }),
      expect.objectContaining({
        subject: { kind: "task", id: "7.3" },
        candidates: ["7.3", "7.1", "8.1", "7.2"],
        source: expect.objectContaining({ line: 445 }),
      }),
    ]);
  });

  it("does not apply a correction whose quote is not on the cited line, and says so", () => {
    const result = withCorrections("thanhhoa-sdg-2017", [
      { ...confirm16_7b, evidence: [{ line: 260, quote: "16.5.c; 16.7.b" }] },
    ]);
    expect(result.stats).toMatchObject({ correctionsApplied: 0, correctionsRejected: 1 });
    expect(result.review).toContainEqual(
      expect.objectContaining({ code: "correction_evidence_mismatch", params: { correction: "test/01", line: 260 } }),
    );
    expect(result.review).toContainEqual(
      expect.objectContaining({ code: "assignment_on_wrong_row", subject: { kind: "task", id: "16.7.b" } }),
    );
  });

  it("does not apply a correction for a review item the import no longer raises", () => {
    const stale = { ...confirm16_7b, resolves: { code: "assignment_on_wrong_row", subject: "9.9" } };
    const result = withCorrections("thanhhoa-sdg-2017", [stale]);
    expect(result.review).toContainEqual(expect.objectContaining({ code: "correction_unmatched" }));
  });

  it("applies a confirmed reading and removes its review item", () => {
    const result = withCorrections("thanhhoa-sdg-2017", [confirm16_7b]);
    expect(result.catalog.corrections).toEqual([confirm16_7b]);
    expect(result.review.some((item) => item.subject.id === "16.7.b")).toBe(false);
    expect(result.catalog.tasks.find((task) => task.id === "16.7.b")?.lead).toEqual(["thanhhoa.mttq"]);
  });

  it("reads 'Bộ Công Thương' in 001's provincial partner list as Sở Công Thương once a correction says so (L292)", () => {
    const before = imported("daknong-sdg-2018", false).catalog;
    const after = imported("daknong-sdg-2018").catalog;
    const taskBefore = before.tasks.find((task) => task.unresolvedPartners?.includes("Bộ Công Thương"))!;
    expect(taskBefore.partners).not.toContain("daknong.sct");
    const taskAfter = after.tasks.find((task) => task.id === taskBefore.id)!;
    expect(taskAfter.partners).toContain("daknong.sct");
    expect(taskAfter.unresolvedPartners).toBeUndefined();
    expect(after.review.some((item) => item.code === "ambiguous_agency")).toBe(false);
  });

  it("lets an officer confirm once that 'Sở Quốc phòng' (001 L275) means Bộ Chỉ huy Quân sự tỉnh", () => {
    const result = withCorrections("daknong-sdg-2018", [
      {
        id: "test/03",
        resolves: { code: "agency_name_doubtful", subject: "Sở Quốc phòng" },
        decision: { kind: "resolveName", agency: "daknong.bchqs" as never },
        evidence: [{ line: 275, quote: "Sở Quốc phòng" }],
        note: "test",
      },
    ]);
    expect(result.stats.correctionsApplied).toBe(1);
    expect(result.review.filter((item) => item.subject.id === "Sở Quốc phòng")).toEqual([]);
    const printed = result.catalog.tasks.filter((task) => (task.partnersSource?.quote ?? "").includes("Sở Quốc phòng"));
    expect(printed.length).toBeGreaterThan(0);
    for (const task of printed) {
      expect(task.partners).toContain("daknong.bchqs");
      expect(task.unresolvedPartners ?? []).not.toContain("Sở Quốc phòng");
    }
  });

  it("rejects a decision naming an agency that is not in the directory", () => {
    const result = withCorrections("daknong-sdg-2018", [
      {
        id: "test/02",
        resolves: { code: "ambiguous_agency", subject: "Bộ Tư pháp" },
        decision: { kind: "resolveName", agency: "daknong.khong-co" as never },
        evidence: [{ line: 1259, quote: "Bộ Tư pháp" }],
        note: "test",
      },
    ]);
    expect(result.review).toContainEqual(expect.objectContaining({ code: "correction_invalid" }));
    expect(result.review).toContainEqual(
      expect.objectContaining({ code: "ambiguous_agency", subject: { kind: "agency", id: "Bộ Tư pháp" } }),
    );
  });

  it("sets a group title the text misprints, keeping the correction visible (004 'VIII.10 Yêu', L613)", () => {
    const { catalog } = imported("thanhhoa-green-growth-2023");
    expect(catalog.tasks.filter((task) => task.id.startsWith("VIII.10.")).map((task) => task.group)).toEqual([
      "VIII.10 Y tế",
      "VIII.10 Y tế",
      "VIII.10 Y tế",
      "VIII.10 Y tế",
    ]);
    expect(catalog.corrections).toHaveLength(1);
  });
});
