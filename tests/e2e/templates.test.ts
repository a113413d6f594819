import { readFile } from "node:fs/promises";
import path from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { readTemplate } from "../../src/workflows/readTemplate";
import { COVER_LIST_FILE } from "../../src/workflows/templateFiles";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

const pane = useServedPane();

/** Opens the pane on plan 000 (Thanh Hóa's SDG plan) with the "Mẫu báo cáo" section open and its preview ready. */
async function openTemplates(): Promise<Page> {
  const page = await pane.openPane(pane.server().httpUrl, { width: 1280, height: 900 });
  await page.getByRole("combobox").first().click();
  await page.getByRole("option", { name: /QĐ 3934\/QĐ-UBND/ }).click();
  await page.getByRole("button", { name: "Mẫu báo cáo" }).click();
  await page.getByRole("combobox", { name: "Cơ quan nhận mẫu biểu" }).waitFor({ timeout: 30_000 });
  return page;
}

/** The files the cover list names (file names are slugs: no commas, no quotes). */
function coverFiles(csv: string): string[] {
  return [...new Set(csv.match(/[^,"\r\n]+\.xlsx/g) ?? [])];
}

describe("progress templates in standalone mode", () => {
  it("generates one agency's template and downloads it as an .xlsx the add-in recognises", async () => {
    const page = await openTemplates();
    await page.getByRole("combobox", { name: "Cơ quan nhận mẫu biểu" }).click();
    await page
      .getByRole("listbox")
      .getByRole("option", { name: /^Sở Y tế \(/ })
      .click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Tạo mẫu biểu", exact: true }).click(),
    ]);
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    await page.getByText(`Đã tạo ${download.suggestedFilename()} để tải về.`).waitFor();
    const enabled = await page.getByRole("button", { name: "Tạo mẫu biểu", exact: true }).isEnabled();
    await page.screenshot({ path: path.join(OUTPUT, "template-one.png") });
    await page.context().close();

    expect(file).toMatch(/\.xlsx$/);
    expect(enabled).toBe(true);
    const recognition = await readTemplate(
      await openWorkbookFile(await readFile(file), { fileName: path.basename(file) }),
    );
    if (!recognition.recognised) throw new Error(JSON.stringify(recognition.issues));
    expect(recognition.result.metadata.agency).toBe("thanhhoa.syt");
    expect(recognition.result.metadata.plans.map((plan) => plan.id)).toEqual(["thanhhoa-sdg-2017"]);
    expect(recognition.result.rows.leadTasks.length + recognition.result.rows.indicators.length).toBeGreaterThan(0);
  }, 180_000);

  it("generates every agency's template and downloads them as one .zip with the cover list", async () => {
    const page = await openTemplates();
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 120_000 }),
      page.getByRole("button", { name: "Tạo mẫu biểu cho mọi cơ quan (.zip)" }).click(),
    ]);
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    await page.context().close();

    expect(file).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(await readFile(file));
    const names = Object.keys(zip.files);
    const listed = coverFiles(await zip.file(COVER_LIST_FILE)!.async("string"));
    expect(listed.length).toBeGreaterThan(1);
    expect(names.filter((name) => name.endsWith(".xlsx")).sort()).toEqual([...listed].sort());
    const first = await readTemplate(
      await openWorkbookFile(await zip.file(listed[0]!)!.async("uint8array"), { fileName: listed[0] }),
    );
    expect(first.recognised).toBe(true);
  }, 240_000);
});
