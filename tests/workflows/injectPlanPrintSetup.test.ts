import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { injectPlan } from "../../src/workflows/injectPlan";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { AGENCIES, makeCatalog } from "../helpers/catalogBuilders";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

describe("injectPlan on Excel (strict fake): how the plan prints", () => {
  beforeEach(async () => {
    fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
    await injectPlan(createExcelWorkbook({ isSetSupported: () => true }), makeCatalog(), { agencies: AGENCIES, now: () => new Date(2026, 10, 23, 15, 0) });
  });

  it("sets every plan sheet to print on A4 one page wide, with the plan, the sheet and the page in the footer", () => {
    for (const name of ["Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Phân công"]) {
      expect(fake.sheet(name).pageLayout).toMatchObject({
        paperSize: "A4",
        zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
        footer: { left: "Kế hoạch 3934/QĐ-UBND", center: "&A", right: "Trang &P/&N" },
      });
    }
  });

  it("repeats the header rows of the targets, the tasks and the matrix", () => {
    expect(["Chỉ tiêu", "Nhiệm vụ", "Phân công"].map((name) => fake.sheet(name).pageLayout.printTitleRows)).toEqual(["$1:$1", "$1:$1", "$1:$3"]);
  });

  it("gives the rows of long task texts their height", () => {
    const tasks = fake.sheet("Nhiệm vụ");
    const heights = tasks.values.map((_row, index) => tasks.rowHeight(index + 1)).filter((height) => height !== undefined);
    expect(heights.length).toBeGreaterThan(0);
  });

  it("writes the injection time in local time on the info sheet", () => {
    expect(fake.sheet("Thông tin").values).toEqual(expect.arrayContaining([expect.arrayContaining(["Thời điểm đưa vào", "23/11/2026 15:00"])]));
  });
});
