import { ExcelAdapterError } from "../../src/excel/excelAdapterError";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { columnWidthPoints } from "../../src/excel/addressing";
import { METADATA_SHEET } from "../../src/workbook/metadataSheet";
import type { SheetSpec } from "../../src/workbook/port";
import type { ExcelFakeHandle } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";
import { FIRST_DATA_ROW, HEADERS, PLAN_SHEET, planChanges, planSheetSpec } from "./planSheetSpec";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const ROWS = 100;
const LAST = FIRST_DATA_ROW + ROWS - 1;
const COLUMNS = "ABCDEFGHIJKL".split("");

/** Everything the fake can tell about the workbook, as plain data, to compare two states. */
function workbookState(handle: ExcelFakeHandle): unknown {
  return {
    sheets: handle.sheets.map((sheet) => ({
      ...JSON.parse(JSON.stringify(sheet)),
      formats: ["A1", "A2", "L2", "A3", "E4", "J4", "K4", "L4", `L${LAST}`, `A${LAST + 1}`].map((cell) => sheet.format(cell)),
      columnWidths: COLUMNS.map((column) => sheet.columnWidth(column)),
      hidden: COLUMNS.map((column) => sheet.columnHidden(column)),
      rowHeights: [1, 2, 3].map((row) => sheet.rowHeight(row)),
      rowLevels: Array.from({ length: LAST + 2 }, (_row, index) => sheet.rowLevel(index + 1)),
    })),
    tables: handle.tables,
    names: handle.names,
  };
}

