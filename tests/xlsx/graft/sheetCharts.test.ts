import JSZip from "jszip";
import type { SheetSpec } from "../../../src/workbook/port";
import { parseXml } from "../../../src/xlsx/package/xmlParts";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { partNames, partText, relationships, sheetCharts, sheetPart } from "../../helpers/ooxmlParts";
import { fixtureBytes } from "../../helpers/workbookFixtures";

const SUMMARY: SheetSpec = {
  name: "Tổng hợp",
  values: [
    ["Mục tiêu", "Đạt", "Chưa đạt"],
    ["Giảm nghèo", 3, 1],
    ["Giáo dục", 2, null],
    ["Y tế", 4, 0],
  ],
  charts: [
    {
      kind: "columnStacked",
      title: "Trạng thái theo mục tiêu",
      from: "E2",
      to: "L16",
      categories: "A2:A4",
      series: [
        { name: "Số đạt", values: "B2:B4", color: "#2e7d32" },
        { name: "Số chưa đạt", values: "C2:C4", color: "#C62828" },
      ],
    },
    { kind: "pie", title: "Tỷ lệ đạt", from: "E18", to: "L32", categories: "A2:A4", series: [{ name: "Đạt", values: "B2:B4", color: "#2E7D32" }] },
  ],
};

const ONE_CHART: SheetSpec = { ...SUMMARY, charts: [{ ...SUMMARY.charts![0]!, kind: "barStacked", title: "Theo cơ quan" }] };
const NO_CHARTS: SheetSpec = { ...SUMMARY, charts: [] };

async function written(workbook: XlsxWorkbook, ...specs: SheetSpec[]): Promise<JSZip> {
  for (const sheet of specs) await workbook.apply([{ kind: "writeSheet", sheet }]);
  return JSZip.loadAsync(await workbook.toBuffer());
}

