import type { Grid } from "../../domain/grid/cellValue";
import { fromA1 } from "../../domain/grid/cellAddress";
import { cellReference } from "../../domain/sheet/sheetNames";
import type { LinkSpec, SheetVisibility } from "../../domain/sheet/sheetSpec";
import { CONTENT_TYPES, REL_TYPES, WorkbookPackage, type Relationship } from "../package/workbookPackage";
import { escapeXmlAttribute, parseXml, rootElement, serializeXml } from "../package/xmlParts";
import { relativeTarget, relsPathFor, ZipPackage } from "../package/zipPackage";
import { adaptSheetXml, sharedStringItems } from "./adaptSheetXml";
import { mergeStyles, type StyleMaps } from "./mergeStyles";
import { StyleEditor } from "./styleEditor";

export interface GraftedSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  /** Zero-based tab position for a new sheet; null appends. An existing sheet keeps its place. */
  readonly position: number | null;
  /** Links to cells of the workbook, with the values they take their text from. */
  readonly links?: readonly LinkSpec[];
  readonly values?: Grid;
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
    const xml = withLinks(adaptSheetXml((await scratchZip.text(source.part)) ?? "", strings, maps, quoted), wanted);
    target.zip.put(part, withKeptDrawings(xml, kept));
    writeSheetRels(target, part, [...tables, ...kept]);
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

function writeSheetRels(target: WorkbookPackage, sheetPart: string, rels: readonly Relationship[]): void {
  if (rels.length === 0) return;
  const lines = rels.map(
    (rel) =>
      `<Relationship Id="${escapeXmlAttribute(rel.id)}" Type="${escapeXmlAttribute(rel.type)}" Target="${escapeXmlAttribute(
        rel.external ? rel.target : relativeTarget(sheetPart, rel.target),
      )}"${rel.external ? ' TargetMode="External"' : ""}/>`,
  );
  target.zip.put(
    relsPathFor(sheetPart),
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines.join("")}</Relationships>`,
  );
}

/**
 * A chart or comment the user put on one of our sheets survives the rewrite: its <drawing>/<legacyDrawing>
 * element goes into the new sheet XML, before <tableParts> as the schema orders them.
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
  const anchor = /<(tableParts|extLst)\b/.exec(xml);
  const at = anchor ? anchor.index : xml.lastIndexOf("</worksheet>");
  return `${xml.slice(0, at)}${elements}${xml.slice(at)}`;
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
    await releaseSheetParts(target, sheet.part);
    target.zip.remove(sheet.part);
  }
  target.removeSheet(name);
  await target.dropCalcChain();
  target.commit();
}
