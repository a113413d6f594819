import { fromA1 } from "../../domain/grid/cellAddress";
import type { Grid } from "../../domain/grid/cellValue";
import type { WorkbookPackage } from "../package/workbookPackage";
import { parseXml, serializeXml } from "../package/xmlParts";
import { WorkbookSheetNotFoundError } from "./sheetNotFound";
import { writeBlock } from "./patchCells";

/** Writes values into an existing sheet's part, cell by cell; everything else in the sheet stays. */
export async function writeRangeInPackage(pkg: WorkbookPackage, sheetName: string, address: string, values: Grid): Promise<void> {
  const start = fromA1(address.split(":")[0] ?? "");
  if (!start) throw new Error(`Invalid address: ${address}`);
  const part = sheetPart(pkg, sheetName);
  const sheet = parseXml((await pkg.zip.text(part)) ?? "");
  writeBlock(sheet, start, values);
  pkg.zip.put(part, serializeXml(sheet));
  // Cells that held formulas may now hold values; Excel rebuilds the chain.
  await pkg.dropCalcChain();
}

export function sheetPart(pkg: WorkbookPackage, sheetName: string): string {
  const part = pkg.sheets().find((sheet) => sheet.name === sheetName)?.part;
  if (!part) throw new WorkbookSheetNotFoundError(sheetName);
  return part;
}
