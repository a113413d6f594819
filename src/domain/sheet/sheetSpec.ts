import type { Grid } from "../grid/cellValue";

/**
 * A sheet described as plain data: values from A1 plus tables, formats, validation, grouping and protection.
 * The domain builds these (plan sheets, agency templates); a WorkbookPort adapter writes them in one batch.
 */
export type SheetVisibility = "visible" | "hidden" | "veryHidden";

/**
 * A whole sheet, written from A1. If a sheet of that name exists, its cells, tables, validations,
 * conditional formats and grouping are cleared first; workflows decide whether that is allowed.
 */
export interface SheetSpec {
  readonly name: string;
  /** Zero-based tab position; appended at the end when absent. */
  readonly position?: number;
  readonly visibility?: SheetVisibility;
  /** "#RRGGBB". */
  readonly tabColor?: string;
  readonly values: Grid;
  readonly columns?: readonly ColumnSpec[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly tables?: readonly TableSpec[];
  readonly styles?: readonly StyleSpec[];
  readonly merges?: readonly string[];
  readonly validations?: readonly ValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** Row ranges (1-based, inclusive) to group in the outline, e.g. the targets of one goal. */
  readonly rowGroups?: readonly { readonly from: number; readonly to: number }[];
  /**
   * Where each group's summary row is, which is where the outline draws its collapse button: "above" when a heading
   * row precedes its group (Excel's default is "below", the row after the group).
   */
  readonly rowGroupSummary?: "above" | "below";
  /** Heights of single rows, for text that wraps: LibreOffice and WPS do not grow a row for it on their own. */
  readonly rowHeights?: readonly RowHeightSpec[];
  readonly print?: PrintSpec;
  readonly protection?: ProtectionSpec;
  /** Cells that take the reader to another cell of this workbook when clicked (the results sheet's "go to cell"). */
  readonly links?: readonly LinkSpec[];
  /** Native charts drawn over the sheet, from ranges of this sheet. */
  readonly charts?: readonly ChartSpec[];
}

/**
 * Text safety, for every adapter: values are data, never formulas. A text that begins with "=", "+", "-", "@", a tab
 * or a carriage return is written as text and carries the quote prefix, so it stays text when someone edits it later.
 */

export interface LinkSpec {
  /** The cell that holds the link, e.g. "F4"; its value is the link's text. */
  readonly address: string;
  /** Where it leads: a sheet of the same workbook and a cell of it. */
  readonly target: { readonly sheet: string; readonly address: string };
}

export interface ChartSpec {
  readonly kind: "columnClustered" | "columnStacked" | "barStacked" | "pie";
  readonly title: string;
  /** What the chart shows, for a reader that words it in its own language (the pane); the adapters ignore it. */
  readonly id?: string;
  /** The cells the chart covers: its top-left and bottom-right, e.g. "H2" and "P20". */
  readonly from: string;
  readonly to: string;
  /** Category labels: a one-column or one-row range of this sheet, e.g. "A3:A9". */
  readonly categories: string;
  /** One series per range of this sheet, the same length as the categories. */
  readonly series: readonly ChartSeriesSpec[];
}

export interface ChartSeriesSpec {
  readonly name: string;
  /** e.g. "B3:B9". */
  readonly values: string;
  /** "#RRGGBB"; the program's palette when absent. */
  readonly color?: string;
}

export interface RowHeightSpec {
  /** 1-based. */
  readonly row: number;
  /** Points. */
  readonly height: number;
}

/** How a sheet prints: see src/domain/sheet/presentation.ts, which every sheet the add-in writes goes through. */
export interface PrintSpec {
  readonly paperSize: "A4";
  readonly orientation: "portrait" | "landscape";
  /** Scales the sheet so its columns fit this many pages wide; rows run on to as many pages as they need. */
  readonly fitToPagesWide?: number;
  /** Rows (1-based, inclusive) printed again at the top of every page: the table's header. */
  readonly titleRows?: { readonly from: number; readonly to: number };
  /** Footer texts; "{page}", "{pages}" and "{sheet}" stand for the page number, the page count and the sheet's name. */
  readonly footer?: PrintFooter;
  /**
   * Rows (1-based) each of which starts a new page: manual page breaks. Given (even empty), they replace the sheet's
   * earlier manual breaks; absent, those are left as they are.
   */
  readonly rowBreaks?: readonly number[];
}

export interface PrintFooter {
  readonly left?: string;
  readonly center?: string;
  readonly right?: string;
}

export interface ColumnSpec {
  /** Width in characters of the default font. */
  readonly width?: number;
  readonly wrap?: boolean;
  /** Excel number format code, e.g. "0", "0.0", "@" (text), "dd/mm/yyyy". */
  readonly numberFormat?: string;
  readonly hidden?: boolean;
}

export interface TableSpec {
  /** Workbook-unique, letters, digits and underscores, starting with a letter. */
  readonly name: string;
  /** Header row included, e.g. "A1:K105". */
  readonly address: string;
  /** Built-in style name, e.g. "TableStyleMedium2". */
  readonly style?: string;
  readonly showBandedRows?: boolean;
  readonly showFilterButton?: boolean;
}

export interface StyleSpec {
  readonly address: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** "#RRGGBB". */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "left" | "center" | "right";
  readonly vertical?: "top" | "center" | "bottom";
  /** Text turned counter-clockwise, in whole degrees from -90 to 90: 90 reads from bottom to top (narrow headers). */
  readonly rotation?: number;
  /** Row height in points, applied to every row of the address. */
  readonly rowHeight?: number;
}

export type ValidationRule =
  | { readonly kind: "list"; readonly source: string }
  | { readonly kind: "wholeNumber" | "decimal"; readonly min?: number; readonly max?: number }
  | { readonly kind: "date"; readonly min?: string; readonly max?: string }
  | { readonly kind: "textLength"; readonly max: number }
  | { readonly kind: "custom"; readonly formula: string };

export interface ValidationSpec {
  readonly address: string;
  /** List sources are "=Sheet!$A$1:$A$9" or comma-separated values (no commas inside values). */
  readonly rule: ValidationRule;
  readonly prompt?: { readonly title: string; readonly message: string };
  readonly error?: { readonly title: string; readonly message: string; readonly style?: "stop" | "warning" | "information" };
}

export type ConditionalFormatSpec =
  | {
      readonly kind: "textEquals";
      readonly address: string;
      readonly text: string;
      readonly fill: string;
      readonly fontColor?: string;
      readonly bold?: boolean;
    }
  | {
      readonly kind: "dataBar";
      readonly address: string;
      readonly color: string;
    };

export interface ProtectionSpec {
  /** Ranges the user may still edit. */
  readonly unlocked: readonly string[];
  readonly password?: string;
}

