import { columnWidthPoints, parseBlockAddress } from "../../src/excel/addressing";

describe("parseBlockAddress", () => {
  it.each([
    ["B3", { row: 2, column: 1, rowCount: 1, columnCount: 1 }],
    ["$A$1:$L$105", { row: 0, column: 0, rowCount: 105, columnCount: 12 }],
    ["C5:A1", { row: 0, column: 0, rowCount: 5, columnCount: 3 }],
  ])("reads %p", (address, block) => {
    expect(parseBlockAddress(address)).toEqual(block);
  });

  it.each(["A:C", "3:10", "Sheet1!A1", "A0", ""])("rejects %p", (address) => {
    expect(parseBlockAddress(address)).toBeNull();
  });
});

describe("columnWidthPoints", () => {
  it.each([
    [9.140625, 48],
    [30, 157.5],
  ])("turns a stored width of %p characters into %p points", (characters, points) => {
    expect(columnWidthPoints(characters)).toBe(points);
  });
});
