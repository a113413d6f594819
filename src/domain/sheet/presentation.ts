import { fromA1, rangeA1, toA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { charactersPerLine, estimateLineCount, heightForLines, LINE_HEIGHT_POINTS } from "./rowHeights";
import type { ChartSpec, ColumnSpec, PrintSpec, RowHeightSpec, SheetSpec } from "./sheetSpec";

/**
 * The presentation rules every sheet the add-in writes follows (plan sheets, agency templates, validation results,
 * reports), so that it reads and prints well in Excel, LibreOffice and WPS:
 * - every column has a width, and a column whose text is wider than it wraps;
 * - cells align to the top of their row;
 * - a row whose wrapped text needs several lines is given the height for them (LibreOffice does not grow it);
 * - it prints on A4, landscape when the columns are wider than a portrait page, scaled to one page wide, with its
 *   table header repeated on each page and a footer naming the document, the sheet and the page;
 * - its title lines, if it says how many, run across the sheet's width instead of wrapping in the first column;
 * - a chart below the sheet's header starts a new page and is no taller than a page, so no page cuts it.
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
  /**
   * Rows from the top that each hold one text in column A (the sheet's title, the line under it): merged across the
   * sheet's width and wrapped, so the first column is neither widened nor made to wrap them. None by default.
   */
  readonly titleLines?: number;
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

/**
 * All the rules, in the order they depend on each other: title merges first, then widths and wrapping, heights from
 * them, and the charts' pages from the heights and the orientation.
 */
export function presentSheet(spec: SheetSpec, presentation: SheetPresentation): SheetSpec {
  const laidOut = withColumnLayout(withTitleLines(spec, presentation.titleLines ?? 0));
  return withChartPages(withRowHeights(withPrintSetup(withTopAlignment(laidOut), presentation)));
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

/** The first `count` rows, each a single text in column A, merged across the sheet's columns and wrapped. */
export function withTitleLines(spec: SheetSpec, count: number): SheetSpec {
  const width = Math.max(spec.columns?.length ?? 0, widestRow(spec.values));
  if (count <= 0 || width < 2) return spec;
  const rows: number[] = [];
  for (let row = 0; row < Math.min(count, spec.values.length); row++) {
    const cells = spec.values[row]!;
    if (typeof cells[0] === "string" && cells.every((value, column) => column === 0 || value === null || value === undefined)) rows.push(row);
  }
  if (rows.length === 0) return spec;
  return {
    ...spec,
    merges: [...(spec.merges ?? []), ...rows.map((row) => rangeA1({ row, column: 0 }, 1, width))],
    styles: [...(spec.styles ?? []), ...rows.map((row) => ({ address: rangeA1({ row, column: 0 }, 1, 1), wrap: true }))],
  };
}

/**
 * Gives each column of the grid a width (from its content when the builder set none) and wraps text wider than it. A
 * cell that starts a merge over several columns spans them: it does not count toward its first column.
 */
export function withColumnLayout(spec: SheetSpec): SheetSpec {
  const width = Math.max(spec.columns?.length ?? 0, widestRow(spec.values));
  const spanning = spanningCells(spec);
  const columns: ColumnSpec[] = [];
  for (let column = 0; column < width; column++) {
    const given = spec.columns?.[column] ?? {};
    let longest = 0;
    for (let row = 0; row < spec.values.length; row++) {
      const value = spec.values[row]![column];
      if (lengthBound(value) > longest && !spanning.has(cellKey(row, column))) longest = Math.max(longest, longestLine(value));
    }
    const chosen = given.width ?? clamp(longest + 2, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
    const wrap = given.wrap ?? (longest > chosen ? true : undefined);
    columns.push({ ...given, width: chosen, ...(wrap === undefined ? {} : { wrap }) });
  }
  return { ...spec, columns };
}

/** The cells that start a merge over more than one column, keyed by cellKey. */
function spanningCells(spec: SheetSpec): Set<string> {
  const keys = new Set<string>();
  for (const address of spec.merges ?? []) {
    const rect = parseRect(address);
    if (rect && rect.right > rect.left) keys.add(cellKey(rect.top, rect.left));
  }
  return keys;
}

function cellKey(row: number, column: number): string {
  return `${row}:${column}`;
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
  for (let index = 0; index < spec.values.length; index++) {
    const row = spec.values[index]!;
    const over = cells.overRow(index);
    if (over.styles.some(({ style }) => style.rowHeight !== undefined)) continue;
    // Most rows have no style or merge of their own: their cells look as their columns do.
    const plain = over.styles.length === 0 && over.merges.length === 0;
    let tallest = 1;
    let fontSize = 11;
    for (let column = 0; column < row.length; column++) {
      const text = row[column];
      if (typeof text !== "string") continue;
      let lines: number;
      let size = 11;
      if (plain) {
        if (!cells.wraps(column)) continue;
        lines = estimateLineCount(text, cells.capacity(column));
      } else {
        const look = cells.look(column, over);
        if (!look.wrap) continue;
        lines = estimateLineCount(text, charactersPerLine(look.width, look));
        size = look.fontSize;
      }
      if (lines > tallest || (lines === tallest && size > fontSize)) {
        tallest = lines;
        fontSize = size;
      }
    }
    if (tallest > 1) heights.push({ row: index + 1, height: heightForLines(tallest, fontSize) });
  }
  return heights.length > 0 ? { ...spec, rowHeights: mergeHeights(spec.rowHeights ?? [], heights) } : spec;
}

/**
 * Height in points an A4 page holds between Excel's normal margins (0.75 inch at the top and at the bottom, the header
 * and footer inside them), before any scaling: fitting the columns to the width only ever makes the content smaller.
 */
const PAGE_HEIGHT_POINTS = { portrait: 842 - 108, landscape: 595 - 108 } as const;
/** Room left for programs that draw rows a little taller than the heights set (LibreOffice, WPS). */
const PAGE_SAFETY = 0.9;

/**
 * Each chart below the sheet's header starts a new page (a manual page break at its top row) and is cut to the
 * rows a page holds under the repeated header rows, so it prints whole on one page. A chart beside the header is left
 * where it is. Sets the sheet's row breaks whenever it has a chart list, so earlier breaks are replaced.
 */
export function withChartPages(spec: SheetSpec): SheetSpec {
  if (!spec.charts || !spec.print) return spec;
  const header = spec.print.titleRows?.to ?? 0;
  const heights = new Map((spec.rowHeights ?? []).map((entry) => [entry.row, entry.height]));
  const heightOf = (row: number) => heights.get(row) ?? LINE_HEIGHT_POINTS;
  let headerHeight = 0;
  for (let row = 1; row <= header; row++) headerHeight += heightOf(row);
  const room = PAGE_HEIGHT_POINTS[spec.print.orientation] * PAGE_SAFETY - headerHeight;
  const breaks = new Set<number>();
  const charts = spec.charts.map((chart) => {
    const top = fromA1(chart.from)?.row;
    if (top === undefined || top < header) return chart;
    breaks.add(top + 1);
    return withinHeight(chart, top, room, heightOf);
  });
  const rowBreaks = [...breaks].sort((a, b) => a - b);
  return { ...spec, charts, print: { ...spec.print, rowBreaks } };
}

/** The chart with its bottom row moved up, if need be, so its rows (0-based from `top`) fit in `room` points. */
function withinHeight(chart: ChartSpec, top: number, room: number, heightOf: (row: number) => number): ChartSpec {
  const end = fromA1(chart.to);
  if (!end) return chart;
  // The chart covers its rows from `top` to `end.row`, both included; heightOf takes 1-based rows.
  let used = heightOf(top + 1);
  let bottom = top;
  while (bottom < end.row && used + heightOf(bottom + 1) <= room) {
    used += heightOf(bottom + 1);
    bottom++;
  }
  return bottom === end.row ? chart : { ...chart, to: toA1({ row: bottom, column: end.column }) };
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

interface Placed {
  /** Its place in the sheet's list: a later style wins over an earlier one, the first merge over a cell counts. */
  readonly order: number;
  readonly rect: Rect;
}

interface PlacedStyle extends Placed {
  readonly style: NonNullable<SheetSpec["styles"]>[number];
}

interface RowCover {
  readonly styles: readonly PlacedStyle[];
  readonly merges: readonly Placed[];
}

/** A style or merge over at most this many rows is filed under each of its rows; taller ones are checked on every row. */
const FILED_ROWS = 64;

/** Rects filed by row, so a cell looks only at those over its row: the cost stays in proportion to the cells. */
class RowIndex<T extends Placed> {
  private readonly tall: T[] = [];

  private readonly byRow = new Map<number, T[]>();

  constructor(items: readonly T[]) {
    for (const item of items) {
      const { top, bottom } = item.rect;
      if (bottom - top >= FILED_ROWS) {
        this.tall.push(item);
        continue;
      }
      for (let row = top; row <= bottom; row++) {
        const list = this.byRow.get(row);
        if (list) list.push(item);
        else this.byRow.set(row, [item]);
      }
    }
  }

  /** The items over a row, in the order they were given. */
  at(row: number): readonly T[] {
    const filed = this.byRow.get(row) ?? [];
    if (this.tall.length === 0) return filed;
    const tall = this.tall.filter((item) => row >= item.rect.top && row <= item.rect.bottom);
    return filed.length === 0 ? tall : [...tall, ...filed].sort(byOrder);
  }
}

const byOrder = (a: Placed, b: Placed) => a.order - b.order;

/**
 * Column settings with the sheet's styles laid over them, cell by cell. Only styles that change a cell's look or its
 * row's height count (the top alignment over the whole sheet does not).
 */
class CellLooks {
  private readonly styles: RowIndex<PlacedStyle>;

  private readonly merges: RowIndex<Placed>;

  private readonly widths: number[];

  /** Characters per line of each column in the sheet's plain font, worked out once. */
  private readonly capacities: number[] = [];

  constructor(private readonly spec: SheetSpec) {
    this.styles = new RowIndex(
      (spec.styles ?? []).flatMap((style, order) => {
        const counts =
          style.wrap !== undefined || style.bold !== undefined || style.fontSize !== undefined || style.rowHeight !== undefined;
        const rect = counts ? parseRect(style.address) : null;
        return rect ? [{ order, rect, style }] : [];
      }),
    );
    this.merges = new RowIndex(
      (spec.merges ?? []).flatMap((address) => parseRect(address) ?? []).map((rect, order) => ({ order, rect })),
    );
    this.widths = (spec.columns ?? []).map((column) => column?.width ?? DEFAULT_COLUMN_WIDTH);
  }

  /** The styles (that change a look or a height, in the sheet's order) and the merges over a row. */
  overRow(row: number): RowCover {
    return { styles: this.styles.at(row), merges: this.merges.at(row) };
  }

  /** Whether the column wraps, for a cell no style or merge touches. */
  wraps(column: number): boolean {
    return this.spec.columns?.[column]?.wrap ?? false;
  }

  /** Characters per line in the column, for a cell no style or merge touches. */
  capacity(column: number): number {
    return (this.capacities[column] ??= charactersPerLine(this.columnWidth(column), { bold: false, fontSize: 11 }));
  }

  private columnWidth(index: number): number {
    return this.widths[index] ?? DEFAULT_COLUMN_WIDTH;
  }

  /** A cell that starts a merge spans the widths of the merged columns; the other merged cells show nothing. */
  private widthOf(column: number, merges: RowCover["merges"]): number {
    const merge = merges.find((item) => column >= item.rect.left && column <= item.rect.right);
    if (!merge) return this.columnWidth(column);
    let width = 0;
    for (let index = merge.rect.left; index <= merge.rect.right; index++) width += this.columnWidth(index);
    return width;
  }

  /** A cell's look; `over` is its row's, from overRow. */
  look(column: number, over: RowCover): CellLook {
    let wrap = this.spec.columns?.[column]?.wrap ?? false;
    let bold = false;
    let fontSize = 11;
    for (const { rect, style } of over.styles) {
      if (column < rect.left || column > rect.right) continue;
      if (style.wrap !== undefined) wrap = style.wrap;
      if (style.bold !== undefined) bold = style.bold;
      if (style.fontSize !== undefined) fontSize = style.fontSize;
    }
    return { width: this.widthOf(column, over.merges), wrap, bold, fontSize };
  }
}

function parseRect(address: string): Rect | null {
  const [first, last = first] = address.split(":");
  const start = first ? fromA1(first) : null;
  const end = last ? fromA1(last) : null;
  if (!start || !end) return null;
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

/**
 * No line of the value is longer: a text has no more characters than UTF-16 units, and a number's text has at most 25
 * ("-1.7976931348623157e+308"). Cells no longer than the longest so far need no counting.
 */
function lengthBound(value: CellValue | undefined): number {
  if (typeof value === "string") return value.length;
  if (typeof value === "number") return 25;
  return typeof value === "boolean" ? 5 : 0;
}

/** Characters (code points) in the longest line of a cell's text; "\r\n" ends a line as "\n" does. One pass, no copies. */
function longestLine(value: CellValue | undefined): number {
  if (value === null || value === undefined) return 0;
  const text = typeof value === "string" ? value : String(value);
  let longest = 0;
  let length = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) {
      if (index > 0 && text.charCodeAt(index - 1) === 13) length -= 1;
      longest = Math.max(longest, length);
      length = 0;
    } else if (code < 0xdc00 || code > 0xdfff || index === 0 || !isHighSurrogate(text.charCodeAt(index - 1))) length += 1;
  }
  return Math.max(longest, length);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function shortenTitle(title: string): string {
  const clean = title.replace(/\s+/g, " ").trim();
  return clean.length <= FOOTER_TITLE_MAX ? clean : `${clean.slice(0, FOOTER_TITLE_MAX - 1).trimEnd()}…`;
}
