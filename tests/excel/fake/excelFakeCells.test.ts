import type { ExcelFakeHandle } from "../../fakes/excel";
import { FakeLimitationError, installExcelFake } from "../../fakes/excel";
import { rejectionOf } from "../../helpers/excelRejection";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const SHEET = "Báo cáo";

function install(): void {
  fake = installExcelFake({
    sheets: [
      {
        name: SHEET,
        values: [["Mã", "Giá trị", "Ngày"]],
        formats: [{ address: "B:B", locked: false }],
        cells: {
          A2: { value: "1.1", fill: "#ddebf7", comment: "Của Sở" },
          B2: { error: "#N/A" },
          C2: { value: 45_658, numberFormat: "dd/mm/yyyy" },
          B3: { value: 12, formula: "=SUM(B1:B2)" },
          A4: { value: "Tổng" },
        },
        hiddenRows: [3],
        hiddenColumns: ["C"],
        merges: ["A4:C4"],
      },
      { name: "Ẩn", visibility: "Hidden" },
    ],
  });
}

describe("the Excel fake: typed cell reads", () => {
  beforeEach(install);

  it("reads value types, formulas and number formats after load and sync, not before", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A2:C3");
      range.load("values, valueTypes, formulas, numberFormat");
      expect(() => range.valueTypes).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["1.1", "#N/A", 45_658],
        ["", 12, ""],
      ]);
      expect(range.valueTypes).toEqual([
        ["String", "Error", "Double"],
        ["Empty", "Double", "Empty"],
      ]);
      expect(range.formulas).toEqual([
        ["1.1", "#N/A", 45_658],
        ["", "=SUM(B1:B2)", ""],
      ]);
      expect(range.numberFormat[0]).toEqual(["General", "General", "dd/mm/yyyy"]);
    });
  });

  it("drops a cell's formula and error when a value is written over it", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRange("B2:B3").values = [[5], [6]];
      await context.sync();
    });
    expect(fake.sheet(SHEET).formula("B3")).toBeNull();
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("B2:B3");
      range.load("valueTypes, formulas");
      await context.sync();
      expect(range.valueTypes).toEqual([["Double"], ["Double"]]);
      expect(range.formulas).toEqual([[5], [6]]);
    });
  });

  it("answers getCellProperties with each cell's lock once synced, and ValueNotLoaded before", async () => {
    await Excel.run(async (context) => {
      const result = context.workbook.worksheets
        .getItem(SHEET)
        .getRange("A2:B2")
        .getCellProperties({ format: { protection: true } });
      expect(() => result.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await context.sync();
      expect(result.value.map((row) => row.map((cell) => cell.format?.protection?.locked))).toEqual([[true, false]]);
    });
  });

  it("refuses cell properties it does not model", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A2");
      expect(() => range.getCellProperties({ format: { font: { bold: true } } })).toThrow(FakeLimitationError);
      expect(() => range.getRowProperties({ format: { rowHeight: true } })).toThrow(FakeLimitationError);
    });
  });

  it("reads hidden rows and hidden columns as row and column properties", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem(SHEET).getRange("A2:C3");
      const rows = range.getRowProperties({ rowHidden: true });
      const columns = range.getColumnProperties({ columnHidden: true });
      await context.sync();
      expect(rows.value.map((row) => row.rowHidden)).toEqual([false, true]);
      expect(columns.value.map((column) => column.columnHidden)).toEqual([false, false, true]);
    });
  });

  it("gives the merged areas a range touches, whole, and a null object where there is none", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const merged = sheet.getRange("B3:B4").getMergedAreasOrNullObject();
      const none = sheet.getRange("A1:C2").getMergedAreasOrNullObject();
      merged.load("areas/items/address");
      none.load("areas/items/address");
      await context.sync();
      expect(none.isNullObject).toBe(true);
      expect(merged.areas.items.map((area) => area.address)).toEqual([`'${SHEET}'!A4:C4`]);
    });
  });
});

describe("the Excel fake: fills", () => {
  beforeEach(install);

  it("reads no fill as white with tintAndShade null, and a fill as its colour with tintAndShade 0", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      const filled = sheet.getRange("A2").format.fill.load("color, tintAndShade");
      const plain = sheet.getRange("B2").format.fill.load("color, tintAndShade");
      await context.sync();
      expect([filled.color, filled.tintAndShade]).toEqual(["#DDEBF7", 0]);
      expect([plain.color, plain.tintAndShade]).toEqual(["#FFFFFF", null]);
    });
  });

  it("sets a fill colour and clears it back to no fill", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.getRange("B2").format.fill.color = "#ffc7ce";
      sheet.getRange("A2").format.fill.clear();
      await context.sync();
    });
    expect(fake.sheet(SHEET).format("B2").fill).toBe("#FFC7CE");
    expect(fake.sheet(SHEET).format("A2").fill).toBeNull();
  });
});

