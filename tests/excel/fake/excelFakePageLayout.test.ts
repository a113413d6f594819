import type { ExcelFakeHandle } from "../../fakes/excel";
import { FakeLimitationError, installExcelFake } from "../../fakes/excel";
import { rejectionOf } from "../../helpers/excelRejection";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const SHEET = "Báo cáo";

describe("the Excel fake › Worksheet.pageLayout", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: SHEET, values: [["Mã", "Giá trị"]] }] });
  });

  it("starts on Letter, portrait, at 100 %, without title rows, footer or page breaks", () => {
    expect(fake.sheet(SHEET).pageLayout).toEqual({
      orientation: "Portrait",
      paperSize: "Letter",
      zoom: { scale: 100 },
      printTitleRows: null,
      footer: { left: "", center: "", right: "" },
      rowBreaks: [],
    });
  });

  it("reads back what was set after a load and a sync, not before", async () => {
    await Excel.run(async (context) => {
      const layout = context.workbook.worksheets.getItem(SHEET).pageLayout;
      layout.orientation = "Landscape";
      await context.sync();
      const fresh = context.workbook.worksheets.getItem(SHEET).pageLayout;
      expect(() => fresh.orientation).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      fresh.load("orientation, zoom");
      await context.sync();
      expect(fresh.orientation).toBe("Landscape");
      expect(fresh.zoom).toEqual({ scale: 100 });
    });
  });

  it("takes whole rows as print titles and refuses a block of cells", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.setPrintTitleRows("1:2");
      await context.sync();
    });
    expect(fake.sheet(SHEET).pageLayout.printTitleRows).toBe("$1:$2");
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.setPrintTitleRows("A1:B2");
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("refuses a scale outside 10–400 % and a fit count that is not a whole number", async () => {
    for (const zoom of [{ scale: 5 }, { horizontalFitToPages: 1.5 }, { horizontalFitToPages: 1, scale: 80 }]) {
      const error = await rejectionOf(async (context) => {
        context.workbook.worksheets.getItem(SHEET).pageLayout.zoom = zoom;
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
  });

  it("keeps footer sections as given and refuses one over 255 characters", async () => {
    await Excel.run(async (context) => {
      const footer = context.workbook.worksheets.getItem(SHEET).pageLayout.headersFooters.defaultForAllPages;
      footer.centerFooter = "&A";
      footer.rightFooter = "Trang &P/&N";
      await context.sync();
    });
    expect(fake.sheet(SHEET).pageLayout.footer).toEqual({ left: "", center: "&A", right: "Trang &P/&N" });
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem(SHEET).pageLayout.headersFooters.defaultForAllPages.leftFooter = "x".repeat(256);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("treats a paper size it does not model as a limitation of the fake", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem(SHEET).pageLayout.paperSize = "B5";
        await context.sync();
      }),
    ).rejects.toBeInstanceOf(FakeLimitationError);
  });
});

describe("the Excel fake › Worksheet.getRanges", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: SHEET, values: [["Mã", "Giá trị"]] }] });
  });

  it("sets the height of every row of every area", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRanges("2:3, 5:5").format.rowHeight = 30;
      await context.sync();
    });
    expect([1, 2, 3, 4, 5].map((row) => fake.sheet(SHEET).rowHeight(row))).toEqual([undefined, 30, 30, undefined, 30]);
  });

  it("refuses an area it cannot read", async () => {
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem(SHEET).getRanges("2:3, nowhere").format.rowHeight = 30;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });
});

describe("the Excel fake › Worksheet.horizontalPageBreaks", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: SHEET, values: [["Mã", "Giá trị"]] }] });
  });

  it("starts a page at the top row of each range added, once each, in row order", async () => {
    await Excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks;
      breaks.add("A30");
      breaks.add("C12:D14");
      breaks.add("A30");
      await context.sync();
    });
    expect(fake.sheet(SHEET).pageLayout.rowBreaks).toEqual([12, 30]);
  });

  it("removes every manual break at once", async () => {
    await Excel.run(async (context) => {
      const breaks = context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks;
      breaks.add("A5");
      breaks.removePageBreaks();
      breaks.add("A9");
      await context.sync();
    });
    expect(fake.sheet(SHEET).pageLayout.rowBreaks).toEqual([9]);
  });

  it("refuses a break above the first row and what is not an address", async () => {
    for (const address of ["A1", "nowhere"]) {
      const error = await rejectionOf(async (context) => {
        context.workbook.worksheets.getItem(SHEET).horizontalPageBreaks.add(address);
        await context.sync();
      });
      expect(error.code).toBe("InvalidArgument");
    }
  });
});
