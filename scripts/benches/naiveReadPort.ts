// The reads of a naive add-in, as a WorkbookPort: validateWorkbookReturn runs on it unchanged, so the naive side asks
// for the same sheets and cells as ours and does the same domain work; only the Office.js access differs.
import { toA1 } from "../../src/domain/grid/cellAddress";
import type { CellRead } from "../../src/domain/grid/cellRead";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { fromExcelRows } from "../../src/excel/excelCellValues";
import { formulaOf, typedValue } from "../../src/excel/readCells";
import { gridToMetadata, isMetadataSheetName, looksLikeMetadata } from "../../src/workbook/metadataSheet";
import type { SheetInfo, SheetVisibility, WorkbookInfo, WorkbookPort } from "../../src/workbook/port";

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/**
 * Every read is the used range's (or the address's) extent in one sync, then one Range per cell and one sync per
 * row: the kinder of the two naive readings (a sync per cell would cost columns times more). Typed reads load what
 * typing a cell needs (value, value type, formula, number format); merges, hidden rows or columns, comments and the
 * 1904 system are not looked for (none in these returns), so the naive side does a little less than ours.
 */
export function naiveReadPort(): WorkbookPort {
  const unused = (): never => {
    throw new Error("validation does not write");
  };
  return {
    host: "excel",
    inspect: naiveInspect,
    readSheet: (name, address) => naiveRows(name, address, valueOf),
    readCells: (name, address) => naiveRows(name, address, typedCellOf),
    reveal: unused,
    apply: unused,
  };
}

/** The sheets' names and visibility in one sync, then the add-in's metadata sheet read cell by cell. */
async function naiveInspect(): Promise<WorkbookInfo> {
  const sheets = await Excel.run(async (context): Promise<SheetInfo[]> => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name, items/visibility");
    await context.sync();
    return worksheets.items.map((sheet) => ({ name: sheet.name, visibility: VISIBILITY[sheet.visibility] ?? "visible" }));
  });
  for (const sheet of sheets.filter((candidate) => isMetadataSheetName(candidate.name))) {
    const grid = await naiveRows(sheet.name, undefined, valueOf);
    if (looksLikeMetadata(sheet.visibility, grid)) return { sheets, names: [], tables: [], metadata: gridToMetadata(grid) };
  }
  return { sheets, names: [], tables: [], metadata: {} };
}

/** What a cell's Range yields once synced. */
type CellReader<T> = (range: Excel.Range) => () => T;

const valueOf: CellReader<CellValue> = (range) => {
  range.load("values");
  return () => fromExcelRows(range.values)[0]?.[0] ?? null;
};

const typedCellOf: CellReader<CellRead> = (range) => {
  range.load("values, valueTypes, formulas, numberFormat");
  return () => {
    const value = range.values[0]?.[0];
    const format = range.numberFormat[0]?.[0];
    const numberFormat = typeof format === "string" ? format : null;
    return {
      ...typedValue(value, range.valueTypes[0]?.[0], numberFormat, false),
      formula: formulaOf(range.formulas[0]?.[0], value),
      numberFormat,
      merged: null,
      locked: null,
      hidden: false,
      comment: null,
    };
  };
}

/** The cells of a sheet's used range from A1 (or of `address`), a Range each, one sync per row. */
async function naiveRows<T>(name: string, address: string | undefined, reader: CellReader<T>): Promise<T[][]> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(name);
    const extent = address === undefined ? sheet.getUsedRangeOrNullObject(true) : sheet.getRange(address);
    extent.load("rowIndex, columnIndex, rowCount, columnCount");
    await context.sync();
    if (extent.isNullObject) return [];
    const fromA1 = address === undefined;
    const top = fromA1 ? 0 : extent.rowIndex;
    const left = fromA1 ? 0 : extent.columnIndex;
    const bottom = extent.rowIndex + extent.rowCount;
    const columns = fromA1 ? extent.columnIndex + extent.columnCount : extent.columnCount;
    const grid: T[][] = [];
    for (let row = top; row < bottom; row += 1) {
      const cells = Array.from({ length: columns }, (_, column) => reader(sheet.getRange(toA1({ row, column: left + column }))));
      await context.sync();
      grid.push(cells.map((read) => read()));
    }
    return grid;
  });
}
