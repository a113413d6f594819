import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { columnIndex, fromA1 } from "../../src/domain/grid/cellAddress";

/**
 * Reads the raw parts of an .xlsx package (relationships, sheets, styles, comments, names) with JSZip and regular
 * expressions, independently of any spreadsheet library, so fixtures can be checked against what they claim.
 */

export async function openPackage(file: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(file));
}

export async function partText(zip: JSZip, name: string): Promise<string> {
  const part = zip.file(name);
  if (!part) throw new Error(`the package has no part ${name}`);
  return part.async("string");
}

export function partNames(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
}

/** Decodes the five XML entities and numeric character references. */
export function xmlText(escaped: string): string {
  return escaped
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function attribute(element: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return match ? xmlText(match[1]!) : null;
}

/** Elements `<name …>…</name>` or `<name …/>` of `xml`, whole. */
export function elements(xml: string, name: string): string[] {
  return xml.match(new RegExp(`<${name}(?=[\\s/>])[^>]*?(?:/>|>[\\s\\S]*?</${name}>)`, "g")) ?? [];
}

/** The text of every `<t>` inside `xml` (one string item, comment or inline string), joined. */
export function joinedText(xml: string): string {
  return (xml.match(/<t(?:\s[^>]*)?>[\s\S]*?<\/t>/g) ?? []).map((t) => xmlText(t.replace(/^<t[^>]*>|<\/t>$/g, ""))).join("");
}

export interface Relationship {
  readonly type: string;
  /** As written in the file: relative, or absolute from the package root ("/xl/…"). */
  readonly target: string;
  /** The part it resolves to, without a leading slash. */
  readonly part: string;
}

export async function relationships(zip: JSZip, sourcePart: string): Promise<Relationship[]> {
  const relsName = path.posix.join(path.posix.dirname(sourcePart), "_rels", `${path.posix.basename(sourcePart)}.rels`);
  const xml = await partText(zip, relsName);
  return elements(xml, "Relationship").map((element) => {
    const target = attribute(element, "Target") ?? "";
    const part = target.startsWith("/") ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(sourcePart), target));
    return { type: (attribute(element, "Type") ?? "").replace(/^.*\//, ""), target, part };
  });
}

export interface SheetEntry {
  readonly name: string;
  readonly state: string;
  readonly part: string;
}

export async function sheets(zip: JSZip): Promise<SheetEntry[]> {
  const workbook = await partText(zip, "xl/workbook.xml");
  const rels = await partText(zip, "xl/_rels/workbook.xml.rels");
  const targets = new Map(elements(rels, "Relationship").map((element) => [attribute(element, "Id"), attribute(element, "Target") ?? ""]));
  return elements(workbook, "sheet").map((element) => {
    const target = targets.get(attribute(element, "r:id")) ?? "";
    return {
      name: attribute(element, "name") ?? "",
      state: attribute(element, "state") ?? "visible",
      part: target.startsWith("/") ? target.slice(1) : path.posix.join("xl", target),
    };
  });
}

export async function sheetPart(zip: JSZip, sheetName: string): Promise<string> {
  const entry = (await sheets(zip)).find((sheet) => sheet.name === sheetName);
  if (!entry) throw new Error(`the package has no sheet ${sheetName}`);
  return entry.part;
}

/** Workbook-level defined names: name → formula text. */
export async function definedNames(zip: JSZip): Promise<Record<string, string>> {
  const workbook = await partText(zip, "xl/workbook.xml");
  return Object.fromEntries(
    elements(workbook, "definedName").map((element) => [attribute(element, "name"), xmlText(element.replace(/^<[^>]*>|<\/definedName>$/g, ""))]),
  );
}

/** Comment text by cell address for one sheet; empty when it has none. */
export async function sheetComments(zip: JSZip, sheetName: string): Promise<Record<string, string>> {
  const part = await sheetPart(zip, sheetName);
  const comments = (await relationships(zip, part)).find((rel) => rel.type === "comments");
  if (!comments) return {};
  const xml = await partText(zip, comments.part);
  return Object.fromEntries(elements(xml, "comment").map((element) => [attribute(element, "ref"), joinedText(element)]));
}

export interface CellStyle {
  readonly numberFormat: string;
  readonly locked: boolean;
}

const BUILT_IN_FORMATS: Record<string, string> = { "0": "General", "9": "0%", "10": "0.00%", "14": "mm-dd-yy", "22": "m/d/yy h:mm" };

/** The cell formats (cellXfs) by index: number format code and protection. */
export async function cellStyles(zip: JSZip): Promise<CellStyle[]> {
  const xml = await partText(zip, "xl/styles.xml");
  const custom = new Map(elements(xml, "numFmt").map((element) => [attribute(element, "numFmtId"), attribute(element, "formatCode")]));
  const cellXfs = /<cellXfs[\s\S]*?<\/cellXfs>/.exec(xml)?.[0] ?? "";
  return elements(cellXfs, "xf").map((xf) => {
    const id = attribute(xf, "numFmtId") ?? "0";
    const protection = elements(xf, "protection")[0];
    const locked = protection ? attribute(protection, "locked") : null;
    return { numberFormat: custom.get(id) ?? BUILT_IN_FORMATS[id] ?? `builtin ${id}`, locked: locked !== "0" && locked !== "false" };
  });
}

export interface RawCell {
  /** The t attribute ("n" when absent). */
  readonly type: string;
  readonly style: number;
  /** The <f> text, without "=". */
  readonly formula: string | null;
  /** The stored value: <v> text, or the joined inline string; null when there is none or it is empty. */
  readonly stored: string | null;
}

/** The `<c>` elements of a sheet part by address. */
export async function rawCells(zip: JSZip, part: string): Promise<Map<string, RawCell>> {
  const xml = await partText(zip, part);
  const cells = new Map<string, RawCell>();
  for (const element of elements(xml, "c")) {
    const formula = /<f(?:\s[^>]*)?>([\s\S]*?)<\/f>/.exec(element)?.[1];
    const value = /<v>([\s\S]*?)<\/v>/.exec(element)?.[1];
    const inline = /<is>[\s\S]*?<\/is>/.exec(element)?.[0];
    const stored = inline !== undefined ? joinedText(inline) : value ? xmlText(value) : null;
    cells.set(attribute(element, "r") ?? "", {
      type: attribute(element, "t") ?? "n",
      style: Number(attribute(element, "s") ?? "0"),
      formula: formula === undefined ? null : xmlText(formula),
      stored,
    });
  }
  return cells;
}

export async function sharedStrings(zip: JSZip): Promise<string[]> {
  if (!zip.file("xl/sharedStrings.xml")) return [];
  return elements(await partText(zip, "xl/sharedStrings.xml"), "si").map(joinedText);
}

/** Hidden rows (1-based) and hidden columns (0-based indexes) of a sheet part. */
export async function hiddenRowsAndColumns(zip: JSZip, part: string): Promise<{ rows: Set<number>; columns: Set<number> }> {
  const xml = await partText(zip, part);
  const hidden = (element: string) => ["1", "true"].includes(attribute(element, "hidden") ?? "");
  const rows = new Set(elements(xml, "row").map((row) => /^<row[^>]*>/.exec(row)![0]).filter(hidden).map((row) => Number(attribute(row, "r"))));
  const columns = new Set<number>();
  for (const col of elements(xml, "col").filter(hidden)) {
    for (let column = Number(attribute(col, "min")); column <= Number(attribute(col, "max")); column += 1) columns.add(column - 1);
  }
  return { rows, columns };
}

export async function mergedRanges(zip: JSZip, part: string): Promise<string[]> {
  return elements(await partText(zip, part), "mergeCell").map((element) => attribute(element, "ref") ?? "");
}

/** Whether `address` lies inside the A1 range `range` ("B10:D10"). */
export function inRange(address: string, range: string): boolean {
  const [first, last] = range.split(":").map((end) => fromA1(end));
  const cell = fromA1(address);
  if (!cell || !first || !last) return false;
  return cell.row >= first.row && cell.row <= last.row && cell.column >= first.column && cell.column <= last.column;
}

export function columnOf(address: string): number {
  return columnIndex(/^[A-Z]+/.exec(address)![0])!;
}

/** A sheet's print setup as the file states it, in the shape the contract suite compares across adapters. */
export interface PrintSetupProbe {
  readonly paperSize: string | null;
  readonly orientation: string | null;
  /** null when the sheet is not scaled to fit; 0 means "as many pages as needed". */
  readonly fitToPagesWide: number | null;
  readonly fitToPagesTall: number | null;
  /** "$1:$3", from the sheet-local name _xlnm.Print_Titles. */
  readonly titleRows: string | null;
  /** Footer sections in Excel's codes ("&P", "&A"). */
  readonly footer: { readonly left: string; readonly center: string; readonly right: string };
  /** Outline summary rows below their group (Excel's default) or not. */
  readonly summaryBelow: boolean;
  /** Explicit row heights by 1-based row. */
  readonly rowHeights: ReadonlyMap<number, number>;
  /** The 1-based rows a manual page break starts a page at (a <brk> id is the row above the break, 1-based). */
  readonly rowBreaks: readonly number[];
}

const PAPER_SIZES: Readonly<Record<string, string>> = { "1": "Letter", "8": "A3", "9": "A4" };

export async function printSetup(zip: JSZip, sheetName: string): Promise<PrintSetupProbe> {
  const entries = await sheets(zip);
  const index = entries.findIndex((entry) => entry.name === sheetName);
  const xml = await partText(zip, await sheetPart(zip, sheetName));
  const pageSetup = elements(xml, "pageSetup")[0] ?? "";
  const fits = attribute(elements(xml, "pageSetUpPr")[0] ?? "", "fitToPage") === "1";
  const workbook = await partText(zip, "xl/workbook.xml");
  const titles = elements(workbook, "definedName").find(
    (element) => attribute(element, "name") === "_xlnm.Print_Titles" && attribute(element, "localSheetId") === String(index),
  );
  const footerXml = elements(xml, "oddFooter")[0];
  const footer = footerXml ? xmlText(footerXml.replace(/^<[^>]*>|<\/oddFooter>$/g, "")) : "";
  const section = (code: string) => new RegExp(`&${code}((?:[^&]|&&|&[^LCR])*)`).exec(footer)?.[1] ?? "";
  const rowHeights = new Map(
    elements(xml, "row")
      .map((row) => [Number(attribute(row, "r")), attribute(row.replace(/>[\s\S]*$/, ">"), "ht")] as const)
      .filter((entry): entry is [number, string] => entry[1] !== null)
      .map(([row, height]) => [row, Number(height)]),
  );
  return {
    paperSize: PAPER_SIZES[attribute(pageSetup, "paperSize") ?? "1"] ?? attribute(pageSetup, "paperSize"),
    orientation: attribute(pageSetup, "orientation"),
    fitToPagesWide: fits ? Number(attribute(pageSetup, "fitToWidth") ?? "1") : null,
    fitToPagesTall: fits ? Number(attribute(pageSetup, "fitToHeight") ?? "1") : null,
    titleRows: titles ? xmlText(titles.replace(/^<[^>]*>|<\/definedName>$/g, "")).replace(/^.*!/, "") : null,
    footer: { left: section("L"), center: section("C"), right: section("R") },
    summaryBelow: attribute(elements(xml, "outlinePr")[0] ?? "", "summaryBelow") !== "0",
    rowHeights,
    rowBreaks: elements(elements(xml, "rowBreaks")[0] ?? "", "brk").map((brk) => Number(attribute(brk, "id")) + 1),
  };
}

/** A chart drawn on a sheet, as its parts say: what both adapters can be compared on. */
export interface ChartProbe {
  /** The frame's name in the drawing (cNvPr), which Excel shows as the chart's name. */
  readonly name: string;
  readonly chartPart: string;
  /** "columnClustered", "columnStacked", "barStacked", "barClustered", "pie", or the element's name otherwise. */
  readonly kind: string;
  readonly title: string;
  /** From-cell and to-cell of the anchor, zero-based, "to" exclusive as the file stores it (NaN for a one-cell anchor). */
  readonly from: { readonly column: number; readonly row: number };
  readonly to: { readonly column: number; readonly row: number };
  readonly series: readonly {
    readonly name: string;
    readonly categories: string;
    readonly values: string;
    readonly color: string | null;
    readonly cachedCategories: readonly string[];
    readonly cachedValues: readonly string[];
  }[];
}

/** The charts of a sheet's drawing, in drawing order, read with regular expressions from the raw parts. */
export async function sheetCharts(zip: JSZip, sheetName: string): Promise<ChartProbe[]> {
  const sheet = await sheetPart(zip, sheetName);
  const drawing = (await relationships(zip, sheet).catch(() => [])).find((rel) => rel.type === "drawing");
  if (!drawing) return [];
  const drawingXml = await partText(zip, drawing.part);
  const chartRels = await relationships(zip, drawing.part);
  const chartIds = new Map(
    elements(await partText(zip, relsName(drawing.part)), "Relationship").map((element, index) => [attribute(element, "Id"), chartRels[index]!.part]),
  );
  const probes: ChartProbe[] = [];
  for (const anchor of drawingXml.match(/<(?:\w+:)?(two|one)CellAnchor\b[\s\S]*?<\/(?:\w+:)?\1CellAnchor>/g) ?? []) {
    const relId = /<(?:\w+:)?chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    const part = relId ? chartIds.get(relId) : undefined;
    if (!part) continue;
    probes.push(chartProbe(anchor, part, await partText(zip, part)));
  }
  return probes;
}

function relsName(part: string): string {
  return path.posix.join(path.posix.dirname(part), "_rels", `${path.posix.basename(part)}.rels`);
}

function chartProbe(anchor: string, chartPart: string, chartXml: string): ChartProbe {
  const marker = (tag: string) => {
    const xml = new RegExp(`<(?:\\w+:)?${tag}>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(anchor)?.[1] ?? "";
    return { column: Number(/<(?:\w+:)?col>(\d+)</.exec(xml)?.[1]), row: Number(/<(?:\w+:)?row>(\d+)</.exec(xml)?.[1]) };
  };
  const title = /<(?:\w+:)?title>([\s\S]*?)<\/(?:\w+:)?title>/.exec(chartXml)?.[1] ?? "";
  return {
    name: /<(?:\w+:)?cNvPr\b[^>]*\bname="([^"]*)"/.exec(anchor)?.[1] ?? "",
    chartPart,
    kind: chartKind(chartXml),
    title: xmlText([...title.matchAll(/<(?:\w+:)?t>([^<]*)</g)].map((match) => match[1]).join("")),
    from: marker("from"),
    to: marker("to"),
    series: (chartXml.match(/<(?:\w+:)?ser>[\s\S]*?<\/(?:\w+:)?ser>/g) ?? []).map((series) => {
      const part = (tag: string) => new RegExp(`<(?:\\w+:)?${tag}>([\\s\\S]*?)</(?:\\w+:)?${tag}>`).exec(series)?.[1] ?? "";
      const formula = (xml: string) => xmlText(/<(?:\w+:)?f>([^<]*)</.exec(xml)?.[1] ?? "");
      const cached = (xml: string) => [...xml.matchAll(/<(?:\w+:)?v>([^<]*)</g)].map((match) => xmlText(match[1]!));
      return {
        name: xmlText(/<(?:\w+:)?v>([^<]*)</.exec(part("tx"))?.[1] ?? formula(part("tx"))),
        categories: formula(part("cat")),
        values: formula(part("val")),
        color: /<(?:\w+:)?spPr>[\s\S]*?<a:srgbClr val="([0-9A-Fa-f]{6})"/.exec(series)?.[1]?.toUpperCase() ?? null,
        cachedCategories: cached(part("cat")),
        cachedValues: cached(part("val")),
      };
    }),
  };
}

function chartKind(chartXml: string): string {
  if (/<(?:\w+:)?pieChart>/.test(chartXml)) return "pie";
  const bar = /<(?:\w+:)?barChart>([\s\S]*?)<\/(?:\w+:)?barChart>/.exec(chartXml)?.[1];
  if (!bar) return /<(?:\w+:)?plotArea>[\s\S]*?<(?:\w+:)?(\w+Chart)>/.exec(chartXml)?.[1] ?? "none";
  const direction = /<(?:\w+:)?barDir val="(\w+)"/.exec(bar)?.[1] === "bar" ? "bar" : "column";
  const grouping = /<(?:\w+:)?grouping val="(\w+)"/.exec(bar)?.[1] ?? "clustered";
  return `${direction}${grouping === "clustered" ? "Clustered" : grouping === "stacked" ? "Stacked" : grouping}`;
}