describe("createExcelWorkbook › apply: the resulting workbook", () => {
  beforeEach(async () => {
    fake = installExcelFake();
    await createExcelWorkbook().apply(planChanges(ROWS));
  });

  it("writes the values from A1, keeping target codes as text and numbers as numbers", () => {
    const sheet = fake.sheet(PLAN_SHEET);
    expect(sheet.grid("A1:B1")).toEqual([["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH NGHỊ SỰ 2030 TỈNH THANH HÓA", null]]);
    expect(sheet.grid("A2:L2")).toEqual([[...HEADERS]]);
    expect(sheet.grid("A3:F4")).toEqual([
      ["1", "Mục tiêu 1", null, null, null, null],
      ["1.1", "Mục tiêu 1", "Giảm tỷ lệ hộ nghèo xuống dưới 5% theo tiêu chí nghèo đa chiều", "%", 2030, 5],
    ]);
    expect(sheet.values).toHaveLength(LAST);
  });

  it("places the sheet first with its tab colour and the metadata sheet very hidden", () => {
    expect(fake.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      [PLAN_SHEET, "Visible"],
      ["Sheet1", "Visible"],
      [METADATA_SHEET, "VeryHidden"],
    ]);
    expect(fake.sheet(PLAN_SHEET).tabColor).toBe("#1F6E43");
    expect(fake.sheet(METADATA_SHEET).values).toEqual([
      ["key", "value"],
      ["plan.id", "thanhhoa-sdg-2017"],
      ["template.version", "1"],
    ]);
  });

  it("sets column widths in points, wrapping, number formats, styles, the merge and the frozen panes", () => {
    const sheet = fake.sheet(PLAN_SHEET);
    expect(sheet.columnWidth("C")).toBe(columnWidthPoints(60));
    expect(sheet.format("C4").wrap).toBe(true);
    expect(sheet.format("D4").wrap).toBe(false);
    expect(sheet.format("A4").numberFormat).toBe("@");
    expect(sheet.format("K4").numberFormat).toBe("dd/mm/yyyy");
    expect(sheet.format("A1")).toMatchObject({ bold: true, fontSize: 14, horizontal: "Center" });
    expect(sheet.format("L2")).toMatchObject({ bold: true, fill: "#D9E2F3", vertical: "Center" });
    expect(sheet.rowHeight(2)).toBe(30);
    expect(sheet.merges).toEqual(["A1:L1"]);
    expect(sheet.freeze).toEqual({ rows: 2, columns: 1 });
  });

  it("creates the table over the header and data rows with its style", () => {
    expect(fake.tables).toEqual([
      { name: "ChiTieu", sheet: PLAN_SHEET, address: `A2:L${LAST}`, style: "TableStyleMedium2", showBandedRows: true, showFilterButton: true },
    ]);
  });

  it("sets every kind of data validation, with the prompt and the error alert", () => {
    expect(fake.sheet(PLAN_SHEET).validations).toEqual([
      {
        address: `J3:J${LAST}`,
        rule: { list: { inCellDropDown: true, source: "Chưa thực hiện,Đang thực hiện,Hoàn thành" } },
        prompt: { showPrompt: true, title: "Tiến độ", message: "Chọn tiến độ thực hiện" },
        errorAlert: { showAlert: true, style: "Stop", title: "Giá trị không hợp lệ", message: "Chọn một giá trị trong danh sách" },
      },
      { address: `E3:E${LAST}`, rule: { wholeNumber: { operator: "Between", formula1: 2015, formula2: 2050 } }, prompt: null, errorAlert: null },
      { address: `F3:F${LAST}`, rule: { decimal: { operator: "GreaterThanOrEqualTo", formula1: 0 } }, prompt: null, errorAlert: null },
      { address: `K3:K${LAST}`, rule: { date: { operator: "GreaterThanOrEqualTo", formula1: "2017-01-01" } }, prompt: null, errorAlert: null },
      { address: `L3:L${LAST}`, rule: { textLength: { operator: "LessThanOrEqualTo", formula1: 500 } }, prompt: null, errorAlert: null },
      { address: `D3:D${LAST}`, rule: { custom: { formula: "=LEN(D3)<=20" } }, prompt: null, errorAlert: null },
    ]);
  });

  it("adds the conditional formats as cell-value equality rules and a data bar", () => {
    expect(fake.sheet(PLAN_SHEET).conditionalFormats).toEqual([
      {
        address: `J3:J${LAST}`,
        type: "CellValue",
        rule: { operator: "EqualTo", formula1: '="Hoàn thành"' },
        fill: "#C6EFCE",
        fontColor: "#006100",
        bold: null,
        dataBarColor: null,
      },
      {
        address: `J3:J${LAST}`,
        type: "CellValue",
        rule: { operator: "EqualTo", formula1: '="Chưa thực hiện"' },
        fill: "#FFC7CE",
        fontColor: null,
        bold: true,
        dataBarColor: null,
      },
      { address: `F3:F${LAST}`, type: "DataBar", rule: null, fill: null, fontColor: null, bold: null, dataBarColor: "#638EC6" },
    ]);
  });

  it("groups the target rows of each goal and leaves the goal rows outside the groups", () => {
    const sheet = fake.sheet(PLAN_SHEET);
    // Rows 3 (goal 1), 4-12 (its targets), 13 (goal 2), 14-22...
    expect([2, 3, 4, 12, 13, 14, LAST, LAST + 1].map((row) => sheet.rowLevel(row))).toEqual([0, 0, 1, 1, 0, 1, 1, 0]);
  });

  it("protects the sheet with its password and leaves only the input columns unlocked", () => {
    const sheet = fake.sheet(PLAN_SHEET);
    expect(sheet.protection).toEqual({
      protected: true,
      options: expect.objectContaining({ allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true, allowFormatCells: false }),
      password: "khdt2030",
    });
    expect(["J3", "K50", `L${LAST}`].map((cell) => sheet.format(cell).locked)).toEqual([false, false, false]);
    expect(["A3", "I50", `J${LAST + 1}`].map((cell) => sheet.format(cell).locked)).toEqual([true, true, true]);
  });

  it("adds the workbook name and a hidden sheet-scoped record of the grouped rows", () => {
    expect(fake.names).toEqual([{ name: "MaChiTieu", formula: `='${PLAN_SHEET}'!$A$3:$A$${LAST}`, comment: "", visible: true }]);
    expect(fake.sheet(PLAN_SHEET).names).toEqual([
      { name: "_PlanTrackerOutline", formula: `='${PLAN_SHEET}'!$4:$${LAST}`, comment: "rowGroupDepth=1", visible: false },
    ]);
  });

  it("cannot rewrite a protected sheet whose password the new spec does not carry", async () => {
    const apply = createExcelWorkbook().apply([{ kind: "writeSheet", sheet: { name: PLAN_SHEET, values: [["Mã"]] } }]);

    await expect(apply).rejects.toMatchObject({ name: "ExcelAdapterError", code: "InvalidArgument" });
  });

  it("leaves the same workbook when the same changes are applied again, with one table, not two", async () => {
    const before = workbookState(fake);

    await createExcelWorkbook().apply(planChanges(ROWS));

    expect(workbookState(fake)).toEqual(before);
    expect(fake.tables).toHaveLength(1);
  });

  it("clears the old cells, table, validation, formats and groups when a smaller sheet replaces the plan", async () => {
    const smaller: SheetSpec = {
      name: PLAN_SHEET,
      values: [["Mã", "Tên"], ["1.1", "Tỷ lệ hộ nghèo"]],
      protection: { unlocked: [], password: "khdt2030" },
    };

    await createExcelWorkbook().apply([{ kind: "writeSheet", sheet: smaller }]);

    const sheet = fake.sheet(PLAN_SHEET);
    expect(sheet.values).toEqual([
      ["Mã", "Tên"],
      ["1.1", "Tỷ lệ hộ nghèo"],
    ]);
    expect(fake.tables).toEqual([]);
    expect(sheet.validations).toEqual([]);
    expect(sheet.conditionalFormats).toEqual([]);
    expect(sheet.merges).toEqual([]);
    expect(sheet.freeze).toEqual({ rows: 0, columns: 0 });
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.format("J3").locked).toBe(true);
    expect(sheet.tabColor).toBe("");
    expect(sheet.names).toEqual([]);
    expect(Array.from({ length: LAST }, (_row, index) => sheet.rowLevel(index + 1)).every((level) => level === 0)).toBe(true);
    expect(sheet.columnWidth("C")).toBeUndefined();
    expect(sheet.rowHeight(2)).toBeUndefined();
    expect(sheet.format("A1")).toMatchObject({ bold: false, numberFormat: "General", locked: true });
  });
});

