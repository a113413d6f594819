import { argb } from "./argb";
import type * as ExcelJS from "exceljs";
import type { CellValue, Grid } from "../../domain/grid/cellValue";
import { fromA1, rangeA1 } from "../../domain/grid/cellAddress";
import { footerCode } from "../../workbook/headerFooterCodes";
import type { ConditionalFormatSpec, PrintSpec, SheetSpec, StyleSpec, ValidationSpec } from "../../workbook/port";
import { parseRange, type CellRange } from "../cellRange";
import { loadExcelJs } from "../loadExcelJs";

/**
 * Renders sheet specs as a package of their own, through exceljs: the add-in's sheets are then grafted into the
 * user's workbook part by part (graftSheets), so exceljs never loads or re-saves anything the user made.
 * Sheet-local names (print titles) come along in the package's workbook part.
 */
export async function renderSheets(specs: readonly SheetSpec[]): Promise<Uint8Array> {
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  workbook.creator = "Plan Tracker";
  for (const spec of specs) writeSheet(workbook, spec);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

export function writeSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.visibility ?? "visible",
    properties: spec.tabColor ? { tabColor: { argb: argb(spec.tabColor) } } : {},
    views: spec.freeze
      ? [{ state: "frozen", xSplit: spec.freeze.columns, ySplit: spec.freeze.rows, topLeftCell: undefined }]
      : [],
  });
  writeRange(sheet, "A1", spec.values);
  spec.columns?.forEach((column, index) => {
    const excelColumn = sheet.getColumn(index + 1);
    if (column.width !== undefined) excelColumn.width = column.width;
    if (column.hidden) excelColumn.hidden = true;
    if (column.numberFormat) excelColumn.numFmt = column.numberFormat;
    if (column.wrap) excelColumn.alignment = { wrapText: true, vertical: "top" };
  });
  spec.styles?.forEach((style) => applyStyle(sheet, style));
  // Links look like Excel's own; graftSheets writes where they lead (exceljs would add a relationship per link).
  spec.links?.forEach((link) => {
    const cell = sheet.getCell(link.address);
    cell.font = { ...DEFAULT_FONT, ...cell.font, color: { argb: LINK_COLOR }, underline: true };
  });
  spec.merges?.forEach((address) => sheet.mergeCells(address));
  spec.tables?.forEach((table) => {
    const range = parseRange(table.address);
    const header = spec.values[range.top] ?? [];
    const rows: CellValue[][] = [];
    for (let row = range.top + 1; row <= range.bottom; row++) {
      const line = spec.values[row] ?? [];
      rows.push(columnsOf(range).map((column) => line[column] ?? null));
    }
    sheet.addTable({
      name: table.name,
      ref: rangeA1({ row: range.top, column: range.left }, 1, 1),
      headerRow: true,
      style: { theme: (table.style ?? "TableStyleMedium2") as ExcelJS.TableStyleProperties["theme"], showRowStripes: table.showBandedRows ?? true },
      columns: columnsOf(range).map((column) => ({
        name: String(header[column] ?? `Cột ${column + 1}`),
        filterButton: table.showFilterButton ?? true,
      })),
      rows,
    });
  });
  spec.validations?.forEach((validation) => addValidation(sheet, validation));
  spec.conditionalFormats?.forEach((format) => addConditionalFormat(sheet, format));
  spec.rowGroups?.forEach((group) => {
    for (let row = group.from; row <= group.to; row++) sheet.getRow(row).outlineLevel = 1;
  });
  if (spec.rowGroups?.length) sheet.properties.outlineLevelRow = 1;
  // outlinePr summaryBelow="0": the collapse button sits on the heading row above each group.
  if (spec.rowGroupSummary) sheet.properties.outlineProperties = { summaryBelow: spec.rowGroupSummary === "below", summaryRight: true };
  spec.rowHeights?.forEach(({ row, height }) => {
    sheet.getRow(row).height = height;
  });
  if (spec.print) applyPrintSetup(sheet, spec.print);
  if (spec.protection) {
    for (const address of spec.protection.unlocked) {
      forEachCell(parseRange(address), (row, column) => {
        sheet.getCell(row + 1, column + 1).protection = { locked: false };
      });
    }
    // Protection guards against accidents, not attackers, so a low spin count keeps it fast.
    // exceljs does this work synchronously inside the returned promise.
    void sheet.protect(spec.protection.password ?? "", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
      spinCount: 1000,
    });
  }
}

/** A4 is paper size 9 in the file format. fitToHeight 0 lets rows run on to as many pages as they need. */
function applyPrintSetup(sheet: ExcelJS.Worksheet, print: PrintSpec): void {
  sheet.pageSetup.paperSize = 9 as ExcelJS.PageSetup["paperSize"];
  sheet.pageSetup.orientation = print.orientation;
  if (print.fitToPagesWide !== undefined) {
    sheet.pageSetup.fitToPage = true;
    sheet.pageSetup.fitToWidth = print.fitToPagesWide;
    sheet.pageSetup.fitToHeight = 0;
  }
  // exceljs writes this as the sheet-local name _xlnm.Print_Titles, which graftSheets carries over.
  if (print.titleRows) sheet.pageSetup.printTitlesRow = `${print.titleRows.from}:${print.titleRows.to}`;
  if (print.footer) sheet.headerFooter.oddFooter = footerCode(print.footer);
  // exceljs breaks after the row it is given: a page that starts at row n breaks after row n − 1. Files list breaks
  // in row order.
  const breaks = [...new Set(print.rowBreaks ?? [])].filter((row) => row > 1).sort((a, b) => a - b);
  for (const row of breaks) sheet.getRow(row - 1).addPageBreak();
}

