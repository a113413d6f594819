import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Page } from "playwright-core";
import { fromA1 } from "../../src/domain/grid/cellAddress";
import { agricultureReturn, checkReturnsInPane, expectSameWorkbook, healthReturn, issueInPane, type FilledReturnFile } from "../helpers/filledReturns";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

const pane = useServedPane();

let agriculture: FilledReturnFile;
let health: FilledReturnFile;

beforeAll(async () => {
  agriculture = await agricultureReturn();
  health = await healthReturn();
}, 120_000);

/** Opens the pane with the "Kiểm tra báo cáo" section open, and picks the files. */
async function checkFiles(files: readonly FilledReturnFile[]): Promise<Page> {
  const page = await pane.openPane(pane.server().httpUrl, { width: 1280, height: 900 });
  await checkReturnsInPane(page, files);
  return page;
}

describe("validating returns in standalone mode", () => {
  it("lists both files' issues at their cells, and shows a clicked issue's cell highlighted in the grid", async () => {
    const page = await checkFiles([agriculture, health]);
    for (const file of [agriculture, health]) {
      for (const mistake of file.mistakes) expect(await issueInPane(page, file, mistake.cell).count()).toBe(1);
    }
    const mistake = health.mistakes.find((entry) => entry.code === "status_unknown")!;
    await issueInPane(page, health, mistake.cell).click();

    const view = page.getByTestId("validation-view");
    const selected = view.getByRole("gridcell", { selected: true });
    await selected.waitFor();
    const position = fromA1(mistake.cell)!;
    const place = await selected.evaluate((cell) => ({
      row: cell.parentElement!.querySelector("th")!.textContent,
      column: [...cell.parentElement!.children].indexOf(cell),
      outline: getComputedStyle(cell).outlineStyle,
    }));
    const frame = await view.getByRole("grid").evaluate((grid) => grid.parentElement!.getBoundingClientRect().toJSON() as DOMRect);
    const box = (await selected.boundingBox())!;
    await page.screenshot({ path: path.join(OUTPUT, "validation.png"), fullPage: true });
    await page.context().close();

    expect(place).toEqual({ row: String(position.row + 1), column: position.column + 1, outline: "solid" });
    // Scrolled to: the cell's top, where its text starts, shows inside the grid's frame.
    expect(box.y).toBeGreaterThanOrEqual(frame.y);
    expect(box.y).toBeLessThan(frame.y + frame.height);
    expect(box.x).toBeGreaterThanOrEqual(frame.x);
    expect(box.x).toBeLessThan(frame.x + frame.width);
  }, 180_000);

  it("marks a return, removes the marks, and downloads it reading back as it was", async () => {
    const page = await checkFiles([agriculture, health]);
    const section = page.getByRole("region", { name: agriculture.name });
    await section.getByRole("button", { name: "Đánh dấu", exact: true }).click();
    await section.getByText(/^Đã đánh dấu \d+ ô/).waitFor();
    await section.getByRole("button", { name: "Xoá đánh dấu" }).click();
    await section.getByText(/^Đã xoá đánh dấu/).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: "Tải tệp về" }).click()]);
    const saved = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(saved);
    await page.context().close();

    expect(download.suggestedFilename()).toBe("so-nnmt-2026-kiem-tra.xlsx");
    await expectSameWorkbook(await readFile(saved), await readFile(agriculture.path));
  }, 180_000);
});
