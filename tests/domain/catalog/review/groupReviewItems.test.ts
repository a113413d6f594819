import { readFileSync } from "node:fs";
import { join } from "node:path";
import { groupReviewItems } from "../../../../src/domain/catalog/review/groupReviewItems";
import { reviewItemIds } from "../../../../src/domain/catalog/review/reviewItemIds";
import type { PlanCatalog, ReviewItem } from "../../../../src/domain/catalog/types";
import { makeCatalog } from "../../../helpers/catalogBuilders";

const item = (code: string, kind: ReviewItem["subject"]["kind"], id: string | null, line = 1): ReviewItem => ({
  code,
  subject: { kind, id },
  message: code,
  source: { line, quote: "" },
  candidates: [],
});

const PLANS_DIR = join(__dirname, "../../../../data/plans");
const bundledPlanIds = (JSON.parse(readFileSync(join(PLANS_DIR, "index.json"), "utf8")) as { id: string }[]).map((plan) => plan.id);
const bundledPlan = (planId: string) => JSON.parse(readFileSync(join(PLANS_DIR, `${planId}.json`), "utf8")) as PlanCatalog;

describe("groupReviewItems", () => {
  it("puts the whole plan first, then goals, then targets and tasks", () => {
    const catalog = makeCatalog({
      review: [item("lead_differs", "task", "1.1.a"), item("numbering_gap", "goal", "3"), item("source_truncated", "plan", null), item("unit_suspect", "target", "3.1")],
    });
    const sections = groupReviewItems(catalog);
    expect(sections.map((section) => [section.scope, section.subjects.map((subject) => `${subject.kind}:${subject.id}`)])).toEqual([
      ["plan", ["plan:null"]],
      ["goal", ["goal:3"]],
      ["item", ["target:3.1", "task:1.1.a"]],
    ]);
  });

  it("titles a subject with its goal title or item text", () => {
    const catalog = makeCatalog({ review: [item("numbering_gap", "goal", "3"), item("unit_suspect", "target", "3.1")] });
    const titles = groupReviewItems(catalog).flatMap((section) => section.subjects.map((subject) => subject.title));
    expect(titles).toEqual(["Sức khỏe", "Tỷ suất tử vong mẹ dưới 45/100.000 trẻ đẻ sống"]);
  });

  it("keeps several items about one subject together, in the catalogue's order", () => {
    const catalog = makeCatalog({
      review: [item("orphan_assignment_fragment", "plan", null, 347), item("numbering_gap", "goal", "1"), item("orphan_assignment_fragment", "plan", null, 366)],
    });
    const [plan] = groupReviewItems(catalog);
    expect(plan!.subjects).toHaveLength(1);
    expect(plan!.subjects[0]!.entries.map((entry) => entry.item.source.line)).toEqual([347, 366]);
  });

  it("files a printed agency name with the whole plan and keeps an item whose subject the catalogue lacks", () => {
    const catalog = makeCatalog({ review: [item("unknown_agency", "agency", "Sở Văn hóa"), item("lead_differs", "task", "9.9.z")] });
    const sections = groupReviewItems(catalog);
    expect(sections.map((section) => [section.scope, section.subjects.map((subject) => [subject.id, subject.title])])).toEqual([
      ["plan", [["Sở Văn hóa", null]]],
      ["item", [["9.9.z", null]]],
    ]);
  });

  it("leaves out sections with nothing to review", () => {
    expect(groupReviewItems(makeCatalog({ review: [] }))).toEqual([]);
  });

  it.each(bundledPlanIds)("holds every review item of bundled plan %s exactly once", (planId) => {
    const catalog = bundledPlan(planId);
    const grouped = groupReviewItems(catalog).flatMap((section) => section.subjects.flatMap((subject) => subject.entries.map((entry) => entry.id)));
    expect(grouped).toHaveLength(catalog.review.length);
    expect(new Set(grouped).size).toBe(grouped.length);
    expect(new Set(grouped)).toEqual(new Set(reviewItemIds(catalog.review)));
  });
});
