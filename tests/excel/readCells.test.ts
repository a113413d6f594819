import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { CellRead } from "../../src/workbook/port";
import type { ExcelFakeHandle, FakeSheetInit } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";
import { PLAN_SHEET, planChanges } from "./planSheetSpec";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const RETURNS = "Báo cáo";

const RETURNS_SHEET: FakeSheetInit = {
  name: RETURNS,
  values: [
    ["Mã", "Giá trị", "Ngày", "Ghi chú"],
    ["1.1", 0.45, 45_658, "#N/A"],
  ],
  cells: {
    B2: { value: 0.45, numberFormat: "0%" },
    C2: { value: 45_658, numberFormat: "dd/mm/yyyy" },
    D2: { value: "#N/A", numberFormat: "@" },
    A3: { value: "1.2" },
    B3: { error: "#N/A" },
    C3: { value: 45_658.5, numberFormat: "dd/mm/yyyy hh:mm" },
    D3: { value: 12, formula: "=SUM(B2:B9)" },
    A4: { value: "1.3", comment: "Số liệu tạm tính" },
    B4: { value: true },
    C4: { error: "#REF!", formula: "=#REF!*2" },
    D4: { value: "=không phải công thức" },
  },
};

/** Only what a test is about, so each reads as one sentence. */
function pick(cell: CellRead | undefined, ...keys: (keyof CellRead)[]): Partial<CellRead> {
  return Object.fromEntries(keys.map((key) => [key, cell?.[key]]));
}

describe("createExcelWorkbook › readCells: what each cell really holds", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [RETURNS_SHEET] });
  });

  it("reads a percentage as the number 0.45 with its 0% format", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "B2");
    expect(pick(cells[0]![0], "kind", "value", "numberFormat")).toEqual({
      kind: "number",
      value: 0.45,
      numberFormat: "0%",
    });
  });

  it("reads a serial number in a date format as the calendar date, and its time when it has one", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "C2:C3");
    expect(cells.map((row) => pick(row[0], "kind", "value"))).toEqual([
      { kind: "date", value: "2025-01-01" },
      { kind: "date", value: "2025-01-01T12:00:00" },
    ]);
  });

  it("reads the error #N/A apart from the text #N/A", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "B3:D3");
    const text = await createExcelWorkbook().readCells(RETURNS, "D2");
    expect(pick(cells[0]![0], "kind", "value")).toEqual({ kind: "error", value: "#N/A" });
    expect(pick(text[0]![0], "kind", "value", "numberFormat")).toEqual({
      kind: "text",
      value: "#N/A",
      numberFormat: "@",
    });
  });

  it("reads a formula with its cached result, and an error a formula gives as an error", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "C4:D4");
    const sum = await createExcelWorkbook().readCells(RETURNS, "D3");
    expect(pick(sum[0]![0], "kind", "value", "formula")).toEqual({ kind: "number", value: 12, formula: "=SUM(B2:B9)" });
    expect(pick(cells[0]![0], "kind", "value", "formula")).toEqual({
      kind: "error",
      value: "#REF!",
      formula: "=#REF!*2",
    });
  });

  it("reads text that begins with = as text, not as a formula", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "D4");
    expect(pick(cells[0]![0], "kind", "value", "formula")).toEqual({
      kind: "text",
      value: "=không phải công thức",
      formula: null,
    });
  });

  it("reads booleans, plain numbers in General and empty cells", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "B4:B5");
    const general = await createExcelWorkbook().readCells(RETURNS, "D3");
    expect(pick(cells[0]![0], "kind", "value")).toEqual({ kind: "boolean", value: true });
    expect(pick(cells[1]![0], "kind", "value", "formula", "comment")).toEqual({
      kind: "empty",
      value: null,
      formula: null,
      comment: null,
    });
    expect(general[0]![0]!.numberFormat).toBe("General");
  });

  it("reads the comment on a cell as its text", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "A4:B4");
    expect(cells[0]!.map((cell) => cell.comment)).toEqual(["Số liệu tạm tính", null]);
  });

  it("reads dates in the 1904 system in a workbook that counts from 1904", async () => {
    fake.uninstall();
    fake = installExcelFake({ date1904: true, sheets: [RETURNS_SHEET] });
    const cells = await createExcelWorkbook().readCells(RETURNS, "C2");
    expect(pick(cells[0]![0], "kind", "value")).toEqual({ kind: "date", value: "2029-01-02" });
  });

  it("reads the whole used range from A1 when no address is given", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS);
    expect(cells).toHaveLength(4);
    expect(cells.every((row) => row.length === 4)).toBe(true);
    expect(pick(cells[1]![2], "kind", "value")).toEqual({ kind: "date", value: "2025-01-01" });
  });
});

