import type { Document, Element } from "@xmldom/xmldom";
import { fromA1 } from "../../domain/grid/cellAddress";
import { isAddInChart } from "../../workbook/chartNames";
import type { ChartSpec } from "../../workbook/port";
import { childElements, escapeXmlAttribute, parseXml, rootElement } from "../package/xmlParts";

const XDR_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const ANCHORS = ["twoCellAnchor", "oneCellAnchor", "absoluteAnchor"];

/** A drawing part with nothing on it yet. */
export function emptyDrawing(): Document {
  return parseXml(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}"/>`);
}

export function anchorCount(drawing: Document): number {
  return anchorsOf(drawing).length;
}

/**
 * Takes the add-in's charts (named by addInChartName) off a drawing, leaving the user's shapes and charts where they
 * are. Returns the relationship ids of the removed charts, whose parts the caller deletes.
 */
export function removeAddInCharts(drawing: Document): string[] {
  const removed: string[] = [];
  for (const anchor of anchorsOf(drawing)) {
    const frame = descendant(anchor, "graphicFrame");
    const name = frame ? descendant(frame, "cNvPr")?.getAttribute("name") : null;
    if (!frame || !name || !isAddInChart(name)) continue;
    const relId = descendant(frame, "chart")?.getAttributeNS(R_NS, "id");
    if (relId) removed.push(relId);
    anchor.parentNode?.removeChild(anchor);
  }
  return removed;
}

/**
 * Puts a chart over the cells from `chart.from` to `chart.to`, both included, as Office.js setPosition does. The
 * anchor moves and sizes with its cells, so the chart stays over the rows it was drawn beside.
 */
export function addChartAnchor(drawing: Document, chart: ChartSpec, name: string, relId: string): void {
  const from = cellOf(chart.from);
  const to = cellOf(chart.to);
  const xml =
    `<xdr:twoCellAnchor xmlns:xdr="${XDR_NS}" xmlns:a="${A_NS}">` +
    `${markerXml("from", from.column, from.row)}${markerXml("to", to.column + 1, to.row + 1)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${nextFrameId(drawing)}" name="${escapeXmlAttribute(name)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C_NS}"><c:chart xmlns:c="${C_NS}" xmlns:r="${R_NS}" r:id="${escapeXmlAttribute(relId)}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
  const anchor = drawing.importNode(rootElement(parseXml(xml)), true);
  rootElement(drawing).appendChild(anchor);
  dropRedundantDeclarations(anchor);
}

/** The anchor declares its namespaces so it fits any drawing; where the drawing's root already binds them they go. */
function dropRedundantDeclarations(anchor: Element): void {
  const root = anchor.parentNode as Element;
  for (const attribute of Array.from(anchor.attributes)) {
    const prefix = attribute.name.startsWith("xmlns:") ? attribute.name.slice("xmlns:".length) : null;
    if (prefix && root.lookupNamespaceURI(prefix) === attribute.value) anchor.removeAttribute(attribute.name);
  }
}

function markerXml(tag: "from" | "to", column: number, row: number): string {
  return `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
}

function cellOf(address: string): { readonly row: number; readonly column: number } {
  const position = fromA1(address);
  if (!position) throw new RangeError(`A chart corner must be one cell: ${address}`);
  return position;
}

/** Shape ids are unique within a drawing; the user's shapes keep theirs. */
function nextFrameId(drawing: Document): number {
  let highest = 1;
  for (const element of Array.from(drawing.getElementsByTagNameNS(XDR_NS, "cNvPr"))) {
    highest = Math.max(highest, Number(element.getAttribute("id")) || 0);
  }
  return highest + 1;
}

function anchorsOf(drawing: Document): Element[] {
  return childElements(rootElement(drawing)).filter((element) => ANCHORS.includes(element.localName ?? ""));
}

function descendant(element: Element, localName: string): Element | null {
  for (const child of childElements(element)) {
    if (child.localName === localName) return child;
    const found = descendant(child, localName);
    if (found) return found;
  }
  return null;
}
