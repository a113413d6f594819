import { isReviewCode, reviewMessage } from "../../../../src/domain/catalog/import/reviewMessages";
import { imported } from "./importResults";
import { PLAN_FILES, type PlanKey } from "./planSources";

const PLANS = Object.keys(PLAN_FILES) as PlanKey[];

describe("the review code registry", () => {
  it.each(PLANS)("knows every code the import of %s raises", (plan) => {
    const unknown = imported(plan).catalog.review.map((item) => item.code).filter((code) => !isReviewCode(code));
    expect(unknown).toEqual([]);
  });

  it("words a message from its parameters", () => {
    expect(reviewMessage("duplicate_unit", { unit: "4.2" })).toContain("4.2");
  });

  it("does not take a code it has no message for", () => {
    expect(isReviewCode("no_such_code")).toBe(false);
    expect(isReviewCode("lead_differs")).toBe(true);
  });
});
