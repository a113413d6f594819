import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { bundledAgencies } from "../../src/domain/catalog/agencies/bundledAgencies";
import { STATUSES } from "../../src/domain/templates/templateText";
import type { DatedSubmission } from "../../src/domain/validation/timeliness";
import { isMetadataSheetName } from "../../src/workbook/metadataSheet";
import { validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { RESULTS_SHEET_NAME, returnFileForAgency, returnFileName, writeResultsSheet } from "../../src/workflows/validationOutputs";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../helpers/externalPrograms";
import { cellOf, correctFill, filledReturn, templateOnDisk, type TemplateOnDisk } from "./returnFixtures";
import { THANH_HOA_SOURCES } from "./templateFixtures";

jest.setTimeout(240_000);

const sources = THANH_HOA_SOURCES;

let template: TemplateOnDisk;
let mistaken: string;
let statusCell: { sheet: string; address: string };

beforeAll(async () => {
  template = await templateOnDisk();
  const key = template.metadata.rows.leadTasks[0]!;
  statusCell = cellOf(template, "leadTasks", key, "status");
  mistaken = await filledReturn(template, "so-nn-mt.xlsx", [...correctFill(template), { ...statusCell, value: STATUSES[0], kind: "text" }, { ...cellOf(template, "leadTasks", key, "percent"), value: 60, kind: "number" }]);
});

async function validated(file: string, submitted: DatedSubmission | null = null): Promise<{ port: XlsxWorkbook; result: ValidatedReturn }> {
  const port = await openWorkbookFile(await readFile(file), { fileName: file });
  const result = await validateWorkbookReturn(port, { file, sources, today: "2026-06-01", submitted });
  return { port, result };
}

/** Every sheet's cells as openpyxl reads them: value, type, fill colour, comment, hyperlink location. */
const DUMP = `
import json, sys, openpyxl
book = openpyxl.load_workbook(sys.argv[1])
out = {}
for sheet in book.worksheets:
    cells = {}
    for row in sheet.iter_rows():
        for cell in row:
            if cell.value is None and cell.comment is None:
                continue
            fill = cell.fill.fgColor.rgb if cell.fill and cell.fill.fill_type == "solid" else None
            cells[cell.coordinate] = {
                "value": cell.value if isinstance(cell.value, (str, int, float, bool)) or cell.value is None else str(cell.value),
                "type": cell.data_type,
                "fill": fill if isinstance(fill, str) else None,
                "comment": cell.comment.text if cell.comment else None,
                "link": cell.hyperlink.location if cell.hyperlink else None,
            }
    out[sheet.title] = cells
print(json.dumps(out))
`;

type Dump = Record<string, Record<string, { value: unknown; type: string; fill: string | null; comment: string | null; link: string | null }>>;

async function openpyxlDump(file: string): Promise<Dump> {
  return JSON.parse(await runOpenpyxl(DUMP, [file])) as Dump;
}

describe("returnFileForAgency", () => {
  let file: string;
  let dump: Dump;
  let before: Dump;
  let result: ValidatedReturn;

  beforeAll(async () => {
    const opened = await validated(mistaken);
    result = opened.result;
    const returned = await returnFileForAgency(opened.port, result, { language: "vi", agencies: bundledAgencies, checkedOn: "2026-11-20" });
    if (!returned.ok) throw new Error(returned.reason);
    expect(returned.fileName).toBe("so-nn-mt-kiem-tra.xlsx");
    file = path.join(template.dir, returned.fileName);
    await writeFile(file, returned.bytes);
    dump = await openpyxlDump(file);
    before = await openpyxlDump(mistaken);
  });

  it("marks each problem cell with a fill and a note that openpyxl reads", () => {
    const cell = dump[statusCell.sheet]![statusCell.address]!;
    expect(cell.fill).toMatch(/FFC7CE$/i);
    expect(cell.comment).not.toBeNull();
  });

  it("leaves every value of the agency's sheets as it was", () => {
    const agencySheets = Object.entries(before).filter(([sheet]) => !isMetadataSheetName(sheet));
    expect(agencySheets.length).toBeGreaterThan(1);
    for (const [sheet, cells] of agencySheets) {
      const values = (dump: Dump) => Object.fromEntries(Object.entries(dump[sheet] ?? {}).map(([address, cell]) => [address, cell.value]));
      expect(values(dump)).toEqual(values({ [sheet]: cells }));
    }
  });

  it("adds the results sheet, listing the file's issues as text at their cells", () => {
    const sheet = dump["Kết quả kiểm tra"]!;
    expect(sheet).toBeDefined();
    const codes = Object.entries(sheet).filter(([address]) => address.startsWith("G")).map(([, cell]) => cell.value);
    expect(codes).toEqual(expect.arrayContaining(result.validation.issues.map((issue) => issue.code)));
    const cellColumn = Object.entries(sheet).filter(([address]) => address.startsWith("E")).map(([, cell]) => cell.value);
    expect(cellColumn).toContain(statusCell.address);
    const texts = Object.values(sheet).filter((cell) => typeof cell.value === "string");
    expect(texts.every((cell) => cell.type === "s")).toBe(true);
  });

  it("links the cell column to each problem cell, for openpyxl as for Excel", () => {
    const sheet = dump["Kết quả kiểm tra"]!;
    const linked = Object.values(sheet).filter((cell) => cell.value === statusCell.address);
    expect(linked.map((cell) => cell.link)).toEqual([`'${statusCell.sheet}'!${statusCell.address}`]);
  });

  it("can be validated again: the marks and the results sheet take nothing away from the return", async () => {
    const again = await validated(file);
    expect(again.result.validation.issues.map((issue) => [issue.code, issue.cell])).toEqual(result.validation.issues.map((issue) => [issue.code, issue.cell]));
  });

  it("rewrites its own results sheet and marks when the return comes back and is checked again", async () => {
    const opened = await validated(file);
    const returned = await returnFileForAgency(opened.port, opened.result, { language: "vi", agencies: bundledAgencies });
    if (!returned.ok) throw new Error(returned.reason);
    expect(returned.results).toMatchObject({ sheet: "Kết quả kiểm tra", updated: true, nameTaken: null });
    const sheets = (await (await openWorkbookFile(returned.bytes)).inspect()).sheets.map((sheet) => sheet.name);
    expect(sheets.filter((name) => name.startsWith("Kết quả kiểm tra"))).toEqual(["Kết quả kiểm tra"]);
  });

  it("says a .ods return cannot be written, and does not convert it", async () => {
    const outDir = path.join(template.dir, "ods-return");
    await convertWithLibreOffice(mistaken, outDir, "ods");
    const opened = await validated(path.join(outDir, "so-nn-mt.ods"));
    await expect(returnFileForAgency(opened.port, opened.result, { language: "vi", agencies: bundledAgencies })).resolves.toEqual({ ok: false, reason: "read_only_format", format: "ods" });
  });
});

describe("writeResultsSheet", () => {
  it("never writes over a sheet of the user's by that name, and rewrites its own sheet in place", async () => {
    const port = await createXlsxWorkbook();
    await port.apply([{ kind: "writeSheet", sheet: { name: "Kết quả kiểm tra", values: [["của tôi"]] } }]);
    const first = await writeResultsSheet(port, [], { language: "vi" });
    expect(first).toMatchObject({ sheet: "Kết quả kiểm tra (2)", updated: false, nameTaken: "Kết quả kiểm tra" });
    expect(await port.readSheet("Kết quả kiểm tra")).toEqual([["của tôi"]]);
    const info = await port.inspect();
    expect(info.names).toContainEqual({ name: RESULTS_SHEET_NAME, reference: "'Kết quả kiểm tra (2)'!$A$1" });
    const second = await writeResultsSheet(port, [], { language: "en" });
    expect(second).toMatchObject({ sheet: "Kết quả kiểm tra (2)", updated: true });
    expect((await port.readSheet("Kết quả kiểm tra (2)"))[0]![0]).toBe("Validation results");
  });

  it("does not take a sheet a stray defined name points at for its own without our metadata", async () => {
    const port = await createXlsxWorkbook();
    await port.apply([
      { kind: "writeSheet", sheet: { name: "Số liệu", values: [["của tôi"]] } },
      { kind: "setName", name: RESULTS_SHEET_NAME, reference: "'Số liệu'!$A$1" },
    ]);
    const written = await writeResultsSheet(port, [], { language: "vi" });
    expect(written).toMatchObject({ sheet: "Kết quả kiểm tra", updated: false });
    expect(await port.readSheet("Số liệu")).toEqual([["của tôi"]]);
  });
});

describe("timeliness", () => {
  it("reports a return whose file date is after the deadline its template carries", async () => {
    const { result } = await validated(mistaken, { on: "2026-12-01", source: "file_date" });
    const late = result.validation.issues.find((issue) => issue.code === "submitted_late");
    expect(late).toMatchObject({ sheet: null, cell: null, params: { submitted: "2026-12-01", due: template.metadata.deadline, submittedSource: "file_date", dueSource: "template" } });
  });

  it("is quiet for a return that arrived on the day", async () => {
    const { result } = await validated(mistaken, { on: template.metadata.deadline!, source: "entered" });
    expect(result.validation.issues.map((issue) => issue.code)).not.toContain("submitted_late");
  });

  it("works the deadline out from the plans' regime when the template's record of it is gone", async () => {
    const file = await filledReturn(template, "khong-metadata.xlsx", [...correctFill(template), { sheet: "_plan_tracker", address: "", value: null, kind: "deleteSheet" }]);
    const { result } = await validated(file, { on: "2026-12-20", source: "entered" });
    const late = result.validation.issues.find((issue) => issue.code === "submitted_late");
    expect(late?.params).toMatchObject({ dueSource: "plan_regime", submittedSource: "entered", due: template.metadata.deadline });
  });
});

describe("returnFileName", () => {
  it.each([
    ["Báo cáo Sở Y tế.xlsx", "Báo cáo Sở Y tế-kiem-tra.xlsx"],
    ["/tmp/returns/so-tc.xls", "so-tc-kiem-tra.xlsx"],
    ["C:\\Báo cáo\\so-nn.ods", "so-nn-kiem-tra.xlsx"],
    [null, "bao-cao-kiem-tra.xlsx"],
  ])("names the return for %s %s", (file, name) => {
    expect(returnFileName(file)).toBe(name);
  });
});