describe("createExcelWorkbook › readCells: layout of the sheet", () => {
  beforeEach(() => {
    fake = installExcelFake({
      sheets: [
        {
          name: RETURNS,
          values: [[null], [null, "Kỳ báo cáo", null, null], [null, "1.1", 5, "Đạt"], [null, "1.2", 7, null]],
          merges: ["B2:D2"],
          hiddenRows: [4],
          hiddenColumns: ["C"],
          formats: [{ address: "D:D", locked: false }],
        },
      ],
    });
  });

  it("pads the used range to A1, so that cell positions are sheet positions", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS);
    expect(cells).toHaveLength(4);
    expect(cells[0]![0]!.kind).toBe("empty");
    expect(pick(cells[2]![1], "kind", "value")).toEqual({ kind: "text", value: "1.1" });
  });

  it("gives each cell of a merged area that area, and the others none", async () => {
    const cells = await createExcelWorkbook({ isSetSupported: () => true }).readCells(RETURNS);
    expect(cells[1]!.map((cell) => cell.merged)).toEqual([null, "B2:D2", "B2:D2", "B2:D2"]);
    expect(cells[2]![1]!.merged).toBeNull();
  });

  it("reads merged as null for every cell where merged areas cannot be read (before ExcelApi 1.13)", async () => {
    const older = createExcelWorkbook({ isSetSupported: (_name, version) => Number(version.split(".")[1]) <= 10 });
    const cells = await older.readCells(RETURNS);
    expect(cells[1]!.map((cell) => cell.merged)).toEqual([null, null, null, null]);
    expect(fake.syncs.some((sync) => "Range.getMergedAreasOrNullObject" in sync.members)).toBe(false);
  });

  it("marks cells hidden when their row or their column is hidden", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS);
    expect(cells[2]!.map((cell) => cell.hidden)).toEqual([false, false, true, false]);
    expect(cells[3]!.map((cell) => cell.hidden)).toEqual([true, true, true, true]);
  });

  it("reads each cell's lock: locked by default, unlocked where the user unlocked it", async () => {
    const cells = await createExcelWorkbook().readCells(RETURNS, "C3:D3");
    expect(cells[0]!.map((cell) => cell.locked)).toEqual([true, false]);
  });

  it("reads an empty sheet as no cells", async () => {
    fake.uninstall();
    fake = installExcelFake({ sheets: [{ name: RETURNS }] });
    await expect(createExcelWorkbook().readCells(RETURNS)).resolves.toEqual([]);
  });

  it("fails with ItemNotFound for a sheet that does not exist", async () => {
    await expect(createExcelWorkbook().readCells("Không có")).rejects.toMatchObject({
      name: "ExcelAdapterError",
      code: "ItemNotFound",
    });
  });
});

describe("createExcelWorkbook › readCells: the sync budget", () => {
  /** A returned progress sheet: target code, value, date of the figure, status. */
  function returnsSheet(rows: number): FakeSheetInit {
    const values = Array.from({ length: rows }, (_row, index) => [
      `${Math.floor(index / 10) + 1}.${index % 10}`,
      index * 0.5,
      45_000 + (index % 700),
      "Đang thực hiện",
    ]);
    return {
      name: RETURNS,
      values,
      formats: [
        { address: "C:C", numberFormat: "dd/mm/yyyy" },
        { address: "B:B", locked: false },
      ],
    };
  }

  it.each([100, 10_000])("reads a returns sheet of %i rows in two syncs, whole ranges at a time", async (rows) => {
    fake = installExcelFake({ sheets: [returnsSheet(rows)] });

    const cells = await createExcelWorkbook().readCells(RETURNS);

    expect(fake.syncCount).toBe(2);
    expect(cells).toHaveLength(rows);
    expect(fake.syncs[1]!.members["Range.getCellProperties"]).toBe(1);
    expect(fake.syncs[1]!.members["Range.getRowProperties"]).toBe(1);
    expect(pick(cells[rows - 1]![2], "kind")).toEqual({ kind: "date" });
    expect(cells[rows - 1]!.map((cell) => cell.locked)).toEqual([true, false, true, true]);
  });

  it("reads a plan sheet from A1 in two syncs, its merged title included", async () => {
    fake = installExcelFake();
    await createExcelWorkbook().apply(planChanges(100));
    fake.resetCounters();

    const cells = await createExcelWorkbook().readCells(PLAN_SHEET);

    expect(fake.syncCount).toBe(2);
    expect(cells).toHaveLength(102);
    expect(cells[0]![0]!.merged).toBe("A1:L1");
  });

  it("reads a sheet too large for one response in blocks of rows, with the same cells", async () => {
    const rows = 30_000;
    const values = Array.from({ length: rows }, (_row, index) => [
      `Nhiệm vụ số ${index + 1}`,
      "Sở Nông nghiệp và Phát triển nông thôn, Sở Kế hoạch và Đầu tư, Sở Tài chính",
      index,
    ]);
    fake = installExcelFake({ sheets: [{ name: RETURNS, values }] });

    const cells = await createExcelWorkbook().readCells(RETURNS);

    expect(fake.syncCount).toBeGreaterThan(2);
    expect(
      fake.syncs.filter((sync) => sync.failed === null).every((sync) => sync.responseBytes < 5 * 1024 * 1024),
    ).toBe(true);
    expect(cells).toHaveLength(rows);
    expect(pick(cells[rows - 1]![2], "kind", "value")).toEqual({ kind: "number", value: rows - 1 });
    expect(cells[rows - 1]![0]!.value).toBe(`Nhiệm vụ số ${rows}`);
  });
});
