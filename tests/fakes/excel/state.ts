import type { Rect } from "./addresses";
import { containsCell, intersects } from "./addresses";

/** What a cell holds in the fake: Office.js reads text, numbers and booleans; empty cells read as "". */
export type StoredValue = string | number | boolean;

export type Visibility = "Visible" | "Hidden" | "VeryHidden";

export interface FormatPatch {
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontColor?: string;
  underline?: string;
  /** null: no fill (RangeFill.clear). */
  fill?: string | null;
  wrap?: boolean;
  textOrientation?: number;
  horizontal?: string;
  vertical?: string;
  locked?: boolean;
}

/** Resolved format of one cell. */
export interface CellFormat {
  readonly numberFormat: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontSize: number;
  readonly fontColor: string;
  readonly underline: string;
  readonly fill: string | null;
  readonly wrap: boolean;
  readonly textOrientation: number;
  readonly horizontal: string;
  readonly vertical: string;
  readonly locked: boolean;
}

export const DEFAULT_FORMAT: CellFormat = {
  numberFormat: "General",
  bold: false,
  italic: false,
  fontSize: 11,
  fontColor: "#000000",
  underline: "None",
  fill: null,
  wrap: false,
  textOrientation: 0,
  horizontal: "General",
  vertical: "Bottom",
  locked: true,
};

/**
 * Formats are kept as an append-only list of layers (later wins), which makes "clear formats of a range" a reset
 * layer instead of rectangle surgery. Number formats set from a 2-D array keep that array.
 */
export type FormatLayer =
  | { readonly rect: Rect; readonly kind: "patch"; readonly patch: FormatPatch }
  | { readonly rect: Rect; readonly kind: "numberFormats"; readonly formats: readonly (readonly (string | null)[])[] }
  | { readonly rect: Rect; readonly kind: "reset" };

export type ValidationRuleState = Excel.DataValidationRule;

export interface ValidationState {
  areas: Rect[];
  rule: ValidationRuleState | null;
  prompt: Excel.DataValidationPrompt | null;
  errorAlert: Excel.DataValidationErrorAlert | null;
}

export interface ConditionalFormatState {
  readonly id: string;
  areas: Rect[];
  readonly type: "CellValue" | "DataBar";
  cellValueRule: Excel.ConditionalCellValueRule | null;
  format: { fill: string | null; fontColor: string | null; bold: boolean | null };
  dataBarColor: string | null;
  deleted: boolean;
}

export interface NameState {
  readonly id: string;
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  deleted: boolean;
}

export interface ProtectionState {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions | null;
  password: string | null;
}

/** A threaded comment (ExcelApi 1.10), anchored to one cell. */
export interface CommentState {
  readonly id: string;
  readonly sheet: SheetState;
  readonly row: number;
  readonly column: number;
  content: string;
  deleted: boolean;
}

/** Worksheet.pageLayout as far as the fake models it. */
export interface PageLayoutState {
  orientation: "Portrait" | "Landscape";
  paperSize: "Letter" | "Legal" | "A3" | "A4" | "A5";
  zoom: Excel.PageLayoutZoomOptions;
  /** "$1:$3", or null when no rows repeat. */
  printTitleRows: string | null;
  footer: { left: string; center: string; right: string };
  /** Worksheet.horizontalPageBreaks: the 1-based rows a manual page break puts at the top of a page, ascending. */
  rowBreaks: number[];
}

/** A new sheet prints on Letter, portrait, at 100 %, as Excel's en-US default. */
export function defaultPageLayout(): PageLayoutState {
  return { orientation: "Portrait", paperSize: "Letter", zoom: { scale: 100 }, printTitleRows: null, footer: { left: "", center: "", right: "" }, rowBreaks: [] };
}

/** A range a chart series points at: any sheet's cells. */
export interface ChartRangeState {
  readonly sheet: SheetState;
  readonly rect: Rect;
}

export interface ChartSeriesState {
  name: string;
  values: ChartRangeState | null;
  categories: ChartRangeState | null;
  /** "#RRGGBB" set with format.fill.setSolidColor; null for the chart's palette. */
  color: string | null;
}

/** A chart on a sheet (Worksheet.charts), as far as the fake models it. */
export interface ChartState {
  readonly id: string;
  readonly sheet: SheetState;
  name: string;
  readonly type: string;
  title: string;
  legend: { position: string; visible: boolean };
  /** The cells setPosition was given; null until then (Excel puts a new chart at a default place). */
  position: { readonly from: Rect; readonly to: Rect | null } | null;
  readonly series: ChartSeriesState[];
  deleted: boolean;
}

export interface SheetState {
  readonly id: string;
  name: string;
  deleted: boolean;
  visibility: Visibility;
  tabColor: string;
  /** cells[row][column]; undefined is an empty cell. */
  readonly cells: (StoredValue | undefined)[][];
  readonly formatLayers: FormatLayer[];
  readonly columnWidths: Map<number, number>;
  readonly rowHeights: Map<number, number>;
  readonly hiddenColumns: Set<number>;
  readonly hiddenRows: Set<number>;
  /** Formulas of cells (by cellKey); the cell's stored value is the formula's cached result. */
  readonly formulas: Map<string, string>;
  /** Cells (by cellKey) whose stored text is an error code ("#N/A") rather than text. */
  readonly errors: Set<string>;
  /** Cells (by cellKey) whose text was written after a leading apostrophe: Excel's quote prefix, kept on edit. */
  readonly quotePrefixed: Set<string>;
  /** Hyperlinks of cells (by cellKey), as Range.hyperlink set them (ExcelApi 1.7). */
  readonly hyperlinks: Map<string, Excel.RangeHyperlink>;
  /** Outline level of each grouped row (1..8). */
  readonly rowLevels: Map<number, number>;
  merges: Rect[];
  freeze: { rows: number; columns: number };
  protection: ProtectionState;
  validations: ValidationState[];
  conditionalFormats: ConditionalFormatState[];
  readonly names: NameState[];
  pageLayout: PageLayoutState;
  /** Every chart added, deleted ones included (their count numbers the default names). */
  readonly charts: ChartState[];
}

