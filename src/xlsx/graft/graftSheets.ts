import type { Grid } from "../../domain/grid/cellValue";
import { fromA1 } from "../../domain/grid/cellAddress";
import { cellReference } from "../../domain/sheet/sheetNames";
import type { ChartSpec, LinkSpec, SheetVisibility } from "../../domain/sheet/sheetSpec";
import { CONTENT_TYPES, REL_TYPES, WorkbookPackage, type Relationship } from "../package/workbookPackage";
import { escapeXmlAttribute, parseXml, rootElement, serializeXml } from "../package/xmlParts";
import { relsPathFor, ZipPackage } from "../package/zipPackage";
import { adaptSheetXml, sharedStringItems } from "./adaptSheetXml";
import { mergeStyles, type StyleMaps } from "./mergeStyles";
import { placeCharts } from "./sheetCharts";
import { StyleEditor } from "./styleEditor";

export interface GraftedSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Zero-based tab position for a new sheet; null appends. An existing sheet keeps its place. */
  readonly position: number | null;
  /** Native charts over the sheet, and the values written with it (the charts' cached points). */
  readonly charts: readonly ChartSpec[];
  readonly values: Grid;
  /** Links to cells of the workbook, with the values they take their text from. */
  readonly links?: readonly LinkSpec[];
}

/**
 * Puts the sheets of a scratch package (rendered by exceljs) into the user's workbook. A sheet of the same name is
 * replaced in place, keeping its tab position, its drawings (a chart the user put on it) and its id; any other
 * sheet, and every part the add-in did not write, stays byte for byte.
 */
export async function graftSheets(target: WorkbookPackage, scratchBytes: Uint8Array, sheets: readonly GraftedSheet[]): Promise<void> {
  const scratchZip = await ZipPackage.open(scratchBytes);
  if (typeof scratchZip === "string") throw new Error("The rendered sheets are not a package");
  const scratch = await WorkbookPackage.open(scratchZip);
  if (!scratch) throw new Error("The rendered sheets have no workbook part");

  const maps = await mergeStylesInto(target, scratch);
  const styles = new StyleEditor(target);
  await styles.load();
  const quoted = (format: number) => styles.withQuotePrefix(format);
  const strings = sharedStringItems(await scratchZip.text("xl/sharedStrings.xml"));
  let nextTableId = Math.max(0, ...(await target.tableIds())) + 1;
  let replacedAny = false;

  for (const wanted of sheets) {
    const source = scratch.sheets().find((sheet) => sheet.name === wanted.name);
    if (!source?.part) throw new Error(`Rendered package lacks sheet ${wanted.name}`);
    const existing = target.sheets().find((sheet) => sheet.name === wanted.name);
    let part: string;
    let kept: Relationship[] = [];
    if (existing?.part) {
      part = existing.part;
      kept = (await releaseSheetParts(target, part)).map((rel, index) => ({ ...rel, id: `rIdKept${index + 1}` }));
      target.setVisibility(wanted.name, wanted.visibility);
      target.removeLocalNames(indexOfSheet(target, wanted.name), "_xlnm.");
      replacedAny = true;
    } else {
      part = target.addSheet(wanted.name, wanted.visibility, wanted.position);
    }
    const tables = await copyTables(target, scratch, source.part, () => nextTableId++);
    kept = await placeCharts(target, kept, { sheet: wanted.name, charts: wanted.charts, values: wanted.values });
    const xml = withLinks(adaptSheetXml((await scratchZip.text(source.part)) ?? "", strings, maps, quoted), wanted);
    target.zip.put(part, withKeptDrawings(xml, kept));
    target.putRelationships(part, [...tables, ...kept]);
    copyLocalNames(target, scratch, wanted.name);
  }
  styles.save();
  if (replacedAny) await target.dropCalcChain();
  target.commit();
}

