import type { SheetSpec, WorkbookPort } from "../../../src/workbook/port";
import { METADATA_SHEET } from "../../../src/workbook/metadataSheet";
import { excelAdapter, fileAdapter, type ContractAdapter } from "./adapters";

/**
 * The same scenarios on both adapters. A difference between them is a bug, or a named exception listed here:
 * - merged areas: Office.js reports them only from ExcelApi 1.13 (null before); the fake models 1.13 as supported.
 * - notes: a file gets a legacy note, Excel a threaded comment; both read back as the cell's comment.
 * - a new Excel workbook starts with "Sheet1"; a new file has no sheet until one is written.
 * - the outline's summary rows above their group (SheetSpec.rowGroupSummary): only a file has the setting; Office.js
 *   offers none, so Excel keeps its collapse buttons below each group.
 */
const ADAPTERS: readonly (() => ContractAdapter)[] = [fileAdapter, excelAdapter];

const RETURN_SHEET: SheetSpec = {
  name: "Báo cáo",
  values: [
    ["Mã", "Chỉ tiêu", "Kết quả", "Tỷ lệ", "Ngày", "Đạt"],
    ["1.1", "Tỷ lệ hộ nghèo", 4.5, 0.45, 46341, true],
    ["1.2", "Số xã nông thôn mới", 12, 0.6, 46342, false],
  ],
  columns: [{ width: 8, numberFormat: "@" }, { width: 40, wrap: true }, { width: 12 }, { width: 10, numberFormat: "0%" }, { width: 12, numberFormat: "dd/mm/yyyy" }, { width: 8 }],
  protection: { unlocked: ["C2:F3"] },
};

