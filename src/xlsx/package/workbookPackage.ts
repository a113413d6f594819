import type { Document, Element } from "@xmldom/xmldom";
import type { SheetVisibility } from "../../domain/sheet/sheetSpec";
import {
  childElements,
  createLike,
  escapeXmlAttribute,
  firstChild,
  insertInOrder,
  NS,
  parseXml,
  prefixFor,
  relationshipId,
  rootElement,
  serializeXml,
} from "./xmlParts";
import { relativeTarget, relsPathFor, resolveTarget, type ZipPackage } from "./zipPackage";

export const REL_TYPES = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  calcChain: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
} as const;

export const CONTENT_TYPES = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
} as const;

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly visibility: SheetVisibility;
  readonly relId: string;
  /** The worksheet part, e.g. "xl/worksheets/sheet1.xml"; null for a chartsheet or a dangling relationship. */
  readonly part: string | null;
}

export interface DefinedNameEntry {
  readonly name: string;
  /** Zero-based position of the sheet the name is local to; null for a workbook-level name. */
  readonly localSheetId: number | null;
  readonly reference: string;
}

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
}

/** Elements of <workbook> that must come after <definedNames>, in schema order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * The workbook part of an .xlsx package, with its relationships and the content-type list: what the add-in reads to
 * know the sheets, names and tables, and edits to add or replace its own sheets. Every other part stays as it was.
 */
export class WorkbookPackage {
  private constructor(
    readonly zip: ZipPackage,
    readonly workbookPart: string,
    private readonly workbook: Document,
    private readonly workbookRels: Document,
    private readonly contentTypes: Document,
  ) {}

  /** Null when the package is a zip but not a spreadsheet (an .ods, a .docx, a zip of anything). */
  static async open(zip: ZipPackage): Promise<WorkbookPackage | null> {
    const rootRels = await zip.text("_rels/.rels");
    const types = await zip.text("[Content_Types].xml");
    if (rootRels === null || types === null) return null;
    const main = readRelationships(parseXml(rootRels)).find((rel) => rel.type === REL_TYPES.officeDocument);
    if (!main) return null;
    const workbookPart = resolveTarget("", main.target);
    const workbookText = await zip.text(workbookPart);
    if (workbookText === null) return null;
    const workbook = parseXml(workbookText);
    if (rootElement(workbook).localName !== "workbook") return null;
    const relsText = await zip.text(relsPathFor(workbookPart));
    const rels = parseXml(relsText ?? `<Relationships xmlns="${NS.pkgRel}"/>`);
    return new WorkbookPackage(zip, workbookPart, workbook, rels, parseXml(types));
  }

  sheets(): SheetEntry[] {
    const rels = this.relationships();
    return this.sheetElements().map((element) => {
      const relId = relationshipId(element) ?? "";
      const rel = rels.find((candidate) => candidate.id === relId);
      const state = element.getAttribute("state");
      return {
        name: element.getAttribute("name") ?? "",
        sheetId: Number(element.getAttribute("sheetId")) || 0,
        visibility: state === "hidden" || state === "veryHidden" ? state : "visible",
        relId,
        part: rel && rel.type === REL_TYPES.worksheet && !rel.external ? resolveTarget(this.workbookPart, rel.target) : null,
      };
    });
  }

  definedNames(): DefinedNameEntry[] {
    const container = firstChild(rootElement(this.workbook), "definedNames");
    if (!container) return [];
    return childElements(container, "definedName").map((element) => {
      const local = element.getAttribute("localSheetId");
      return {
        name: element.getAttribute("name") ?? "",
        localSheetId: local === null || local === "" ? null : Number(local),
        reference: element.textContent ?? "",
      };
    });
  }

  /** Whether the user protected the workbook's structure: then no sheet may be added, removed or renamed. */
  structureLocked(): boolean {
    const protection = firstChild(rootElement(this.workbook), "workbookProtection");
    const value = protection?.getAttribute("lockStructure");
    return value === "1" || value === "true";
  }

  date1904(): boolean {
    const properties = firstChild(rootElement(this.workbook), "workbookPr");
    const value = properties?.getAttribute("date1904");
    return value === "1" || value === "true";
  }

  relationships(): Relationship[] {
    return readRelationships(this.workbookRels);
  }

