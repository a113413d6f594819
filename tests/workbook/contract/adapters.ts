import JSZip from "jszip";
import { createExcelWorkbook } from "../../../src/excel/excelWorkbook";
import type { WorkbookPort } from "../../../src/workbook/port";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { installExcelFake, type ExcelFakeHandle } from "../../fakes/excel";
import { toA1 } from "../../../src/domain/grid/cellAddress";
import { printSetup, sheetCharts } from "../../helpers/ooxmlParts";

/** One adapter under the contract: a fresh empty workbook, and a way to end the test cleanly. */
export interface ContractAdapter {
  readonly name: string;
  open(): Promise<WorkbookPort>;
  /** The data-validation rules a sheet carries, as (range, type) pairs: the port has no read for them. */
  validations(sheet: string): Promise<{ readonly address: string; readonly type: string }[]>;
  /** How a sheet prints, and the heights of some rows: the port has no read for them either. */
  printing(sheet: string, rows: readonly number[]): Promise<PrintingProbe>;
  /** The charts drawn on a sheet (file: its chart parts; Excel: Worksheet.charts): the port has no read for them. */
  charts(sheet: string): Promise<ChartOnSheet[]>;
  /** A cell's quote prefix and link, which the port does not read. */
  cell(sheet: string, address: string): Promise<CellProbe>;
  close(): void;
}

export interface PrintingProbe {
  readonly paperSize: string | null;
  readonly orientation: "portrait" | "landscape" | null;
  readonly fitToPagesWide: number | null;
  /** 0: as many pages as needed. */
  readonly fitToPagesTall: number | null;
  /** "$1:$3". */
  readonly titleRows: string | null;
  /** In Excel's codes. */
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** Height of each asked row in points, null for the default. */
  readonly rowHeights: readonly (number | null)[];
  /** Rows (1-based) a manual page break starts a page at. */
  readonly rowBreaks: readonly number[];
}

/** A chart as both adapters can report it, in the terms of ChartSpec. */
export interface ChartOnSheet {
  readonly name: string;
  /** ChartSpec kind ("columnStacked", "pie", …). */
  readonly kind: string;
  readonly title: string;
  /** The first and last cell it covers, "E2" and "L16". */
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly {
    readonly name: string;
    /** Ranges of the chart's own sheet, "B2:B4". */
    readonly values: string | null;
    readonly categories: string | null;
    /** "#RRGGBB", null for the program's palette. */
    readonly color: string | null;
  }[];
}

/** Excel's chart types in ChartSpec's words. */
const KINDS: Record<string, string> = { ColumnClustered: "columnClustered", ColumnStacked: "columnStacked", BarStacked: "barStacked", Pie: "pie" };

/** "'Tổng hợp'!$B$2:$B$4" → "B2:B4": the sheet is the chart's own. */
function localRange(formula: string): string {
  return formula.replace(/^.*!/, "").replace(/\$/g, "");
}

export interface CellProbe {
  /** Whether the cell carries Excel's quote prefix (its text stays text when edited). */
  readonly quotePrefix: boolean;
  /** Where the cell's link leads ("'Sheet'!D7"), or null. */
  readonly link: string | null;
  /** Whether the cell looks like a link: blue and underlined. */
  readonly linkStyle: boolean;
  /** Its solid fill, "#RRGGBB", or null without one: the port does not read fills. */
  readonly fill: string | null;
}

/** The XML of a sheet of a saved file, found through the workbook's relationships. */
async function sheetXml(zip: JSZip, sheet: string): Promise<string> {
  const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const escaped = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const relId = new RegExp(`<sheet [^>]*name="${escaped}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
  const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
  return zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
}

/** A cell's quote prefix, link and look, read from the file's sheet and style parts. */
async function fileCellProbe(bytes: Uint8Array, sheet: string, address: string): Promise<CellProbe> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await sheetXml(zip, sheet);
  const styles = await zip.file("xl/styles.xml")!.async("string");
  const cell = new RegExp(`<c r="${address}"([^>]*)>`).exec(xml)?.[1] ?? "";
  const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1]?.match(/<xf\b[^>]*>/g) ?? [];
  const xf = xfs[Number(/\bs="(\d+)"/.exec(cell)?.[1] ?? 0)] ?? "";
  const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1]?.match(/<font\b[\s\S]*?<\/font>|<font\/>/g) ?? [];
  const font = fonts[Number(/\bfontId="(\d+)"/.exec(xf)?.[1] ?? 0)] ?? "";
  const link = new RegExp(`<hyperlink [^>]*ref="${address}"[^>]*>`).exec(xml)?.[0] ?? null;
  const fills = /<fills[^>]*>([\s\S]*?)<\/fills>/.exec(styles)?.[1]?.match(/<fill\b[\s\S]*?<\/fill>|<fill\/>/g) ?? [];
  const fill = fills[Number(/\bfillId="(\d+)"/.exec(xf)?.[1] ?? 0)] ?? "";
  const solid = /patternType="solid"/.test(fill) ? /<fgColor [^>]*rgb="(?:FF)?([0-9A-Fa-f]{6})"/.exec(fill)?.[1] : undefined;
  return {
    quotePrefix: /\bquotePrefix="(1|true)"/.test(xf),
    link: link ? (/location="([^"]*)"/.exec(link)?.[1] ?? "").replace(/&apos;/g, "'") : null,
    linkStyle: /<u\b/.test(font) && /rgb="FF0563C1"/i.test(font),
    fill: solid ? `#${solid.toUpperCase()}` : null,
  };
}

