import {
  readReviewDecisions,
  reviewDecisionEntry,
  reviewDecisionKey,
  type ReviewDecision,
} from "../../../../src/domain/catalog/review/reviewDecisions";

const DECISION: ReviewDecision = { decision: "needs_fix", note: "Phụ lục ghi Sở Y tế", by: "Nguyễn Văn A", at: "2026-11-23T08:00:00.000Z" };

describe("review decisions in workbook metadata", () => {
  it("keys a decision by plan and review item", () => {
    expect(reviewDecisionKey("thanhhoa-sdg-2017", "lead_differs:target:3.2:L250")).toBe("review.thanhhoa-sdg-2017.lead_differs:target:3.2:L250");
  });

  it("reads back the decision it wrote", () => {
    const metadata = reviewDecisionEntry("plan-a", "year_typo:task:1.1.a:L9", DECISION);
    expect(readReviewDecisions(metadata, "plan-a")).toEqual(new Map([["year_typo:task:1.1.a:L9", DECISION]]));
  });

  it("leaves out who decided when nobody is named", () => {
    const metadata = reviewDecisionEntry("plan-a", "x:plan::L1", { decision: "confirmed", note: "", at: "2026-11-23T08:00:00.000Z" });
    expect(JSON.parse(metadata["review.plan-a.x:plan::L1"]!)).toEqual({ decision: "confirmed", note: "", at: "2026-11-23T08:00:00.000Z" });
  });

  it("withdraws a decision with an empty entry", () => {
    const metadata = { ...reviewDecisionEntry("plan-a", "x:plan::L1", DECISION), ...reviewDecisionEntry("plan-a", "x:plan::L1", null) };
    expect(metadata).toEqual({ "review.plan-a.x:plan::L1": "" });
    expect(readReviewDecisions(metadata, "plan-a").size).toBe(0);
  });

  it("reads only the chosen plan's decisions, whatever else the metadata holds", () => {
    const metadata = {
      "app.name": "Plan Tracker",
      "injection.plan_a.plan": "plan-a",
      ...reviewDecisionEntry("plan-a", "a:plan::L1", DECISION),
      ...reviewDecisionEntry("plan-ab", "b:plan::L2", DECISION),
    };
    expect([...readReviewDecisions(metadata, "plan-a").keys()]).toEqual(["a:plan::L1"]);
  });

  it("skips entries a person damaged: not JSON, or an unknown decision", () => {
    const metadata = {
      "review.plan-a.a:plan::L1": "{not json",
      "review.plan-a.b:plan::L2": JSON.stringify({ decision: "maybe", note: "", at: "" }),
      "review.plan-a.c:plan::L3": JSON.stringify({ decision: "dismissed" }),
    };
    expect(readReviewDecisions(metadata, "plan-a")).toEqual(new Map([["c:plan::L3", { decision: "dismissed", note: "", at: "" }]]));
  });
});
