import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { CellValue } from "../../src/domain/grid/cellValue";
import type { ChartSpec, SheetSpec } from "../../src/workbook/port";
import type { ExcelFakeHandle } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake();
});
afterEach(() => fake.uninstall());

const ALL_SETS = { isSetSupported: () => true };

const BY_GOAL: ChartSpec = {
  kind: "columnStacked",
  title: "Trạng thái theo mục tiêu",
  from: "E2",
  to: "L16",
  categories: "A2:A4",
  series: [
    { name: "Đạt", values: "B2:B4", color: "#2E7D32" },
    { name: "Chưa đạt", values: "C2:C4", color: "#C62828" },
  ],
};
const SHARE: ChartSpec = { kind: "pie", title: "Tỷ lệ đạt", from: "E18", to: "L32", categories: "A2:A4", series: [{ name: "Đạt", values: "B2:B4", color: "#2E7D32" }] };

const SUMMARY: SheetSpec = {
  name: "Tổng hợp",
  values: [
    ["Mục tiêu", "Đạt", "Chưa đạt"],
    ["Giảm nghèo", 3, 1],
    ["Giáo dục", 2, 2],
    ["Y tế", 4, 0],
  ],
  charts: [BY_GOAL, SHARE],
};

/** A summary of `goals` rows and `statuses` series, one chart per status. */
function wideSummary(goals: number, statuses: number): SheetSpec {
  const values: CellValue[][] = [["Mục tiêu", ...Array.from({ length: statuses }, (_unused, index) => `Trạng thái ${index + 1}`)]];
  for (let goal = 1; goal <= goals; goal++) values.push([`Mục tiêu ${goal}`, ...Array.from({ length: statuses }, () => goal % 7)]);
  const column = (index: number) => String.fromCharCode(66 + index);
  const series = Array.from({ length: statuses }, (_unused, index) => ({ name: `Trạng thái ${index + 1}`, values: `${column(index)}2:${column(index)}${goals + 1}` }));
  return { name: "Tổng hợp", values, charts: [{ ...BY_GOAL, categories: `A2:A${goals + 1}`, series }, { ...SHARE, categories: `A2:A${goals + 1}`, series: series.slice(0, 1) }] };
}

/** A chart the user drew on the sheet themselves, through the API as an add-in of theirs would. */
async function drawUserChart(sheet: string): Promise<void> {
  await Excel.run(async (context) => {
    const chart = context.workbook.worksheets.getItem(sheet).charts.add("Pie", context.workbook.worksheets.getItem(sheet).getRange("B2:B4"), "Columns");
    chart.name = "Biểu đồ của tôi";
    await context.sync();
  });
}

describe("createExcelWorkbook › native charts", () => {
  it("draws each chart of a sheet with its type, title, place, legend and series", async () => {
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: SUMMARY }]);
    const [byGoal, share] = fake.sheet("Tổng hợp").charts;
    expect(byGoal).toEqual({
      name: "PT_chart_1",
      type: "ColumnStacked",
      title: "Trạng thái theo mục tiêu",
      legend: { position: "Bottom", visible: true },
      from: "E2",
      to: "L16",
      series: [
        { name: "Đạt", values: "B2:B4", categories: "A2:A4", color: "#2E7D32" },
        { name: "Chưa đạt", values: "C2:C4", categories: "A2:A4", color: "#C62828" },
      ],
    });
    expect(share).toMatchObject({ name: "PT_chart_2", type: "Pie", series: [{ name: "Đạt", values: "B2:B4", categories: "A2:A4" }] });
  });

  it("colours a pie by category, not with its series' colour", async () => {
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: SUMMARY }]);
    expect(fake.sheet("Tổng hợp").charts[1]!.series[0]!.color).toBeNull();
  });

  it.each([
    [3, 2],
    [400, 12],
  ])("costs one read and one write sync for %i goals in %i series, the same as without charts", async (goals, statuses) => {
    const withCharts = await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: wideSummary(goals, statuses) }]);
    const again = await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: wideSummary(goals, statuses) }]);
    const without = await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: { ...wideSummary(goals, statuses), charts: [] } }]);
    expect([withCharts.roundTrips, again.roundTrips, without.roundTrips]).toEqual([2, 2, 2]);
    expect(fake.sheet("Tổng hợp").charts).toEqual([]);
  });

  it("replaces its own charts when the sheet is written again and leaves the user's chart alone", async () => {
    const port = createExcelWorkbook(ALL_SETS);
    await port.apply([{ kind: "writeSheet", sheet: SUMMARY }]);
    await drawUserChart("Tổng hợp");
    await port.apply([{ kind: "writeSheet", sheet: { ...SUMMARY, charts: [{ ...SHARE, title: "Tỷ lệ đạt năm 2026" }] } }]);
    expect(fake.sheet("Tổng hợp").charts.map((chart) => [chart.name, chart.title])).toEqual([
      ["Biểu đồ của tôi", ""],
      ["PT_chart_1", "Tỷ lệ đạt năm 2026"],
    ]);
  });

  it("rewrites the charts of a protected sheet, which refuses changes to charts until it is unprotected", async () => {
    const port = createExcelWorkbook(ALL_SETS);
    const guarded: SheetSpec = { ...SUMMARY, protection: { unlocked: [] } };
    await port.apply([{ kind: "writeSheet", sheet: guarded }]);
    await port.apply([{ kind: "writeSheet", sheet: guarded }]);
    expect(fake.sheet("Tổng hợp").charts.map((chart) => chart.name)).toEqual(["PT_chart_1", "PT_chart_2"]);
    expect(fake.sheet("Tổng hợp").protection.protected).toBe(true);
  });

  it("keeps only the last version's charts when one apply writes the sheet twice", async () => {
    await createExcelWorkbook(ALL_SETS).apply([
      { kind: "writeSheet", sheet: SUMMARY },
      { kind: "writeSheet", sheet: { ...SUMMARY, charts: [BY_GOAL] } },
    ]);
    expect(fake.sheet("Tổng hợp").charts.map((chart) => chart.name)).toEqual(["PT_chart_1"]);
  });
});
