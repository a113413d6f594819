import { fromExcelRows, needsTextPrefix, toExcelRows } from "../../src/excel/excelCellValues";

describe("needsTextPrefix", () => {
  it.each([
    ["1.1", "a target code Excel would read as the number 1.1"],
    ["16.10", "a target code Excel would read as 16.1"],
    ["2030", "a year kept as text"],
    ["31/12/2030", "a date"],
    ["12:30", "a time"],
    ["5%", "a percentage"],
    ["1,25", "a decimal with a comma"],
    ["=SUM(A1:A9)", "a formula"],
    ["- Chủ trì: Sở Lao động - Thương binh và Xã hội", "a dash that Excel may take for a formula"],
    ["TRUE", "a boolean"],
    ["#N/A", "an error literal"],
    ["'trích dẫn", "text that starts with an apostrophe, which Excel would swallow"],
    ["+cmd|' /C calc'!A0", "a plus that Excel takes for a formula"],
    ["@SUM(1+1)", "an at sign that Excel takes for a formula"],
    ["\t=1+1", "a tab before a formula"],
    ["\r=1+1", "a carriage return before a formula"],
    ["\tthu", "any text after a leading tab, as OWASP lists it"],
  ])("protects %p (%s)", (text) => {
    expect(needsTextPrefix(text)).toBe(true);
  });

  it.each([
    ["Mục tiêu 1.1"],
    ["Giảm tỷ lệ hộ nghèo xuống dưới 5% theo tiêu chí nghèo đa chiều"],
    ["Sở Kế hoạch và Đầu tư"],
    [""],
    ["   "],
  ])("leaves %p alone", (text) => {
    expect(needsTextPrefix(text)).toBe(false);
  });
});

describe("toExcelRows", () => {
  it("pads ragged rows with empty strings, keeps numbers and booleans, and prefixes text Excel would parse", () => {
    expect(toExcelRows([["1.1", 2030, true], ["Sở Y tế"]], 3, () => false)).toEqual([
      ["'1.1", 2030, true],
      ["Sở Y tế", "", ""],
    ]);
  });

  it("does not prefix text going into cells formatted as text", () => {
    expect(toExcelRows([["1.1", "1.2"]], 2, (_row, column) => column === 0)).toEqual([["1.1", "'1.2"]]);
  });

  it("refuses a number Excel cannot hold with InvalidValue", () => {
    expect(() => toExcelRows([[Number.NaN]], 1, () => false)).toThrow(expect.objectContaining({ code: "InvalidValue" }));
  });
});

describe("fromExcelRows", () => {
  it("reads empty cells as null and keeps every other value", () => {
    expect(fromExcelRows([["", 0, false, "Hoàn thành"]])).toEqual([[null, 0, false, "Hoàn thành"]]);
  });
});