describe("createExcelWorkbook › apply: single changes", () => {
  beforeEach(() => {
    fake = installExcelFake({
      sheets: [
        { name: "Sheet1" },
        { name: "Báo cáo", values: [["Mã", "Kết quả"], ["1.1", null]] },
        { name: METADATA_SHEET, visibility: "VeryHidden", values: [["key", "value"], ["plan.id", "thanhhoa-sdg-2017"], ["app.version", "0.1.0"]] },
      ],
      names: [{ name: "MaChiTieu", formula: "='Báo cáo'!$A$2:$A$9" }],
    });
  });

  it("merges new metadata entries with those already in the workbook", async () => {
    await createExcelWorkbook().apply([{ kind: "setMetadata", entries: { "template.version": "2", "app.version": "0.2.0" } }]);

    expect(fake.sheet(METADATA_SHEET).values).toEqual([
      ["key", "value"],
      ["app.version", "0.2.0"],
      ["plan.id", "thanhhoa-sdg-2017"],
      ["template.version", "2"],
    ]);
    expect(fake.sheet(METADATA_SHEET).visibility).toBe("VeryHidden");
  });

  it("replaces an existing workbook name and adds a new one", async () => {
    await createExcelWorkbook().apply([
      { kind: "setName", name: "MaChiTieu", reference: "'Báo cáo'!$A$2:$A$3" },
      { kind: "setName", name: "KetQua", reference: "'Báo cáo'!$B$2:$B$3" },
    ]);

    expect(fake.names.map(({ name, formula }) => [name, formula])).toEqual([
      ["MaChiTieu", "='Báo cáo'!$A$2:$A$3"],
      ["KetQua", "='Báo cáo'!$B$2:$B$3"],
    ]);
  });

  it("writes a range from its top-left cell and keeps strings that look like numbers as text", async () => {
    await createExcelWorkbook().apply([
      { kind: "writeRange", sheet: "Báo cáo", address: "B2", values: [["16.10", 2030, "2030"], ["31/12/2030", true, "=SUM(A1)"]] },
    ]);

    expect(fake.sheet("Báo cáo").grid("B2:D3")).toEqual([
      ["16.10", 2030, "2030"],
      ["31/12/2030", true, "=SUM(A1)"],
    ]);
  });

  it("rejects a range whose size differs from the values with InvalidArgument, before writing anything", async () => {
    const apply = createExcelWorkbook().apply([{ kind: "writeRange", sheet: "Báo cáo", address: "B2:B5", values: [["Đạt"]] }]);

    await expect(apply).rejects.toMatchObject({ name: "ExcelAdapterError", code: "InvalidArgument" });
    expect(fake.syncCount).toBe(1);
  });

  it("writes into the unlocked cells of a protected sheet", async () => {
    const port = createExcelWorkbook();
    await port.apply([
      { kind: "writeSheet", sheet: { name: "Nhập liệu", values: [["Mã", "Kết quả"], ["1.1", null]], protection: { unlocked: ["B2:B9"] } } },
    ]);

    await port.apply([{ kind: "writeRange", sheet: "Nhập liệu", address: "B2", values: [["Hoàn thành"]] }]);

    expect(fake.sheet("Nhập liệu").value("B2")).toBe("Hoàn thành");
    expect(fake.sheet("Nhập liệu").protection.protected).toBe(true);
  });

  it("deletes a sheet and ignores the deletion of a sheet that does not exist", async () => {
    const report = await createExcelWorkbook().apply([
      { kind: "deleteSheet", name: "Báo cáo" },
      { kind: "deleteSheet", name: "Không có" },
    ]);

    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Sheet1", METADATA_SHEET]);
    expect(report.roundTrips).toBe(2);
  });

  it("moves a sheet to its position and hides sheets as asked", async () => {
    await createExcelWorkbook().apply([
      { kind: "writeSheet", sheet: { name: "Danh mục", values: [["Sở Y tế"]], position: 0, visibility: "hidden" } },
      { kind: "writeSheet", sheet: { name: "Hướng dẫn", values: [["Nhập số liệu vào cột B"]], position: 99 } },
    ]);

    expect(fake.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ["Danh mục", "Hidden"],
      ["Sheet1", "Visible"],
      ["Báo cáo", "Visible"],
      [METADATA_SHEET, "VeryHidden"],
      ["Hướng dẫn", "Visible"],
    ]);
  });

  it("wraps an error Excel raises into an ExcelAdapterError with Excel's code", async () => {
    const tooLong = Array.from({ length: 40 }, (_item, index) => `Sở ngành số ${index + 1}`).join(",");
    const apply = createExcelWorkbook().apply([
      {
        kind: "writeSheet",
        sheet: { name: "Báo cáo", values: [["Cơ quan"]], validations: [{ address: "A2:A9", rule: { kind: "list", source: tooLong } }] },
      },
    ]);

    await expect(apply).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(apply).rejects.toMatchObject({ code: "InvalidArgument", cause: expect.objectContaining({ name: "RichApi.Error" }) });
  });

  it("skips row groups where ExcelApi 1.10 is missing and screen suspension where 1.9 is", async () => {
    const port = createExcelWorkbook({ isSetSupported: (_set, version) => Number(version.split(".")[1]) <= 8 });

    await port.apply([{ kind: "writeSheet", sheet: planSheetSpec(20) }]);

    expect(fake.sheet(PLAN_SHEET).rowLevel(4)).toBe(0);
    expect(fake.sheet(PLAN_SHEET).names).toEqual([]);
    expect(fake.suspendCalls.map((call) => call.kind)).toEqual(["calculation"]);
  });
});

