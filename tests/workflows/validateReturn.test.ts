import { readFile } from "node:fs/promises";
import path from "node:path";
import { bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { TemplateSection } from "../../src/domain/templates/distributeDuties";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { STATUSES } from "../../src/domain/templates/templateText";
import { checkDuplicateSubmissions, validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../helpers/externalPrograms";
import { cellOf, correctFill as correctFillOf, filledReturn, templateOnDisk, type Edit, type TemplateOnDisk } from "./returnFixtures";
import { bundledPlan, THANH_HOA_PLANS, THANH_HOA_SOURCES } from "./templateFixtures";

jest.setTimeout(240_000);

const sources = THANH_HOA_SOURCES;

let template: TemplateOnDisk;
let metadata: TemplateMetadata;
let dir: string;

beforeAll(async () => {
  template = await templateOnDisk();
  metadata = template.metadata;
  dir = template.dir;
});

const address = (section: TemplateSection, key: string, column: string) => cellOf(template, section, key, column);
const filled = (name: string, edits: readonly Edit[]) => filledReturn(template, name, edits);
const correctFill = () => correctFillOf(template);
const rowOf = { get: (key: string) => template.rowOf.get(key) };

async function validateFile(file: string, expected: { agency?: string; year?: number } = {}): Promise<ValidatedReturn> {
  const port = await openWorkbookFile(await readFile(file), { fileName: file });
  return validateWorkbookReturn(port, { file: path.basename(file), sources, expected, today: "2026-06-01" });
}

const placed = (result: ValidatedReturn) => result.validation.issues.map((issue) => ({ code: issue.code, sheet: issue.sheet, cell: issue.cell }));

/** A return filled correctly, everywhere, except the edits given (later edits win). */
function withMistakes(mistakes: readonly Edit[]): Edit[] {
  return [...correctFill(), ...mistakes];
}

describe("a return filled in correctly", () => {
  let correct: string;
  beforeAll(async () => {
    correct = await filled("correct.xlsx", correctFill());
  });

  it("gives no errors and no warnings when openpyxl filled it", async () => {
    const result = await validateFile(correct, { agency: "thanhhoa.snnmt", year: 2026 });
    expect(placed(result)).toEqual([]);
    expect(result.template?.agency).toBe("thanhhoa.snnmt");
  });

  it.each(["xlsx", "ods", "xls"])("gives no errors and no warnings once saved by LibreOffice as .%s", async (format) => {
    const outDir = path.join(dir, `lo-${format}`);
    await convertWithLibreOffice(correct, outDir, format);
    const result = await validateFile(path.join(outDir, `correct.${format}`));
    expect(placed(result)).toEqual([]);
  });
});

describe("a return filled in with mistakes", () => {
  const task = () => metadata.rows.leadTasks[0]!;
  const otherTask = () => metadata.rows.leadTasks[1]!;

  it("reports each mistake at its cell", async () => {
    const percentText = address("leadTasks", task(), "percent");
    const scale = address("leadTasks", otherTask(), "percent");
    const status = address("leadTasks", metadata.rows.leadTasks[2]!, "status");
    const contradicted = address("leadTasks", metadata.rows.leadTasks[2]!, "percent");
    const late = address("leadTasks", metadata.rows.leadTasks[3]!, "completedOn");
    const lockedText = address("leadTasks", metadata.rows.leadTasks[4]!, "task");
    const divided = address("leadTasks", metadata.rows.leadTasks[5]!, "percent");
    const inProgress = STATUSES[2];
    const file = await filled("mistakes.xlsx", withMistakes([
      { ...address("leadTasks", task(), "status"), value: inProgress, kind: "text" },
      { ...percentText, value: "12,5%", kind: "text" },
      { ...address("leadTasks", otherTask(), "status"), value: inProgress, kind: "text" },
      { ...scale, value: 0.45, kind: "number" },
      { ...address("leadTasks", metadata.rows.leadTasks[5]!, "status"), value: inProgress, kind: "text" },
      { ...contradicted, value: 60, kind: "number" },
      { ...late, value: "2026-12-30", kind: "date" },
      { ...lockedText, value: "Nhiệm vụ đã sửa", kind: "text" },
      { ...divided, value: "=1/0", kind: "formula" },
    ]));
    // openpyxl writes formulas without their results: LibreOffice computes =1/0, as the agency's program would.
    const outDir = path.join(dir, "lo-mistakes");
    await convertWithLibreOffice(file, outDir, "xlsx");
    const result = await validateFile(path.join(outDir, "mistakes.xlsx"));
    const issues = placed(result);
    const at = (code: string, where: { sheet: string; address: string }) => ({ code, sheet: where.sheet, cell: where.address });
    expect(issues).toEqual(expect.arrayContaining([
      at("number_as_text", percentText),
      at("percent_scale_suspect", scale),
      at("status_contradicts_progress", status),
      at("date_after_cutoff", late),
      at("locked_text_edited", lockedText),
      at("formula_error", divided),
    ]));
    expect(issues).toHaveLength(6);
  });

  it("reports a deleted data row as missing and an added row with an unknown code at its code cell", async () => {
    const sheet = metadata.sheets.leadTasks!;
    const last = Math.max(...metadata.rows.leadTasks.map((key) => rowOf.get(`leadTasks:${key}`)!));
    // The sheet's last data row: openpyxl does not move merged headings below a deleted row, as Excel does.
    const deleted = metadata.rows.leadTasks.find((key) => rowOf.get(`leadTasks:${key}`) === last)!;
    const planId = deleted.split("|")[0]!;
    const file = await filled("rows.xlsx", [
      ...correctFill(),
      { sheet, address: `A${last + 1}`, value: `${planId}|NV|99.99`, kind: "text" },
      { sheet, address: `C${last + 1}`, value: "99.99", kind: "text" },
      { sheet, address: `H${last + 1}`, value: STATUSES[2], kind: "text" },
      { sheet, address: "", value: rowOf.get(`leadTasks:${deleted}`)!, kind: "deleteRow" },
    ]);
    const result = await validateFile(file);
    const codes = result.validation.issues.map((issue) => issue.code).sort();
    expect(codes).toEqual(["row_key_unknown", "row_missing"]);
    const unknown = result.validation.issues.find((issue) => issue.code === "row_key_unknown")!;
    // The added row moved up by one with the deletion above it.
    expect([unknown.sheet, unknown.cell]).toEqual([sheet, `C${last}`]);
    const missing = result.validation.issues.find((issue) => issue.code === "row_missing")!;
    expect([missing.params.code, missing.sheet, missing.cell]).toEqual([deleted.split("|")[2], sheet, null]);
  });

  it("reports a return of another agency or year at the cover cells that show them", async () => {
    const file = await filled("identity.xlsx", correctFill());
    const result = await validateFile(file, { agency: "thanhhoa.syt", year: 2025 });
    expect(placed(result).map((issue) => issue.code).sort()).toEqual(["agency_mismatch", "year_mismatch"]);
    expect(result.validation.issues.every((issue) => issue.sheet === metadata.sheets.cover && issue.cell !== null)).toBe(true);
  });
});

describe("a workbook that is not a template", () => {
  it("is reported as such, with the confidence of the best table match", async () => {
    const file = path.join(__dirname, "..", "fixtures", "workbooks", "openpyxl-user-content.xlsx");
    const result = await validateFile(file);
    expect(result.template).toBeNull();
    expect(result.validation.issues.map((issue) => issue.code)).toEqual(["not_a_template"]);
    expect(typeof result.validation.issues[0]!.params.confidence).toBe("number");
  });
});

describe("indicators whose unit is a percentage", () => {
  const share = "thanhhoa-sdg-2017|CT|6.3#1"; // "100%" of hazardous waste water treated
  const otherShare = "thanhhoa-sdg-2017|CT|6.3#2";
  const change = "thanhhoa-sdg-2017|CT|12.3#1"; // food waste per head cut by 50%: a change, in %
  const count = "thanhhoa-sdg-2017|CT|2.3#1"; // labour productivity, in "lần"

  it("reads a share in percent points, suspects 0.45 of meaning 45%, refuses what no figure can be, and accepts a negative change", async () => {
    expect(metadata.rows.indicators).toEqual(expect.arrayContaining([share, otherShare, change, count]));
    const result = (key: string) => address("indicators", key, "result");
    const file = await filled("percent-units.xlsx", withMistakes([
      { ...result(share), value: 0.45, kind: "number" },
      { ...result(otherShare), value: 1e308, kind: "number" },
      { ...result(change), value: -20, kind: "number" },
      { ...result(count), value: -1e308, kind: "number" },
    ]));
    const issues = placed(await validateFile(file));
    const at = (code: string, key: string) => ({ code, sheet: result(key).sheet, cell: result(key).address });
    expect(issues).toEqual(expect.arrayContaining([at("percent_scale_suspect", share), at("out_of_range", otherShare), at("out_of_range", count)]));
    expect(issues).toHaveLength(3);
  });
});

describe("what a return's readings hand on to consolidation", () => {
  it("takes away a value with an error at its cell, flags a value with a warning, and marks the row for correction", async () => {
    const done = metadata.rows.leadTasks[0]!;
    const asText = metadata.rows.leadTasks[1]!;
    const file = await filled("readings.xlsx", withMistakes([
      { ...address("leadTasks", done, "status"), value: STATUSES[0], kind: "text" },
      { ...address("leadTasks", done, "percent"), value: 50, kind: "number" },
      { ...address("leadTasks", asText, "status"), value: STATUSES[2], kind: "text" },
      { ...address("leadTasks", asText, "percent"), value: "45", kind: "text" },
    ]));
    const result = await validateFile(file);
    const reading = (code: string) => result.readings.find((row) => row.section === "leadTasks" && `${row.plan}|NV|${row.code}` === code)!;
    expect(reading(done).fields.status).toMatchObject({ value: null, flag: "error", codes: ["status_contradicts_progress"] });
    expect(reading(done).fields.percent).toMatchObject({ value: { kind: "number", value: 50 } });
    expect(reading(done).needsCorrection).toBe(true);
    expect(reading(asText).fields.percent).toMatchObject({ value: { kind: "number", value: 45 }, flag: "warning", codes: ["number_as_text"] });
    expect(reading(asText).needsCorrection).toBeUndefined();
  });
});

describe("two returns of one agency", () => {
  it("gives the older a duplicate submission naming the newer, which is kept", async () => {
    const older = await validateFile(await filled("older.xlsx", correctFill()));
    const newer = await validateFile(await filled("newer.xlsx", correctFill()));
    const [duplicate, kept] = checkDuplicateSubmissions([older, newer], ["2026-11-05", "2026-11-12"]);
    expect(kept!.validation.issues).toEqual([]);
    expect(duplicate!.validation.issues.map((issue) => [issue.code, issue.params.otherFile])).toEqual([["duplicate_submission", "newer.xlsx"]]);
  });

  it("keeps the one given later when neither day is known, or both are the same", async () => {
    const first = await validateFile(await filled("lan-1.xlsx", correctFill()));
    const second = await validateFile(await filled("lan-2.xlsx", correctFill()));
    for (const days of [[], ["2026-11-12", "2026-11-12"]]) {
      const [duplicate, kept] = checkDuplicateSubmissions([first, second], days);
      expect(kept!.validation.issues).toEqual([]);
      expect(duplicate!.validation.issues.map((issue) => [issue.code, issue.params.otherFile])).toEqual([["duplicate_submission", "lan-2.xlsx"]]);
    }
  });

  it("keeps the newer even when it was given first", async () => {
    const newer = await validateFile(await filled("moi.xlsx", correctFill()));
    const older = await validateFile(await filled("cu.xlsx", correctFill()));
    const [kept, duplicate] = checkDuplicateSubmissions([newer, older], ["2026-11-12", null]);
    expect(kept!.validation.issues).toEqual([]);
    expect(duplicate!.validation.issues.map((issue) => issue.code)).toEqual(["duplicate_submission"]);
  });
});

describe("a return whose structure was changed", () => {
  it("reports a renamed column header at its header cell", async () => {
    const header = { sheet: metadata.sheets.leadTasks!, address: address("leadTasks", metadata.rows.leadTasks[0]!, "percent").address.replace(/\d+$/, "3") };
    const result = await validateFile(await filled("renamed.xlsx", [...correctFill(), { ...header, value: "Tiến độ", kind: "text" }]));
    expect(placed(result)).toEqual([{ code: "column_renamed", sheet: header.sheet, cell: header.address }]);
  });

  it("reports a column moved elsewhere at its new header cell, and reads its values there", async () => {
    const sheet = metadata.sheets.leadTasks!;
    const script = `
import sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
sheet = book[sys.argv[3]]
for row in range(3, sheet.max_row + 1):
    if row > 3 and "|" not in str(sheet.cell(row=row, column=1).value or ""):
        continue  # plan headings are merged across the row
    left, right = sheet.cell(row=row, column=9), sheet.cell(row=row, column=10)
    # A moved column takes its format along, as cutting and inserting it in Excel does.
    formats = (right.number_format, left.number_format)
    left.value, right.value = right.value, left.value
    left.number_format, right.number_format = formats
book.save(sys.argv[2])
`;
    const source = await filled("to-swap.xlsx", correctFill());
    const target = path.join(dir, "swapped.xlsx");
    await runOpenpyxl(script, [source, target, sheet]);
    const result = await validateFile(target);
    expect(placed(result)).toEqual([
      // The percent and the date swapped places: read where they are now, neither gives a value error.
      { code: "column_reordered", sheet, cell: "J3" },
      { code: "column_reordered", sheet, cell: "I3" },
    ].sort((a, b) => a.cell.localeCompare(b.cell)));
  });

  it("reports a row typed below the table as added", async () => {
    const sheet = metadata.sheets.leadTasks!;
    const last = Math.max(...metadata.rows.leadTasks.map((key) => rowOf.get(`leadTasks:${key}`)!));
    const result = await validateFile(await filled("note-row.xlsx", [...correctFill(), { sheet, address: `D${last + 2}`, value: "Ghi chú thêm của đơn vị", kind: "text" }]));
    expect(placed(result)).toEqual([{ code: "row_added", sheet, cell: `A${last + 2}` }]);
  });

  it("recovers the agency, year and plans from the visible sheets when the metadata sheet is gone", async () => {
    const result = await validateFile(await filled("no-metadata.xlsx", [...correctFill(), { sheet: "_plan_tracker", address: "", value: null, kind: "deleteSheet" }]));
    expect(result.validation.issues.map((issue) => issue.code)).toEqual(["metadata_missing", "metadata_recovered"]);
    expect(result.template).toMatchObject({ source: "recovered", agency: metadata.agency, year: metadata.year });
    expect([...result.template!.plans].sort()).toEqual(metadata.plans.map((plan) => plan.id).sort());
  });

  it("names an edited cell from the catalogue even when the mergers are no longer recorded as they were", async () => {
    const lockedText = address("leadTasks", metadata.rows.leadTasks[0]!, "task");
    const file = await filled("edited-later.xlsx", [...correctFill(), { ...lockedText, value: "Nhiệm vụ đã sửa", kind: "text" }]);
    const port = await openWorkbookFile(await readFile(file), { fileName: file });
    // The officer has since marked every merger the other way round: "Nguồn giao" would now read differently.
    const successions = bundledSuccessions.map((succession) => ({ ...succession, uncertain: !succession.uncertain }));
    const result = await validateWorkbookReturn(port, { file: "edited-later.xlsx", sources: { ...sources, successions }, today: "2026-06-01" });
    expect(placed(result)).toEqual([{ code: "locked_text_edited", sheet: lockedText.sheet, cell: lockedText.address }]);
  });

  it.each([
    ["a damaged fingerprint", { "template.fingerprint": "xyz" }, ["metadata_damaged", "metadata_recovered"]],
    ["a format version this release does not know", { "template.version": "2" }, ["format_version_unknown"]],
  ])("reports %s in the metadata", async (_what, entries, codes) => {
    const file = await filled(`metadata-${codes[0]}.xlsx`, correctFill());
    const port = await openWorkbookFile(await readFile(file), { fileName: file });
    await port.apply([{ kind: "setMetadata", entries }]);
    const result = await validateWorkbookReturn(port, { file: "metadata.xlsx", sources, today: "2026-06-01" });
    expect(result.validation.issues.map((issue) => issue.code)).toEqual(codes);
  });

  it("names the plan whose catalogue changed since the template was made", async () => {
    const changedPlan = metadata.plans[0]!.id;
    const plans = new Map(sources.plans);
    plans.set(changedPlan, { ...plans.get(changedPlan)!, title: `${plans.get(changedPlan)!.title} (sửa đổi)` });
    const file = await filled("catalogue.xlsx", correctFill());
    const port = await openWorkbookFile(await readFile(file), { fileName: file });
    const result = await validateWorkbookReturn(port, { file: "catalogue.xlsx", sources: { ...sources, plans }, today: "2026-06-01" });
    expect(result.validation.issues.map((issue) => [issue.code, issue.params.plan])).toEqual([["catalog_changed", changedPlan]]);
  });
});

describe("a hand-made table with the template's headers and codes", () => {
  it("is matched with its confidence, and its values are checked", async () => {
    const plan = bundledPlan(THANH_HOA_PLANS[0])!;
    const [first, second] = plan.tasks;
    const target = path.join(dir, "hand-made.xlsx");
    const script = `
import sys, openpyxl
book = openpyxl.Workbook()
sheet = book.active
sheet.title = "Báo cáo"
sheet.append(["Mã nhiệm vụ", "Nội dung nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)"])
sheet.append([sys.argv[2], "…", "Hoàn thành", 60])
sheet.append([sys.argv[3], "…", "Hoàn thành", 100])
book.save(sys.argv[1])
`;
    await runOpenpyxl(script, [target, first!.id, second!.id]);
    const result = await validateFile(target);
    expect(placed(result)).toEqual([
      { code: "template_matched_by_headers", sheet: "Báo cáo", cell: "A1" },
      { code: "status_contradicts_progress", sheet: "Báo cáo", cell: "C2" },
    ]);
    expect(result.validation.issues[0]!.params.confidence).toBeGreaterThanOrEqual(60);
  });
});
