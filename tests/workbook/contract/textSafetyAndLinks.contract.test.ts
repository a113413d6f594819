import type { SheetSpec, WorkbookPort } from "../../../src/workbook/port";
import { excelAdapter, fileAdapter, type ContractAdapter } from "./adapters";

/**
 * SheetSpec's text-safety rule and its links, the same on both adapters. Named exception: in a column formatted
 * as text ("@") Excel takes any text as text, so the Office.js adapter sends no apostrophe there and the cell has
 * no quote prefix; a file's cell gets one all the same.
 */
const ADAPTERS: readonly (() => ContractAdapter)[] = [fileAdapter, excelAdapter];

const FORMULA_LIKE = [
  '=HYPERLINK("http://x.example/?q=1","Bấm vào đây")',
  "=1+1",
  "+cmd|' /C calc'!A0",
  "- Rà soát, điều chỉnh quy hoạch",
  "-2+3",
  "@SUM(1+1)",
  "\t=1+1",
  "\r=1+1",
] as const;

const columns = FORMULA_LIKE.map((_text, index) => String.fromCharCode(65 + index));

describe.each(ADAPTERS.map((make) => [make().name, make] as const))("Text safety and links: %s", (_name, make) => {
  let adapter: ContractAdapter;
  let port: WorkbookPort;

  beforeEach(async () => {
    adapter = make();
    port = await adapter.open();
  });
  afterEach(() => adapter.close());

  async function expectTextWithPrefix(sheet: string, row: number): Promise<void> {
    const [cells] = await port.readCells(sheet, `A${row}:${columns[columns.length - 1]}${row}`);
    expect(cells?.map((cell) => [cell.kind, cell.value, cell.formula])).toEqual(FORMULA_LIKE.map((text) => ["text", text, null]));
    for (const column of columns) expect((await adapter.cell(sheet, `${column}${row}`)).quotePrefix).toBe(true);
  }

  it("writes a sheet's text that starts like a formula as text with the quote prefix, and reads it back unchanged", async () => {
    await port.apply([{ kind: "writeSheet", sheet: { name: "Nhiệm vụ", values: [["Nội dung"], [...FORMULA_LIKE], ["Sở Y tế"]] } }]);
    await expectTextWithPrefix("Nhiệm vụ", 2);
    expect((await adapter.cell("Nhiệm vụ", "A3")).quotePrefix).toBe(false);
  });

  it("writes such text into a range of an existing sheet the same way", async () => {
    await port.apply([{ kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã", "Kết quả"]] } }]);
    await port.apply([{ kind: "writeRange", sheet: "Báo cáo", address: "A4", values: [[...FORMULA_LIKE]] }]);
    await expectTextWithPrefix("Báo cáo", 4);
  });

  it("keeps such text as text in a column formatted as text", async () => {
    const sheet: SheetSpec = { name: "Mã", values: [["=1+1"], ["- 5"]], columns: [{ numberFormat: "@" }] };
    await port.apply([{ kind: "writeSheet", sheet }]);
    const cells = await port.readCells("Mã", "A1:A2");
    expect(cells.map((row) => [row[0]?.kind, row[0]?.value, row[0]?.formula])).toEqual([
      ["text", "=1+1", null],
      ["text", "- 5", null],
    ]);
  });

  it("links a cell to a cell of another sheet, keeping the cell's text and giving it a link's look", async () => {
    const results: SheetSpec = {
      name: "Kết quả kiểm tra",
      values: [["Vấn đề", "Ô"], ["Không phải số", "Báo cáo!D7"], ["Công thức", "=Báo cáo!D8"]],
      links: [
        { address: "B2", target: { sheet: "Báo cáo", address: "D7" } },
        { address: "B3", target: { sheet: "Báo cáo", address: "D8" } },
      ],
    };
    await port.apply([
      { kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã"]] } },
      { kind: "writeSheet", sheet: results },
    ]);
    expect(await port.readSheet("Kết quả kiểm tra", "B2:B3")).toEqual([["Báo cáo!D7"], ["=Báo cáo!D8"]]);
    expect(await adapter.cell("Kết quả kiểm tra", "B2")).toEqual({ quotePrefix: false, link: "'Báo cáo'!D7", linkStyle: true, fill: null });
    expect(await adapter.cell("Kết quả kiểm tra", "B3")).toEqual({ quotePrefix: true, link: "'Báo cáo'!D8", linkStyle: true, fill: null });
  });

  it("drops a sheet's links when the sheet is written again without them", async () => {
    const linked: SheetSpec = { name: "Kết quả", values: [["Đi tới"]], links: [{ address: "A1", target: { sheet: "Kết quả", address: "C9" } }] };
    await port.apply([{ kind: "writeSheet", sheet: linked }]);
    expect((await adapter.cell("Kết quả", "A1")).link).toBe("'Kết quả'!C9");
    await port.apply([{ kind: "writeSheet", sheet: { ...linked, links: undefined } }]);
    expect((await adapter.cell("Kết quả", "A1")).link).toBeNull();
  });
});
