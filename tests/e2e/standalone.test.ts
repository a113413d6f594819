import path from "node:path";
import * as ExcelJS from "exceljs";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

const pane = useServedPane();
const openPane = (url: string) => pane.openPane(url);

describe("the standalone page served by npm start", () => {
  it("loads in headless Chromium, runs standalone and shows the plan picker", async () => {
    const page = await openPane(pane.server().httpUrl);
    await page.getByText("Đang chạy ở chế độ độc lập").waitFor();
    await page.getByRole("combobox").click();
    const options = page.getByRole("option");
    expect(await options.count()).toBe(5);
    await options.first().click();
    await page.getByText(/^Tỉnh Thanh Hóa: 104 chỉ tiêu/).waitFor();
    await page.screenshot({ path: path.join(OUTPUT, "standalone.png"), fullPage: true });
    await page.context().close();
  }, 60_000);

  it("is also served over https for Excel, with the manifest and icons", async () => {
    const page = await openPane(`${pane.server().httpsUrl}taskpane.html`);
    await page.getByText("Chọn kế hoạch", { exact: true }).waitFor();
    const manifest = await page.request.get(`${pane.server().httpsUrl}manifest.xml`);
    expect(manifest.status()).toBe(200);
    expect(await manifest.text()).toContain("<Host Name=\"Workbook\"/>");
    expect((await page.request.get(`${pane.server().httpsUrl}assets/icon-80.png`)).status()).toBe(200);
    await page.context().close();
  }, 60_000);

  it("opens an .xlsx file and downloads the workbook again", async () => {
    const source = await createXlsxWorkbook();
    await source.apply([{ kind: "writeSheet", sheet: { name: "Tiến độ", values: [["Mã", "Kết quả"], ["1.1", 4.8]] } }]);
    const page = await openPane(pane.server().httpUrl);
    await page.getByTestId("open-file-input").setInputFiles({
      name: "tien-do.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await source.toBuffer()),
    });
    await page.getByText("Đã mở tệp tien-do.xlsx: 1 trang tính.").waitFor();
    await page.getByRole("grid").getByText("4.8").waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp về máy" }).click()]);
    expect(download.suggestedFilename()).toBe("tien-do.xlsx");
    const saved = path.join(OUTPUT, "downloaded.xlsx");
    await download.saveAs(saved);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(saved);
    expect(workbook.getWorksheet("Tiến độ")!.getCell("B2").value).toBe(4.8);
    await page.context().close();
  }, 60_000);
});