  /** The parts a sheet's relationships point at, resolved to package paths. */
  async sheetRelationships(sheetPart: string): Promise<Relationship[]> {
    const text = await this.zip.text(relsPathFor(sheetPart));
    if (text === null) return [];
    return readRelationships(parseXml(text)).map((rel) =>
      rel.external ? rel : { ...rel, target: resolveTarget(sheetPart, rel.target) },
    );
  }

  /** Writes a part's relationships (targets as package paths), or removes its relationships part when there are none. */
  putRelationships(sourcePart: string, rels: readonly Relationship[]): void {
    if (rels.length === 0) {
      this.zip.remove(relsPathFor(sourcePart));
      return;
    }
    const lines = rels.map(
      (rel) =>
        `<Relationship Id="${escapeXmlAttribute(rel.id)}" Type="${escapeXmlAttribute(rel.type)}" Target="${escapeXmlAttribute(
          rel.external ? rel.target : relativeTarget(sourcePart, rel.target),
        )}"${rel.external ? ' TargetMode="External"' : ""}/>`,
    );
    this.zip.put(
      relsPathFor(sourcePart),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${lines.join("")}</Relationships>`,
    );
  }

  /** Tables by the name Excel shows (displayName), with the sheet that holds each. */
  async tables(): Promise<{ readonly name: string; readonly sheet: string }[]> {
    const found: { name: string; sheet: string }[] = [];
    for (const sheet of this.sheets()) {
      if (!sheet.part) continue;
      for (const rel of await this.sheetRelationships(sheet.part)) {
        if (rel.type !== REL_TYPES.table || rel.external) continue;
        const text = await this.zip.text(rel.target);
        if (text === null) continue;
        const table = rootElement(parseXml(text));
        const name = table.getAttribute("displayName") || table.getAttribute("name");
        if (name) found.push({ name, sheet: sheet.name });
      }
    }
    return found;
  }

  /** Every table id in the workbook: a new table needs one no other table has. */
  async tableIds(): Promise<number[]> {
    const ids: number[] = [];
    for (const path of this.zip.paths()) {
      if (!/^xl\/tables\/[^/]+\.xml$/i.test(path)) continue;
      const text = await this.zip.text(path);
      const id = text ? /\bid="(\d+)"/.exec(text) : null;
      if (id) ids.push(Number(id[1]));
    }
    return ids;
  }

  /** Adds a worksheet entry at `position` (appended when null) and returns the new sheet's part path. */
  addSheet(name: string, visibility: SheetVisibility, position: number | null): string {
    const part = this.freePartPath("xl/worksheets/sheet", ".xml");
    const relId = this.addRelationship(REL_TYPES.worksheet, part);
    const sheets = this.sheetsElement();
    const element = createLike(sheets, "sheet");
    element.setAttribute("name", name);
    element.setAttribute("sheetId", String(Math.max(0, ...this.sheets().map((sheet) => sheet.sheetId)) + 1));
    if (visibility !== "visible") element.setAttribute("state", visibility);
    const prefix = prefixFor(this.workbook, NS.rel, "r");
    element.setAttributeNS(NS.rel, `${prefix}:id`, relId);
    const existing = this.sheetElements();
    const index = position === null ? existing.length : Math.max(0, Math.min(position, existing.length));
    sheets.insertBefore(element, existing[index] ?? null);
    this.shiftSheetIndexes(index, +1);
    this.addOverride(part, CONTENT_TYPES.worksheet);
    return part;
  }

  setVisibility(name: string, visibility: SheetVisibility): void {
    const element = this.sheetElement(name);
    if (!element) return;
    if (visibility === "visible") element.removeAttribute("state");
    else element.setAttribute("state", visibility);
  }

  /** Removes a sheet's entry, its relationship and its content type; the caller removes its parts. */
  removeSheet(name: string): void {
    const element = this.sheetElement(name);
    if (!element) return;
    const index = this.sheetElements().indexOf(element);
    const relId = relationshipId(element);
    const part = this.sheets().find((sheet) => sheet.name === name)?.part;
    element.parentNode?.removeChild(element);
    if (relId) this.removeRelationship(relId);
    if (part) this.removeOverride(part);
    this.removeNamesLocalTo(index);
    this.shiftSheetIndexes(index + 1, -1);
  }

  /** Sets a workbook-level name (or one local to a sheet position), replacing any of the same name and scope. */
  setDefinedName(name: string, reference: string, localSheetId: number | null = null): void {
    const container = this.definedNamesElement();
    for (const element of childElements(container, "definedName")) {
      const local = element.getAttribute("localSheetId");
      const sameScope = localSheetId === null ? local === null || local === "" : local === String(localSheetId);
      if (sameScope && (element.getAttribute("name") ?? "").toLowerCase() === name.toLowerCase()) container.removeChild(element);
    }
    const element = createLike(container, "definedName");
    element.setAttribute("name", name);
    if (localSheetId !== null) element.setAttribute("localSheetId", String(localSheetId));
    element.appendChild(this.workbook.createTextNode(reference));
    container.appendChild(element);
  }

  /** Names local to a sheet position whose name starts with the prefix (e.g. "_xlnm." print titles). */
  removeLocalNames(localSheetId: number, prefix: string): void {
    const container = firstChild(rootElement(this.workbook), "definedNames");
    if (!container) return;
    for (const element of childElements(container, "definedName")) {
      if (element.getAttribute("localSheetId") !== String(localSheetId)) continue;
      if ((element.getAttribute("name") ?? "").startsWith(prefix)) container.removeChild(element);
    }
  }

  /** The calculation chain is a cache Excel rebuilds; it must go when cells it lists may no longer hold formulas. */
  async dropCalcChain(): Promise<void> {
    for (const rel of this.relationships().filter((candidate) => candidate.type === REL_TYPES.calcChain)) {
      const part = resolveTarget(this.workbookPart, rel.target);
      this.zip.remove(part);
      this.removeOverride(part);
      this.removeRelationship(rel.id);
    }
  }

  stylesPart(): string | null {
    const rel = this.relationships().find((candidate) => candidate.type === REL_TYPES.styles);
    return rel ? resolveTarget(this.workbookPart, rel.target) : null;
  }

  /** A part path no part has yet: "xl/tables/table" + n + ".xml". */
  freePartPath(stem: string, extension: string): string {
    const taken = new Set(this.zip.paths().map((path) => path.toLowerCase()));
    for (let n = 1; ; n += 1) {
      const candidate = `${stem}${n}${extension}`;
      if (!taken.has(candidate.toLowerCase()) && !this.reserved.has(candidate.toLowerCase())) {
        this.reserved.add(candidate.toLowerCase());
        return candidate;
      }
    }
  }

  addOverride(part: string, contentType: string): void {
    const root = rootElement(this.contentTypes);
    this.removeOverride(part);
    const element = this.contentTypes.createElementNS(NS.contentTypes, "Override");
    element.setAttribute("PartName", `/${part}`);
    element.setAttribute("ContentType", contentType);
    root.appendChild(element);
  }

  /** Makes sure a file extension has a default content type (e.g. "vml"). */
  addDefault(extension: string, contentType: string): void {
    const root = rootElement(this.contentTypes);
    const known = childElements(root, "Default").some(
      (element) => (element.getAttribute("Extension") ?? "").toLowerCase() === extension.toLowerCase(),
    );
    if (known) return;
    const element = this.contentTypes.createElementNS(NS.contentTypes, "Default");
    element.setAttribute("Extension", extension);
    element.setAttribute("ContentType", contentType);
    root.insertBefore(element, root.firstChild);
  }

  removeOverride(part: string): void {
    const root = rootElement(this.contentTypes);
    for (const element of childElements(root, "Override")) {
      if ((element.getAttribute("PartName") ?? "").replace(/^\//, "").toLowerCase() === part.toLowerCase()) root.removeChild(element);
    }
  }

  /**
   * The tab a workbook opens on must be a visible sheet: LibreOffice shows a hidden active sheet, and Excel can open
   * on it. A workbook without a view gets one that opens on its first visible sheet.
   */
  private keepActiveTabVisible(): void {
    const sheets = this.sheets();
    const firstVisible = sheets.findIndex((sheet) => sheet.visibility === "visible");
    if (firstVisible < 0) return;
    const root = rootElement(this.workbook);
    let views = firstChild(root, "bookViews");
    if (!views) {
      views = createLike(root, "bookViews");
      insertInOrder(root, views, ["sheets", "functionGroups", "externalReferences", "definedNames", ...AFTER_DEFINED_NAMES]);
    }
    let view = firstChild(views, "workbookView");
    if (!view) {
      view = createLike(views, "workbookView");
      views.appendChild(view);
    }
    const active = Number(view.getAttribute("activeTab") ?? 0);
    if (sheets[active]?.visibility !== "visible") view.setAttribute("activeTab", String(firstVisible));
    const first = Number(view.getAttribute("firstSheet") ?? 0);
    if (first > Number(view.getAttribute("activeTab"))) view.setAttribute("firstSheet", view.getAttribute("activeTab") ?? "0");
  }

  /** Writes the edited workbook, relationships and content types back into the package. */
  commit(): void {
    this.keepActiveTabVisible();
    this.zip.put(this.workbookPart, serializeXml(this.workbook));
    this.zip.put(relsPathFor(this.workbookPart), serializeXml(this.workbookRels));
    this.zip.put("[Content_Types].xml", serializeXml(this.contentTypes));
  }

  private readonly reserved = new Set<string>();

  private addRelationship(type: string, part: string): string {
    const root = rootElement(this.workbookRels);
    const ids = new Set(this.relationships().map((rel) => rel.id));
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n += 1;
    const element = this.workbookRels.createElementNS(NS.pkgRel, "Relationship");
    element.setAttribute("Id", `rId${n}`);
    element.setAttribute("Type", type);
    element.setAttribute("Target", relativeTarget(this.workbookPart, part));
    root.appendChild(element);
    return `rId${n}`;
  }

  private removeRelationship(id: string): void {
    const root = rootElement(this.workbookRels);
    for (const element of childElements(root, "Relationship")) {
      if (element.getAttribute("Id") === id) root.removeChild(element);
    }
  }

  private sheetsElement(): Element {
    const sheets = firstChild(rootElement(this.workbook), "sheets");
    if (sheets) return sheets;
    const created = createLike(rootElement(this.workbook), "sheets");
    insertInOrder(rootElement(this.workbook), created, ["functionGroups", "externalReferences", "definedNames", ...AFTER_DEFINED_NAMES]);
    return created;
  }

  private sheetElements(): Element[] {
    const sheets = firstChild(rootElement(this.workbook), "sheets");
    return sheets ? childElements(sheets, "sheet") : [];
  }

  private sheetElement(name: string): Element | null {
    return this.sheetElements().find((element) => element.getAttribute("name") === name) ?? null;
  }

  private definedNamesElement(): Element {
    const root = rootElement(this.workbook);
    const existing = firstChild(root, "definedNames");
    if (existing) return existing;
    const created = createLike(root, "definedNames");
    insertInOrder(root, created, AFTER_DEFINED_NAMES);
    return created;
  }

  private removeNamesLocalTo(index: number): void {
    const container = firstChild(rootElement(this.workbook), "definedNames");
    if (!container) return;
    for (const element of childElements(container, "definedName")) {
      if (element.getAttribute("localSheetId") === String(index)) container.removeChild(element);
    }
  }

  /** Sheet-local names and the workbook view point at sheets by position; inserting or removing one shifts them. */
  private shiftSheetIndexes(from: number, delta: number): void {
    const root = rootElement(this.workbook);
    const names = firstChild(root, "definedNames");
    for (const element of names ? childElements(names, "definedName") : []) {
      const local = element.getAttribute("localSheetId");
      if (local !== null && local !== "" && Number(local) >= from) element.setAttribute("localSheetId", String(Number(local) + delta));
    }
    const views = firstChild(root, "bookViews");
    for (const view of views ? childElements(views, "workbookView") : []) {
      for (const attribute of ["activeTab", "firstSheet"]) {
        const value = view.getAttribute(attribute);
        if (value !== null && Number(value) >= from && Number(value) + delta >= 0) view.setAttribute(attribute, String(Number(value) + delta));
      }
    }
  }
}

export function readRelationships(document: Document): Relationship[] {
  return childElements(rootElement(document), "Relationship").map((element) => ({
    id: element.getAttribute("Id") ?? "",
    type: element.getAttribute("Type") ?? "",
    target: element.getAttribute("Target") ?? "",
    external: element.getAttribute("TargetMode") === "External",
  }));
}
