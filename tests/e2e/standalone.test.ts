import path from "node:path";
import * as ExcelJS from "exceljs";
import { readFile } from "node:fs/promises";
import JSZip from "jszip";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { fixtureBytes } from "../helpers/workbookFixtures";
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

  it("injects a plan into a user's LibreOffice workbook and downloads it with the chart, image, comment and names kept", async () => {
    const page = await openPane(pane.server().httpUrl);
    await page.getByTestId("open-file-input").setInputFiles({
      name: "so-lieu.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(fixtureBytes("libreoffice-user-content.xlsx")),
    });
    await page.getByText("Đã mở tệp so-lieu.xlsx: 2 trang tính.").waitFor();
    await page.getByRole("combobox").first().click();
    await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
    await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
    await page.getByText(/^Đã ghi 4 trang tính/).waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải tệp về máy" }).click()]);
    const saved = path.join(OUTPUT, "so-lieu-injected.xlsx");
    await download.saveAs(saved);
    await page.context().close();

    const parts = Object.keys((await JSZip.loadAsync(await readFile(saved))).files);
    expect(parts.filter((name) => /^xl\/(charts\/chart|media\/|comments)/.test(name)).length).toBeGreaterThanOrEqual(3);
    const workbookXml = await (await JSZip.loadAsync(await readFile(saved))).file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toContain('name="ThueSuat"');
    expect(workbookXml).toContain('name="TongThu"');
    expect(workbookXml).toMatch(/name="Chỉ tiêu"/);
  }, 120_000);

  it("opens an .ods for viewing and says how to make it writable", async () => {
    const page = await openPane(pane.server().httpUrl);
    await page.getByTestId("open-file-input").setInputFiles({
      name: "so-lieu.ods",
      mimeType: "application/vnd.oasis.opendocument.spreadsheet",
      buffer: Buffer.from(fixtureBytes("libreoffice-user-content.ods")),
    });
    await page.getByText(/Đã mở tệp so-lieu.ods: 2 trang tính\. Tệp \.ods được mở để xem/).waitFor();
    await page.getByRole("grid").getByText("Thành phố Thanh Hóa").waitFor();
    await page.getByRole("combobox").first().click();
    await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
    await page.getByRole("button", { name: "Đưa kế hoạch vào sổ tính" }).click();
    await page.getByText(/^Tệp \.ods chỉ đọc được, không ghi thêm được/).waitFor();
    await page.context().close();
  }, 60_000);
});
