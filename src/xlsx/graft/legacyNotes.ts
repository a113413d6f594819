import type { Document, Element } from "@xmldom/xmldom";
import { fromA1 } from "../../domain/grid/cellAddress";
import { CONTENT_TYPES, REL_TYPES, type WorkbookPackage } from "../package/workbookPackage";
import { childElements, createLike, firstChild, insertInOrder, NS, parseXml, prefixFor, rootElement, serializeXml } from "../package/xmlParts";
import { relativeTarget, relsPathFor } from "../package/zipPackage";

const AUTHOR = "Plan Tracker";
const AFTER_LEGACY_DRAWING = ["legacyDrawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * A sheet's notes (legacy comments): the comments part holds the text, a VML drawing holds the yellow box each
 * program shows. Notes rather than threaded comments, because every program reads them.
 */
export class SheetNotes {
  private constructor(
    private readonly pkg: WorkbookPackage,
    private readonly commentsPart: string,
    private readonly comments: Document,
    private readonly vmlPart: string,
    private vml: string,
  ) {}

  static async open(pkg: WorkbookPackage, sheetPart: string, sheet: Document): Promise<SheetNotes> {
    const rels = await pkg.sheetRelationships(sheetPart);
    const commentsRel = rels.find((rel) => rel.type === REL_TYPES.comments && !rel.external);
    const vmlRel = rels.find((rel) => rel.type === REL_TYPES.vmlDrawing && !rel.external);
    const commentsPart = commentsRel?.target ?? pkg.freePartPath("xl/comments", ".xml");
    const vmlPart = vmlRel?.target ?? pkg.freePartPath("xl/drawings/vmlDrawing", ".vml");
    const commentsText = commentsRel ? await pkg.zip.text(commentsPart) : null;
    const vmlText = vmlRel ? await pkg.zip.text(vmlPart) : null;
    if (!commentsRel || !vmlRel) await linkParts(pkg, sheetPart, sheet, commentsRel ? null : commentsPart, vmlRel ? null : vmlPart);
    return new SheetNotes(
      pkg,
      commentsPart,
      parseXml(commentsText ?? `<comments xmlns="${NS.main}"><authors/><commentList/></comments>`),
      vmlPart,
      vmlText ?? EMPTY_VML,
    );
  }

  /** The note's plain text, or null. */
  text(address: string): string | null {
    const comment = this.find(address);
    return comment ? (comment.textContent ?? "") : null;
  }

  set(address: string, text: string): void {
    const existing = this.find(address);
    if (existing) {
      const body = firstChild(existing, "text");
      if (body) existing.removeChild(body);
      existing.appendChild(this.textElement(existing, text));
      return;
    }
    const list = this.list();
    const comment = createLike(list, "comment");
    comment.setAttribute("ref", address);
    comment.setAttribute("authorId", String(this.authorId()));
    comment.appendChild(this.textElement(comment, text));
    list.appendChild(comment);
    this.vml = this.vml.replace(/<\/xml>\s*$/, `${shape(address)}</xml>`);
  }

  remove(address: string): void {
    const existing = this.find(address);
    if (!existing) return;
    existing.parentNode?.removeChild(existing);
    const position = fromA1(address);
    if (!position) return;
    const pattern = new RegExp(
      `<v:shape\\b(?:(?!<v:shape\\b)[\\s\\S])*?<x:Row>${position.row}</x:Row>\\s*<x:Column>${position.column}</x:Column>[\\s\\S]*?</v:shape>`,
    );
    this.vml = this.vml.replace(pattern, "");
  }

  save(): void {
    this.pkg.zip.put(this.commentsPart, serializeXml(this.comments));
    this.pkg.zip.put(this.vmlPart, this.vml);
  }

  private find(address: string): Element | null {
    return childElements(this.list(), "comment").find((comment) => comment.getAttribute("ref") === address.toUpperCase()) ?? null;
  }

  private list(): Element {
    return firstChild(rootElement(this.comments), "commentList")!;
  }

  private authorId(): number {
    const authors = firstChild(rootElement(this.comments), "authors")!;
    const names = childElements(authors, "author");
    const found = names.findIndex((author) => author.textContent === AUTHOR);
    if (found >= 0) return found;
    const author = createLike(authors, "author");
    author.appendChild(this.comments.createTextNode(AUTHOR));
    authors.appendChild(author);
    return names.length;
  }

  private textElement(parent: Element, text: string): Element {
    const body = createLike(parent, "text");
    const run = createLike(parent, "t");
    run.setAttribute("xml:space", "preserve");
    run.appendChild(this.comments.createTextNode(text));
    body.appendChild(run);
    return body;
  }
}

async function linkParts(pkg: WorkbookPackage, sheetPart: string, sheet: Document, commentsPart: string | null, vmlPart: string | null): Promise<void> {
  const relsPath = relsPathFor(sheetPart);
  const rels = parseXml((await pkg.zip.text(relsPath)) ?? `<Relationships xmlns="${NS.pkgRel}"/>`);
  const root = rootElement(rels);
  const ids = new Set(childElements(root, "Relationship").map((rel) => rel.getAttribute("Id")));
  const add = (type: string, part: string): string => {
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n += 1;
    ids.add(`rId${n}`);
    const rel = rels.createElementNS(NS.pkgRel, "Relationship");
    rel.setAttribute("Id", `rId${n}`);
    rel.setAttribute("Type", type);
    rel.setAttribute("Target", relativeTarget(sheetPart, part));
    root.appendChild(rel);
    return `rId${n}`;
  };
  if (commentsPart) {
    add(REL_TYPES.comments, commentsPart);
    pkg.addOverride(commentsPart, CONTENT_TYPES.comments);
  }
  if (vmlPart) {
    const id = add(REL_TYPES.vmlDrawing, vmlPart);
    pkg.addDefault("vml", CONTENT_TYPES.vml);
    const worksheet = rootElement(sheet);
    const element = createLike(worksheet, "legacyDrawing");
    element.setAttributeNS(NS.rel, `${prefixFor(sheet, NS.rel, "r")}:id`, id);
    insertInOrder(worksheet, element, AFTER_LEGACY_DRAWING);
  }
  pkg.zip.put(relsPath, serializeXml(rels));
}

const EMPTY_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype></xml>`;

let shapeCounter = 0;

/** The note's box, hidden until the cell is pointed at, as Excel draws it. */
function shape(address: string): string {
  const position = fromA1(address)!;
  shapeCounter += 1;
  return `<v:shape id="_x0000_s${2048 + shapeCounter}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:79pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto"><v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${position.column + 1}, 15, ${position.row}, 2, ${position.column + 3}, 15, ${position.row + 4}, 16</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${position.row}</x:Row><x:Column>${position.column}</x:Column></x:ClientData></v:shape>`;
}

