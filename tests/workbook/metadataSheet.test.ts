import { gridToMetadata, metadataToGrid } from "../../src/workbook/metadataSheet";

describe("metadataToGrid and gridToMetadata", () => {
  it("round-trip the entries with sorted keys under a header row", () => {
    const grid = metadataToGrid({ "plan.id": "thanhhoa-sdg-2017", "app.version": "0.1.0" });
    expect(grid).toEqual([
      ["key", "value"],
      ["app.version", "0.1.0"],
      ["plan.id", "thanhhoa-sdg-2017"],
    ]);
    expect(gridToMetadata(grid)).toEqual({ "plan.id": "thanhhoa-sdg-2017", "app.version": "0.1.0" });
  });

  it("keeps numbers written back by other programs as text and skips rows without a key", () => {
    expect(gridToMetadata([["key", "value"], ["template.version", 2], [null, "x"], ["  ", "y"]])).toEqual({
      "template.version": "2",
    });
  });
});
