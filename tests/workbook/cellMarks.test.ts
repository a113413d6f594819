import { markKey, mergeMetadata } from "../../src/workbook/cellMarks";

describe("mergeMetadata", () => {
  it("drops the row of a mark record cleared to an empty value, and keeps every other entry", () => {
    const marked = { agency: "thanhhoa.syt", [markKey("Báo cáo", "C3")]: "{}", [markKey("Báo cáo", "D3")]: "{}" };

    const merged = mergeMetadata(marked, { [markKey("Báo cáo", "C3")]: "" });

    expect(merged).toEqual({ agency: "thanhhoa.syt", [markKey("Báo cáo", "D3")]: "{}" });
  });

  it("keeps an empty value that is not a mark record, as setMetadata always did", () => {
    expect(mergeMetadata({ agency: "thanhhoa.syt" }, { note: "" })).toEqual({ agency: "thanhhoa.syt", note: "" });
  });
});
