import { toA1 } from "../../src/domain/grid/cellAddress";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { markEntries, markKey, readMarks } from "../../src/workbook/cellMarks";
import { METADATA_SHEET } from "../../src/workbook/metadataSheet";
import type { CellMark } from "../../src/workbook/port";
import type { ExcelFakeHandle, FakeSheetInit } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const RETURNS = "Báo cáo";
const RED = "#FFC7CE";
const YELLOW = "#FFEB9C";
const USER_BLUE = "#DDEBF7";
const USER_GREEN = "#C6EFCE";

const RETURNS_SHEET: FakeSheetInit = {
  name: RETURNS,
  values: [
    ["Mã", "Giá trị", "Ghi chú"],
    ["1.1", "năm", null],
    ["1.2", 7, null],
  ],
  cells: {
    B2: { value: "năm", fill: USER_BLUE, comment: "Số liệu của Sở" },
  },
};

function mark(address: string, note = "Giá trị phải là số"): CellMark {
  return { address, fill: RED, note };
}

/** The metadata sheet as key → value, through the same reader the port uses. */
function metadataOf(handle: ExcelFakeHandle): Record<string, string> {
  const rows = handle.sheet(METADATA_SHEET).values.slice(1);
  return Object.fromEntries(rows.map(([key, value]) => [String(key), value === null ? "" : String(value)]));
}

describe("createExcelWorkbook › apply markCells", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [RETURNS_SHEET] });
  });

  it("fills the cell and puts the note in its comment", async () => {
    await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B3")] }]);

    expect(fake.sheet(RETURNS).format("B3").fill).toBe(RED);
    expect(fake.sheet(RETURNS).comment("B3")).toBe("Giá trị phải là số");
  });

  it("keeps the comment thread the user started, fills the cell only, and remembers the fill and comment it had", async () => {
    await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B2")] }]);

    expect(fake.sheet(RETURNS).format("B2").fill).toBe(RED);
    expect(fake.sheet(RETURNS).comment("B2")).toBe("Số liệu của Sở");
    expect(fake.comments).toHaveLength(1);
    expect(readMarks(metadataOf(fake))).toEqual([
      {
        sheet: RETURNS,
        address: "B2",
        fill: RED,
        note: "Giá trị phải là số",
        previousFill: USER_BLUE,
        previousNote: "Số liệu của Sở",
      },
    ]);
  });

  it("remembers no fill and no comment as null", async () => {
    await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("b3")] }]);

    expect(readMarks(metadataOf(fake))).toEqual([
      expect.objectContaining({ address: "B3", previousFill: null, previousNote: null }),
    ]);
  });

  it("keeps the user's state when a cell is marked again, so that clearing goes back to it", async () => {
    const port = createExcelWorkbook();
    await port.apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B2")] }]);
    await port.apply([
      { kind: "markCells", sheet: RETURNS, marks: [{ address: "B2", fill: YELLOW, note: "Thiếu đơn vị" }] },
    ]);

    expect(fake.sheet(RETURNS).format("B2").fill).toBe(YELLOW);
    expect(fake.sheet(RETURNS).comment("B2")).toBe("Số liệu của Sở");
    await port.apply([{ kind: "clearMarks", sheet: RETURNS }]);
    expect(fake.sheet(RETURNS).format("B2").fill).toBe(USER_BLUE);
    expect(fake.sheet(RETURNS).comment("B2")).toBe("Số liệu của Sở");
  });

  it("replaces its own earlier note when a cell without a user comment is marked again", async () => {
    const port = createExcelWorkbook();
    await port.apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B3")] }]);
    await port.apply([{ kind: "markCells", sheet: RETURNS, marks: [{ address: "B3", fill: YELLOW, note: "Thiếu đơn vị" }] }]);

    expect(fake.sheet(RETURNS).comment("B3")).toBe("Thiếu đơn vị");
    expect(fake.comments).toHaveLength(2);
    await port.apply([{ kind: "clearMarks", sheet: RETURNS }]);
    expect(fake.sheet(RETURNS).comment("B3")).toBeNull();
  });

  it("fails with ItemNotFound for a sheet that does not exist, before writing anything", async () => {
    await expect(
      createExcelWorkbook().apply([{ kind: "markCells", sheet: "Không có", marks: [mark("A1")] }]),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual([RETURNS]);
  });

  it("refuses a mark on more than one cell with InvalidArgument, before any round trip", async () => {
    await expect(
      createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B2:B3")] }]),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.syncCount).toBe(0);
  });

});

