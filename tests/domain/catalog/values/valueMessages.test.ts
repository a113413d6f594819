import type { ValueAmbiguityReason } from "../../../../src/domain/catalog/values/valueAmbiguity";
import { valueAmbiguityMessage } from "../../../../src/domain/catalog/values/valueMessages";

describe("valueAmbiguityMessage", () => {
  const reasons: readonly ValueAmbiguityReason[] = [
    "year_typo",
    "number_format",
    "unit_suspect",
    "invalid_date",
    "deadline_unrecognised",
  ];

  it.each(reasons)("words %s with the text it is about", (reason) => {
    expect(valueAmbiguityMessage(reason, "2021-2020")).toContain("2021-2020");
  });

  it("gives each reason its own message", () => {
    expect(new Set(reasons.map((r) => valueAmbiguityMessage(r, "x"))).size).toBe(reasons.length);
  });
});
