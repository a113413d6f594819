import { rangeA1 } from "../domain/grid/cellAddress";
import type { CellGrid, CellKind, CellRead } from "../domain/grid/cellRead";
import type { CellValue } from "../domain/grid/cellValue";
import { isDateFormat, serialToIso } from "../domain/grid/excelDates";
import type { CellBlock } from "./addressing";
import { nameKey } from "./writeSteps";

export interface ReadCellsFeatures {
  /** Range.getMergedAreasOrNullObject (ExcelApi 1.13); without it every cell reads merged = null. */
  readonly mergedAreas: boolean;
}

/** A comment and the cell it sits on, once its location is loaded. */
interface LocatedComment {
  readonly content: string;
  readonly location: Excel.Range;
}

/** What is loaded once for the whole region, whatever the number of row blocks. */
interface RegionParts {
  readonly columns: OfficeExtension.ClientResult<Excel.ColumnProperties[]>;
  readonly merges: Excel.RangeAreas | null;
  readonly comments: readonly LocatedComment[];
}

/** What is loaded for each block of rows. */
interface RowBlockLoad {
  readonly start: number;
  readonly range: Excel.Range;
  readonly cells: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  readonly rows: OfficeExtension.ClientResult<Excel.RowProperties[]>;
}

function isPayloadLimit(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";
}

/**
 * Typed cells of a sheet's used range (padded to A1) or of `address`: two syncs, the extent and the comments'
 * list first, then every property of every cell in whole-range loads. Only a region too large for one 5 MB
 * response is read again in row blocks, halving until a block fits.
 */
export async function readCells(
  context: Excel.RequestContext,
  name: string,
  address: string | undefined,
  features: ReadCellsFeatures,
): Promise<CellGrid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const extent = address === undefined ? sheet.getUsedRangeOrNullObject(true) : sheet.getRange(address);
  extent.load("rowIndex, columnIndex, rowCount, columnCount");
  const comments = context.workbook.comments;
  comments.load("items/content");
  // Office.js has no property for the date system; DATE(1904,1,1) is serial 0 only in the 1904 system.
  const origin1904 = context.workbook.functions.date(1904, 1, 1);
  origin1904.load("value");
  await context.sync();
  if (extent.isNullObject) return [];
  const date1904 = origin1904.value === 0;
  const region: CellBlock =
    address === undefined
      ? {
          row: 0,
          column: 0,
          rowCount: extent.rowIndex + extent.rowCount,
          columnCount: extent.columnIndex + extent.columnCount,
        }
      : {
          row: extent.rowIndex,
          column: extent.columnIndex,
          rowCount: extent.rowCount,
          columnCount: extent.columnCount,
        };

  let parts: RegionParts | null = null;
  const blocks: RowBlockLoad[] = [];
  let blockRows = region.rowCount;
  let start = 0;
  while (start < region.rowCount) {
    const pending: RegionParts = parts ?? queueRegionParts(sheet, region, comments.items, features);
    const count = Math.min(blockRows, region.rowCount - start);
    const block = queueRowBlock(sheet, region, start, count);
    try {
      // One sync for the whole region; more only for a region too large for one response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || count === 1) throw error;
      blockRows = Math.ceil(count / 2);
      continue;
    }
    parts = pending;
    blocks.push(block);
    start += count;
  }
  return assembleCells(name, region, blocks, parts!, date1904);
}

function queueRegionParts(
  sheet: Excel.Worksheet,
  region: CellBlock,
  comments: readonly Excel.Comment[],
  features: ReadCellsFeatures,
): RegionParts {
  const range = sheet.getRangeByIndexes(region.row, region.column, region.rowCount, region.columnCount);
  const columns = range.getColumnProperties({ columnHidden: true });
  const merges = features.mergedAreas ? range.getMergedAreasOrNullObject() : null;
  merges?.load("areas/items/rowIndex, areas/items/columnIndex, areas/items/rowCount, areas/items/columnCount");
  const located = comments.map((comment) => {
    const location = comment.getLocation();
    location.load("rowIndex, columnIndex, worksheet/name");
    return { content: comment.content, location };
  });
  return { columns, merges, comments: located };
}