export interface TableState {
  readonly id: string;
  name: string;
  sheet: SheetState;
  rect: Rect;
  style: string;
  showBandedRows: boolean;
  showFilterButton: boolean;
  deleted: boolean;
}

export interface SuspendCall {
  readonly kind: "calculation" | "screenUpdating";
  /** Index (0-based) of the sync the suspension applies to. */
  readonly sync: number;
}

export interface WorkbookState {
  readonly sheets: SheetState[];
  readonly tables: TableState[];
  readonly names: NameState[];
  readonly comments: CommentState[];
  /** The active sheet (Worksheet.activate) and the selected range (Range.select); null until set. */
  active: SheetState | null;
  selection: { readonly sheet: SheetState; readonly rect: Rect } | null;
  /** Whether serial dates count from 1904-01-01 (a Mac-era workbook) rather than from 1900. */
  readonly date1904: boolean;
  nextId: number;
}

export function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
}

export function newId(workbook: WorkbookState, prefix: string): string {
  workbook.nextId += 1;
  return `{${prefix}-${workbook.nextId}}`;
}

export function createSheetState(workbook: WorkbookState, name: string): SheetState {
  return {
    id: newId(workbook, "sheet"),
    name,
    deleted: false,
    visibility: "Visible",
    tabColor: "",
    cells: [],
    formatLayers: [],
    columnWidths: new Map(),
    rowHeights: new Map(),
    hiddenColumns: new Set(),
    hiddenRows: new Set(),
    formulas: new Map(),
    errors: new Set(),
    quotePrefixed: new Set(),
    hyperlinks: new Map(),
    rowLevels: new Map(),
    merges: [],
    freeze: { rows: 0, columns: 0 },
    protection: { protected: false, options: null, password: null },
    validations: [],
    conditionalFormats: [],
    names: [],
    pageLayout: defaultPageLayout(),
    charts: [],
  };
}

export function liveSheets(workbook: WorkbookState): SheetState[] {
  return workbook.sheets.filter((sheet) => !sheet.deleted);
}

export function sameName(a: string, b: string): boolean {
  return a.normalize("NFC").toLocaleUpperCase("vi") === b.normalize("NFC").toLocaleUpperCase("vi");
}

export function getCell(sheet: SheetState, row: number, column: number): StoredValue | undefined {
  return sheet.cells[row]?.[column];
}

/** Stores a constant: whatever formula, error or quote prefix the cell held is gone. */
export function setCell(sheet: SheetState, row: number, column: number, value: StoredValue | undefined): void {
  sheet.formulas.delete(cellKey(row, column));
  sheet.errors.delete(cellKey(row, column));
  sheet.quotePrefixed.delete(cellKey(row, column));
  let cells = sheet.cells[row];
  if (cells === undefined) {
    if (value === undefined) return;
    cells = [];
    sheet.cells[row] = cells;
  }
  if (value === undefined) delete cells[column];
  else cells[column] = value;
}

export function clearValues(sheet: SheetState, rect: Rect): void {
  sheet.cells.forEach((cells, row) => {
    if (row < rect.row || row >= rect.row + rect.rowCount) return;
    cells.forEach((_value, column) => {
      if (column >= rect.column && column < rect.column + rect.columnCount) delete cells[column];
    });
  });
  for (const key of [...sheet.formulas.keys(), ...sheet.errors, ...sheet.quotePrefixed]) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    if (containsCell(rect, row, column)) {
      sheet.formulas.delete(key);
      sheet.errors.delete(key);
      sheet.quotePrefixed.delete(key);
    }
  }
}

/** Removes the hyperlinks of the cells of `rect` (Range.clear "All"); the cells keep their text. */
export function clearHyperlinks(sheet: SheetState, rect: Rect): void {
  for (const key of [...sheet.hyperlinks.keys()]) {
    const [row, column] = key.split(":").map(Number) as [number, number];
    if (containsCell(rect, row, column)) sheet.hyperlinks.delete(key);
  }
}

/** Bounding box of the non-empty values, or null when the sheet holds none. */
export function usedValuesRect(sheet: SheetState): Rect | null {
  let top = Infinity;
  let bottom = -1;
  let left = Infinity;
  let right = -1;
  sheet.cells.forEach((cells, row) => {
    cells.forEach((_value, column) => {
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  if (bottom < 0) return null;
  return { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
}

/** The layers that can affect cells of `rect`, in order; resolving many cells against them stays cheap. */
export function layersTouching(sheet: SheetState, rect: Rect): FormatLayer[] {
  return sheet.formatLayers.filter((layer) => intersects(layer.rect, rect));
}

export function resolveFormat(layers: readonly FormatLayer[], row: number, column: number): CellFormat {
  let format: CellFormat = DEFAULT_FORMAT;
  for (const layer of layers) {
    if (!containsCell(layer.rect, row, column)) continue;
    if (layer.kind === "reset") format = DEFAULT_FORMAT;
    else if (layer.kind === "patch") format = { ...format, ...layer.patch };
    else {
      const numberFormat = layer.formats[row - layer.rect.row]?.[column - layer.rect.column];
      if (numberFormat !== null && numberFormat !== undefined) format = { ...format, numberFormat };
    }
  }
  return format;
}

export function cellFormat(sheet: SheetState, row: number, column: number): CellFormat {
  return resolveFormat(sheet.formatLayers, row, column);
}
