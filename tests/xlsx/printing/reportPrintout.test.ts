import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES } from "../../../src/domain/consolidation/consolidationText";
import { REGISTER_TEXT, SUMMARY_TEXT } from "../../../src/domain/consolidation/reportSheetText";
import type { ChartSpec, SheetSpec } from "../../../src/domain/sheet/sheetSpec";
import { consolidate } from "../../../src/workflows/consolidate";
import { createXlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { footerText, printWithLibreOffice, textInReadingOrder, type PdfPage, type PdfWord } from "../../helpers/externalPrograms";
import { consolidationManifest, openConsolidationReturns } from "../../helpers/consolidationReturns";
import { bundledPlan } from "../../workflows/templateFixtures";

/**
 * The report workbook of plan 004's returns (tests/fixtures/consolidation), printed to PDF by LibreOffice and read back
 * with poppler: each chart of the summary whole on one page, each sheet's title on one line. Slow (one LibreOffice
 * start), so one report only.
 */

const manifest = consolidationManifest;

let pages: PdfPage[];
let summary: SheetSpec;

beforeAll(async () => {
  const returns = await openConsolidationReturns();
  const out = await createXlsxWorkbook();
  const result = await consolidate(
    { plans: [bundledPlan(manifest.plan)!], year: manifest.year, returns, agencies: bundledAgencies, successions: bundledSuccessions },
    out,
  );
  if (!result.ok) throw new Error(result.error.code);
  summary = result.report.sheets.find((sheet) => sheet.name === SHEET_TITLES.summary)!;
  const dir = await mkdtemp(path.join(tmpdir(), "pt-report-print-"));
  const file = path.join(dir, "report.xlsx");
  await writeFile(file, await out.toBuffer());
  pages = await printWithLibreOffice(file);
}, 180_000);

/** The pages of a sheet, which its footer names. */
function pagesOf(sheet: string): PdfPage[] {
  return pages.filter((page) => footerText(page).includes(` ${sheet} `));
}

/** Lines of words at one height, top to bottom, each in reading order. */
function lines(page: PdfPage): string[] {
  const byLine = new Map<number, PdfWord[]>();
  for (const word of page.words) {
    const key = [...byLine.keys()].find((y) => Math.abs(y - word.yMin) < 2) ?? word.yMin;
    byLine.set(key, [...(byLine.get(key) ?? []), word]);
  }
  return [...byLine.entries()].sort(([a], [b]) => a - b).map(([, words]) => textInReadingOrder(words));
}

/** The page of the sheet whose text has the chart's title. */
function pageOfChart(chart: ChartSpec): PdfPage[] {
  return pagesOf(SHEET_TITLES.summary).filter((page) => lines(page).some((line) => line.includes(chart.title)));
}

describe("the report workbook printed by LibreOffice", () => {
  it("prints the summary on more pages than its tables fill: the charts have pages of their own", () => {
    expect(summary.charts).toHaveLength(2);
    expect(pagesOf(SHEET_TITLES.summary).length).toBeGreaterThanOrEqual(3);
  });

  it("prints each chart of the summary whole on one page: its title, its legend and its categories together", () => {
    for (const chart of summary.charts!) {
      const found = pageOfChart(chart);
      expect(found).toHaveLength(1);
      // Top to bottom: the repeated sheet title, the chart's title, its legend, the footer. A chart cut by a page has
      // its title drawn above the page's own first line, as LibreOffice clips it, and its legend on another page.
      const onPage = lines(found[0]!);
      const titleLine = onPage.findIndex((line) => line.includes(chart.title));
      expect(titleLine).toBeGreaterThan(0);
      const legend = onPage.slice(titleLine + 1, -1).join(" ");
      for (const series of chart.series) expect(legend).toContain(series.name);
    }
    // The goal chart's categories are the goals' codes, one word each: every one is drawn on the chart's page.
    const [goalChart] = summary.charts!;
    const words = new Set(pageOfChart(goalChart!)[0]!.words.map((word) => word.text));
    const [first, last] = goalChart!.categories.split(":").map((address) => Number(address.slice(1)) - 1);
    for (let row = first!; row <= last!; row++) expect(words).toContain(String(summary.values[row]![0]));
  });

  it("puts no table on a chart's page, only the repeated title", () => {
    for (const chart of summary.charts!) {
      const text = lines(pageOfChart(chart)[0]!).join(" ");
      expect(text).not.toContain(SUMMARY_TEXT.goalHeaders.title);
      expect(text).not.toContain(SUMMARY_TEXT.agencyHeaders.agency);
    }
  });

  it("prints each sheet's title on one line across the page, not wrapped in the first column", () => {
    const titles = [
      [SHEET_TITLES.summary, SUMMARY_TEXT.title(manifest.year)],
      [SHEET_TITLES.register, REGISTER_TEXT.title(manifest.year)],
    ] as const;
    for (const [sheet, title] of titles) {
      const [first] = pagesOf(sheet);
      expect(lines(first!)[0]).toBe(title);
    }
  });
});
