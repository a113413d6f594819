import { fittedRowHeights } from "../../../src/domain/templates/rowHeights";

describe("fittedRowHeights", () => {
  it("gives a row the height of the lines its longest wrapped cell needs, and rows of equal height one range", () => {
    const styles = fittedRowHeights([["Tiêu đề"], ["ngắn", "x".repeat(45)], ["a\nb\nc", null]], [10, 20], 1);
    // 45 characters in a column of 20 take three lines; so do three lines of text: one range for both rows.
    expect(styles).toEqual([{ address: "A2:A3", rowHeight: 45 }]);
  });

  it("leaves one-line rows and the rows above `fromRow` alone", () => {
    expect(fittedRowHeights([["x".repeat(200)], ["ngắn"]], [10], 1)).toEqual([]);
  });

  it("never asks for more than Excel's largest row height", () => {
    expect(fittedRowHeights([["x".repeat(100_000)]], [10], 0)).toEqual([{ address: "A1", rowHeight: 409 }]);
  });
});