describe("the Excel fake: comments", () => {
  beforeEach(install);

  it("lists comments with their content, and where each sits through getLocation", async () => {
    await Excel.run(async (context) => {
      const comments = context.workbook.comments;
      comments.load("items/content");
      await context.sync();
      const location = comments.items[0]!.getLocation();
      location.load("address, worksheet/name");
      await context.sync();
      expect(comments.items.map((comment) => comment.content)).toEqual(["Của Sở"]);
      expect([location.worksheet.name, location.address]).toEqual([SHEET, `'${SHEET}'!A2`]);
    });
  });

  it("adds a comment to a cell named with its sheet, and deletes one found by its cell", async () => {
    await Excel.run(async (context) => {
      const comments = context.workbook.comments;
      comments.add(`'${SHEET}'!B2`, "Thiếu số liệu");
      comments.getItemByCell(`'${SHEET}'!A2`).delete();
      await context.sync();
    });
    expect(fake.comments).toEqual([{ sheet: SHEET, address: "B2", content: "Thiếu số liệu" }]);
  });

  it("refuses a comment address without its sheet, or of more than one cell, with InvalidArgument", async () => {
    for (const address of ["B2", `'${SHEET}'!B2:C2`]) {
      const error = await rejectionOf(async (context) => {
        context.workbook.comments.add(address, "x");
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("refuses a second comment on a cell", async () => {
    const error = await rejectionOf(async (context) => {
      context.workbook.comments.add(`'${SHEET}'!A2`, "Thêm");
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
    expect(fake.sheet(SHEET).comment("A2")).toBe("Của Sở");
  });

  it("fails getItemByCell on a cell without comment with ItemNotFound at the next sync", async () => {
    const error = await rejectionOf(async (context) => {
      context.workbook.comments.getItemByCell(`'${SHEET}'!C2`).delete();
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });
});

describe("the Excel fake: activating and selecting", () => {
  beforeEach(install);

  it("activates a sheet and selects a range on it", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(SHEET);
      sheet.activate();
      sheet.getRange("B2").select();
      await context.sync();
    });
    expect(fake.activeSheet).toBe(SHEET);
    expect(fake.selection).toEqual({ sheet: SHEET, address: "B2" });
  });

  it("refuses to activate a hidden sheet", async () => {
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Ẩn").activate();
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
  });
});

describe("the Excel fake: worksheet functions", () => {
  it.each([
    [false, 1_462],
    [true, 0],
  ])("gives DATE(1904,1,1) in the date system of the workbook (1904 system: %s) as %i", async (date1904, serial) => {
    fake = installExcelFake({ date1904 });
    await Excel.run(async (context) => {
      const result = context.workbook.functions.date(1904, 1, 1);
      result.load("value");
      await context.sync();
      expect(result.value).toBe(serial);
    });
  });

  it("gives Excel's serials around its fictitious 29 February 1900", async () => {
    fake = installExcelFake();
    await Excel.run(async (context) => {
      const results = [
        [1900, 1, 1],
        [1900, 2, 28],
        [1900, 3, 1],
      ].map(([year, month, day]) => context.workbook.functions.date(year!, month!, day!).load("value"));
      await context.sync();
      expect(results.map((result) => result.value)).toEqual([1, 59, 61]);
    });
  });
});

describe("the Excel fake: presets", () => {
  it("refuses a preset formula without its cached result", () => {
    expect(() => installExcelFake({ sheets: [{ name: SHEET, cells: { A1: { formula: "=1+1" } } }] })).toThrow(
      FakeLimitationError,
    );
  });

  it("keeps only the top-left value of a preset merge, as Excel does", () => {
    fake = installExcelFake({ sheets: [{ name: SHEET, values: [["Tiêu đề", "mất"]], merges: ["A1:B1"] }] });
    expect(fake.sheet(SHEET).grid("A1:B1")).toEqual([["Tiêu đề", null]]);
    expect(fake.sheet(SHEET).merges).toEqual(["A1:B1"]);
  });
});
