import type { Document } from "@xmldom/xmldom";
import type { Grid } from "../../domain/grid/cellValue";
import { addInChartName } from "../../workbook/chartNames";
import type { ChartSpec } from "../../workbook/port";
import { chartPartXml } from "../charts/chartPart";
import { addChartAnchor, anchorCount, emptyDrawing, removeAddInCharts } from "../charts/drawingPart";
import { CONTENT_TYPES, REL_TYPES, type Relationship, type WorkbookPackage } from "../package/workbookPackage";
import { parseXml, serializeXml } from "../package/xmlParts";
import { relsPathFor } from "../package/zipPackage";

/** The charts to draw on one grafted sheet, with the values they are drawn from (for the caches). */
export interface SheetCharts {
  readonly sheet: string;
  readonly charts: readonly ChartSpec[];
  readonly values: Grid;
}

/** The sheet-to-drawing relationship id a new drawing gets; kept relationships are "rIdKept…", tables "rId…". */
const NEW_DRAWING_REL = "rIdCharts";

interface DrawingEdit {
  readonly part: string;
  readonly document: Document;
  readonly rels: Relationship[];
  /** The sheet's relationship to the drawing; null when the drawing is new. */
  readonly sheetRel: Relationship | null;
}

/**
 * Draws a sheet's charts and removes the ones the add-in drew there before. A sheet has one drawing: the add-in's
 * charts join the user's drawing when there is one (the user's chart parts stay as they are), else get a drawing of
 * their own, which goes again once it holds nothing. Returns the sheet's relationships to keep, drawing included.
 */
export async function placeCharts(target: WorkbookPackage, kept: readonly Relationship[], wanted: SheetCharts): Promise<Relationship[]> {
  const sheetRel = kept.find((rel) => rel.type.endsWith("/drawing") && !rel.external) ?? null;
  if (!sheetRel && wanted.charts.length === 0) return [...kept];
  const edit = await openDrawing(target, sheetRel);
  const removed = removeAddInCharts(edit.document);
  if (removed.length === 0 && wanted.charts.length === 0) return [...kept];
  dropChartParts(target, edit, removed);
  wanted.charts.forEach((chart, index) => addChart(target, edit, chart, index, wanted));
  const others = kept.filter((rel) => rel !== sheetRel);
  if (anchorCount(edit.document) === 0) {
    dropDrawing(target, edit);
    return others;
  }
  target.zip.put(edit.part, serializeXml(edit.document));
  target.putRelationships(edit.part, edit.rels);
  target.addOverride(edit.part, CONTENT_TYPES.drawing);
  return [...others, sheetRel ?? { id: NEW_DRAWING_REL, type: REL_TYPES.drawing, target: edit.part, external: false }];
}

async function openDrawing(target: WorkbookPackage, sheetRel: Relationship | null): Promise<DrawingEdit> {
  const text = sheetRel ? await target.zip.text(sheetRel.target) : null;
  if (!sheetRel || text === null) {
    return { part: target.freePartPath("xl/drawings/drawing", ".xml"), document: emptyDrawing(), rels: [], sheetRel: null };
  }
  return { part: sheetRel.target, document: parseXml(text), rels: await target.sheetRelationships(sheetRel.target), sheetRel };
}

/** A removed chart's part, its own relationships and its content type go with it: no orphans. */
function dropChartParts(target: WorkbookPackage, edit: DrawingEdit, removedIds: readonly string[]): void {
  for (const id of removedIds) {
    const index = edit.rels.findIndex((rel) => rel.id === id);
    const rel = edit.rels[index];
    if (!rel) continue;
    edit.rels.splice(index, 1);
    if (rel.external) continue;
    target.zip.remove(rel.target);
    target.zip.remove(relsPathFor(rel.target));
    target.removeOverride(rel.target);
  }
}

function addChart(target: WorkbookPackage, edit: DrawingEdit, chart: ChartSpec, index: number, wanted: SheetCharts): void {
  const part = target.freePartPath("xl/charts/chart", ".xml");
  target.zip.put(part, chartPartXml(chart, wanted.sheet, wanted.values));
  target.addOverride(part, CONTENT_TYPES.chart);
  const id = freeRelId(edit.rels);
  edit.rels.push({ id, type: REL_TYPES.chart, target: part, external: false });
  addChartAnchor(edit.document, chart, addInChartName(index + 1), id);
}

function dropDrawing(target: WorkbookPackage, edit: DrawingEdit): void {
  target.zip.remove(edit.part);
  target.zip.remove(relsPathFor(edit.part));
  target.removeOverride(edit.part);
}

function freeRelId(rels: readonly Relationship[]): string {
  const taken = new Set(rels.map((rel) => rel.id));
  let n = 1;
  while (taken.has(`rIdChart${n}`)) n += 1;
  return `rIdChart${n}`;
}
