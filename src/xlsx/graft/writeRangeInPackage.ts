import { fromA1, toA1, type CellPosition } from "../../domain/grid/cellAddress";
import type { Grid } from "../../domain/grid/cellValue";
import { startsLikeFormula } from "../../domain/text/formulaText";
import type { WorkbookPackage } from "../package/workbookPackage";
import type { Document } from "@xmldom/xmldom";
import { parseXml, serializeXml } from "../package/xmlParts";
import { WorkbookSheetNotFoundError } from "./sheetNotFound";
import { cellElement, writeBlock } from "./patchCells";
import { StyleEditor } from "./styleEditor";

/** Writes values into an existing sheet's part, cell by cell; everything else in the sheet stays. */
export async function writeRangeInPackage(pkg: WorkbookPackage, sheetName: string, address: string, values: Grid): Promise<void> {
  const start = fromA1(address.split(":")[0] ?? "");
  if (!start) throw new Error(`Invalid address: ${address}`);
  const part = sheetPart(pkg, sheetName);
  const sheet = parseXml((await pkg.zip.text(part)) ?? "");
  writeBlock(sheet, start, values);
  await quoteFormulaLikeText(pkg, sheet, start, values);
  pkg.zip.put(part, serializeXml(sheet));
  // Cells that held formulas may now hold values; Excel rebuilds the chain.
  await pkg.dropCalcChain();
}

/** Text that starts like a formula gets the quote prefix on its cell's format (SheetSpec's text-safety rule). */
async function quoteFormulaLikeText(pkg: WorkbookPackage, sheet: Document, start: CellPosition, values: Grid): Promise<void> {
  const cells = values.flatMap((line, row) =>
    line.flatMap((value, column) =>
      typeof value === "string" && startsLikeFormula(value) ? [toA1({ row: start.row + row, column: start.column + column })] : [],
    ),
  );
  if (cells.length === 0) return;
  const styles = new StyleEditor(pkg);
  await styles.load();
  for (const address of cells) {
    const cell = cellElement(sheet, address, false);
    if (cell) cell.setAttribute("s", String(styles.withQuotePrefix(Number(cell.getAttribute("s") ?? 0))));
  }
  styles.save();
}

export function sheetPart(pkg: WorkbookPackage, sheetName: string): string {
  const part = pkg.sheets().find((sheet) => sheet.name === sheetName)?.part;
  if (!part) throw new WorkbookSheetNotFoundError(sheetName);
  return part;
}
