import { readEnteredDate } from "../../../src/domain/validation/readEnteredDate";

describe("readEnteredDate", () => {
  it.each([
    ["15/11/2026", "2026-11-15"],
    ["5/1/2026", "2026-01-05"],
    ["15-11-2026", "2026-11-15"],
    ["15.11.2026", "2026-11-15"],
    [" 15 / 11 / 2026 ", "2026-11-15"],
    ["2026-11-15", "2026-11-15"],
    ["ngày 15 tháng 11 năm 2026", "2026-11-15"],
    ["29/02/2028", "2028-02-29"],
  ])("reads %j as %s", (text, iso) => {
    expect(readEnteredDate(text)).toEqual({ kind: "date", iso });
  });

  it("reads 03/04/2026 day first, as Vietnamese officers write it: the 3rd of April", () => {
    expect(readEnteredDate("03/04/2026")).toEqual({ kind: "date", iso: "2026-04-03" });
  });

  it.each(["31/02/2026", "29/02/2026", "15/13/2026", "00/01/2026", "1/1/1800"])("calls %j a date that does not exist", (text) => {
    expect(readEnteredDate(text)).toEqual({ kind: "invalid" });
  });

  it.each(["15/11/26", "15/11-2026", "tháng 11", "sắp xong", "", "11/2026"])("does not read %j as a date", (text) => {
    expect(readEnteredDate(text)).toBeNull();
  });
});
