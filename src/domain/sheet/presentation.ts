import { fromA1, rangeA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { charactersPerLine, estimateLineCount, heightForLines } from "./rowHeights";
import type { ColumnSpec, PrintSpec, RowHeightSpec, SheetSpec } from "./sheetSpec";

/**
 * The presentation rules every sheet the add-in writes follows (plan sheets, agency templates, validation results,
 * reports), so that it reads and prints well in Excel, LibreOffice and WPS:
 * - every column has a width, and a column whose text is wider than it wraps;
 * - cells align to the top of their row;
 * - a row whose wrapped text needs several lines is given the height for them (LibreOffice does not grow it);
 * - it prints on A4, landscape when the columns are wider than a portrait page, scaled to one page wide, with its
 *   table header repeated on each page and a footer naming the document, the sheet and the page.
 *
 * Builders describe content; they pass the finished spec through `presentSheet` as the last step.
 */
export interface SheetPresentation {
  /** Names the document in the footer, e.g. "Kế hoạch 3934/QĐ-UBND". */
  readonly documentTitle: string;
  /** Rows heading the sheet's table, counted from row 1, printed again on every page; 0 for none. */
  readonly headerRows: number;
  /** Footer wording for the page; "{page}" and "{pages}" are filled in when printing. */
  readonly pageLabel?: string;
}

export const DEFAULT_PAGE_LABEL = "Trang {page}/{pages}";

/** Excel's width of a column nobody sized, in characters. */
export const DEFAULT_COLUMN_WIDTH = 8.43;
/** Columns sized from their content stay within these widths; longer text wraps. */
const MIN_COLUMN_WIDTH = 8;
const MAX_COLUMN_WIDTH = 60;
/** Characters of column width that fit across A4 portrait at 100 % between Excel's normal margins. */
export const PORTRAIT_WIDTH_CHARACTERS = 90;
/** A longer title would run into the sheet name in the middle of the footer (Excel allows 255 characters in all). */
const FOOTER_TITLE_MAX = 60;

/** All the rules, in the order they depend on each other: widths and wrapping first, heights from them. */
export function presentSheet(spec: SheetSpec, presentation: SheetPresentation): SheetSpec {
  return withRowHeights(withPrintSetup(withTopAlignment(withColumnLayout(spec)), presentation));
}

/** The longest row's length; a loop, as spreading a sheet's rows into Math.max overflows the stack past ~100,000. */
function widestRow(values: SheetSpec["values"]): number {
  let widest = 0;
  for (const row of values) widest = Math.max(widest, row.length);
  return widest;
}

/** Cells start at the top of their row, so a short cell beside a tall wrapped one reads on its first line. */
export function withTopAlignment(spec: SheetSpec): SheetSpec {
  const rows = spec.values.length;
  const columns = widestRow(spec.values);
  if (rows === 0 || columns === 0) return spec;
  // First, so that the builder's own styles (a centred header) still win.
  return {
    ...spec,
    styles: [{ address: rangeA1({ row: 0, column: 0 }, rows, columns), vertical: "top" }, ...(spec.styles ?? [])],
  };
}

/** Gives each column of the grid a width (from its content when the builder set none) and wraps text wider than it. */
export function withColumnLayout(spec: SheetSpec): SheetSpec {
  const width = Math.max(spec.columns?.length ?? 0, widestRow(spec.values));
  const columns: ColumnSpec[] = [];
  for (let column = 0; column < width; column++) {
    const given = spec.columns?.[column] ?? {};
    let longest = 0;
    for (const row of spec.values) longest = Math.max(longest, longestLine(row[column]));
    const chosen = given.width ?? clamp(longest + 2, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
    const wrap = given.wrap ?? (longest > chosen ? true : undefined);
    columns.push({ ...given, width: chosen, ...(wrap === undefined ? {} : { wrap }) });
  }
  return { ...spec, columns };
}

/** A4, landscape when wide, one page wide, header rows repeated, footer with document, sheet and page. */
export function withPrintSetup(spec: SheetSpec, presentation: SheetPresentation): SheetSpec {
  const print: PrintSpec = {
    paperSize: "A4",
    orientation: printWidthCharacters(spec) > PORTRAIT_WIDTH_CHARACTERS ? "landscape" : "portrait",
    fitToPagesWide: 1,
    ...(presentation.headerRows > 0 ? { titleRows: { from: 1, to: presentation.headerRows } } : {}),
    footer: {
      left: shortenTitle(presentation.documentTitle),
      center: "{sheet}",
      right: presentation.pageLabel ?? DEFAULT_PAGE_LABEL,
    },
  };
  return { ...spec, print };
}

/** The printed width of a sheet in characters: the sum of its visible columns' widths. */
export function printWidthCharacters(spec: SheetSpec): number {
  const width = Math.max(spec.columns?.length ?? 0, widestRow(spec.values));
  let total = 0;
  for (let column = 0; column < width; column++) {
    const given = spec.columns?.[column];
    if (!given?.hidden) total += given?.width ?? DEFAULT_COLUMN_WIDTH;
  }
  return total;
}

/** Sets the height of every row whose wrapped text needs more than one line; rows a style sizes keep that size. */
export function withRowHeights(spec: SheetSpec): SheetSpec {
  const cells = new CellLooks(spec);
  const heights: RowHeightSpec[] = [];
  spec.values.forEach((row, index) => {
    if (cells.styledHeight(index)) return;
    let tallest = 1;
    let fontSize = 11;
    row.forEach((value, column) => {
      const text = textOf(value);
      const look = cells.look(index, column);
      if (text === null || !look.wrap) return;
      const lines = estimateLineCount(text, charactersPerLine(look.width, look));
      if (lines > tallest || (lines === tallest && look.fontSize > fontSize)) {
        tallest = lines;
        fontSize = look.fontSize;
      }
    });
    if (tallest > 1) heights.push({ row: index + 1, height: heightForLines(tallest, fontSize) });
  });
  return heights.length > 0 ? { ...spec, rowHeights: mergeHeights(spec.rowHeights ?? [], heights) } : spec;
}

/** Heights the builder set win over estimates. */
function mergeHeights(given: readonly RowHeightSpec[], estimated: readonly RowHeightSpec[]): RowHeightSpec[] {
  const rows = new Set(given.map((entry) => entry.row));
  return [...given, ...estimated.filter((entry) => !rows.has(entry.row))].sort((a, b) => a.row - b.row);
}

interface CellLook {
  readonly width: number;
  readonly wrap: boolean;
  readonly bold: boolean;
  readonly fontSize: number;
}

interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Column settings with the sheet's styles laid over them, cell by cell. */
class CellLooks {
  private readonly styles: { readonly rect: Rect; readonly style: NonNullable<SheetSpec["styles"]>[number] }[];

  private readonly merges: readonly Rect[];

  constructor(private readonly spec: SheetSpec) {
    this.styles = (spec.styles ?? []).flatMap((style) => {
      const rect = parseRect(style.address);
      return rect ? [{ rect, style }] : [];
    });
    this.merges = (spec.merges ?? []).flatMap((address) => parseRect(address) ?? []);
  }

  /** A cell that starts a merge spans the widths of the merged columns; the other merged cells show nothing. */
  private widthOf(row: number, column: number): number {
    const columnWidth = (index: number) => this.spec.columns?.[index]?.width ?? DEFAULT_COLUMN_WIDTH;
    const merge = this.merges.find(
      (rect) => row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right,
    );
    if (!merge) return columnWidth(column);
    let width = 0;
    for (let index = merge.left; index <= merge.right; index++) width += columnWidth(index);
    return width;
  }

  look(row: number, column: number): CellLook {
    const given = this.spec.columns?.[column];
    let look: CellLook = { width: this.widthOf(row, column), wrap: given?.wrap ?? false, bold: false, fontSize: 11 };
    for (const { rect, style } of this.styles) {
      if (row < rect.top || row > rect.bottom || column < rect.left || column > rect.right) continue;
      look = {
        ...look,
        ...(style.wrap !== undefined ? { wrap: style.wrap } : {}),
        ...(style.bold !== undefined ? { bold: style.bold } : {}),
        ...(style.fontSize !== undefined ? { fontSize: style.fontSize } : {}),
      };
    }
    return look;
  }

  styledHeight(row: number): boolean {
    return this.styles.some(
      ({ rect, style }) => style.rowHeight !== undefined && row >= rect.top && row <= rect.bottom,
    );
  }
}

function parseRect(address: string): Rect | null {
  const [first, last = first] = address.split(":");
  const start = first ? fromA1(first) : null;
  const end = last ? fromA1(last) : null;
  if (!start || !end) return null;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

function textOf(value: CellValue | undefined): string | null {
  if (typeof value === "string") return value;
  return null;
}

function longestLine(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  return Math.max(
    ...String(value)
      .split(/\r?\n/)
      .map((line) => [...line].length),
  );
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function shortenTitle(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  return clean.length <= FOOTER_TITLE_MAX ? clean : `${clean.slice(0, FOOTER_TITLE_MAX - 1).trimEnd()}…`;
}
