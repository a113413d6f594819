import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { SheetSpec } from "../../src/workbook/port";
import type { ExcelFakeHandle } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

const PLAN: SheetSpec = {
  name: "Chỉ tiêu",
  values: [
    ["Mục tiêu", "Mã", "Nội dung"],
    ["1", null, "Chấm dứt nghèo"],
    ["1", "1.1", "Tỷ lệ hộ nghèo giảm bình quân 1,5–2 %/năm"],
    ["1", "1.2", "Dưới 5 % năm 2030"],
    ["2", "2.1", "Xóa đói"],
  ],
  rowHeights: [
    { row: 3, height: 30 },
    { row: 4, height: 30 },
    { row: 5, height: 45 },
  ],
  print: {
    paperSize: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    titleRows: { from: 1, to: 1 },
    footer: { left: "Kế hoạch 3934/QĐ-UBND & phụ lục", center: "{sheet}", right: "Trang {page}/{pages}" },
  },
  protection: { unlocked: [] },
};

const ALL_SETS = { isSetSupported: () => true };

describe("createExcelWorkbook › print setup and row heights", () => {
  it("prints on A4 landscape, one page wide and as many pages tall as needed", async () => {
    fake = installExcelFake();
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: PLAN }]);
    expect(fake.sheet("Chỉ tiêu").pageLayout).toMatchObject({
      paperSize: "A4",
      orientation: "Landscape",
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
    });
  });

  it("repeats the header rows and writes the footer in Excel's codes", async () => {
    fake = installExcelFake();
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: PLAN }]);
    const layout = fake.sheet("Chỉ tiêu").pageLayout;
    expect(layout.printTitleRows).toBe("$1:$1");
    expect(layout.footer).toEqual({ left: "Kế hoạch 3934/QĐ-UBND && phụ lục", center: "&A", right: "Trang &P/&N" });
  });

  it("sets row heights before protecting the sheet, one call per height", async () => {
    fake = installExcelFake();
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: PLAN }]);
    const sheet = fake.sheet("Chỉ tiêu");
    expect([1, 2, 3, 4, 5].map((row) => sheet.rowHeight(row))).toEqual([undefined, undefined, 30, 30, 45]);
    expect(sheet.protection.protected).toBe(true);
    const heightCalls = fake.syncs.reduce((total, sync) => total + (sync.members["RangeFormat.rowHeight="] ?? 0), 0);
    expect(heightCalls).toBe(2);
  });

  it("forgets the heights of the sheet it replaces", async () => {
    fake = installExcelFake();
    const port = createExcelWorkbook(ALL_SETS);
    await port.apply([{ kind: "writeSheet", sheet: PLAN }]);
    await port.apply([{ kind: "writeSheet", sheet: { ...PLAN, rowHeights: [{ row: 2, height: 60 }] } }]);
    const sheet = fake.sheet("Chỉ tiêu");
    expect([2, 3, 5].map((row) => sheet.rowHeight(row))).toEqual([60, undefined, undefined]);
  });

  it("turns a header's text upright", async () => {
    fake = installExcelFake();
    await createExcelWorkbook(ALL_SETS).apply([{ kind: "writeSheet", sheet: { ...PLAN, styles: [{ address: "B1:C1", rotation: 90 }] } }]);
    const sheet = fake.sheet("Chỉ tiêu");
    expect(["A1", "B1", "C1"].map((cell) => sheet.format(cell).textOrientation)).toEqual([0, 90, 90]);
  });

  it("leaves Excel's default print setup where the host lacks ExcelApi 1.9, and still writes the sheet", async () => {
    fake = installExcelFake();
    const older = createExcelWorkbook({ isSetSupported: (_set, version) => Number(version.split(".")[1]) <= 8 });
    await older.apply([{ kind: "writeSheet", sheet: PLAN }]);
    const sheet = fake.sheet("Chỉ tiêu");
    expect(sheet.pageLayout).toMatchObject({ paperSize: "Letter", orientation: "Portrait", printTitleRows: null });
    expect(sheet.rowHeight(5)).toBe(45);
  });
});
