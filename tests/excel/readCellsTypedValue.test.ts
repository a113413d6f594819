import { typedValue } from "../../src/excel/readCells";

describe("typedValue", () => {
  it("reads the Integer value type as a number, like Double", () => {
    expect(typedValue(7, "Integer", "General", false)).toEqual({ kind: "number", value: 7 });
  });

  it("reads a date from the 1904 system when the workbook counts from 1904", () => {
    expect(typedValue(0, "Double", "dd/mm/yyyy", true)).toEqual({ kind: "date", value: "1904-01-01" });
  });

  it("keeps a number in a date format that no calendar date matches as a number", () => {
    expect(typedValue(-3, "Double", "dd/mm/yyyy", false)).toEqual({ kind: "number", value: -3 });
  });
});
