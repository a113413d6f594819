import { SHEET_TITLES } from "../../src/domain/consolidation/consolidationText";
import { historyCsv, historyGrid, type HistoryRow } from "../../src/domain/consolidation/history";
import { readHistory } from "../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";

const rows: HistoryRow[] = [
  {
    plan: "kh",
    code: "1.2#1",
    indicator: "Tỷ lệ hộ nghèo",
    agency: "thanhhoa.sldtbxh",
    year: 2025,
    value: 3.25,
    source: "so-ld.xlsx!Chỉ tiêu!K5",
  },
  {
    plan: "kh",
    code: "1.3#0",
    indicator: "=cmd|' /C calc'!A0",
    agency: "thanhhoa.syt",
    year: 2025,
    value: "-đạt",
    source: "",
  },
];

describe("readHistory", () => {
  it("reads last year's data sheet from the report workbook", async () => {
    const book = await createXlsxWorkbook();
    await book.apply([
      { kind: "writeSheet", sheet: { name: "Tổng hợp", values: [["x"]] } },
      { kind: "writeSheet", sheet: { name: SHEET_TITLES.history, values: historyGrid(rows) } },
    ]);
    const reopened = await openWorkbookFile(await book.toBuffer(), { fileName: "tong-hop-2025.xlsx" });
    expect(await readHistory(reopened)).toEqual({ rows, found: true });
  });

  it("reads the CSV export back to the same rows, its injection guard taken off", async () => {
    const csv = await openWorkbookFile(new TextEncoder().encode(historyCsv(rows)), { fileName: "du-lieu-2025.csv" });
    expect(await readHistory(csv)).toEqual({ rows, found: true });
  });

  it("says when a workbook has no data sheet", async () => {
    const book = await createXlsxWorkbook();
    await book.apply([{ kind: "writeSheet", sheet: { name: "Khác", values: [["x"]] } }]);
    expect((await readHistory(book)).found).toBe(false);
  });
});
