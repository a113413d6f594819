import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as ExcelJS from "exceljs";
import { createXlsxWorkbook, openXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import type { SheetSpec } from "../../src/workbook/port";
import { runOpenpyxl } from "../helpers/externalPrograms";

const targets: SheetSpec = {
  name: "Chỉ tiêu",
  tabColor: "#0F6C5A",
  values: [
    ["Mã", "Chỉ tiêu", "Giá trị", "Năm", "Vai trò"],
    ["1.1", "Tỷ lệ hộ nghèo", 5, 2030, "CT"],
    ["1.2", "Tỷ lệ bao phủ bảo hiểm y tế", 95.5, 2025, "PH"],
    ["2.1", "Sở Văn hóa, Thể thao và Du lịch", null, null, "CT"],
  ],
  columns: [{ width: 8 }, { width: 50, wrap: true }, { width: 10, numberFormat: "0.0" }, { width: 8, numberFormat: "0" }, { width: 8 }],
  freeze: { rows: 1, columns: 1 },
  tables: [{ name: "tblChiTieu", address: "A1:E4", style: "TableStyleMedium2", showBandedRows: true, showFilterButton: true }],
  styles: [{ address: "A1:E1", bold: true, fill: "#DDEBF7" }],
  validations: [
    { address: "E2:E4", rule: { kind: "list", source: "CT,PH" }, error: { title: "Sai vai trò", message: "Chọn CT hoặc PH" } },
    { address: "D2:D4", rule: { kind: "wholeNumber", min: 2015, max: 2050 } },
  ],
  conditionalFormats: [{ kind: "textEquals", address: "E2:E4", text: "CT", fill: "#C6EFCE", bold: true }],
  rowGroups: [{ from: 2, to: 3 }],
  protection: { unlocked: ["C2:C4"] },
};

async function roundTrip(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

describe("createXlsxWorkbook", () => {
  it("writes a sheet spec that exceljs reads back with values, table, validation, grouping and protection", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: targets }, { kind: "setMetadata", entries: { "plan.id": "thanhhoa-sdg-2017" } }]);
    const read = await roundTrip(await workbook.toBuffer());

    const sheet = read.getWorksheet("Chỉ tiêu")!;
    expect(sheet.getCell("B4").value).toBe("Sở Văn hóa, Thể thao và Du lịch");
    expect(sheet.getCell("C3").value).toBe(95.5);
    expect(sheet.getCell("D2").value).toBe(2030);
    expect(sheet.getTables()).toHaveLength(1);
    expect(sheet.getCell("E2").dataValidation).toMatchObject({ type: "list", formulae: ['"CT,PH"'] });
    expect(sheet.getCell("D3").dataValidation).toMatchObject({ type: "whole", operator: "between" });
    expect(sheet.getRow(2).outlineLevel).toBe(1);
    expect(sheet.getRow(4).outlineLevel ?? 0).toBe(0);
    expect(sheet.getCell("C2").protection).toMatchObject({ locked: false });
    expect(sheet.getCell("B2").protection?.locked ?? true).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(read.getWorksheet("_plan_tracker")!.state).toBe("veryHidden");
  });

  it("reports sheets, tables and metadata through inspect after reopening the file", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([
      { kind: "writeSheet", sheet: targets },
      { kind: "setMetadata", entries: { "plan.id": "thanhhoa-sdg-2017" } },
      { kind: "setName", name: "PT_targets", reference: "'Chỉ tiêu'!$A$1" },
    ]);
    const reopened = await openXlsxWorkbook(await workbook.toBuffer());
    const info = await reopened.inspect();
    expect(info.sheets).toEqual([
      { name: "Chỉ tiêu", visibility: "visible" },
      { name: "_plan_tracker", visibility: "veryHidden" },
    ]);
    expect(info.tables).toEqual([{ name: "tblChiTieu", sheet: "Chỉ tiêu" }]);
    expect(info.metadata).toEqual({ "plan.id": "thanhhoa-sdg-2017" });
    expect(info.names).toEqual([{ name: "PT_targets", reference: "'Chỉ tiêu'!$A$1" }]);
    expect(await reopened.readSheet("Chỉ tiêu", "A2:C3")).toEqual([
      ["1.1", "Tỷ lệ hộ nghèo", 5],
      ["1.2", "Tỷ lệ bao phủ bảo hiểm y tế", 95.5],
    ]);
  });

  it("rewrites an existing sheet in place at the same tab position and merges metadata", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([
      { kind: "writeSheet", sheet: { name: "Ghi chú của tôi", values: [["Không được xoá"]] } },
      { kind: "writeSheet", sheet: targets },
      { kind: "writeSheet", sheet: { name: "Sau", values: [["x"]] } },
      { kind: "setMetadata", entries: { a: "1" } },
    ]);
    await workbook.apply([
      { kind: "writeSheet", sheet: { ...targets, values: targets.values.slice(0, 2), tables: [{ name: "tblChiTieu", address: "A1:E2" }] } },
      { kind: "setMetadata", entries: { b: "2" } },
    ]);
    const info = await workbook.inspect();
    expect(info.sheets.map((sheet) => sheet.name)).toEqual(["Ghi chú của tôi", "Chỉ tiêu", "Sau", "_plan_tracker"]);
    expect(info.metadata).toEqual({ a: "1", b: "2" });
    expect(await workbook.readSheet("Chỉ tiêu")).toHaveLength(2);
    expect(await workbook.readSheet("Ghi chú của tôi")).toEqual([["Không được xoá"]]);
  });

  it("produces a file openpyxl reads with the table, validations and very hidden metadata", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: targets }, { kind: "setMetadata", entries: { "plan.id": "x" } }]);
    const dir = await mkdtemp(path.join(tmpdir(), "pt-xlsx-"));
    const file = path.join(dir, "plan.xlsx");
    await writeFile(file, await workbook.toBuffer());
    const out = await runOpenpyxl(
      `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb["Chỉ tiêu"]
print(json.dumps({
  "sheets": [[s.title, s.sheet_state] for s in wb.worksheets],
  "tables": list(ws.tables.keys()),
  "b2": ws["B2"].value,
  "validations": sorted(str(dv.sqref) for dv in ws.data_validations.dataValidation),
  "protected": ws.protection.sheet,
  "freeze": ws.freeze_panes,
}, ensure_ascii=False))
`,
      [file],
    );
    expect(JSON.parse(out)).toEqual({
      sheets: [
        ["Chỉ tiêu", "visible"],
        ["_plan_tracker", "veryHidden"],
      ],
      tables: ["tblChiTieu"],
      b2: "Tỷ lệ hộ nghèo",
      validations: ["D2:D4", "E2:E4"],
      protected: true,
      freeze: "B2",
    });
  });
});
