import { mkdir, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../helpers/externalPrograms";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

const pane = useServedPane();
let downloaded: string;

function tableRef(table: unknown): { name: string; ref: string } {
  const model = (table as { table?: { name: string; tableRef?: string; ref?: string } }).table ?? (table as { name: string; ref: string });
  return { name: model.name, ref: (model as { tableRef?: string }).tableRef ?? (model as { ref: string }).ref };
}

describe("injecting plan 000 in standalone mode", () => {
  it("picks the plan, injects it with a progress bar and downloads a workbook with the four tables", async () => {
    const page = await pane.openPane(pane.server().httpUrl, { width: 1280, height: 900 });
    await page.getByRole("combobox").first().click();
    await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
    await page.getByText("17 mục tiêu, 104 chỉ tiêu, 130 nhiệm vụ").waitFor();
    await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
    await page.getByText(/^Đã ghi 4 trang tính/).waitFor({ timeout: 30_000 });
    await page.getByRole("tab", { name: "Chỉ tiêu", exact: true }).click();
    await page.screenshot({ path: path.join(OUTPUT, "injected.png") });

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp về máy" }).click()]);
    downloaded = path.join(OUTPUT, "thanhhoa-sdg-2017.xlsx");
    await download.saveAs(downloaded);
    await page.context().close();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(downloaded);
    const tables = workbook.worksheets.flatMap((sheet) => sheet.getTables().map((table) => [sheet.name, tableRef(table).name]));
    expect(tables).toEqual(
      expect.arrayContaining([
        ["Thông tin", "ThongTin"],
        ["Chỉ tiêu", "ChiTieu"],
        ["Nhiệm vụ", "NhiemVu"],
        ["Phân công", "PhanCong"],
      ]),
    );
    const codes = new Set<string>();
    workbook.getWorksheet("Chỉ tiêu")!.eachRow((row, index) => {
      const code = row.getCell(2).value;
      if (index > 1 && typeof code === "string" && code) codes.add(code);
    });
    expect(codes.size).toBe(104);
    expect(workbook.getWorksheet("_plan_tracker")!.state).toBe("veryHidden");
  }, 120_000);

  it("converts cleanly with LibreOffice, keeping sheets, values and tables", async () => {
    const out = await mkdtemp(path.join(tmpdir(), "pt-lo-"));
    const source = path.join(out, "in", "plan.xlsx");
    await mkdir(path.dirname(source), { recursive: true });
    const { copyFile } = await import("node:fs/promises");
    await copyFile(downloaded, source);
    await convertWithLibreOffice(source, out);
    const converted = new ExcelJS.Workbook();
    await converted.xlsx.readFile(path.join(out, "plan.xlsx"));
    expect(converted.worksheets.map((sheet) => sheet.name)).toEqual(
      expect.arrayContaining(["Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Phân công", "_plan_tracker"]),
    );
    // LibreOffice saves a very hidden sheet as merely hidden.
    expect(converted.getWorksheet("_plan_tracker")!.state).toBe("hidden");
    const original = new ExcelJS.Workbook();
    await original.xlsx.readFile(downloaded);
    const column = (workbook: ExcelJS.Workbook, sheet: string, index: number) => {
      const values: unknown[] = [];
      workbook.getWorksheet(sheet)!.eachRow((row) => values.push(row.getCell(index).value));
      return values;
    };
    expect(column(converted, "Chỉ tiêu", 2)).toEqual(column(original, "Chỉ tiêu", 2));
    expect(column(converted, "Chỉ tiêu", 8)).toEqual(column(original, "Chỉ tiêu", 8));
    expect(converted.getWorksheet("Chỉ tiêu")!.getTables()).toHaveLength(1);
  }, 180_000);
});
