import { checkRowKeys, type FoundRow } from "../../../src/domain/validation/checkRowKeys";
import type { RowKey } from "../../../src/domain/validation/inputLayout";
import { located, text } from "./returnBuilders";

const key = (code: string, plan = "kh-01"): RowKey => ({ plan, code });
const foundAt = (code: string, sheetRow: number, plan = "kh-01"): FoundRow => ({ key: key(code, plan), codeCell: located("A", sheetRow, text(code)) });
const expected = { known: ["1.1", "1.2", "1.3", "2.1"].map((code) => key(code)), assigned: ["1.1", "1.2", "1.3"].map((code) => key(code)) };
const found = (rows: readonly FoundRow[]) => checkRowKeys(rows, expected, "so-y-te.xlsx").map((issue) => [issue.code, issue.cell, issue.params.code]);

describe("checkRowKeys", () => {
  it("raises nothing when the return holds exactly the assigned rows", () => {
    expect(found([foundAt("1.1", 8), foundAt("1.2", 9), foundAt("1.3", 10)])).toEqual([]);
  });

  it("reports a code the catalogue does not know at its cell", () => {
    expect(found([foundAt("1.1", 8), foundAt("1.2", 9), foundAt("1.3", 10), foundAt("9.9", 11)])).toEqual([["row_key_unknown", "A11", "9.9"]]);
  });

  it("tells plans apart: a known code under another plan is unknown", () => {
    expect(found([foundAt("1.1", 8), foundAt("1.2", 9), foundAt("1.3", 10), foundAt("1.1", 11, "kh-02")])).toEqual([
      ["row_key_unknown", "A11", "1.1"],
    ]);
  });

  it("reports the second and later rows with one code, naming the first", () => {
    const issues = checkRowKeys([foundAt("1.1", 8), foundAt("1.2", 9), foundAt("1.1", 10), foundAt("1.3", 11), foundAt("1.1", 12)], expected, null);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.params.firstCell])).toEqual([
      ["row_key_duplicate", "A10", "A8"],
      ["row_key_duplicate", "A12", "A8"],
    ]);
  });

  it("warns of a known row that is not assigned to the agency", () => {
    expect(found([foundAt("1.1", 8), foundAt("1.2", 9), foundAt("1.3", 10), foundAt("2.1", 11)])).toEqual([["row_not_assigned", "A11", "2.1"]]);
  });

  it("reports each assigned row the return lacks, for the file as a whole", () => {
    expect(found([foundAt("1.2", 8)])).toEqual([
      ["row_missing", null, "1.1"],
      ["row_missing", null, "1.3"],
    ]);
  });
});
