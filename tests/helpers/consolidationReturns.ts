import { copyFile, mkdir, utimes } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Download, Page } from "playwright-core";
import type { ReturnSource } from "../../src/workflows/consolidate";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";

/**
 * Three of plan 004's returns as openpyxl filled them (one on time, one late, one with a column deleted), for the
 * pane's consolidation: the end-to-end test and the README screenshot pick the same files.
 */

export const CONSOLIDATION_FIXTURES = path.join(__dirname, "..", "fixtures", "consolidation");

/** What scripts/fixtures/makeConsolidationFixtures.ts wrote, and which file plays which part. */
export interface ConsolidationManifest {
  readonly plan: string;
  readonly year: number;
  readonly missing: readonly string[];
  readonly late: string;
  readonly broken: string;
  readonly twice: string;
  readonly hostile: string;
  readonly injected: { readonly difficulties: string; readonly proposals: string; readonly contribution: string };
  readonly returns: readonly { readonly file: string; readonly submittedOn: string }[];
}

export const consolidationManifest = JSON.parse(readFileSync(path.join(CONSOLIDATION_FIXTURES, "returns.json"), "utf8")) as ConsolidationManifest;

/** Every return of the manifest opened with the file adapter, with the day it arrived: consolidate's input. */
export async function openConsolidationReturns(): Promise<ReturnSource[]> {
  return Promise.all(
    consolidationManifest.returns.map(async ({ file, submittedOn }) => ({
      file,
      submittedOn,
      port: await openWorkbookFile(readFileSync(path.join(CONSOLIDATION_FIXTURES, file)), { fileName: file }),
    })),
  );
}

export const ON_TIME_RETURN = "so-gd-dt-2026.xlsx";
export const PICKED_RETURNS = [ON_TIME_RETURN, consolidationManifest.late, consolidationManifest.broken];

export const arrivedOn = (file: string): string =>
  consolidationManifest.returns.find((entry) => entry.file === file)!.submittedOn;

/** Copies of the picked returns in `under`, each modified at noon on the day it arrived, as a download folder has them. */
export async function datedReturns(under: string): Promise<string[]> {
  const folder = path.join(under, "consolidation-returns");
  await mkdir(folder, { recursive: true });
  return Promise.all(
    PICKED_RETURNS.map(async (file) => {
      const copy = path.join(folder, file);
      await copyFile(path.join(CONSOLIDATION_FIXTURES, file), copy);
      const noon = new Date(`${arrivedOn(file)}T12:00:00`);
      await utimes(copy, noon, noon);
      return copy;
    }),
  );
}

/**
 * In the served pane: picks plan 004, opens "Tổng hợp báo cáo", picks the files, consolidates and waits for the
 * register; gives the report downloaded.
 */
export async function consolidateInPane(page: Page, files: readonly string[]): Promise<Download> {
  await page.getByRole("combobox").first().click();
  await page.getByRole("option", { name: /QĐ 3825\/QĐ-UBND/ }).click();
  await page.getByRole("button", { name: "Tổng hợp báo cáo" }).click();
  const run = page.getByRole("button", { name: "Tổng hợp và tải báo cáo (.xlsx)" });
  await run.waitFor({ timeout: 30_000 });
  await page.getByTestId("consolidation-files-input").setInputFiles([...files]);
  // The late file's date sent is its save date: the browser kept the files' dates.
  const late = consolidationManifest.late;
  await page.locator(`[data-file="${late}"][data-sent-source="file_date"][data-sent-on="${arrivedOn(late)}"]`).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), run.click()]);
  await page.getByTestId("consolidation-register").waitFor();
  return download;
}
