import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../../src/domain/catalog/types";
import { injectPlan } from "../../../src/workflows/injectPlan";
import { createXlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { footerText, printWithLibreOffice, textInReadingOrder, type PdfPage, type PdfWord } from "../../helpers/externalPrograms";

/**
 * One plan (000, the largest sheets) injected into a file, printed to PDF by LibreOffice, and read back with poppler:
 * what an officer gets from File › Print. Slow (one LibreOffice start), so one plan only.
 */
const PLAN = JSON.parse(readFileSync(path.join(__dirname, "..", "..", "..", "data", "plans", "thanhhoa-sdg-2017.json"), "utf8")) as PlanCatalog;

let pages: PdfPage[];

beforeAll(async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "pt-print-"));
  const workbook = await createXlsxWorkbook();
  await injectPlan(workbook, PLAN, { agencies: bundledAgencies, successions: bundledSuccessions, now: () => new Date(2026, 11, 4, 9, 30) });
  const file = path.join(dir, "plan.xlsx");
  await writeFile(file, await workbook.toBuffer());
  pages = await printWithLibreOffice(file);
}, 180_000);

function pagesOf(sheet: string): PdfPage[] {
  return pages.filter((page) => footerText(page).includes(sheet));
}

/**
 * Words near the top of the page's first row, which is the repeated header. Its cells are centred vertically, so a
 * one-line header starts lower than a four-line one; the first data row starts below all of them.
 */
function headerBand(page: PdfPage): PdfWord[] {
  const bottom = Math.max(...page.words.map((word) => word.yMin));
  const body = page.words.filter((word) => word.yMin < bottom - 3);
  const top = Math.min(...body.map((word) => word.yMin));
  return body.filter((word) => word.yMin < top + 20);
}

describe("an injected plan printed by LibreOffice", () => {
  it("prints every page on A4 landscape", () => {
    expect(pages.length).toBeGreaterThan(4);
    for (const page of pages) expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
  });

  it.each([
    ["Chỉ tiêu", "Mục", "Dòng"],
    ["Nhiệm vụ", "Mã", "Dòng"],
  ])("prints %s one page wide: each page shows the first and the last column's header", (sheet, first, last) => {
    const printed = pagesOf(sheet);
    expect(printed.length).toBeGreaterThan(1);
    for (const page of printed) {
      const header = headerBand(page);
      expect(header.some((word) => word.text === first && word.xMax < page.width * 0.15)).toBe(true);
      expect(header.some((word) => word.text === last && word.xMin > page.width * 0.85)).toBe(true);
    }
  });

  it("repeats the header row at the top of the second page of the targets", () => {
    const second = pagesOf("Chỉ tiêu")[1]!;
    expect(textInReadingOrder(headerBand(second))).toContain("Nội dung chỉ tiêu");
  });

  it("puts the plan, the sheet and the page number in every page's footer", () => {
    pages.forEach((page, index) => {
      const text = footerText(page);
      expect(text).toContain("Kế hoạch 3934/QĐ-UBND");
      expect(["Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Phân công"].some((sheet) => text.includes(sheet))).toBe(true);
      expect(text).toContain(`Trang ${index + 1}/${pages.length}`);
    });
  });
});