function writeRange(sheet: ExcelJS.Worksheet, address: string, values: Grid): void {
  const start = fromA1(address.split(":")[0] ?? "A1");
  if (!start) throw new Error(`Invalid address: ${address}`);
  values.forEach((line, rowOffset) => {
    const row = sheet.getRow(start.row + rowOffset + 1);
    line.forEach((value, columnOffset) => {
      row.getCell(start.column + columnOffset + 1).value = value;
    });
  });
}

/**
 * The workbook's body font. A styled cell's font must name it: exceljs writes a bare <font><b/></font> otherwise,
 * which LibreOffice shows in a serif fallback, wider than the widths and heights were made for.
 */
const DEFAULT_FONT: Partial<ExcelJS.Font> = { name: "Calibri", family: 2, scheme: "minor", size: 11 };

/** Excel's colour for a hyperlink (the Hyperlink cell style of the Office theme). */
const LINK_COLOR = "FF0563C1";

function applyStyle(sheet: ExcelJS.Worksheet, style: StyleSpec): void {
  const range = parseRange(style.address);
  forEachCell(range, (row, column) => {
    const cell = sheet.getCell(row + 1, column + 1);
    if (style.bold !== undefined || style.italic !== undefined || style.fontSize || style.fontColor) {
      cell.font = {
        ...DEFAULT_FONT,
        ...cell.font,
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.italic !== undefined ? { italic: style.italic } : {}),
        ...(style.fontSize ? { size: style.fontSize } : {}),
        ...(style.fontColor ? { color: { argb: argb(style.fontColor) } } : {}),
      };
    }
    if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
    if (style.wrap !== undefined || style.horizontal || style.vertical || style.rotation !== undefined) {
      cell.alignment = {
        ...cell.alignment,
        ...(style.rotation !== undefined ? { textRotation: style.rotation } : {}),
        ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
        ...(style.horizontal ? { horizontal: style.horizontal } : {}),
        ...(style.vertical ? { vertical: style.vertical === "center" ? "middle" : style.vertical } : {}),
      };
    }
  });
  if (style.rowHeight) {
    for (let row = range.top; row <= range.bottom; row++) sheet.getRow(row + 1).height = style.rowHeight;
  }
}

function addValidation(sheet: ExcelJS.Worksheet, spec: ValidationSpec): void {
  const messages = {
    showInputMessage: Boolean(spec.prompt),
    promptTitle: spec.prompt?.title,
    prompt: spec.prompt?.message,
    showErrorMessage: Boolean(spec.error),
    errorTitle: spec.error?.title,
    error: spec.error?.message,
    errorStyle: spec.error?.style ?? "stop",
  };
  const rule = spec.rule;
  let validation: ExcelJS.DataValidation;
  switch (rule.kind) {
    case "list":
      validation = {
        type: "list",
        allowBlank: true,
        formulae: [rule.source.startsWith("=") ? rule.source.slice(1) : `"${rule.source}"`],
        ...messages,
      };
      break;
    case "wholeNumber":
    case "decimal":
      validation = {
        type: rule.kind === "wholeNumber" ? "whole" : "decimal",
        allowBlank: true,
        ...bounds(rule.min, rule.max),
        ...messages,
      };
      break;
    case "date":
      validation = {
        type: "date",
        allowBlank: true,
        ...bounds(rule.min ? new Date(rule.min) : undefined, rule.max ? new Date(rule.max) : undefined),
        ...messages,
      };
      break;
    case "textLength":
      validation = { type: "textLength", allowBlank: true, operator: "lessThanOrEqual", formulae: [rule.max], ...messages };
      break;
    case "custom":
      validation = { type: "custom", allowBlank: true, formulae: [rule.formula.replace(/^=/, "")], ...messages };
      break;
  }
  const dataValidations = (sheet as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } })
    .dataValidations;
  dataValidations.add(spec.address, validation);
}

function bounds<T>(min: T | undefined, max: T | undefined): Pick<ExcelJS.DataValidation, "operator" | "formulae"> {
  if (min !== undefined && max !== undefined) return { operator: "between", formulae: [min, max] };
  if (min !== undefined) return { operator: "greaterThanOrEqual", formulae: [min] };
  if (max !== undefined) return { operator: "lessThanOrEqual", formulae: [max] };
  return { operator: "greaterThanOrEqual", formulae: [Number.MIN_SAFE_INTEGER] };
}

function addConditionalFormat(sheet: ExcelJS.Worksheet, spec: ConditionalFormatSpec): void {
  switch (spec.kind) {
    case "textEquals":
      sheet.addConditionalFormatting({
        ref: spec.address,
        rules: [
          {
            type: "cellIs",
            operator: "equal",
            priority: 1,
            formulae: [`"${spec.text.replace(/"/g, '""')}"`],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(spec.fill) } },
              font: {
                ...(spec.fontColor ? { color: { argb: argb(spec.fontColor) } } : {}),
                ...(spec.bold ? { bold: true } : {}),
              },
            },
          },
        ],
      });
      break;
    case "dataBar":
      sheet.addConditionalFormatting({
        ref: spec.address,
        rules: [
          {
            type: "dataBar",
            priority: 1,
            cfvo: [{ type: "min" }, { type: "max" }],
            color: { argb: argb(spec.color) },
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
      break;
  }
}

function columnsOf(range: CellRange): number[] {
  const columns: number[] = [];
  for (let column = range.left; column <= range.right; column++) columns.push(column);
  return columns;
}

function forEachCell(range: CellRange, visit: (row: number, column: number) => void): void {
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) visit(row, column);
  }
}