describe.each(ADAPTERS.map((make) => [make().name, make] as const))("WorkbookPort contract: %s", (_name, make) => {
  let adapter: ContractAdapter;
  let port: WorkbookPort;

  beforeEach(async () => {
    adapter = make();
    port = await adapter.open();
  });
  afterEach(() => adapter.close());

  it("reads back the values it wrote, from A1", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    const grid = await port.readSheet("Báo cáo");
    expect(grid[1]?.slice(0, 4)).toEqual(["1.1", "Tỷ lệ hộ nghèo", 4.5, 0.45]);
    expect(grid[2]?.[5]).toBe(false);
  });

  it("reads the range it is asked for", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    expect(await port.readSheet("Báo cáo", "B2:C3")).toEqual([
      ["Tỷ lệ hộ nghèo", 4.5],
      ["Số xã nông thôn mới", 12],
    ]);
  });

  it("types each cell: text, number with its format, date, boolean", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    const [row] = await port.readCells("Báo cáo", "A2:F2");
    expect(row?.map((cell) => cell.kind)).toEqual(["text", "text", "number", "number", "date", "boolean"]);
    expect(row?.[3]).toMatchObject({ value: 0.45, numberFormat: "0%" });
    expect(row?.[4]?.value).toBe("2026-11-15");
  });

  it("leaves input cells unlocked and the rest locked on a protected sheet", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    const [row] = await port.readCells("Báo cáo", "B2:C2");
    expect(row?.map((cell) => cell.locked)).toEqual([true, false]);
  });

  it("lists sheets with their visibility, very hidden included", async () => {
    await port.apply([
      { kind: "writeSheet", sheet: RETURN_SHEET },
      { kind: "writeSheet", sheet: { name: "Danh mục", visibility: "veryHidden", values: [["Hoàn thành"], ["Đang thực hiện"]] } },
    ]);
    const { sheets } = await port.inspect();
    // A new Excel workbook has a "Sheet1" of its own; only the sheets written here are compared.
    expect(sheets.filter((sheet) => ["Báo cáo", "Danh mục"].includes(sheet.name))).toEqual([
      { name: "Báo cáo", visibility: "visible" },
      { name: "Danh mục", visibility: "veryHidden" },
    ]);
  });

  it("keeps metadata across writes and merges new entries into it", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }, { kind: "setMetadata", entries: { "template.version": "1", agency: "thanhhoa.syt" } }]);
    await port.apply([{ kind: "setMetadata", entries: { agency: "thanhhoa.snnmt" } }]);
    expect((await port.inspect()).metadata).toEqual({ "template.version": "1", agency: "thanhhoa.snnmt" });
  });

  it("defines workbook names and lists them", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }, { kind: "setName", name: "DanhMucTinhTrang", reference: "'Báo cáo'!$A$1:$A$3" }]);
    expect((await port.inspect()).names).toEqual(expect.arrayContaining([{ name: "DanhMucTinhTrang", reference: "'Báo cáo'!$A$1:$A$3" }]));
  });

  it("lists the tables it wrote with their sheets", async () => {
    await port.apply([{ kind: "writeSheet", sheet: { ...RETURN_SHEET, protection: undefined, tables: [{ name: "BaoCao", address: "A1:F3" }] } }]);
    expect((await port.inspect()).tables).toEqual([{ name: "BaoCao", sheet: "Báo cáo" }]);
  });

  it("writes a sheet whose lists come from a range, with number, date and input-message rules", async () => {
    const sheet: SheetSpec = {
      ...RETURN_SHEET,
      protection: undefined,
      validations: [
        { address: "F2:F3", rule: { kind: "list", source: "='Danh mục'!$A$1:$A$2" }, prompt: { title: "Tình trạng", message: "Chọn trong danh sách" } },
        { address: "C2:C3", rule: { kind: "decimal", min: 0 } },
        { address: "D2:D3", rule: { kind: "decimal", min: 0, max: 1 } },
        { address: "A2:A3", rule: { kind: "wholeNumber", min: 1, max: 99 } },
        { address: "E2:E3", rule: { kind: "date", min: "2021-01-01", max: "2030-12-31" } },
      ],
    };
    await port.apply([
      { kind: "writeSheet", sheet: { name: "Danh mục", values: [["Hoàn thành"], ["Đang thực hiện"]] } },
      { kind: "writeSheet", sheet },
    ]);
    expect((await adapter.validations("Báo cáo")).map((rule) => `${rule.address} ${rule.type}`).sort()).toEqual([
      "A2:A3 whole",
      "C2:C3 decimal",
      "D2:D3 decimal",
      "E2:E3 date",
      "F2:F3 list",
    ]);
  });

  it("prints a sheet on A4 one page wide, repeating its header and naming sheet and page in the footer", async () => {
    await port.apply([
      {
        kind: "writeSheet",
        sheet: {
          ...RETURN_SHEET,
          rowHeights: [{ row: 2, height: 45 }],
          print: {
            paperSize: "A4",
            orientation: "landscape",
            fitToPagesWide: 1,
            titleRows: { from: 1, to: 1 },
            footer: { left: "Kế hoạch 86/KH-UBND", center: "{sheet}", right: "Trang {page}/{pages}" },
          },
        },
      },
    ]);
    expect(await adapter.printing("Báo cáo", [1, 2, 3])).toEqual({
      paperSize: "A4",
      orientation: "landscape",
      fitToPagesWide: 1,
      fitToPagesTall: 0,
      titleRows: "$1:$1",
      footer: { left: "Kế hoạch 86/KH-UBND", center: "&A", right: "Trang &P/&N" },
      rowHeights: [null, 45, null],
      rowBreaks: [],
    });
  });

  it("starts a page at each row the print setup breaks at, and replaces the breaks when the sheet is written again", async () => {
    const print = { paperSize: "A4", orientation: "portrait", fitToPagesWide: 1 } as const;
    const write = (rowBreaks: readonly number[]) =>
      port.apply([{ kind: "writeSheet", sheet: { ...RETURN_SHEET, print: { ...print, rowBreaks } } }]);
    await write([3, 2]);
    expect((await adapter.printing("Báo cáo", [])).rowBreaks).toEqual([2, 3]);
    await write([3]);
    expect((await adapter.printing("Báo cáo", [])).rowBreaks).toEqual([3]);
  });

  it("draws two native charts from the sheet's ranges and replaces them when the sheet is written again", async () => {
    const summary: SheetSpec = {
      name: "Tổng hợp",
      values: [
        ["Mục tiêu", "Đạt", "Chưa đạt"],
        ["Giảm nghèo", 3, 1],
        ["Giáo dục", 2, 2],
        ["Y tế", 4, 0],
      ],
      charts: [
        {
          kind: "columnClustered",
          title: "Trạng thái theo mục tiêu",
          from: "E2",
          to: "L16",
          categories: "A2:A4",
          series: [
            { name: "Đạt", values: "B2:B4", color: "#2E7D32" },
            { name: "Chưa đạt", values: "C2:C4" },
          ],
        },
        { kind: "pie", title: "Tỷ lệ đạt", from: "E18", to: "L32", categories: "A2:A4", series: [{ name: "Đạt", values: "B2:B4", color: "#2E7D32" }] },
      ],
    };
    await port.apply([{ kind: "writeSheet", sheet: summary }]);
    expect(await adapter.charts("Tổng hợp")).toEqual([
      {
        name: "PT_chart_1",
        kind: "columnClustered",
        title: "Trạng thái theo mục tiêu",
        from: "E2",
        to: "L16",
        series: [
          { name: "Đạt", values: "B2:B4", categories: "A2:A4", color: "#2E7D32" },
          { name: "Chưa đạt", values: "C2:C4", categories: "A2:A4", color: null },
        ],
      },
      // A pie takes its colours from its categories.
      { name: "PT_chart_2", kind: "pie", title: "Tỷ lệ đạt", from: "E18", to: "L32", series: [{ name: "Đạt", values: "B2:B4", categories: "A2:A4", color: null }] },
    ]);

    // A chart without series is not drawn, and takes no name.
    const empty = { ...summary.charts![0]!, title: "Trống", series: [] };
    await port.apply([{ kind: "writeSheet", sheet: { ...summary, charts: [empty, summary.charts![1]!] } }]);
    expect((await adapter.charts("Tổng hợp")).map((chart) => [chart.name, chart.title])).toEqual([["PT_chart_1", "Tỷ lệ đạt"]]);
    await port.apply([{ kind: "writeSheet", sheet: { ...summary, charts: [] } }]);
    expect(await adapter.charts("Tổng hợp")).toEqual([]);
  });

  it("marks a cell with a note and takes the mark away again", async () => {
    await port.apply([{ kind: "writeSheet", sheet: { ...RETURN_SHEET, protection: undefined } }]);
    await port.apply([{ kind: "markCells", sheet: "Báo cáo", marks: [{ address: "C3", fill: "#FFC7CE", note: "Không phải số" }] }]);
    expect((await port.readCells("Báo cáo", "C3"))[0]?.[0]?.comment).toBe("Không phải số");

    await port.apply([{ kind: "clearMarks", sheet: null }]);
    expect((await port.readCells("Báo cáo", "C3"))[0]?.[0]?.comment).toBeNull();
  });

  it("unmarks back to the metadata sheet and the cells' look the workbook had before marking", async () => {
    const sheet = { ...RETURN_SHEET, protection: undefined, styles: [{ address: "C2", fill: "#DDEBF7" }] };
    await port.apply([{ kind: "writeSheet", sheet }, { kind: "setMetadata", entries: { "template.version": "1", agency: "thanhhoa.syt" } }]);
    const looks = async () => Promise.all(["C2", "C3", "D3"].map(async (address) => (await adapter.cell("Báo cáo", address)).fill));
    const before = { metadata: await port.readSheet(METADATA_SHEET), looks: await looks() };
    expect(before.looks).toEqual(["#DDEBF7", null, null]);

    await port.apply([
      {
        kind: "markCells",
        sheet: "Báo cáo",
        marks: ["C2", "C3", "D3"].map((address) => ({ address, fill: "#FFC7CE", note: "Không phải số" })),
      },
    ]);
    expect((await port.readSheet(METADATA_SHEET)).length).toBe(before.metadata.length + 3);
    expect(await looks()).toEqual(["#FFC7CE", "#FFC7CE", "#FFC7CE"]);
    await port.apply([{ kind: "clearMarks", sheet: null }]);

    expect(await port.readSheet(METADATA_SHEET)).toEqual(before.metadata);
    expect(await looks()).toEqual(before.looks);
    expect((await port.inspect()).metadata).toEqual({ "template.version": "1", agency: "thanhhoa.syt" });
  });

  it("reveals a cell of a sheet that exists", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    await expect(port.reveal("Báo cáo", "C3")).resolves.toBeUndefined();
  });

  it("refuses a missing sheet with ItemNotFound, whatever the call", async () => {
    await port.apply([{ kind: "writeSheet", sheet: RETURN_SHEET }]);
    await expect(port.readSheet("Không có")).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(port.readCells("Không có")).rejects.toMatchObject({ code: "ItemNotFound" });
    await expect(port.reveal("Không có", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