/** Worksheet children that follow <hyperlinks>, in schema order. */
const AFTER_HYPERLINKS = /<(printOptions|pageMargins|pageSetup|headerFooter|rowBreaks|colBreaks|customProperties|cellWatches|ignoredErrors|smartTags|drawing|legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/;

/**
 * Links to cells of this workbook: a location and no relationship, since nothing leaves the file. The cell's text
 * is the link's text (display repeats it for programs that show that instead).
 */
function withLinks(xml: string, sheet: GraftedSheet): string {
  const links = sheet.links ?? [];
  if (links.length === 0) return xml;
  const elements = links.map((link) => {
    const position = fromA1(link.address);
    const text = position ? sheet.values?.[position.row]?.[position.column] : undefined;
    const display = typeof text === "string" ? ` display="${escapeXmlAttribute(text)}"` : "";
    const location = escapeXmlAttribute(cellReference(link.target.sheet, link.target.address));
    return `<hyperlink ref="${escapeXmlAttribute(link.address.replace(/\$/g, "").toUpperCase())}" location="${location}"${display}/>`;
  });
  const anchor = AFTER_HYPERLINKS.exec(xml);
  const at = anchor ? anchor.index : xml.lastIndexOf("</worksheet>");
  return `${xml.slice(0, at)}<hyperlinks>${elements.join("")}</hyperlinks>${xml.slice(at)}`;
}

async function mergeStylesInto(target: WorkbookPackage, scratch: WorkbookPackage): Promise<StyleMaps> {
  const targetPart = target.stylesPart();
  const scratchPart = scratch.stylesPart();
  const scratchText = scratchPart ? await scratch.zip.text(scratchPart) : null;
  const targetText = targetPart ? await target.zip.text(targetPart) : null;
  if (!targetPart || targetText === null || scratchText === null) throw new Error("A workbook without a style sheet");
  const merged = mergeStyles(targetText, scratchText);
  target.zip.put(targetPart, merged.styles);
  return merged.maps;
}

/**
 * Frees what the previous version of one of our sheets pointed at: its tables go (they are rewritten), drawings and
 * comments stay, to be attached to the new version. Returns the relationships to keep.
 */
async function releaseSheetParts(target: WorkbookPackage, part: string): Promise<Relationship[]> {
  const kept: Relationship[] = [];
  for (const rel of await target.sheetRelationships(part)) {
    if (rel.type === REL_TYPES.table && !rel.external) {
      target.zip.remove(rel.target);
      target.removeOverride(rel.target);
    } else if (isDrawing(rel)) {
      kept.push(rel);
    }
  }
  target.zip.remove(relsPathFor(part));
  return kept;
}

function isDrawing(rel: Relationship): boolean {
  return rel.type.endsWith("/drawing") || rel.type === REL_TYPES.vmlDrawing || rel.type === REL_TYPES.comments;
}

/** The relationships a new sheet part needs for its tables, with fresh part names and workbook-unique ids. */
async function copyTables(
  target: WorkbookPackage,
  scratch: WorkbookPackage,
  scratchSheetPart: string,
  nextId: () => number,
): Promise<Relationship[]> {
  const rels: Relationship[] = [];
  for (const rel of await scratch.sheetRelationships(scratchSheetPart)) {
    if (rel.type !== REL_TYPES.table) continue;
    const document = parseXml((await scratch.zip.text(rel.target)) ?? "");
    rootElement(document).setAttribute("id", String(nextId()));
    const part = target.freePartPath("xl/tables/table", ".xml");
    target.zip.put(part, serializeXml(document));
    target.addOverride(part, CONTENT_TYPES.table);
    rels.push({ id: rel.id, type: REL_TYPES.table, target: part, external: false });
  }
  return rels;
}

/**
 * A chart or comment the user put on one of our sheets survives the rewrite: its <drawing>/<legacyDrawing>
 * element goes into the new sheet XML, before whatever the schema puts after <drawing> (exceljs writes <tableParts>
 * and, for data bars, <extLst> there).
 */
function withKeptDrawings(xml: string, kept: readonly Relationship[]): string {
  const elements = kept
    .map((rel) => {
      if (rel.type.endsWith("/drawing")) return `<drawing r:id="${escapeXmlAttribute(rel.id)}"/>`;
      if (rel.type === REL_TYPES.vmlDrawing) return `<legacyDrawing r:id="${escapeXmlAttribute(rel.id)}"/>`;
      return "";
    })
    .join("");
  if (elements === "") return xml;
  const at = drawingInsertionPoint(xml);
  return `${xml.slice(0, at)}${elements}${xml.slice(at)}`;
}

/**
 * Where <drawing> goes: before the first element the schema puts after it. Conditional formats and validations nest
 * <extLst> elements of their own, but they all come before <pageMargins>, so the search starts there.
 */
function drawingInsertionPoint(xml: string): number {
  const after = /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/g;
  after.lastIndex = Math.max(xml.indexOf("<pageMargins"), xml.indexOf("</sheetData>"), 0);
  const anchor = after.exec(xml);
  return anchor ? anchor.index : xml.lastIndexOf("</worksheet>");
}

function indexOfSheet(target: WorkbookPackage, name: string): number {
  return target.sheets().findIndex((sheet) => sheet.name === name);
}

/** Print titles and other names exceljs made local to a rendered sheet, re-pointed at the grafted sheet's position. */
function copyLocalNames(target: WorkbookPackage, scratch: WorkbookPackage, sheetName: string): void {
  const scratchIndex = scratch.sheets().findIndex((sheet) => sheet.name === sheetName);
  const targetIndex = indexOfSheet(target, sheetName);
  for (const name of scratch.definedNames()) {
    if (name.localSheetId === scratchIndex) target.setDefinedName(name.name, name.reference, targetIndex);
  }
}

/** Removes a sheet and the parts only it used (its tables, its rels); drawings may be shared and are left. */
export async function removeSheet(target: WorkbookPackage, name: string): Promise<void> {
  const sheet = target.sheets().find((candidate) => candidate.name === name);
  if (!sheet) return;
  if (sheet.part) {
    // The add-in's own charts go with the sheet; a user's drawing is left, as it may be shared.
    await placeCharts(target, await releaseSheetParts(target, sheet.part), { sheet: name, charts: [], values: [] });
    target.zip.remove(sheet.part);
  }
  target.removeSheet(name);
  await target.dropCalcChain();
  target.commit();
}