function queueRowBlock(sheet: Excel.Worksheet, region: CellBlock, start: number, count: number): RowBlockLoad {
  const range = sheet.getRangeByIndexes(region.row + start, region.column, count, region.columnCount);
  range.load("values, valueTypes, formulas, numberFormat");
  const cells = range.getCellProperties({ format: { protection: true } });
  const rows = range.getRowProperties({ rowHidden: true });
  return { start, range, cells, rows };
}

function positionKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** The merged area ("B2:D2") each cell of the region belongs to, by sheet position. */
function mergedAreaIndex(merges: Excel.RangeAreas | null, region: CellBlock): Map<string, string> {
  const index = new Map<string, string>();
  if (!merges || merges.isNullObject) return index;
  for (const area of merges.areas.items) {
    const a1 = rangeA1({ row: area.rowIndex, column: area.columnIndex }, area.rowCount, area.columnCount);
    const top = Math.max(area.rowIndex, region.row);
    const bottom = Math.min(area.rowIndex + area.rowCount, region.row + region.rowCount);
    const left = Math.max(area.columnIndex, region.column);
    const right = Math.min(area.columnIndex + area.columnCount, region.column + region.columnCount);
    for (let row = top; row < bottom; row += 1) {
      for (let column = left; column < right; column += 1) index.set(positionKey(row, column), a1);
    }
  }
  return index;
}

function commentIndex(comments: readonly LocatedComment[], sheetName: string): Map<string, string> {
  const index = new Map<string, string>();
  for (const { content, location } of comments) {
    if (nameKey(location.worksheet.name) !== nameKey(sheetName)) continue;
    index.set(positionKey(location.rowIndex, location.columnIndex), content);
  }
  return index;
}

function assembleCells(
  sheetName: string,
  region: CellBlock,
  blocks: readonly RowBlockLoad[],
  parts: RegionParts,
  date1904: boolean,
): CellGrid {
  const hiddenColumns = parts.columns.value.map((column) => column.columnHidden === true);
  const merged = mergedAreaIndex(parts.merges, region);
  const comments = commentIndex(parts.comments, sheetName);
  const grid: CellRead[][] = [];
  for (const block of blocks) {
    const { values, valueTypes, formulas, numberFormat } = block.range;
    const cells = block.cells.value;
    const rows = block.rows.value;
    values.forEach((rowValues, r) => {
      const row = region.row + block.start + r;
      const rowHidden = rows[r]?.rowHidden === true;
      grid.push(
        rowValues.map((value, c) => {
          const column = region.column + c;
          const key = positionKey(row, column);
          const format = numberFormat[r]?.[c];
          const locked = cells[r]?.[c]?.format?.protection?.locked;
          return {
            ...typedValue(value, valueTypes[r]?.[c], typeof format === "string" ? format : null, date1904),
            formula: formulaOf(formulas[r]?.[c], value),
            numberFormat: typeof format === "string" ? format : null,
            merged: merged.get(key) ?? null,
            locked: typeof locked === "boolean" ? locked : null,
            hidden: rowHidden || hiddenColumns[c] === true,
            comment: comments.get(key) ?? null,
          };
        }),
      );
    });
  }
  return grid;
}

/** A constant text that begins with "=" reads the same in values and formulas; a formula does not. */
export function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula : null;
}

/** Kind and value from what Office.js reports: the value type, and the number format for dates. */
export function typedValue(
  value: unknown,
  type: Excel.RangeValueType | string | undefined,
  numberFormat: string | null,
  date1904: boolean,
): { readonly kind: CellKind; readonly value: CellValue } {
  if (value === "" || value === null || value === undefined || type === "Empty") return { kind: "empty", value: null };
  if (type === "Error") return { kind: "error", value: String(value) };
  if (typeof value === "number") {
    const iso = isDateFormat(numberFormat) ? serialToIso(value, date1904) : null;
    return iso === null ? { kind: "number", value } : { kind: "date", value: iso };
  }
  if (typeof value === "boolean") return { kind: "boolean", value };
  return { kind: "text", value: String(value) };
}