describe("createExcelWorkbook › marks on a protected sheet", () => {
  /** As our templates protect their sheets: no password, rows and columns resizable, AutoFilter allowed. */
  const TEMPLATE_OPTIONS = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: true };
  const USER_OPTIONS = { allowSort: true, allowInsertRows: true, selectionMode: "Unlocked" as const };

  it("marks a sheet protected without a password within three syncs, and protects it again with its options", async () => {
    fake = installExcelFake({ sheets: [{ ...RETURNS_SHEET, protection: { options: TEMPLATE_OPTIONS } }] });

    const report = await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B2"), mark("B3")] }]);

    expect(fake.sheet(RETURNS).format("B3").fill).toBe(RED);
    expect(fake.sheet(RETURNS).comment("B3")).toBe("Giá trị phải là số");
    expect(fake.sheet(RETURNS).protection).toEqual({ protected: true, options: expect.objectContaining(TEMPLATE_OPTIONS), password: null });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(report.roundTrips).toBe(fake.syncCount);
  });

  it("keeps the options a user protected the sheet with", async () => {
    fake = installExcelFake({ sheets: [{ ...RETURNS_SHEET, protection: { options: USER_OPTIONS } }] });

    await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B3")] }]);

    expect(fake.sheet(RETURNS).protection.options).toEqual(expect.objectContaining({ ...USER_OPTIONS, allowFormatCells: false }));
  });

  it("clears its marks from a protected sheet within three syncs, leaving the sheet protected as before", async () => {
    fake = installExcelFake({ sheets: [{ ...RETURNS_SHEET, protection: { options: TEMPLATE_OPTIONS } }] });
    const port = createExcelWorkbook();
    await port.apply([{ kind: "markCells", sheet: RETURNS, marks: [mark("B2"), mark("B3")] }]);
    fake.resetCounters();

    await port.apply([{ kind: "clearMarks", sheet: null }]);

    expect(fake.sheet(RETURNS).format("B2").fill).toBe(USER_BLUE);
    expect(fake.sheet(RETURNS).format("B3").fill).toBeNull();
    expect(fake.sheet(RETURNS).comment("B3")).toBeNull();
    expect(fake.sheet(RETURNS).protection).toEqual({ protected: true, options: expect.objectContaining(TEMPLATE_OPTIONS), password: null });
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });

  it("refuses a sheet protected with a password it does not know with AccessDenied, marking nothing and leaving every sheet protected", async () => {
    fake = installExcelFake({
      sheets: [
        { name: "Tổng hợp", values: [["Tổng", 3]], protection: { options: TEMPLATE_OPTIONS } },
        { ...RETURNS_SHEET, protection: { password: "bí mật", options: USER_OPTIONS } },
      ],
    });

    await expect(
      createExcelWorkbook().apply([
        { kind: "markCells", sheet: "Tổng hợp", marks: [mark("B1")] },
        { kind: "markCells", sheet: RETURNS, marks: [mark("B3")] },
      ]),
    ).rejects.toMatchObject({ code: "AccessDenied" });

    expect(fake.sheet("Tổng hợp").format("B1").fill).toBeNull();
    expect(fake.sheet(RETURNS).format("B3").fill).toBeNull();
    expect(fake.comments.map((comment) => comment.content)).toEqual(["Số liệu của Sở"]);
    expect(fake.sheet("Tổng hợp").protection).toEqual({ protected: true, options: expect.objectContaining(TEMPLATE_OPTIONS), password: null });
    expect(fake.sheet(RETURNS).protection).toEqual({ protected: true, options: expect.objectContaining(USER_OPTIONS), password: "bí mật" });
  });
});