function chartAndDrawingParts(zip: JSZip): string[] {
  return partNames(zip).filter((name) => /^xl\/(charts|drawings)\//.test(name)).sort();
}

async function contentTypeOf(zip: JSZip, part: string): Promise<string | null> {
  const types = await partText(zip, "[Content_Types].xml");
  return new RegExp(`PartName="/${part}" ContentType="([^"]+)"`).exec(types)?.[1] ?? null;
}

describe("native charts in a saved file", () => {
  it("draws each chart over its cells, from the sheet's ranges, with the written values cached", async () => {
    const charts = await sheetCharts(await written(await createXlsxWorkbook(), SUMMARY), "Tổng hợp");
    expect(charts.map(({ name, kind, title }) => ({ name, kind, title }))).toEqual([
      { name: "PT_chart_1", kind: "columnStacked", title: "Trạng thái theo mục tiêu" },
      { name: "PT_chart_2", kind: "pie", title: "Tỷ lệ đạt" },
    ]);
    expect(charts[0]).toMatchObject({ from: { column: 4, row: 1 }, to: { column: 12, row: 16 } });
    expect(charts[0]!.series[1]).toEqual({
      name: "Số chưa đạt",
      categories: "'Tổng hợp'!$A$2:$A$4",
      values: "'Tổng hợp'!$C$2:$C$4",
      color: "C62828",
      cachedCategories: ["Giảm nghèo", "Giáo dục", "Y tế"],
      // The empty cell is a gap, not a zero.
      cachedValues: ["1", "0"],
    });
  });

  it("keeps the chart part well-formed when a label from a return carries a control character", async () => {
    const values = SUMMARY.values.map((row, index) => (index === 2 ? ["Giáo\u0001 dục", ...row.slice(1)] : row));
    const zip = await written(await createXlsxWorkbook(), { ...SUMMARY, values });
    const [chart] = await sheetCharts(zip, "Tổng hợp");
    const xml = await partText(zip, chart!.chartPart);
    expect(() => parseXml(xml)).not.toThrow();
    expect(chart!.series[0]!.cachedCategories).toEqual(["Giảm nghèo", "Giáo dục", "Y tế"]);
  });

  it("colours a pie by category, not with its series' colour", async () => {
    const [, pie] = await sheetCharts(await written(await createXlsxWorkbook(), SUMMARY), "Tổng hợp");
    expect(pie!.series[0]!.color).toBeNull();
  });

  it("links sheet, drawing and charts, and declares their content types", async () => {
    const zip = await written(await createXlsxWorkbook(), SUMMARY);
    const sheet = await sheetPart(zip, "Tổng hợp");
    const [drawing] = (await relationships(zip, sheet)).filter((rel) => rel.type === "drawing");
    const charts = await relationships(zip, drawing!.part);
    expect(charts.map((rel) => rel.type)).toEqual(["chart", "chart"]);
    expect(await contentTypeOf(zip, drawing!.part)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    for (const chart of charts) expect(await contentTypeOf(zip, chart.part)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
  });

  it("puts <drawing> after the page setup and before the tables and data bars, as the schema orders them", async () => {
    const spec: SheetSpec = {
      ...SUMMARY,
      tables: [{ name: "BangTongHop", address: "A1:C4" }],
      conditionalFormats: [{ kind: "dataBar", address: "B2:B4", color: "#2E7D32" }],
      print: { paperSize: "A4", orientation: "landscape", footer: { center: "{sheet}" } },
    };
    const zip = await written(await createXlsxWorkbook(), spec);
    const xml = await partText(zip, await sheetPart(zip, "Tổng hợp"));
    // The data bar's rule nests an <extLst> of its own, earlier: only the sheet's own elements are compared.
    const tail = xml.slice(xml.indexOf("<pageMargins"));
    const order = [...tail.matchAll(/<(pageSetup|headerFooter|drawing|tableParts|extLst)\b/g)].map((match) => match[1]);
    expect(order).toEqual(["pageSetup", "headerFooter", "drawing", "tableParts", "extLst"]);
  });

  it("replaces its charts when the sheet is written again, leaving no part or content type behind", async () => {
    const workbook = await createXlsxWorkbook();
    const zip = await written(workbook, SUMMARY, ONE_CHART);
    expect(chartAndDrawingParts(zip)).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    expect((await sheetCharts(zip, "Tổng hợp")).map((chart) => [chart.name, chart.kind])).toEqual([["PT_chart_1", "barStacked"]]);
    expect(await partText(zip, "[Content_Types].xml")).not.toMatch(/chart2\.xml/);
  });

  it("removes its drawing altogether when the sheet is written again without charts", async () => {
    const zip = await written(await createXlsxWorkbook(), SUMMARY, NO_CHARTS);
    expect(chartAndDrawingParts(zip)).toEqual([]);
    expect(await partText(zip, await sheetPart(zip, "Tổng hợp"))).not.toMatch(/<drawing\b/);
    expect(await partText(zip, "[Content_Types].xml")).not.toMatch(/\/xl\/(charts|drawings)\//);
  });

  it("removes its charts with the sheet", async () => {
    const workbook = await createXlsxWorkbook();
    await written(workbook, SUMMARY, { name: "Khác", values: [["x"]] });
    await workbook.apply([{ kind: "deleteSheet", name: "Tổng hợp" }]);
    expect(chartAndDrawingParts(await JSZip.loadAsync(await workbook.toBuffer()))).toEqual([]);
  });
});

describe("native charts beside a user's chart (openpyxl-chart.xlsx)", () => {
  const USER_PARTS = ["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/drawings/_rels/drawing1.xml.rels"];

  async function userWorkbook(): Promise<{ before: JSZip; workbook: XlsxWorkbook }> {
    const bytes = fixtureBytes("openpyxl-chart.xlsx");
    return { before: await JSZip.loadAsync(bytes), workbook: await openWorkbookFile(bytes) };
  }

  it("keeps the user's chart byte for byte and gives its own parts names the user's do not have", async () => {
    const { before, workbook } = await userWorkbook();
    const after = await written(workbook, SUMMARY);
    for (const part of USER_PARTS) expect(await partText(after, part)).toBe(await partText(before, part));
    expect(chartAndDrawingParts(after).filter((part) => !USER_PARTS.includes(part))).toEqual([
      "xl/charts/chart2.xml",
      "xl/charts/chart3.xml",
      "xl/drawings/_rels/drawing2.xml.rels",
      "xl/drawings/drawing2.xml",
    ]);
    expect((await sheetCharts(after, "Dữ liệu")).map((chart) => chart.title)).toEqual(["Thu ngân sách theo huyện"]);
  });

  it("draws on the user's drawing when it writes the sheet the user's chart is on, and takes only its own off again", async () => {
    const { before, workbook } = await userWorkbook();
    const onUserSheet: SheetSpec = { ...SUMMARY, name: "Dữ liệu" };
    const drawn = await written(workbook, onUserSheet);
    expect((await sheetCharts(drawn, "Dữ liệu")).map((chart) => chart.name)).toEqual(["Chart 1", "PT_chart_1", "PT_chart_2"]);
    expect(await partText(drawn, "xl/charts/chart1.xml")).toBe(await partText(before, "xl/charts/chart1.xml"));

    const cleared = await written(workbook, { ...onUserSheet, charts: [] });
    expect((await sheetCharts(cleared, "Dữ liệu")).map((chart) => chart.name)).toEqual(["Chart 1"]);
    expect(chartAndDrawingParts(cleared)).toEqual(["xl/charts/chart1.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/drawing1.xml"]);
    expect(await partText(cleared, "xl/charts/chart1.xml")).toBe(await partText(before, "xl/charts/chart1.xml"));
  });
});