describe("createExcelWorkbook › inspect", () => {
  it("reads sheets in tab order, names, tables and metadata in one sync", async () => {
    fake = installExcelFake({
      sheets: [
        { name: "Chỉ tiêu", values: [["Mã"], ["1.1"]], tables: [{ name: "ChiTieu", address: "A1:A2" }] },
        { name: "Danh mục", visibility: "Hidden" },
        { name: METADATA_SHEET, visibility: "VeryHidden", values: [["key", "value"], ["plan.id", "quangninh-sdg-2018"], ["template.version", 2]] },
      ],
      names: [{ name: "MaChiTieu", formula: "='Chỉ tiêu'!$A$2:$A$2" }],
    });

    const info = await createExcelWorkbook().inspect();

    expect(info).toEqual({
      sheets: [
        { name: "Chỉ tiêu", visibility: "visible" },
        { name: "Danh mục", visibility: "hidden" },
        { name: METADATA_SHEET, visibility: "veryHidden" },
      ],
      names: [{ name: "MaChiTieu", reference: "'Chỉ tiêu'!$A$2:$A$2" }],
      tables: [{ name: "ChiTieu", sheet: "Chỉ tiêu" }],
      metadata: { "plan.id": "quangninh-sdg-2018", "template.version": "2" },
    });
    expect(fake.syncCount).toBe(1);
  });

  it("reports empty metadata when the workbook has no metadata sheet", async () => {
    fake = installExcelFake();

    const info = await createExcelWorkbook().inspect();

    expect(info.metadata).toEqual({});
    expect(info.sheets).toEqual([{ name: "Sheet1", visibility: "visible" }]);
  });
});

describe("createExcelWorkbook › readSheet", () => {
  beforeEach(() => {
    fake = installExcelFake({
      sheets: [
        { name: "Báo cáo", values: [[null, null, null], [null, "Mã", "Kết quả"], [null, "1.1", 4.5]] },
        { name: "Trống" },
      ],
    });
  });

  it("reads the used range in one sync, padded so the grid starts at A1, with empty cells as null", async () => {
    const grid = await createExcelWorkbook().readSheet("Báo cáo");

    expect(grid).toEqual([
      [null, null, null],
      [null, "Mã", "Kết quả"],
      [null, "1.1", 4.5],
    ]);
    expect(fake.syncCount).toBe(1);
  });

  it("reads the given address only", async () => {
    await expect(createExcelWorkbook().readSheet("Báo cáo", "C2:C4")).resolves.toEqual([["Kết quả"], [4.5], [null]]);
    expect(fake.syncCount).toBe(1);
  });

  it("returns an empty grid for a sheet without values", async () => {
    await expect(createExcelWorkbook().readSheet("Trống")).resolves.toEqual([]);
  });

  it("gives an ExcelAdapterError with code ItemNotFound for a missing sheet", async () => {
    const read = createExcelWorkbook().readSheet("Không có");

    await expect(read).rejects.toBeInstanceOf(ExcelAdapterError);
    await expect(read).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