/** The file adapter; every read after a write goes through the saved bytes, reopened. */
export function fileAdapter(): ContractAdapter {
  let workbook: XlsxWorkbook | null = null;
  return {
    name: "file (.xlsx)",
    open: async () => {
      workbook = await createXlsxWorkbook();
      return reopeningPort(workbook, (next) => (workbook = next));
    },
    validations: async (sheet) => {
      const zip = await JSZip.loadAsync(await workbook!.toBuffer());
      const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
      const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
      const relId = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1];
      const target = new RegExp(`Id="${relId}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? "";
      const xml = await zip.file(`xl/${target.replace(/^\/?xl\//, "")}`)!.async("string");
      return [...xml.matchAll(/<dataValidation\b[^>]*>/g)].map((match) => ({
        address: /sqref="([^"]+)"/.exec(match[0])?.[1] ?? "",
        type: /type="([^"]+)"/.exec(match[0])?.[1] ?? "",
      }));
    },
    printing: async (sheet, rows) => {
      const setup = await printSetup(await JSZip.loadAsync(await workbook!.toBuffer()), sheet);
      return {
        paperSize: setup.paperSize,
        orientation: setup.orientation === "landscape" || setup.orientation === "portrait" ? setup.orientation : null,
        fitToPagesWide: setup.fitToPagesWide,
        fitToPagesTall: setup.fitToPagesTall,
        titleRows: setup.titleRows,
        footer: setup.footer,
        rowHeights: rows.map((row) => setup.rowHeights.get(row) ?? null),
        rowBreaks: setup.rowBreaks,
      };
    },
    charts: async (sheet) =>
      (await sheetCharts(await JSZip.loadAsync(await workbook!.toBuffer()), sheet)).map((chart) => ({
        name: chart.name,
        kind: chart.kind,
        title: chart.title,
        from: toA1(chart.from),
        // The file stores the cell after the last one covered.
        to: toA1({ row: chart.to.row - 1, column: chart.to.column - 1 }),
        series: chart.series.map((series) => ({
          name: series.name,
          values: localRange(series.values),
          categories: localRange(series.categories),
          color: series.color === null ? null : `#${series.color}`,
        })),
      })),
    cell: async (sheet, address) => fileCellProbe(await workbook!.toBuffer(), sheet, address),
    close: () => undefined,
  };
}

/** The Office.js adapter over the strict Excel fake. */
export function excelAdapter(): ContractAdapter {
  let fake: ExcelFakeHandle | null = null;
  return {
    name: "Office.js (strict fake)",
    open: async () => {
      fake = installExcelFake();
      return createExcelWorkbook({ isSetSupported: () => true });
    },
    validations: async (sheet) =>
      fake!.sheet(sheet).validations.map((entry) => ({ address: entry.address, type: ruleType(entry.rule) })),
    printing: async (sheet, rows) => {
      const view = fake!.sheet(sheet);
      const layout = view.pageLayout;
      return {
        paperSize: layout.paperSize,
        orientation: layout.orientation === "Landscape" ? "landscape" : "portrait",
        fitToPagesWide: layout.zoom.horizontalFitToPages ?? null,
        fitToPagesTall: layout.zoom.verticalFitToPages ?? null,
        titleRows: layout.printTitleRows,
        footer: layout.footer,
        rowHeights: rows.map((row) => view.rowHeight(row) ?? null),
        rowBreaks: layout.rowBreaks,
      };
    },
    charts: async (sheet) =>
      fake!.sheet(sheet).charts.map((chart) => ({
        name: chart.name,
        kind: KINDS[chart.type] ?? chart.type,
        title: chart.title,
        from: chart.from,
        to: chart.to,
        series: chart.series.map(({ name, values, categories, color }) => ({ name, values, categories, color })),
      })),
    cell: async (sheet, address) => {
      const view = fake!.sheet(sheet);
      const format = view.format(address);
      return {
        quotePrefix: view.quotePrefix(address),
        link: view.hyperlink(address)?.documentReference ?? null,
        linkStyle: format.fontColor === "#0563C1" && format.underline === "Single",
        fill: format.fill ?? null,
      };
    },
    close: () => fake?.uninstall(),
  };
}

/** Office.js names a rule by the key it sets; OOXML by a type attribute. */
function ruleType(rule: Excel.DataValidationRule | null): string {
  const key = Object.keys(rule ?? {}).find((candidate) => (rule as Record<string, unknown>)[candidate] !== undefined) ?? "";
  return ({ wholeNumber: "whole" } as Record<string, string>)[key] ?? key;
}

/** Saves after each apply and reads from a reopened copy, so the contract sees what the file really holds. */
function reopeningPort(start: XlsxWorkbook, onReopen: (workbook: XlsxWorkbook) => void): WorkbookPort {
  let current = start;
  const reopen = async () => {
    current = await openWorkbookFile(await current.toBuffer());
    onReopen(current);
  };
  return {
    host: "file",
    inspect: () => current.inspect(),
    readSheet: (name, address) => current.readSheet(name, address),
    readCells: (name, address) => current.readCells(name, address),
    reveal: (sheet, address) => current.reveal(sheet, address),
    apply: async (changes, options) => {
      const report = await current.apply(changes, options);
      await reopen();
      return report;
    },
  };
}
