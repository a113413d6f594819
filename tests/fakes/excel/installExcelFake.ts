import type { CellValue, Grid } from "../../../src/domain/grid/cellValue";
import type { Rect } from "./addresses";
import { parseLocalAddress, quoteSheetName, rectToA1 } from "./addresses";
import { asExcel } from "./clientObject";
import { FakeExcelHost, FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import type { CellFormat, ChartRangeState, ChartState, FormatPatch, SheetState, SuspendCall, Visibility, WorkbookState } from "./state";
import {
  cellFormat,
  cellKey,
  clearValues,
  createSheetState,
  getCell,
  liveSheets,
  newId,
  sameName,
  setCell,
  usedValuesRect,
} from "./state";
import { FakeRequestContext } from "./workbook";
import { withDefaultOptions } from "./worksheet";

/** Formats preset on a cell or a range. */
export interface FakeFormatInit {
  readonly numberFormat?: string;
  /** "#RRGGBB"; absent: no fill. */
  readonly fill?: string;
  /** Cells are locked unless told otherwise, as in Excel. */
  readonly locked?: boolean;
}

/** One preset cell. A formula needs its cached result: `value` or `error`. */
export interface FakeCellInit extends FakeFormatInit {
  readonly value?: CellValue;
  /** "=SUM(B2:B9)"; the fake never evaluates it. */
  readonly formula?: string;
  /** An error value, "#N/A", "#REF!"…; Range.values reads its code, Range.valueTypes "Error". */
  readonly error?: string;
  /** A threaded comment on the cell. */
  readonly comment?: string;
}

export interface FakeSheetInit {
  readonly name: string;
  /** Written from A1 as stored values (no parsing). */
  readonly values?: Grid;
  /** Cells by address ("D7"), applied after `values`. */
  readonly cells?: Readonly<Record<string, FakeCellInit>>;
  /** Formats over ranges ("C:C", "B2:D9"), applied before the formats of `cells`. */
  readonly formats?: readonly (FakeFormatInit & { readonly address: string })[];
  /** Hidden rows, 1-based. */
  readonly hiddenRows?: readonly number[];
  /** Hidden columns by letter ("C"). */
  readonly hiddenColumns?: readonly string[];
  /** Merged areas ("B2:D2"); only the top-left value is kept, as Excel does. */
  readonly merges?: readonly string[];
  readonly visibility?: Visibility;
  readonly tables?: readonly { readonly name: string; readonly address: string }[];
  /** Rows (1-based, inclusive) grouped once each. */
  readonly rowGroups?: readonly { readonly from: number; readonly to: number }[];
  readonly protection?: { readonly password?: string; readonly options?: Excel.WorksheetProtectionOptions };
  readonly names?: readonly { readonly name: string; readonly formula: string; readonly comment?: string }[];
}

export interface FakeWorkbookInit {
  readonly sheets?: readonly FakeSheetInit[];
  /** The 1904 date system (serial 0 is 1904-01-01); default false, the 1900 system. */
  readonly date1904?: boolean;
  readonly names?: readonly { readonly name: string; readonly formula: string }[];
}

export interface SheetView {
  readonly name: string;
  readonly position: number;
  readonly visibility: Visibility;
  readonly tabColor: string;
  readonly freeze: { readonly rows: number; readonly columns: number };
  readonly protection: { readonly protected: boolean; readonly options: Excel.WorksheetProtectionOptions | null; readonly password: string | null };
  /** Values from A1 to the last used cell; empty cells are null. */
  readonly values: CellValue[][];
  /** The values of one address ("A1:C3"); empty cells are null. */
  grid(address: string): CellValue[][];
  value(address: string): CellValue;
  format(address: string): CellFormat;
  /** Width in points of a column ("C"), or undefined for the standard width. */
  columnWidth(column: string): number | undefined;
  columnHidden(column: string): boolean;
  rowHeight(row: number): number | undefined;
  /** Outline level of a 1-based row (0 when not grouped). */
  rowLevel(row: number): number;
  /** Worksheet.pageLayout: paper, orientation, zoom, print title rows ("$1:$3") and footer sections. */
  readonly pageLayout: {
    readonly orientation: string;
    readonly paperSize: string;
    readonly zoom: Excel.PageLayoutZoomOptions;
    readonly printTitleRows: string | null;
    readonly footer: { readonly left: string; readonly center: string; readonly right: string };
    /** Rows (1-based) the sheet's manual page breaks start a page at. */
    readonly rowBreaks: readonly number[];
  };
  readonly merges: readonly string[];
  readonly validations: readonly {
    readonly address: string;
    readonly rule: Excel.DataValidationRule | null;
    readonly prompt: Excel.DataValidationPrompt | null;
    readonly errorAlert: Excel.DataValidationErrorAlert | null;
  }[];
  readonly conditionalFormats: readonly {
    readonly address: string;
    readonly type: "CellValue" | "DataBar";
    readonly rule: Excel.ConditionalCellValueRule | null;
    readonly fill: string | null;
    readonly fontColor: string | null;
    readonly bold: boolean | null;
    readonly dataBarColor: string | null;
  }[];
  /** Sheet-scoped names. */
  readonly names: readonly NameView[];
  /** The text of the comment on a cell ("D7"), or null. */
  comment(address: string): string | null;
  /** The formula of a cell, or null. */
  formula(address: string): string | null;
  /** Whether a cell's text carries Excel's quote prefix (it was written after a leading apostrophe). */
  quotePrefix(address: string): boolean;
  /** The hyperlink of a cell, as Range.hyperlink set it, or null. */
  hyperlink(address: string): Excel.RangeHyperlink | null;
  rowHidden(row: number): boolean;
  /** The sheet's charts, in the order they were added. */
  readonly charts: readonly ChartView[];
}

export interface ChartView {
  readonly name: string;
  /** Excel's chart type ("ColumnStacked", "Pie", …). */
  readonly type: string;
  readonly title: string;
  readonly legend: { readonly position: string; readonly visible: boolean };
  /** The cells given to setPosition ("E2", "L16"); null before any. */
  readonly from: string | null;
  readonly to: string | null;
  readonly series: readonly {
    readonly name: string;
    /** "B2:B4", or "'Other sheet'!B2:B4" for another sheet's cells; null when not set. */
    readonly values: string | null;
    readonly categories: string | null;
    readonly color: string | null;
  }[];
}

export interface CommentView {
  readonly sheet: string;
  readonly address: string;
  readonly content: string;
}

export interface NameView {
  readonly name: string;
  readonly formula: string;
  readonly comment: string;
  readonly visible: boolean;
}

export interface TableView {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly style: string;
  readonly showBandedRows: boolean;
  readonly showFilterButton: boolean;
}

export interface SyncView {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly operations: number;
  /** How many times each member was called or set in this sync, e.g. {"Range.values=": 3}. */
  readonly members: Readonly<Record<string, number>>;
  readonly failed: string | null;
}

export interface ExcelFakeHandle {
  readonly syncCount: number;
  /** Estimated request bytes of each sync, in order. */
  readonly payloads: readonly number[];
  readonly syncs: readonly SyncView[];
  readonly runs: number;
  /** The files Excel.createWorkbook opened as new workbooks, decoded; an empty array for a blank workbook. */
  readonly createdWorkbooks: readonly Uint8Array[];
  readonly suspendCalls: readonly SuspendCall[];
  /** Live sheets in tab order. */
  readonly sheets: readonly SheetView[];
  sheet(name: string): SheetView;
  readonly tables: readonly TableView[];
  /** Workbook-scoped names. */
  readonly names: readonly NameView[];
  /** Live comments, in the order they were made. */
  readonly comments: readonly CommentView[];
  /** The active sheet: the last activated, else the first visible one. */
  readonly activeSheet: string;
  /** What Range.select selected last, or null. */
  readonly selection: { readonly sheet: string; readonly address: string } | null;
  /** Forgets the recorded syncs (the workbook stays), to measure one operation. */
  resetCounters(): void;
  uninstall(): void;
}

function toCellValue(value: string | number | boolean | undefined): CellValue {
  return value === undefined ? null : value;
}

function parseOrThrow(address: string): Rect {
  const rect = parseLocalAddress(address);
  if (!rect) throw new FakeLimitationError(`test address ${address}`);
  return rect;
}

function columnNumber(column: string): number {
  return parseOrThrow(`${column}1`).column;
}

function sheetView(workbook: WorkbookState, sheet: SheetState): SheetView {
  const gridOf = (rect: Rect): CellValue[][] =>
    Array.from({ length: rect.rowCount }, (_row, r) =>
      Array.from({ length: rect.columnCount }, (_cell, c) => toCellValue(getCell(sheet, rect.row + r, rect.column + c))),
    );
  return {
    name: sheet.name,
    position: liveSheets(workbook).indexOf(sheet),
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    freeze: { ...sheet.freeze },
    protection: { ...sheet.protection },
    get values() {
      const used = usedValuesRect(sheet);
      if (!used) return [];
      return gridOf({ row: 0, column: 0, rowCount: used.row + used.rowCount, columnCount: used.column + used.columnCount });
    },
    grid: (address) => gridOf(parseOrThrow(address)),
    value: (address) => {
      const rect = parseOrThrow(address);
      return toCellValue(getCell(sheet, rect.row, rect.column));
    },
    format: (address) => {
      const rect = parseOrThrow(address);
      return cellFormat(sheet, rect.row, rect.column);
    },
    columnWidth: (column) => sheet.columnWidths.get(columnNumber(column)),
    columnHidden: (column) => sheet.hiddenColumns.has(columnNumber(column)),
    rowHeight: (row) => sheet.rowHeights.get(row - 1),
    rowLevel: (row) => sheet.rowLevels.get(row - 1) ?? 0,
    pageLayout: {
      ...sheet.pageLayout,
      zoom: { ...sheet.pageLayout.zoom },
      footer: { ...sheet.pageLayout.footer },
      rowBreaks: [...sheet.pageLayout.rowBreaks],
    },
    merges: sheet.merges.map(rectToA1),
    validations: sheet.validations.map((entry) => ({
      address: entry.areas.map(rectToA1).join(","),
      rule: entry.rule,
      prompt: entry.prompt,
      errorAlert: entry.errorAlert,
    })),
    conditionalFormats: sheet.conditionalFormats.map((format) => ({
      address: format.areas.map(rectToA1).join(","),
      type: format.type,
      rule: format.cellValueRule,
      fill: format.format.fill,
      fontColor: format.format.fontColor,
      bold: format.format.bold,
      dataBarColor: format.dataBarColor,
    })),
    names: sheet.names.filter((item) => !item.deleted).map(nameView),
    comment: (address) => {
      const rect = parseOrThrow(address);
      const found = workbook.comments.find(
        (comment) => !comment.deleted && comment.sheet === sheet && comment.row === rect.row && comment.column === rect.column,
      );
      return found?.content ?? null;
    },
    formula: (address) => {
      const rect = parseOrThrow(address);
      return sheet.formulas.get(cellKey(rect.row, rect.column)) ?? null;
    },
    quotePrefix: (address) => {
      const rect = parseOrThrow(address);
      return sheet.quotePrefixed.has(cellKey(rect.row, rect.column));
    },
    hyperlink: (address) => {
      const rect = parseOrThrow(address);
      const link = sheet.hyperlinks.get(cellKey(rect.row, rect.column));
      return link ? { ...link } : null;
    },
    rowHidden: (row) => sheet.hiddenRows.has(row - 1),
    charts: sheet.charts.filter((chart) => !chart.deleted).map((chart) => chartView(sheet, chart)),
  };
}

function chartView(sheet: SheetState, chart: ChartState): ChartView {
  const address = (range: ChartRangeState | null): string | null =>
    range === null ? null : range.sheet === sheet ? rectToA1(range.rect) : `${quoteSheetName(range.sheet.name)}!${rectToA1(range.rect)}`;
  return {
    name: chart.name,
    type: chart.type,
    title: chart.title,
    legend: { ...chart.legend },
    from: chart.position ? rectToA1(chart.position.from) : null,
    to: chart.position?.to ? rectToA1(chart.position.to) : null,
    series: chart.series.map((series) => ({
      name: series.name,
      values: address(series.values),
      categories: address(series.categories),
      color: series.color,
    })),
  };
}

function nameView(item: { name: string; formula: string; comment: string; visible: boolean }): NameView {
  return { name: item.name, formula: item.formula, comment: item.comment, visible: item.visible };
}

function buildWorkbook(initial: FakeWorkbookInit): WorkbookState {
  const workbook: WorkbookState = {
    sheets: [],
    tables: [],
    names: [],
    comments: [],
    active: null,
    selection: null,
    date1904: initial.date1904 ?? false,
    nextId: 0,
  };
  const sheets = initial.sheets ?? [{ name: "Sheet1" }];
  for (const init of sheets) {
    const sheet = createSheetState(workbook, init.name);
    sheet.visibility = init.visibility ?? "Visible";
    (init.values ?? []).forEach((row, r) =>
      row.forEach((value, c) => {
        if (value !== null && value !== "") setCell(sheet, r, c, value);
      }),
    );
    presetCells(workbook, sheet, init);
    for (const group of init.rowGroups ?? []) {
      for (let row = group.from - 1; row < group.to; row += 1) sheet.rowLevels.set(row, (sheet.rowLevels.get(row) ?? 0) + 1);
    }
    if (init.protection) sheet.protection = { protected: true, options: withDefaultOptions(init.protection.options ?? null), password: init.protection.password ?? null };
    for (const item of init.names ?? []) {
      sheet.names.push({ id: newId(workbook, "name"), name: item.name, formula: item.formula, comment: item.comment ?? "", visible: true, deleted: false });
    }
    workbook.sheets.push(sheet);
    for (const table of init.tables ?? []) {
      workbook.tables.push({
        id: newId(workbook, "table"),
        name: table.name,
        sheet,
        rect: parseOrThrow(table.address),
        style: "TableStyleMedium2",
        showBandedRows: true,
        showFilterButton: true,
        deleted: false,
      });
    }
  }
  for (const item of initial.names ?? []) {
    workbook.names.push({ id: newId(workbook, "name"), name: item.name, formula: item.formula, comment: "", visible: true, deleted: false });
  }
  return workbook;
}

function formatPatch(init: FakeFormatInit): FormatPatch {
  const patch: FormatPatch = {};
  if (init.numberFormat !== undefined) patch.numberFormat = init.numberFormat;
  if (init.fill !== undefined) patch.fill = init.fill.toUpperCase();
  if (init.locked !== undefined) patch.locked = init.locked;
  return patch;
}

/** Formats, cells, comments, hidden rows and columns, and merges of a sheet's initial state. */
function presetCells(workbook: WorkbookState, sheet: SheetState, init: FakeSheetInit): void {
  for (const format of init.formats ?? []) {
    sheet.formatLayers.push({ rect: parseOrThrow(format.address), kind: "patch", patch: formatPatch(format) });
  }
  for (const [address, cell] of Object.entries(init.cells ?? {})) {
    const rect = parseOrThrow(address);
    if (rect.rowCount !== 1 || rect.columnCount !== 1) throw new FakeLimitationError(`preset cell ${address} is a range`);
    const { row, column } = rect;
    if (cell.formula !== undefined && cell.value === undefined && cell.error === undefined) {
      throw new FakeLimitationError(`preset formula in ${address} needs its cached result (value or error)`);
    }
    const value = cell.error ?? cell.value;
    if (value !== undefined) setCell(sheet, row, column, value === null || value === "" ? undefined : value);
    if (cell.error !== undefined) sheet.errors.add(cellKey(row, column));
    if (cell.formula !== undefined) sheet.formulas.set(cellKey(row, column), cell.formula);
    const patch = formatPatch(cell);
    if (Object.keys(patch).length > 0) sheet.formatLayers.push({ rect, kind: "patch", patch });
    if (cell.comment !== undefined) {
      workbook.comments.push({ id: newId(workbook, "comment"), sheet, row, column, content: cell.comment, deleted: false });
    }
  }
  for (const row of init.hiddenRows ?? []) sheet.hiddenRows.add(row - 1);
  for (const column of init.hiddenColumns ?? []) sheet.hiddenColumns.add(columnNumber(column));
  for (const address of init.merges ?? []) {
    const rect = parseOrThrow(address);
    const keep = getCell(sheet, rect.row, rect.column);
    clearValues(sheet, rect);
    setCell(sheet, rect.row, rect.column, keep);
    sheet.merges.push(rect);
  }
}

type ExcelGlobal = { Excel?: unknown };

/**
 * Installs a strict fake of the Excel JavaScript API on `globalThis.Excel` and returns a handle on the workbook it
 * holds. Each `Excel.run` gets a fresh request context over the same workbook; operations still queued when the
 * batch returns are sent in one last sync, as Office.js does.
 */
export function installExcelFake(initial: FakeWorkbookInit = {}): ExcelFakeHandle {
  const host = new FakeExcelHost(buildWorkbook(initial));
  const global = globalThis as ExcelGlobal;
  const previous = global.Excel;

  async function run<T>(batch: unknown, second?: unknown): Promise<T> {
    if (typeof batch !== "function" || second !== undefined) throw new FakeLimitationError("Excel.run(options or objects, batch)");
    host.runs += 1;
    const queue = new FakeRequestQueue(host);
    const result = (await (batch as (context: Excel.RequestContext) => Promise<T>)(asExcel(new FakeRequestContext(queue)))) as T;
    if (queue.hasPending) await queue.flush();
    return result;
  }
  const created: Uint8Array[] = [];
  /** Excel.createWorkbook: the new workbook opens elsewhere; the fake keeps its bytes. Bad base64 fails as in Excel. */
  async function createWorkbook(base64?: string): Promise<void> {
    if (base64 === undefined) {
      created.push(new Uint8Array());
      return;
    }
    if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
      throw officeError("InvalidArgument", "Workbook.createWorkbook", "base64File is not Base64");
    }
    created.push(Uint8Array.from(Buffer.from(base64, "base64")));
  }
  const excel: Pick<typeof Excel, "run" | "createWorkbook"> = { run: run as typeof Excel.run, createWorkbook };
  global.Excel = excel;

  return {
    get syncCount() {
      return host.syncs.length;
    },
    get payloads() {
      return host.syncs.map((sync) => sync.requestBytes);
    },
    get syncs() {
      return host.syncs.map((sync) => ({ ...sync }));
    },
    get runs() {
      return host.runs;
    },
    get createdWorkbooks() {
      return [...created];
    },
    get suspendCalls() {
      return [...host.suspendCalls];
    },
    get sheets() {
      return liveSheets(host.workbook).map((sheet) => sheetView(host.workbook, sheet));
    },
    sheet(name) {
      const sheet = liveSheets(host.workbook).find((candidate) => sameName(candidate.name, name));
      if (!sheet) throw new Error(`no sheet "${name}" in the fake workbook`);
      return sheetView(host.workbook, sheet);
    },
    get tables() {
      return host.workbook.tables
        .filter((table) => !table.deleted)
        .map((table) => ({
          name: table.name,
          sheet: table.sheet.name,
          address: rectToA1(table.rect),
          style: table.style,
          showBandedRows: table.showBandedRows,
          showFilterButton: table.showFilterButton,
        }));
    },
    get names() {
      return host.workbook.names.filter((item) => !item.deleted).map(nameView);
    },
    get comments() {
      return host.workbook.comments
        .filter((comment) => !comment.deleted && !comment.sheet.deleted)
        .map((comment) => ({
          sheet: comment.sheet.name,
          address: rectToA1({ row: comment.row, column: comment.column, rowCount: 1, columnCount: 1 }),
          content: comment.content,
        }));
    },
    get activeSheet() {
      const sheets = liveSheets(host.workbook);
      const active = host.workbook.active ?? sheets.find((sheet) => sheet.visibility === "Visible") ?? sheets[0];
      return active?.name ?? "";
    },
    get selection() {
      const selection = host.workbook.selection;
      return selection ? { sheet: selection.sheet.name, address: rectToA1(selection.rect) } : null;
    },
    resetCounters() {
      host.syncs.splice(0);
      host.suspendCalls.splice(0);
      host.runs = 0;
    },
    uninstall() {
      if (previous === undefined) delete global.Excel;
      else global.Excel = previous;
    },
  };
}
