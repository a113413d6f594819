import {
  parseVietnameseNumber,
  parseVietnameseNumberStrict,
} from "../../../../src/domain/catalog/values/parseVietnameseNumber";
import { unitScale } from "../../../../src/domain/catalog/values/unitScale";

describe("parseVietnameseNumber", () => {
  it.each([
    ["54,5", 54.5], // 000 L625 "khoảng 54,5%"
    ["100.000", 100000], // 002 L324 "45/100.000"
    ["1.234,5", 1234.5],
    ["141.194,25", 141194.25], // 002 L1878
    ["6,0", 6], // 004 L284 "6,0 triệu cây"
    ["01", 1], // 000 L162 "đạt 01%"
    ["07", 7], // 003 "07 nút giao"
    ["5", 5],
    ["0,5", 0.5],
    ["0,7", 0.7], // 002 L1880 "gỗ lớn 0,7 triệu m3"
    ["3.000", 3000],
    ["1.500", 1500],
    ["750.000", 750000], // 003 L172 "750.000 tỷ đồng"
    ["1.234.567", 1234567],
    [" 8.990 ", 8990], // 003 L102, surrounding spaces
  ])("reads %s as %d", (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });

  it.each([
    ["", "empty"],
    ["abc", "words"],
    ["6,0 triệu", "a scale word (it belongs to the unit)"],
    ["1.5", "a dot that is not a thousands separator"],
    ["3.10", "a two-digit group after a dot"],
    ["1,234.5", "English grouping"],
    ["1,2,3", "several decimal commas"],
    ["12%", "a unit"],
    ["-5", "a sign (ranges use hyphens)"],
    ["1. 5", "a space inside"],
  ])("returns null for %j (%s)", (text) => {
    expect(parseVietnameseNumber(text)).toBeNull();
  });
});

describe("parseVietnameseNumberStrict", () => {
  it("reports a decimal point as a number_format ambiguity with its reading", () => {
    expect(parseVietnameseNumberStrict("1.5")).toEqual({
      value: null,
      ambiguity: { reason: "number_format", candidates: ["1.5"] },
    });
  });

  it("reports English grouping as a number_format ambiguity", () => {
    expect(parseVietnameseNumberStrict("1,234.5")).toEqual({
      value: null,
      ambiguity: { reason: "number_format", candidates: ["1234.5"] },
    });
  });

  it("gives a value and no ambiguity for a well-formed numeral", () => {
    expect(parseVietnameseNumberStrict("5.200")).toEqual({ value: 5200 });
  });
});

describe("unitScale", () => {
  it.each([
    ["triệu cây xanh phân tán/năm", 1e6],
    ["tỷ đồng", 1e9],
    ["tỷ USD", 1e9],
    ["nghìn tấn", 1e3],
    ["vạn dân", 1e4],
    ["ha rừng/năm", 1],
    ["/100.000 trẻ đẻ sống", 1],
    ["%", 1],
  ])("gives the multiplier of %j as %d", (unit, scale) => {
    expect(unitScale(unit)).toBe(scale);
  });

  it("gives 1 for a null unit", () => {
    expect(unitScale(null)).toBe(1);
  });
});
