import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { toA1 } from "../../src/domain/grid/cellAddress";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS, type ColumnKind } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { SELF_ASSESSMENTS, STATUSES } from "../../src/domain/templates/templateText";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { checkDuplicateSubmissions, validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../helpers/externalPrograms";
import { bundledPlan, templateInput, THANH_HOA_PLANS } from "./templateFixtures";

jest.setTimeout(240_000);

const sources = {
  plans: new Map(THANH_HOA_PLANS.map((id) => [id as string, bundledPlan(id) as PlanCatalog])),
  agencies: bundledAgencies,
  successions: bundledSuccessions,
};

let dir: string;
let original: string;
let metadata: TemplateMetadata;
/** 1-based data row of each key, by section. */
const rowOf = new Map<string, number>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "validate-"));
  const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), () => createXlsxWorkbook());
  if (!result.ok) throw new Error(result.error.code);
  const written = result.result.written[0]!;
  metadata = written.template.metadata;
  original = path.join(dir, written.fileName);
  await writeFile(original, await written.port.toBuffer());
  const book = await openWorkbookFile(await readFile(original));
  for (const section of TEMPLATE_SECTIONS) {
    if (metadata.rows[section].length === 0) continue;
    const grid = await book.readCells(metadata.sheets[section]!);
    grid.forEach((row, index) => {
      const key = row[0]?.value;
      if (typeof key === "string" && key.includes("|")) rowOf.set(`${section}:${key}`, index + 1);
    });
  }
});

type Edit = { sheet: string; address: string; value: CellValue; kind: "text" | "number" | "date" | "formula" | "percent" };

/** What a careful filler types into a column of this kind: completed tasks, with a completion date before the cut-off. */
function correctValue(kind: ColumnKind, id: string): Pick<Edit, "value" | "kind"> {
  switch (kind) {
    case "number":
      return { value: 12.5, kind: "number" };
    case "percent":
      return { value: 100, kind: "number" };
    case "date":
      return { value: "2026-03-31", kind: "date" };
    case "status":
      return { value: STATUSES[0], kind: "text" };
    case "assessment":
      return { value: SELF_ASSESSMENTS[1], kind: "text" };
    case "text":
      return { value: `${id}: đã thực hiện`, kind: "text" };
  }
}

function address(section: TemplateSection, key: string, column: string): { sheet: string; address: string } {
  const index = SECTION_COLUMNS[section].findIndex((c) => c.id === column);
  return { sheet: metadata.sheets[section]!, address: toA1({ row: rowOf.get(`${section}:${key}`)! - 1, column: index }) };
}

function correctFill(): Edit[] {
  const edits: Edit[] = [];
  for (const section of TEMPLATE_SECTIONS) {
    for (const key of metadata.rows[section]) {
      for (const column of SECTION_COLUMNS[section]) {
        // Targets without a stated value ask for words; those rows get the text column's value.
        if (column.input) edits.push({ ...address(section, key, column.id), ...correctValue(column.kind, column.id) });
      }
    }
  }
  return edits;
}

const FILL = `
import json, sys, datetime, openpyxl
source, target, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
for edit in plan:
    sheet = book[edit["sheet"]]
    if edit["kind"] == "deleteRow":
        sheet.delete_rows(edit["value"])
        continue
    value = edit["value"]
    if edit["kind"] == "date":
        value = datetime.datetime.strptime(value, "%Y-%m-%d")
    cell = sheet[edit["address"]]
    cell.value = value
    if edit["kind"] == "percent":
        cell.number_format = "0%"
book.save(target)
`;

async function filled(name: string, edits: readonly (Edit | { sheet: string; address: string; value: number; kind: "deleteRow" })[]): Promise<string> {
  const target = path.join(dir, name);
  await runOpenpyxl(FILL, [original, target, JSON.stringify(edits)]);
  return target;
}

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

  it.each(["xlsx", "ods"])("gives no errors and no warnings once saved by LibreOffice as .%s", async (format) => {
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
    expect(result.validation.issues.find((issue) => issue.code === "row_missing")!.params.code).toBe(deleted.split("|")[2]);
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

describe("two returns of one agency", () => {
  it("gives the second a duplicate submission naming the first", async () => {
    const first = await validateFile(await filled("first.xlsx", correctFill()));
    const second = await validateFile(await filled("second.xlsx", correctFill()));
    const [kept, duplicate] = checkDuplicateSubmissions([first, second]);
    expect(kept!.validation.issues).toEqual([]);
    expect(duplicate!.validation.issues.map((issue) => [issue.code, issue.params.otherFile])).toEqual([["duplicate_submission", "first.xlsx"]]);
  });
});
