import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import type { SheetSpec } from "../../../src/workbook/port";
import { createXlsxWorkbook, openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, printWithLibreOffice, runOpenpyxl, textInReadingOrder, type PdfPage } from "../../helpers/externalPrograms";
import { sheetCharts } from "../../helpers/ooxmlParts";

/**
 * A summary sheet with two native charts, opened by programs that are not ours: LibreOffice prints it to PDF and
 * saves it again as .xlsx, openpyxl loads it. Slow (LibreOffice starts twice), so one workbook for every check.
 */
const SUMMARY: SheetSpec = {
  name: "Tổng hợp",
  values: [
    ["Mục tiêu", "Đạt", "Chưa đạt"],
    ["Giảm nghèo", 3, 1],
    ["Giáo dục", 2, 2],
    ["Y tế", 4, 0],
  ],
  columns: [{ width: 16 }],
  charts: [
    {
      kind: "columnStacked",
      title: "Trạng thái theo mục tiêu",
      from: "E2",
      to: "L16",
      categories: "A2:A4",
      series: [
        { name: "Số đạt", values: "B2:B4", color: "#2E7D32" },
        { name: "Số chưa đạt", values: "C2:C4", color: "#C62828" },
      ],
    },
    { kind: "pie", title: "Tỷ lệ hoàn thành", from: "E18", to: "L32", categories: "A2:A4", series: [{ name: "Hoàn thành", values: "B2:B4" }] },
  ],
};

let dir: string;
let written: string;
let page: PdfPage;
let resaved: JSZip;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "pt-charts-"));
  const workbook = await createXlsxWorkbook();
  await workbook.apply([{ kind: "writeSheet", sheet: SUMMARY }]);
  written = path.join(dir, "summary.xlsx");
  await writeFile(written, await workbook.toBuffer());
  page = (await printWithLibreOffice(written))[0]!;
  const resavedDir = path.join(dir, "resaved");
  await convertWithLibreOffice(written, resavedDir, "xlsx");
  resaved = await JSZip.loadAsync(await readFile(path.join(resavedDir, "summary.xlsx")));
}, 240_000);

function pageText(): string {
  return textInReadingOrder(page.words);
}

function occurrences(text: string, phrase: string): number {
  return text.split(phrase).length - 1;
}

describe("a sheet with native charts printed by LibreOffice", () => {
  it("prints each chart's title, which no cell holds", () => {
    expect(pageText()).toContain("Trạng thái theo mục tiêu");
    expect(pageText()).toContain("Tỷ lệ hoàn thành");
  });

  it("prints the series names in the legend", () => {
    expect(pageText()).toContain("Số chưa đạt");
  });

  it("prints each category beside the chart as well as in its cell", () => {
    for (const category of ["Giảm nghèo", "Giáo dục", "Y tế"]) expect(occurrences(pageText(), category)).toBeGreaterThanOrEqual(2);
  });

  it("draws the charts to the right of the table, where they are anchored", () => {
    const tableRight = Math.max(...page.words.filter((word) => word.text === "Chưa").map((word) => word.xMax));
    const title = page.words.find((word) => word.text === "Trạng");
    expect(title!.xMin).toBeGreaterThan(tableRight);
  });
});

describe("a sheet with native charts in openpyxl", () => {
  it("loads, and finds both charts with their titles and the sheet's ranges", async () => {
    const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Tổng hợp"]
print(json.dumps([{
  "type": type(chart).__name__,
  "title": "".join(run.t for p in chart.title.tx.rich.p for run in (p.r or [])),
  "values": [series.val.numRef.f for series in chart.series],
} for chart in ws._charts], ensure_ascii=False))`;
    expect(JSON.parse(await runOpenpyxl(script, [written]))).toEqual([
      { type: "BarChart", title: "Trạng thái theo mục tiêu", values: ["'Tổng hợp'!$B$2:$B$4", "'Tổng hợp'!$C$2:$C$4"] },
      { type: "PieChart", title: "Tỷ lệ hoàn thành", values: ["'Tổng hợp'!$B$2:$B$4"] },
    ]);
  });
});

describe("a sheet with native charts saved again by LibreOffice", () => {
  it("keeps both charts, their names and their ranges", async () => {
    const charts = await sheetCharts(resaved, "Tổng hợp");
    expect(charts.map((chart) => [chart.name, chart.kind, chart.title])).toEqual([
      ["PT_chart_1", "columnStacked", "Trạng thái theo mục tiêu"],
      ["PT_chart_2", "pie", "Tỷ lệ hoàn thành"],
    ]);
    expect(charts[0]!.series.map((series) => series.values)).toEqual(["'Tổng hợp'!$B$2:$B$4", "'Tổng hợp'!$C$2:$C$4"]);
  });

  it("lets the add-in replace its charts in the file LibreOffice saved, by their names", async () => {
    const workbook = await openWorkbookFile(new Uint8Array(await readFile(path.join(dir, "resaved", "summary.xlsx"))));
    await workbook.apply([{ kind: "writeSheet", sheet: { ...SUMMARY, charts: SUMMARY.charts!.slice(1) } }]);
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    expect((await sheetCharts(zip, "Tổng hợp")).map((chart) => chart.title)).toEqual(["Tỷ lệ hoàn thành"]);
    expect(Object.keys(zip.files).filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(1);
  });
});
