import type { ExcelFakeHandle } from "../../fakes/excel";
import { FakeLimitationError, installExcelFake } from "../../fakes/excel";
import { rejectionOf } from "../../helpers/excelRejection";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const SHEET = "Tổng hợp";

function sheetOf(context: Excel.RequestContext): Excel.Worksheet {
  return context.workbook.worksheets.getItem(SHEET);
}

describe("the Excel fake › Worksheet.charts", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: SHEET, values: [["Mục tiêu", "Đạt"], ["Giảm nghèo", 3], ["Y tế", 4]] }] });
  });

  it("makes one series per column of the source, named Series<n>, at no place until setPosition", async () => {
    await Excel.run(async (context) => {
      sheetOf(context).charts.add("ColumnClustered", sheetOf(context).getRange("B2:B3"), "Columns");
      await context.sync();
    });
    expect(fake.sheet(SHEET).charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        title: "",
        legend: { position: "Right", visible: true },
        from: null,
        to: null,
        series: [{ name: "Series1", values: "B2:B3", categories: null, color: null }],
      },
    ]);
  });

  it("lists the charts' names after a load and a sync, and finds one by name", async () => {
    await Excel.run(async (context) => {
      sheetOf(context).charts.add("Pie", sheetOf(context).getRange("B2:B3"), "Columns").name = "PT_chart_1";
      const charts = sheetOf(context).charts.load("items/name");
      await context.sync();
      expect(charts.items.map((chart) => chart.name)).toEqual(["PT_chart_1"]);
      sheetOf(context).charts.getItem("PT_chart_1").delete();
      await context.sync();
    });
    expect(fake.sheet(SHEET).charts).toEqual([]);
  });

  it("fails at the sync when a chart of that name is not there", async () => {
    const error = await rejectionOf(async (context) => {
      sheetOf(context).charts.getItem("PT_chart_9").delete();
      await context.sync();
    });
    expect(error.code).toBe("ItemNotFound");
  });

  it("refuses to guess: an automatic series direction, a header cell in the source and unmodelled types", async () => {
    for (const add of [
      (context: Excel.RequestContext) => sheetOf(context).charts.add("ColumnClustered", sheetOf(context).getRange("B2:B3"), "Auto"),
      (context: Excel.RequestContext) => sheetOf(context).charts.add("ColumnClustered", sheetOf(context).getRange("B1:B3"), "Columns"),
      (context: Excel.RequestContext) => sheetOf(context).charts.add("Doughnut", sheetOf(context).getRange("B2:B3"), "Columns"),
    ]) {
      await expect(
        Excel.run(async (context) => {
          add(context);
          await context.sync();
        }),
      ).rejects.toBeInstanceOf(FakeLimitationError);
    }
  });

  it("refuses series values that are not one row or one column", async () => {
    const error = await rejectionOf(async (context) => {
      const chart = sheetOf(context).charts.add("ColumnClustered", sheetOf(context).getRange("B2:B3"), "Columns");
      chart.series.getItemAt(0).setValues(sheetOf(context).getRange("A2:B3"));
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses to add or delete a chart on a protected sheet", async () => {
    await Excel.run(async (context) => {
      sheetOf(context).charts.add("Pie", sheetOf(context).getRange("B2:B3"), "Columns");
      sheetOf(context).protection.protect();
      await context.sync();
    });
    for (const change of [
      (context: Excel.RequestContext) => void sheetOf(context).charts.add("Pie", sheetOf(context).getRange("B2:B3"), "Columns"),
      (context: Excel.RequestContext) => sheetOf(context).charts.getItem("Chart 1").delete(),
    ]) {
      const error = await rejectionOf(async (context) => {
        change(context);
        await context.sync();
      });
      expect(error.code).toBe("AccessDenied");
    }
  });

  it("takes series colours as #RRGGBB only", async () => {
    const error = await rejectionOf(async (context) => {
      const chart = sheetOf(context).charts.add("ColumnClustered", sheetOf(context).getRange("B2:B3"), "Columns");
      chart.series.getItemAt(0).format.fill.setSolidColor("green");
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });
});
