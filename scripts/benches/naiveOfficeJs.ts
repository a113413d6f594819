// What a naive add-in does for the same operations as the Office.js adapter: one Range per cell and a
// context.sync per row (writes, reads) or per cell (marks). The bench measures it next to ours, on the same fake.
import { toA1 } from "../../src/domain/grid/cellAddress";
import type { CellValue, Grid } from "../../src/domain/grid/cellValue";
import type { CellMark, SheetSpec } from "../../src/workbook/port";

/** Lists the sheets, then adds each sheet and writes it cell by cell, one sync per row (values only). */
export async function naiveWriteSheets(sheets: readonly Pick<SheetSpec, "name" | "values">[]): Promise<void> {
  await Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/name");
    await context.sync();
    for (const spec of sheets) {
      const sheet = worksheets.add(spec.name);
      for (const [row, values] of spec.values.entries()) {
        for (const [column, value] of values.entries()) writeCell(sheet.getRange(toA1({ row, column })), value);
        await context.sync();
      }
    }
  });
}

/** Text goes in behind an apostrophe, as a naive add-in keeps "1.1" a code, so each cell costs one set. */
function writeCell(range: Excel.Range, value: CellValue): void {
  if (value === null) return;
  range.values = [[typeof value === "string" ? `'${value}` : value]];
}

/** Fills each cell and adds its comment, one sync per mark (without remembering what was there). */
export async function naiveMarkCells(sheetName: string, marks: readonly CellMark[]): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const mark of marks) {
      sheet.getRange(mark.address).format.fill.color = mark.fill;
      context.workbook.comments.add(`'${sheetName.replace(/'/g, "''")}'!${mark.address}`, mark.note);
      await context.sync();
    }
  });
}

/** Reads value, type, formula and number format of each cell, one sync per row. */
export async function naiveReadCells(sheetName: string, rowCount: number, columnCount: number): Promise<Grid> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const grid: CellValue[][] = [];
    for (let row = 0; row < rowCount; row += 1) {
      const cells = Array.from({ length: columnCount }, (_, column) => {
        const range = sheet.getRange(toA1({ row, column }));
        range.load("values, valueTypes, formulas, numberFormat");
        return range;
      });
      await context.sync();
      grid.push(cells.map((range) => (range.values[0]?.[0] ?? null) as CellValue));
    }
    return grid;
  });
}
