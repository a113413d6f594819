import type { Document, Element } from "@xmldom/xmldom";
import { fromA1, toA1, type CellPosition } from "../../domain/grid/cellAddress";
import type { CellValue } from "../../domain/grid/cellValue";
import { childElements, createLike, firstChild, insertInOrder, rootElement } from "../package/xmlParts";

/** Worksheet children that follow <sheetData>, for creating it in its place in an odd sheet that lacks it. */
const AFTER_SHEET_DATA = [
  "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios", "autoFilter", "sortState", "dataConsolidate",
  "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations", "hyperlinks",
  "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties",
  "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
  "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
];

/** The <c> element of a cell, created in row and column order when `create` is set. */
export function cellElement(sheet: Document, address: string, create: boolean): Element | null {
  const position = fromA1(address);
  if (!position) throw new Error(`Invalid cell address: ${address}`);
  const row = rowElement(sheet, position.row + 1, create);
  if (!row) return null;
  const reference = toA1(position);
  let before: Element | null = null;
  for (const cell of childElements(row, "c")) {
    const at = fromA1(cell.getAttribute("r") ?? "");
    if (cell.getAttribute("r") === reference) return cell;
    if (at && at.column > position.column) {
      before = cell;
      break;
    }
  }
  if (!create) return null;
  const cell = createLike(row, "c");
  cell.setAttribute("r", reference);
  row.insertBefore(cell, before);
  return cell;
}

/** Sets a cell's value as the port describes it, keeping its style; text goes inline. */
export function setCellValue(cell: Element, value: CellValue): void {
  for (const child of childElements(cell)) cell.removeChild(child);
  cell.removeAttribute("t");
  if (value === null || value === "") return;
  const document = cell.ownerDocument!;
  if (typeof value === "number") {
    appendText(cell, "v", String(value));
  } else if (typeof value === "boolean") {
    cell.setAttribute("t", "b");
    appendText(cell, "v", value ? "1" : "0");
  } else {
    cell.setAttribute("t", "inlineStr");
    const inline = createLike(cell, "is");
    const text = createLike(cell, "t");
    text.setAttribute("xml:space", "preserve");
    text.appendChild(document.createTextNode(value));
    inline.appendChild(text);
    cell.appendChild(inline);
  }
}

/** Writes a block of values from `start`, cell by cell, creating rows and cells as needed. */
export function writeBlock(sheet: Document, start: CellPosition, values: readonly (readonly CellValue[])[]): void {
  values.forEach((line, rowOffset) => {
    line.forEach((value, columnOffset) => {
      const address = toA1({ row: start.row + rowOffset, column: start.column + columnOffset });
      const cell = cellElement(sheet, address, value !== null);
      if (cell) setCellValue(cell, value);
    });
  });
}

function rowElement(sheet: Document, number: number, create: boolean): Element | null {
  const data = sheetData(sheet, create);
  if (!data) return null;
  let before: Element | null = null;
  for (const row of childElements(data, "row")) {
    const r = Number(row.getAttribute("r"));
    if (r === number) return row;
    if (r > number) {
      before = row;
      break;
    }
  }
  if (!create) return null;
  const row = createLike(data, "row");
  row.setAttribute("r", String(number));
  data.insertBefore(row, before);
  return row;
}

function sheetData(sheet: Document, create: boolean): Element | null {
  const root = rootElement(sheet);
  const existing = firstChild(root, "sheetData");
  if (existing || !create) return existing;
  const created = createLike(root, "sheetData");
  insertInOrder(root, created, AFTER_SHEET_DATA);
  return created;
}

function appendText(parent: Element, name: string, text: string): void {
  const element = createLike(parent, name);
  element.appendChild(parent.ownerDocument!.createTextNode(text));
  parent.appendChild(element);
}
