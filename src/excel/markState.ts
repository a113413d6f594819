import { fromA1, toA1 } from "../domain/grid/cellAddress";
import type { MarkRecord } from "../workbook/cellMarks";
import { marksToClear, readMarks } from "../workbook/cellMarks";
import { ExcelAdapterError } from "./excelAdapterError";
import { nameKey } from "./writeSteps";

/** One cell across sheets, e.g. "CHỈ TIÊU!D7": sheet names compare as Excel compares them. */
export function markedCellKey(sheet: string, address: string): string {
  return `${nameKey(sheet)}!${address}`;
}

/** "$d$7" → "D7"; marks are single cells. */
export function normalMarkAddress(address: string): string {
  const position = fromA1(address);
  if (!position) throw new ExcelAdapterError("InvalidArgument", `"${address}" is not one cell (e.g. D7)`);
  return toA1(position);
}

/** What the marks of an apply need to know about the cells they touch, read before any write. */
export interface MarkState {
  /** Fill now ("#RRGGBB", or null for no fill) of the cells to mark and of the recorded marks to clear. */
  readonly fills: ReadonlyMap<string, string | null>;
  /** Comment text now, by cell, for every comment in the workbook. */
  readonly comments: ReadonlyMap<string, string>;
}

export const NO_MARK_STATE: MarkState = { fills: new Map(), comments: new Map() };

export interface MarkReadRequest {
  /** Cells about to be marked. */
  readonly cells: readonly { readonly sheet: string; readonly address: string }[];
  /** The sheet filter of each clearMarks (null: all sheets). */
  readonly clearSheets: readonly (string | null)[];
}

export interface QueuedMarkReads {
  readonly comments: Excel.CommentCollection;
  readonly fills: readonly { readonly key: string; readonly fill: Excel.RangeFill }[];
}

function queueFill(worksheets: Excel.WorksheetCollection, sheet: string, address: string): Excel.RangeFill {
  const fill = worksheets.getItemOrNullObject(sheet).getRange(address).format.fill;
  fill.load("color, tintAndShade");
  return fill;
}

/**
 * Office.js reports "#FFFFFF" for a cell without fill as for a white one; tintAndShade is null only without
 * fill (office-js#4900, #6218). A cell on a missing sheet has no fill either.
 */
function fillOf(fill: Excel.RangeFill): string | null {
  if (fill.tintAndShade === null || fill.tintAndShade === undefined) return null;
  return typeof fill.color === "string" ? fill.color.toUpperCase() : null;
}

/** Queued with the apply's first read: the comments' list and the fills of the cells about to be marked. */
export function queueMarkReads(context: Excel.RequestContext, request: MarkReadRequest): QueuedMarkReads {
  const comments = context.workbook.comments;
  comments.load("items/content");
  const worksheets = context.workbook.worksheets;
  const fills = request.cells.map(({ sheet, address }) => ({
    key: markedCellKey(sheet, address),
    fill: queueFill(worksheets, sheet, address),
  }));
  return { comments, fills };
}

function recordsToCheck(
  metadata: Readonly<Record<string, string>>,
  clearSheets: readonly (string | null)[],
): MarkRecord[] {
  const records = readMarks(metadata);
  const chosen = new Map<string, MarkRecord>();
  for (const sheet of clearSheets) {
    for (const record of marksToClear(records, sheet)) chosen.set(markedCellKey(record.sheet, record.address), record);
  }
  return [...chosen.values()];
}

/**
 * After the first read: where each comment sits and what fill the recorded marks now have need one more sync
 * (a comment's cell is a method, not a property), whatever the number of marks; none when there is nothing
 * to locate. Returns the state and the syncs spent.
 */
export async function finishMarkReads(
  context: Excel.RequestContext,
  queued: QueuedMarkReads,
  metadata: Readonly<Record<string, string>>,
  clearSheets: readonly (string | null)[],
  liveSheets: readonly string[],
): Promise<{ readonly state: MarkState; readonly syncs: number }> {
  const fills = new Map<string, string | null>();
  for (const { key, fill } of queued.fills) fills.set(key, fillOf(fill));
  const live = new Set(liveSheets.map(nameKey));
  const records = recordsToCheck(metadata, clearSheets).filter((record) => live.has(nameKey(record.sheet)));
  // Comments matter only on cells about to be marked or unmarked.
  const items = queued.fills.length > 0 || records.length > 0 ? queued.comments.items : [];
  if (items.length === 0 && records.length === 0) return { state: { fills, comments: new Map() }, syncs: 0 };

  const worksheets = context.workbook.worksheets;
  const located = items.map((comment) => {
    const location = comment.getLocation();
    location.load("rowIndex, columnIndex, worksheet/name");
    return { content: comment.content, location };
  });
  const current = records.map((record) => ({
    key: markedCellKey(record.sheet, record.address),
    fill: queueFill(worksheets, record.sheet, record.address),
  }));
  await context.sync();

  for (const { key, fill } of current) fills.set(key, fillOf(fill));
  const comments = new Map<string, string>();
  for (const { content, location } of located) {
    const address = toA1({ row: location.rowIndex, column: location.columnIndex });
    comments.set(markedCellKey(location.worksheet.name, address), content);
  }
  return { state: { fills, comments }, syncs: 1 };
}
