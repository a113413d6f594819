import type { Document, Element } from "@xmldom/xmldom";
import { childElements, createLike, firstChild, insertInOrder, parseXml, rootElement, serializeXml } from "../package/xmlParts";

/** Old index → new index, for one kind of style record. */
export type IndexMap = ReadonlyMap<number, number>;

export interface StyleMaps {
  /** Cell formats (the `s` attribute of cells, rows and columns' `style`). */
  readonly cellXfs: IndexMap;
  /** Differential formats (conditional formats' `dxfId`). */
  readonly dxfs: IndexMap;
}

/** styleSheet children in schema order, to insert a missing list in its place. */
const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

/**
 * Appends the styles a written sheet uses to the workbook's own style sheet, and says where each landed. The
 * workbook's existing records keep their indexes, so no cell of the user's changes its look. Identical records
 * are shared, so writing the same sheet again does not grow the file.
 */
export function mergeStyles(targetText: string, sourceText: string): { readonly styles: string; readonly maps: StyleMaps } {
  const target = parseXml(targetText);
  const source = parseXml(sourceText);
  const numFmts = mergeNumberFormats(target, source);
  const fonts = appendRecords(target, source, "fonts", "font");
  const fills = appendRecords(target, source, "fills", "fill");
  const borders = appendRecords(target, source, "borders", "border");
  const cellXfs = appendRecords(target, source, "cellXfs", "xf", (xf) => {
    remapAttribute(xf, "numFmtId", numFmts);
    remapAttribute(xf, "fontId", fonts);
    remapAttribute(xf, "fillId", fills);
    remapAttribute(xf, "borderId", borders);
    // The written sheet's named styles are not carried over; its cells sit on the workbook's Normal style.
    xf.setAttribute("xfId", "0");
  });
  const dxfs = appendRecords(target, source, "dxfs", "dxf");
  return { styles: serializeXml(target), maps: { cellXfs, dxfs } };
}

function listElement(document: Document, listName: string): Element {
  const root = rootElement(document);
  const existing = firstChild(root, listName);
  if (existing) return existing;
  const created = createLike(root, listName);
  created.setAttribute("count", "0");
  insertInOrder(root, created, ORDER.slice(ORDER.indexOf(listName) + 1));
  return created;
}

function appendRecords(
  target: Document,
  source: Document,
  listName: string,
  recordName: string,
  adjust?: (record: Element) => void,
): Map<number, number> {
  const map = new Map<number, number>();
  const sourceList = firstChild(rootElement(source), listName);
  if (!sourceList) return map;
  const targetList = listElement(target, listName);
  const existing = childElements(targetList, recordName);
  const known = new Map<string, number>();
  existing.forEach((record, index) => {
    const key = recordKey(record);
    if (!known.has(key)) known.set(key, index);
  });
  let count = existing.length;
  childElements(sourceList, recordName).forEach((record, index) => {
    const copy = target.importNode(record, true) as Element;
    adjust?.(copy);
    const key = recordKey(copy);
    const found = known.get(key);
    if (found !== undefined) {
      map.set(index, found);
      return;
    }
    targetList.appendChild(copy);
    known.set(key, count);
    map.set(index, count);
    count += 1;
  });
  targetList.setAttribute("count", String(count));
  return map;
}

/** Custom number formats (ids 164 and up) are matched by code; built-in ids mean the same everywhere. */
function mergeNumberFormats(target: Document, source: Document): Map<number, number> {
  const map = new Map<number, number>();
  const sourceList = firstChild(rootElement(source), "numFmts");
  if (!sourceList) return map;
  const targetList = listElement(target, "numFmts");
  const byCode = new Map<string, number>();
  let highest = 163;
  for (const format of childElements(targetList, "numFmt")) {
    const id = Number(format.getAttribute("numFmtId"));
    byCode.set(format.getAttribute("formatCode") ?? "", id);
    highest = Math.max(highest, id);
  }
  for (const format of childElements(sourceList, "numFmt")) {
    const id = Number(format.getAttribute("numFmtId"));
    const code = format.getAttribute("formatCode") ?? "";
    let landed = byCode.get(code);
    if (landed === undefined) {
      highest += 1;
      landed = highest;
      const copy = target.importNode(format, true) as Element;
      copy.setAttribute("numFmtId", String(landed));
      targetList.appendChild(copy);
      byCode.set(code, landed);
    }
    map.set(id, landed);
  }
  targetList.setAttribute("count", String(childElements(targetList, "numFmt").length));
  return map;
}

function remapAttribute(element: Element, attribute: string, map: ReadonlyMap<number, number>): void {
  const value = element.getAttribute(attribute);
  if (value === null) return;
  const mapped = map.get(Number(value));
  if (mapped !== undefined) element.setAttribute(attribute, String(mapped));
}

/** Records compare by their markup, so an identical font or format is reused instead of appended. */
function recordKey(record: Element): string {
  return record.toString().replace(/\sxmlns(:\w+)?="[^"]*"/g, "");
}