describe("createExcelWorkbook › apply clearMarks", () => {
  beforeEach(async () => {
    fake = installExcelFake({ sheets: [RETURNS_SHEET, { name: "Tổng hợp", values: [["Tổng", 3]] }] });
    await createExcelWorkbook().apply([
      { kind: "markCells", sheet: RETURNS, marks: [mark("B2"), mark("B3"), mark("C3", "Thiếu ghi chú")] },
      { kind: "markCells", sheet: "Tổng hợp", marks: [mark("B1")] },
    ]);
  });

  it("clearMarks restores the fill the user had, and keeps a fill the user changed after marking", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(RETURNS).getRange("B3").format.fill.color = USER_GREEN;
      await context.sync();
    });

    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: RETURNS }]);

    expect(fake.sheet(RETURNS).format("B2").fill).toBe(USER_BLUE);
    expect(fake.sheet(RETURNS).format("B3").fill).toBe(USER_GREEN);
    expect(fake.sheet(RETURNS).format("C3").fill).toBeNull();
  });

  it("removes the note and brings back the comment the user had, and keeps a comment the user rewrote", async () => {
    await Excel.run(async (context) => {
      const comments = context.workbook.comments;
      comments.getItemByCell(`'${RETURNS}'!C3`).delete();
      comments.add(`'${RETURNS}'!C3`, "Đã bổ sung");
      await context.sync();
    });

    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: RETURNS }]);

    expect(fake.sheet(RETURNS).comment("B2")).toBe("Số liệu của Sở");
    expect(fake.sheet(RETURNS).comment("B3")).toBeNull();
    expect(fake.sheet(RETURNS).comment("C3")).toBe("Đã bổ sung");
  });

  it("clears one sheet's marks and keeps the others, removing only the cleared records' rows", async () => {
    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: RETURNS }]);

    expect(fake.sheet("Tổng hợp").format("B1").fill).toBe(RED);
    expect(readMarks(metadataOf(fake)).map((record) => `${record.sheet}!${record.address}`)).toEqual(["Tổng hợp!B1"]);
    expect(metadataOf(fake)).not.toHaveProperty([markKey(RETURNS, "B2")]);
  });

  it("clears every sheet's marks when no sheet is given", async () => {
    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: null }]);

    expect(fake.sheet("Tổng hợp").format("B1").fill).toBeNull();
    expect(fake.sheet("Tổng hợp").comment("B1")).toBeNull();
    expect(readMarks(metadataOf(fake))).toEqual([]);
    expect(fake.comments).toEqual([{ sheet: RETURNS, address: "B2", content: "Số liệu của Sở" }]);
  });

  it("forgets the marks of a sheet deleted since", async () => {
    await createExcelWorkbook().apply([{ kind: "deleteSheet", name: "Tổng hợp" }]);

    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: null }]);

    expect(readMarks(metadataOf(fake))).toEqual([]);
  });

  it("costs one read sync and no write when there is no mark left to clear", async () => {
    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: null }]);
    fake.resetCounters();

    const report = await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: null }]);

    expect(report.roundTrips).toBe(1);
    expect(fake.syncCount).toBe(1);
  });
});

describe("createExcelWorkbook › apply clearMarks on marks a file made", () => {
  it("clears the fill where the recorded previous fill is not a colour (a file's style index)", async () => {
    const entries = markEntries(RETURNS, [mark("B3")], () => ({ fill: "7", note: null }), []);
    fake = installExcelFake({
      sheets: [
        { name: RETURNS, cells: { B3: { value: 7, fill: RED, comment: "Giá trị phải là số" } } },
        { name: METADATA_SHEET, visibility: "VeryHidden", values: [["key", "value"], ...Object.entries(entries)] },
      ],
    });

    await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: RETURNS }]);

    expect(fake.sheet(RETURNS).format("B3").fill).toBeNull();
    expect(fake.sheet(RETURNS).comment("B3")).toBeNull();
    expect(readMarks(metadataOf(fake))).toEqual([]);
  });
});

describe("createExcelWorkbook › apply marks: the sync budget", () => {
  /** `count` cells of column B, from row 2. */
  function marks(count: number): CellMark[] {
    return Array.from({ length: count }, (_mark, index) =>
      mark(toA1({ row: index + 1, column: 1 }), `Lỗi dòng ${index + 2}`),
    );
  }

  function sheetOf(rows: number, withComment: boolean): FakeSheetInit {
    return {
      name: RETURNS,
      values: Array.from({ length: rows + 1 }, (_row, index) => [`${index}`, index]),
      cells: withComment ? { A1: { value: "Mã", comment: "Cột mã chỉ tiêu" } } : {},
    };
  }

  it.each([10, 1_000])(
    "marks %i cells in one read sync and one write sync where the workbook has no comment",
    async (count) => {
      fake = installExcelFake({ sheets: [sheetOf(count, false)] });

      const report = await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: marks(count) }]);

      expect(fake.syncCount).toBe(2);
      expect(report.roundTrips).toBe(2);
      expect(fake.comments).toHaveLength(count);
    },
  );

  it.each([10, 1_000])(
    "marks %i cells in two read syncs and one write sync where comments must be located",
    async (count) => {
      fake = installExcelFake({ sheets: [sheetOf(count, true)] });

      const report = await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: marks(count) }]);

      expect(fake.syncCount).toBe(3);
      expect(report.roundTrips).toBe(3);
    },
  );

  it.each([10, 1_000])("clears %i marks in two read syncs and one write sync", async (count) => {
    fake = installExcelFake({ sheets: [sheetOf(count, false)] });
    await createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks: marks(count) }]);
    fake.resetCounters();

    const report = await createExcelWorkbook().apply([{ kind: "clearMarks", sheet: null }]);

    expect(fake.syncCount).toBe(3);
    expect(report.roundTrips).toBe(3);
    expect(fake.comments).toHaveLength(0);
    expect(fake.sheet(RETURNS).format(`B${count + 1}`).fill).toBeNull();
  });
});
