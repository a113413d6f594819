import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { fromA1, toA1 } from "../../src/domain/grid/cellAddress";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS, type ColumnKind } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { SELF_ASSESSMENTS, STATUSES } from "../../src/domain/templates/templateText";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { readTemplate } from "../../src/workflows/readTemplate";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../helpers/externalPrograms";
import { attribute, elements, openPackage, partText, sheetPart } from "../helpers/ooxmlParts";
import { templateInput, THANH_HOA_PLANS } from "./templateFixtures";

let dir: string;
let original: string;
let metadata: TemplateMetadata;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "templates-"));
  const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), () => createXlsxWorkbook());
  if (!result.ok) throw new Error(result.error.code);
  const [written] = result.result.written;
  metadata = written!.template.metadata;
  original = path.join(dir, written!.fileName);
  await writeFile(original, await written!.port.toBuffer());
});

/** Keyed data rows of a section sheet: 1-based row by key. */
function rowsOf(grid: readonly (readonly { value: CellValue }[])[]): Map<string, number> {
  return new Map(grid.flatMap((row, index) => (typeof row[0]?.value === "string" && row[0].value.includes("|") ? [[row[0].value, index + 1] as const] : [])));
}

describe("a template saved by LibreOffice", () => {
  let converted: XlsxWorkbook;
  let convertedFile: string;

  beforeAll(async () => {
    const outDir = path.join(dir, "libreoffice");
    await convertWithLibreOffice(original, outDir);
    convertedFile = path.join(outDir, path.basename(original));
    converted = await openWorkbookFile(await readFile(convertedFile), { fileName: convertedFile });
  }, 180_000);

  it("is still recognised, with its rows and locked content unchanged", async () => {
    const read = await readTemplate(converted);
    expect(read.recognised && read.result.issues).toEqual([]);
    expect(read.recognised && read.result.metadata).toEqual(metadata);
  });

  it("keeps the metadata and list sheets out of sight (very hidden becomes hidden)", async () => {
    const sheets = (await converted.inspect()).sheets;
    const hidden = sheets.filter((sheet) => sheet.visibility !== "visible").map((sheet) => sheet.name);
    expect(hidden).toEqual(expect.arrayContaining(["DanhMuc"]));
    expect(hidden.some((name) => name.startsWith("_plan_tracker"))).toBe(true);
  });

  it("keeps list validations from the list sheet, the 0–100 bound and the date bound", async () => {
    const zip = await openPackage(convertedFile);
    const xml = await partText(zip, await sheetPart(zip, metadata.sheets.leadTasks!));
    const validations = elements(xml, "dataValidation");
    const list = validations.find((element) => attribute(element, "type") === "list")!;
    expect(list).toMatch(/<formula1>(?:'?DanhMuc'?)!\$A\$2:\$A\$6<\/formula1>/);
    const percent = validations.find((element) => attribute(element, "type") === "decimal")!;
    expect(percent).toMatch(/<formula1>0<\/formula1><formula2>100<\/formula2>/);
    expect(validations.some((element) => attribute(element, "type") === "date")).toBe(true);
    expect(validations.every((element) => attribute(element, "showInputMessage") === "true" && Boolean(attribute(element, "prompt")))).toBe(true);
  });

  it("keeps every visible sheet protected without a password", async () => {
    const zip = await openPackage(convertedFile);
    for (const role of ["cover", "instructions", ...TEMPLATE_SECTIONS] as const) {
      const name = metadata.sheets[role];
      if (!name) continue;
      const [protection] = elements(await partText(zip, await sheetPart(zip, name)), "sheetProtection");
      expect(protection).toBeDefined();
      expect(attribute(protection!, "password") ?? attribute(protection!, "hashValue")).toBeNull();
    }
  });

  it("keeps input cells unlocked and the plan's cells locked", async () => {
    for (const section of TEMPLATE_SECTIONS) {
      if (metadata.rows[section].length === 0) continue;
      const grid = await converted.readCells(metadata.sheets[section]!);
      const rows = rowsOf(grid);
      expect(rows.size).toBe(metadata.rows[section].length);
      for (const row of rows.values()) {
        const locks = SECTION_COLUMNS[section].map((_column, index) => grid[row - 1]![index]!.locked);
        expect(locks).toEqual(SECTION_COLUMNS[section].map((column) => !column.input));
      }
    }
    const cover = await converted.readCells(metadata.sheets.cover!);
    for (const address of Object.values(metadata.cover)) {
      const position = fromA1(address)!;
      expect(cover[position.row]![position.column]!.locked).toBe(false);
    }
  });
});

/** What a filler types into a column of this kind on this row. */
function typed(kind: ColumnKind, id: string, key: string): { value: CellValue; python: string } {
  switch (kind) {
    case "number":
      return { value: 12.5, python: "number" };
    case "percent":
      return { value: 75, python: "number" };
    case "date":
      return { value: "2026-06-30", python: "date" };
    case "status":
      return { value: STATUSES[1], python: "text" };
    case "assessment":
      return { value: SELF_ASSESSMENTS[0], python: "text" };
    case "text":
      return { value: `${id}: đã ghi cho ${key}`, python: "text" };
  }
}

const FILL = `
import json, sys, datetime, openpyxl
source, target, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
for cell in plan:
    sheet = book[cell["sheet"]]
    value = cell["value"]
    if cell["kind"] == "date":
        value = datetime.datetime.strptime(value, "%Y-%m-%d")
    sheet[cell["address"]] = value
book.save(target)
`;

describe("a template filled in with openpyxl", () => {
  it("reads back with every input intact, the filler's details and an unchanged plan", async () => {
    const source = await openWorkbookFile(await readFile(original));
    const cells: { sheet: string; address: string; value: CellValue; kind: string }[] = [];
    const expected: Record<string, Record<string, CellValue>> = {};
    for (const section of TEMPLATE_SECTIONS) {
      if (metadata.rows[section].length === 0) continue;
      const sheet = metadata.sheets[section]!;
      for (const [key, row] of rowsOf(await source.readCells(sheet))) {
        expected[key] = {};
        SECTION_COLUMNS[section].forEach((column, index) => {
          if (!column.input) return;
          const { value, python } = typed(column.kind, column.id, key);
          cells.push({ sheet, address: toA1({ row: row - 1, column: index }), value, kind: python });
          expected[key]![column.id] = value;
        });
      }
    }
    const filler = { person: "Nguyễn Thị Hoa, chuyên viên", phone: "0237 385 2345", email: "hoa@snnmt.thanhhoa.gov.vn" };
    for (const [input, value] of Object.entries(filler)) cells.push({ sheet: metadata.sheets.cover!, address: metadata.cover[input as keyof typeof filler], value, kind: "text" });
    const filled = path.join(dir, "filled.xlsx");
    await runOpenpyxl(FILL, [original, filled, JSON.stringify(cells)]);

    const read = await readTemplate(await openWorkbookFile(await readFile(filled)));
    if (!read.recognised) throw new Error(JSON.stringify(read.issues));
    expect(read.result.issues).toEqual([]);
    expect(read.result.filler).toEqual(filler);
    const returned = Object.fromEntries(TEMPLATE_SECTIONS.flatMap((section) => read.result.rows[section].map((row) => [row.key, row.inputs])));
    expect(returned).toEqual(expected);
    expect(Object.keys(returned)).toHaveLength(TEMPLATE_SECTIONS.reduce((sum, section) => sum + metadata.rows[section].length, 0));
  }, 120_000);
});
