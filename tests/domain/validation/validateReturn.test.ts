import { orderIssues } from "../../../src/domain/validation/orderIssues";
import { validationIssue, type ValidationIssue } from "../../../src/domain/validation/validationIssue";
import { DEFAULT_VALIDATION_SETTINGS } from "../../../src/domain/validation/validationRules";
import { validateReturn, type ReturnToValidate } from "../../../src/domain/validation/validateReturn";
import { CONTEXT, GOOD, num, row, text } from "./returnBuilders";

const keys = (...codes: string[]) => codes.map((code) => ({ plan: "kh-01", code }));

const wellFilled: ReturnToValidate = {
  ...CONTEXT,
  rows: [row("1.1", 8, GOOD), row("1.2", 9, { ...GOOD, status: text("Hoàn thành"), progress: num(100) })],
  expected: { known: keys("1.1", "1.2", "1.3"), assigned: keys("1.1", "1.2") },
};

const found = (issues: readonly ValidationIssue[]) => issues.map((issue) => [issue.code, issue.sheet, issue.cell]);

describe("validateReturn", () => {
  it("finds nothing in a well-filled return, which is ok", () => {
    expect(validateReturn(wellFilled)).toMatchObject({ file: "so-y-te.xlsx", ok: true, issues: [], summary: { errors: 0, warnings: 0, byCode: {} } });
  });

  it("hands over each row's values as read, with their cells, so nothing is parsed twice", () => {
    const result = validateReturn({ ...wellFilled, rows: [row("1.3", 10, { ...GOOD, result: text("12,5") })] });
    expect(result.readings).toHaveLength(1);
    expect(result.readings[0]!.key).toEqual({ plan: "kh-01", code: "1.3" });
    // Typed as text: a warning, so the value is handed over flagged.
    expect(result.readings[0]!.values.result).toEqual({
      value: { kind: "number", value: 12.5 },
      sheet: "Tiến độ",
      address: expect.stringMatching(/10$/),
      flag: "warning",
      codes: ["number_as_text"],
    });
  });

  it("hands over no value from a cell with an error, only the error's flag", () => {
    const result = validateReturn({ ...wellFilled, rows: [row("1.3", 10, { ...GOOD, status: text("Hoàn thành"), progress: num(50) })] });
    expect(result.readings[0]!.values.status).toEqual({ value: null, sheet: "Tiến độ", address: "D10", flag: "error", codes: ["status_contradicts_progress"] });
    expect(result.readings[0]!.values.progress).toEqual({ value: { kind: "number", value: 50 }, sheet: "Tiến độ", address: "E10" });
  });

  it("collects the reader's, the rows' and the values' issues in one list, by sheet and cell", () => {
    const result = validateReturn({
      ...wellFilled,
      rows: [
        row("1.1", 8, { ...GOOD, progress: num(120) }),
        row("1.1", 9, { ...GOOD, status: text("Xong") }),
        row("1.3", 10, { ...GOOD, result: text("12,5"), estimate: num(20) }),
      ],
      readerIssues: [validationIssue("column_renamed", { file: "so-y-te.xlsx", sheet: "Tiến độ", cell: "E7" }, { expected: "Tiến độ (%)", found: "% hoàn thành" })],
    });
    expect(found(result.issues)).toEqual([
      ["row_missing", null, null],
      ["column_renamed", "Tiến độ", "E7"],
      ["out_of_range", "Tiến độ", "E8"],
      ["row_key_duplicate", "Tiến độ", "A9"],
      ["status_unknown", "Tiến độ", "D9"],
      ["row_not_assigned", "Tiến độ", "A10"],
      ["number_as_text", "Tiến độ", "G10"],
    ]);
    expect(result.ok).toBe(false);
    expect(result.summary).toEqual({
      errors: 4,
      warnings: 3,
      byCode: { row_missing: 1, column_renamed: 1, out_of_range: 1, row_key_duplicate: 1, status_unknown: 1, row_not_assigned: 1, number_as_text: 1 },
    });
  });

  it("is ok with warnings only", () => {
    const result = validateReturn({ ...wellFilled, rows: [row("1.1", 8, { ...GOOD, result: text("120") }), wellFilled.rows[1]!] });
    expect(result.ok).toBe(true);
    expect(result.summary).toEqual({ errors: 0, warnings: 1, byCode: { number_as_text: 1 } });
  });

  it("skips row rules when the expected rows are not given", () => {
    const { expected: _expected, ...withoutExpected } = wellFilled;
    expect(validateReturn({ ...withoutExpected, rows: [row("9.9", 8, GOOD)] }).issues).toEqual([]);
  });

  it("warns of a return submitted after its deadline, and not of one on the day", () => {
    expect(found(validateReturn({ ...wellFilled, submittedOn: "2026-12-06T09:15:00", dueOn: "2026-12-05" }).issues)).toEqual([
      ["submitted_late", null, null],
    ]);
    expect(validateReturn({ ...wellFilled, submittedOn: "2026-12-05", dueOn: "2026-12-05" }).issues).toEqual([]);
  });

  it("leaves out rules the officer switched off, the reader's included", () => {
    const result = validateReturn(
      { ...wellFilled, submittedOn: "2026-12-06", dueOn: "2026-12-05", readerIssues: [validationIssue("row_added", { file: null, sheet: "Tiến độ", cell: "A20" }, { row: 20 })] },
      { ...DEFAULT_VALIDATION_SETTINGS, off: ["submitted_late", "row_added"] },
    );
    expect(result.issues).toEqual([]);
  });
});

describe("orderIssues", () => {
  const at = (sheet: string | null, cell: string | null, file: string | null = "a.xlsx") => validationIssue("required_empty", { file, sheet, cell }, { field: "x" });

  it("orders cells by row, then column, with whole-sheet issues first", () => {
    const ordered = orderIssues([at("S", "B10"), at("S", "C9"), at("S", null), at("S", "AA9"), at("S", "D2:D40")]);
    expect(ordered.map((issue) => issue.cell)).toEqual([null, "D2:D40", "C9", "AA9", "B10"]);
  });

  it("orders sheets as the workbook does when told, and files by name", () => {
    const ordered = orderIssues([at("Tổng hợp", "A1"), at("Tiến độ", "A1"), at("Tiến độ", "A1", "b.xlsx"), at(null, null)], ["Tiến độ", "Tổng hợp"]);
    expect(ordered.map((issue) => [issue.file, issue.sheet])).toEqual([
      ["a.xlsx", null],
      ["a.xlsx", "Tiến độ"],
      ["a.xlsx", "Tổng hợp"],
      ["b.xlsx", "Tiến độ"],
    ]);
  });

  it("puts the issues of one cell in the registry's order", () => {
    const cell = { file: null, sheet: "S", cell: "E8" };
    const ordered = orderIssues([validationIssue("percent_scale_suspect", cell), validationIssue("number_as_text", cell)]);
    expect(ordered.map((issue) => issue.code)).toEqual(["number_as_text", "percent_scale_suspect"]);
  });
});
