import type { CellValue } from "../../../src/domain/grid/cellValue";
import type { SheetSpec } from "../../../src/domain/sheet/sheetSpec";
import { buildResultsSheet, type ResultsEntry } from "../../../src/domain/validation/resultsSheet";
import { RESULTS_SHEET_LABELS } from "../../../src/domain/validation/resultsSheetLabels";
import { validationIssue } from "../../../src/domain/validation/validationIssue";

const statusWrong = validationIssue("status_unknown", { file: "so-y-te.xlsx", sheet: "Nhiệm vụ chủ trì", cell: "F12" }, { value: "xong", field: "Tình trạng" });
const asText = validationIssue("number_as_text", { file: "so-y-te.xlsx", sheet: "Nhiệm vụ chủ trì", cell: "E14:E15" }, { value: "12,5", field: "Kết quả" });
const late = validationIssue("submitted_late", { file: "so-y-te.xlsx", sheet: null, cell: null }, { submitted: "2026-11-20", due: "2026-11-14", submittedSource: "file_date", dueSource: "template" });
const elsewhere = validationIssue("required_empty", { file: "so-tc.xlsx", sheet: "Chỉ tiêu", cell: "D7" }, { field: "Kết quả" });

const health: ResultsEntry = { file: "so-y-te.xlsx", agency: "Sở Y tế", issues: [late, statusWrong, asText] };
const finance: ResultsEntry = { file: "so-tc.xlsx", agency: "Sở Tài chính", issues: [elsewhere] };

/** The row (1-based) whose first cells are these. */
function rowStarting(spec: SheetSpec, ...cells: CellValue[]): number {
  return spec.values.findIndex((row) => cells.every((cell, index) => row[index] === cell)) + 1;
}

const header = RESULTS_SHEET_LABELS.vi.columns;

describe("buildResultsSheet", () => {
  it("lists one row per issue, numbered, with its file, agency, sheet, cell, severity, code, message and hint", () => {
    const spec = buildResultsSheet([health, finance], { language: "vi" });
    const top = rowStarting(spec, header.number, header.file);
    expect(spec.values.slice(top)).toEqual([
      [1, "so-y-te.xlsx", "Sở Y tế", "(cả tệp)", "", "Cảnh báo", "submitted_late", late.message, late.hint],
      [2, "so-y-te.xlsx", "Sở Y tế", "Nhiệm vụ chủ trì", "F12", "Lỗi", "status_unknown", statusWrong.message, statusWrong.hint],
      [3, "so-y-te.xlsx", "Sở Y tế", "Nhiệm vụ chủ trì", "E14:E15", "Cảnh báo", "number_as_text", asText.message, asText.hint],
      [4, "so-tc.xlsx", "Sở Tài chính", "Chỉ tiêu", "D7", "Lỗi", "required_empty", elsewhere.message, elsewhere.hint],
    ]);
  });

  it("sums up at the top: the files, then each file's errors and warnings, then the totals", () => {
    const spec = buildResultsSheet([health, finance], { language: "vi", checkedOn: "2026-11-20" });
    expect(spec.values[0]).toEqual(["Kết quả kiểm tra báo cáo"]);
    expect(spec.values[1]).toEqual(["Ngày kiểm tra: 20/11/2026"]);
    expect(spec.values[2]).toEqual(["2 tệp: 2 lỗi, 2 cảnh báo"]);
    const perFile = rowStarting(spec, null, "Tệp", "Cơ quan");
    expect(spec.values.slice(perFile, perFile + 3)).toEqual([
      [1, "so-y-te.xlsx", "Sở Y tế", 1, 2],
      [2, "so-tc.xlsx", "Sở Tài chính", 1, 0],
      [null, "Tổng cộng", null, 2, 2],
    ]);
  });

  it("links the cell column to the issue's first cell when the return is the workbook the sheet goes into", () => {
    const spec = buildResultsSheet([{ ...health, sheetsHere: ["Bìa", "Nhiệm vụ chủ trì"] }, finance], { language: "vi" });
    const top = rowStarting(spec, header.number, header.file);
    expect(spec.links).toEqual([
      { address: `E${top + 2}`, target: { sheet: "Nhiệm vụ chủ trì", address: "F12" } },
      { address: `E${top + 3}`, target: { sheet: "Nhiệm vụ chủ trì", address: "E14" } },
    ]);
  });

  it("links nothing for a return in another file, or at a sheet the workbook does not have", () => {
    expect(buildResultsSheet([health, finance], { language: "vi" }).links).toEqual([]);
    expect(buildResultsSheet([{ ...health, sheetsHere: ["Bìa"] }], { language: "vi" }).links).toEqual([]);
  });

  it("says there is nothing to fix when no return has an issue", () => {
    const spec = buildResultsSheet([{ file: "so-y-te.xlsx", agency: "Sở Y tế", issues: [] }], { language: "vi" });
    expect(spec.values.at(-1)).toEqual([null, RESULTS_SHEET_LABELS.vi.noIssues]);
    expect(spec.values[1]).toEqual(["1 tệp: 0 lỗi, 0 cảnh báo"]);
  });

  it("writes in English, the issues' own words included", () => {
    const spec = buildResultsSheet([health], { language: "en" });
    expect(spec.name).toBe("Validation results");
    const top = rowStarting(spec, "No.", "File");
    expect(spec.values[top]).toEqual([1, "so-y-te.xlsx", "Sở Y tế", "(whole file)", "", "Warning", "submitted_late", expect.stringContaining("after the deadline"), expect.any(String)]);
  });

  it("keeps text that looks like a formula as the very same text, never a formula", () => {
    const hostile = ["=HYPERLINK(\"http://x\")", "+1+1", "-2", "@SUM(A1)", "\tTab", "\rCR"];
    const issues = hostile.map((text) => ({ ...validationIssue("status_unknown", { file: text, sheet: text, cell: "F12" }, { value: text, field: text }), message: text, hint: text }));
    const spec = buildResultsSheet([{ file: hostile[0]!, agency: hostile[1]!, issues }], { language: "vi" });
    const top = rowStarting(spec, header.number, header.file);
    expect(spec.values.slice(top).map((row) => [row[3], row[7], row[8]])).toEqual(hostile.map((text) => [text, text, text]));
    expect(spec.values[top]!.slice(1, 3)).toEqual([hostile[0], hostile[1]]);
  });

  it("goes through the presentation rules, repeating the issues' header on each printed page and freezing it", () => {
    const spec = buildResultsSheet([health, finance], { language: "vi" });
    const top = rowStarting(spec, header.number, header.file);
    expect(spec.print).toEqual(expect.objectContaining({ paperSize: "A4", orientation: "landscape", fitToPagesWide: 1, titleRows: { from: top, to: top } }));
    expect(spec.freeze).toEqual({ rows: top, columns: 0 });
    expect(spec.columns).toHaveLength(9);
  });

  it("colours the severity column by its words", () => {
    const spec = buildResultsSheet([health], { language: "vi" });
    const top = rowStarting(spec, header.number, header.file);
    expect(spec.conditionalFormats).toEqual([
      expect.objectContaining({ kind: "textEquals", address: `F${top + 1}:F${top + 3}`, text: "Lỗi" }),
      expect.objectContaining({ kind: "textEquals", address: `F${top + 1}:F${top + 3}`, text: "Cảnh báo" }),
    ]);
  });
});
