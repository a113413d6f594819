import { columnIndex } from "../../domain/grid/cellAddress";
import { childElements, firstChild, parseXml, rootElement } from "../package/xmlParts";

/**
 * Which cells of an .xlsx sheet are locked. A cell is locked unless its cell format says <protection locked="0"/>;
 * an empty cell takes its row's or its column's format. Read straight from the parts, since SheetJS does not keep it.
 */
export function lockedCells(stylesXml: string | null, sheetXml: string): (address: string) => boolean {
  const lockedByFormat = stylesXml === null ? [] : formatLocks(stylesXml);
  const isLocked = (format: number) => lockedByFormat[format] ?? true;
  const cellFormats = new Map<string, number>();
  for (const match of sheetXml.matchAll(/<c\b[^>]*?\br="([A-Z]+\d+)"[^>]*>/g)) {
    const style = /\bs="(\d+)"/.exec(match[0]);
    cellFormats.set(match[1]!, style ? Number(style[1]) : 0);
  }
  const rowFormats = new Map<number, number>();
  for (const match of sheetXml.matchAll(/<row\b[^>]*>/g)) {
    const row = /\br="(\d+)"/.exec(match[0]);
    const style = /\bs="(\d+)"/.exec(match[0]);
    if (row && style && /customFormat="(1|true)"/.test(match[0])) rowFormats.set(Number(row[1]), Number(style[1]));
  }
  const columnFormats: { min: number; max: number; style: number }[] = [];
  for (const match of sheetXml.matchAll(/<col\b[^>]*>/g)) {
    const min = /\bmin="(\d+)"/.exec(match[0]);
    const max = /\bmax="(\d+)"/.exec(match[0]);
    const style = /\bstyle="(\d+)"/.exec(match[0]);
    if (min && max && style) columnFormats.push({ min: Number(min[1]), max: Number(max[1]), style: Number(style[1]) });
  }
  return (address) => {
    const own = cellFormats.get(address);
    if (own !== undefined) return isLocked(own);
    const [, letters = "", digits = "0"] = /^([A-Z]+)(\d+)$/.exec(address) ?? [];
    const rowFormat = rowFormats.get(Number(digits));
    if (rowFormat !== undefined) return isLocked(rowFormat);
    const column = (columnIndex(letters) ?? -1) + 1;
    const columnFormat = columnFormats.find((entry) => column >= entry.min && column <= entry.max);
    return isLocked(columnFormat?.style ?? 0);
  };
}

function formatLocks(stylesXml: string): boolean[] {
  const cellXfs = firstChild(rootElement(parseXml(stylesXml)), "cellXfs");
  if (!cellXfs) return [];
  return childElements(cellXfs, "xf").map((xf) => {
    const locked = firstChild(xf, "protection")?.getAttribute("locked");
    return !(locked === "0" || locked === "false");
  });
}
