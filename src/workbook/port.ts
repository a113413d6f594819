import type { CellGrid } from "../domain/grid/cellRead";
import type { Grid } from "../domain/grid/cellValue";
import type { SheetSpec, SheetVisibility } from "../domain/sheet/sheetSpec";

export type { CellGrid, CellKind, CellRead } from "../domain/grid/cellRead";
export type {
  ChartSeriesSpec,
  ChartSpec,
  ColumnSpec,
  LinkSpec,
  ConditionalFormatSpec,
  PrintFooter,
  PrintSpec,
  ProtectionSpec,
  RowHeightSpec,
  SheetSpec,
  SheetVisibility,
  StyleSpec,
  TableSpec,
  ValidationRule,
  ValidationSpec,
} from "../domain/sheet/sheetSpec";

/**
 * The one interface workflows use to read and write a workbook. Two adapters implement it:
 * src/excel (the open workbook, through Office.js) and src/xlsx (an in-memory .xlsx, through exceljs).
 *
 * Writes are declarative and batched: a workflow describes whole sheets and hands them over in one
 * `apply`, so the Office.js adapter can spend a fixed number of round trips however many rows there are.
 */
export interface WorkbookPort {
  /** Which runtime this is; for messages only, never for branching in workflows. */
  readonly host: "excel" | "file";
  /** Sheets in tab order, defined names, tables and the add-in's metadata. */
  inspect(): Promise<WorkbookInfo>;
  /** The values of a sheet's used range (from A1), or of `address` when given. */
  readSheet(name: string, address?: string): Promise<Grid>;
  /**
   * Typed cells of a sheet's used range (from A1), or of `address` when given: kind, value, formula, number
   * format, merge, lock, hidden row or column, and comment. Validation reads returns through this.
   */
  readCells(name: string, address?: string): Promise<CellGrid>;
  /** Brings a cell into view and selects it (Excel), or makes it the active cell the file opens on. */
  reveal(sheet: string, address: string): Promise<void>;
  /** Applies the changes in order. Reports progress as a fraction from 0 to 1. */
  apply(changes: readonly WorkbookChange[], options?: ApplyOptions): Promise<ApplyReport>;
}

export interface SheetInfo {
  readonly name: string;
  readonly visibility: SheetVisibility;
}

export interface DefinedName {
  readonly name: string;
  /** The formula the name refers to, without the leading "=", e.g. "'Chỉ tiêu'!$A$1". */
  readonly reference: string;
}

export interface TableInfo {
  readonly name: string;
  readonly sheet: string;
}

export interface WorkbookInfo {
  readonly sheets: readonly SheetInfo[];
  readonly names: readonly DefinedName[];
  readonly tables: readonly TableInfo[];
  /** Key/value pairs the add-in keeps in its hidden metadata sheet; empty when there is none. */
  readonly metadata: Readonly<Record<string, string>>;
}

export interface ApplyOptions {
  readonly onProgress?: (fraction: number) => void;
}

export interface ApplyReport {
  /** Round trips to the host (Office.js context.sync calls); 0 for in-memory files. */
  readonly roundTrips: number;
}

export type WorkbookChange =
  | { readonly kind: "writeSheet"; readonly sheet: SheetSpec }
  | { readonly kind: "writeRange"; readonly sheet: string; readonly address: string; readonly values: Grid }
  | { readonly kind: "deleteSheet"; readonly name: string }
  | { readonly kind: "setMetadata"; readonly entries: Readonly<Record<string, string>> }
  | { readonly kind: "setName"; readonly name: string; readonly reference: string }
  /** Fills cells and attaches a note, remembering what was there so that clearMarks can restore it. */
  | { readonly kind: "markCells"; readonly sheet: string; readonly marks: readonly CellMark[] }
  /** Removes the add-in's marks (all, or one sheet's), restoring the fill and note each cell had before. */
  | { readonly kind: "clearMarks"; readonly sheet: string | null };

/** A problem shown at its cell: a fill the user notices and a note that says what is wrong. */
export interface CellMark {
  /** One cell, e.g. "D7". */
  readonly address: string;
  /** "#RRGGBB". */
  readonly fill: string;
  readonly note: string;
}
