import { reviewItemIds } from "../../../../src/domain/catalog/review/reviewItemIds";
import type { ReviewItem } from "../../../../src/domain/catalog/types";

const item = (code: string, kind: ReviewItem["subject"]["kind"], id: string | null, line: number): ReviewItem => ({
  code,
  subject: { kind, id },
  message: "",
  source: { line, quote: "" },
  candidates: [],
});

describe("reviewItemIds", () => {
  it("names an item by its code, subject and source line", () => {
    expect(reviewItemIds([item("lead_differs", "target", "3.2", 250), item("source_truncated", "plan", null, 686)])).toEqual([
      "lead_differs:target:3.2:L250",
      "source_truncated:plan::L686",
    ]);
  });

  it("tells apart items alike in all of that by their order", () => {
    expect(reviewItemIds([item("unit_suspect", "target", "3.1", 247), item("unit_suspect", "target", "3.1", 247)])).toEqual([
      "unit_suspect:target:3.1:L247",
      "unit_suspect:target:3.1:L247#2",
    ]);
  });

  it("gives the same ids to the same review list read twice", () => {
    const review = [item("numbering_gap", "goal", "12", 80), item("numbering_gap", "goal", "12", 80), item("year_typo", "task", "1.1.a", 9)];
    expect(reviewItemIds(review.map((entry) => ({ ...entry })))).toEqual(reviewItemIds(review));
  });
});
