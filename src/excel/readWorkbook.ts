import { isAddInChart } from "../workbook/chartNames";
import { chooseMetadataSheet, gridToMetadata, isMetadataSheetName, looksLikeMetadata, METADATA_SHEET } from "../workbook/metadataSheet";
import type { DefinedName, SheetVisibility, TableInfo } from "../workbook/port";
import type { CellBlock } from "./addressing";
import { fromExcelRows } from "./excelCellValues";
import type { MarkReadRequest, MarkState } from "./markState";
import { finishMarkReads, NO_MARK_STATE, queueMarkReads } from "./markState";
import { nameKey } from "./writeSteps";

/**
 * A sheet-scoped, hidden name recording the rows this adapter grouped and how deeply, so a rewrite can ungroup
 * them: Office.js cannot read outline levels, and ungrouping rows that are not grouped is not safe to assume.
 */
export const OUTLINE_NAME = "_PlanTrackerOutline";

export function outlineComment(depth: number): string {
  return `rowGroupDepth=${depth}`;
}

function depthFromComment(comment: string): number {
  const match = /rowGroupDepth=(\d+)/.exec(comment);
  return match ? Number(match[1]) : 0;
}

export interface ExistingSheet {
  readonly name: string;
  readonly visibility: SheetVisibility;
  readonly protected: boolean;
  /** How the sheet is protected, to protect it again the same way after marking. */
  readonly protectionOptions: Excel.WorksheetProtectionOptions;
}

export interface ExistingWorkbook {
  /** In tab order. */
  readonly sheets: readonly ExistingSheet[];
  readonly tables: readonly TableInfo[];
  readonly names: readonly DefinedName[];
  readonly metadata: Readonly<Record<string, string>>;
  /** Where the metadata is, or goes: never a user's sheet that only shares the name (see chooseMetadataSheet). */
  readonly metadataSheet: string;
  /** Outline depth recorded on each asked sheet (by nameKey); absent when none. */
  readonly outlineDepths: ReadonlyMap<string, number>;
  /** The add-in's charts on each asked sheet (by nameKey), by name; absent when none. */
  readonly addInCharts: ReadonlyMap<string, readonly string[]>;
  /** Number formats of the asked ranges, by request id; absent when the sheet did not exist. */
  readonly rangeFormats: ReadonlyMap<number, readonly (readonly unknown[])[]>;
  /** Fills and comments of the cells marks touch (empty unless the request asked for marks). */
  readonly marks: MarkState;
  /** Syncs this read cost: 1, or 2 when marks need comments located or recorded marks checked. */
  readonly syncs: number;
}

export interface ReadRequest {
  readonly metadata: boolean;
  /** Sheets about to be rewritten: their outline record and the add-in's charts on them are wanted. */
  readonly outlineSheets: readonly string[];
  /** Ranges whose number formats are wanted (targets of writeRange), keyed by an id. */
  readonly ranges: readonly { readonly id: number; readonly sheet: string; readonly block: CellBlock }[];
  /** What markCells and clearMarks need; null when the apply has neither. */
  readonly marks: MarkReadRequest | null;
}

/** The names the metadata sheet may have: "_plan_tracker", then "_plan_tracker_2"… beside users' look-alikes. */
const METADATA_CANDIDATES = [METADATA_SHEET, ...[2, 3, 4, 5].map((n) => `${METADATA_SHEET}_${n}`)];

const VISIBILITY: Record<string, SheetVisibility> = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" };

/** Everything apply and inspect need to know about the workbook: one sync, two when marks need it. */
export async function readWorkbook(context: Excel.RequestContext, request: ReadRequest): Promise<ExistingWorkbook> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name, items/visibility, items/position, items/protection/protected, items/protection/options");
  const tables = context.workbook.tables;
  tables.load("items/name, items/worksheet/name");
  const names = context.workbook.names;
  names.load("items/name, items/formula");
  const wantsMetadata = request.metadata || request.marks !== null;
  // The metadata sheet and its look-alike names, read in the same sync; the first one that verifies is ours.
  const metadataRanges = wantsMetadata ? METADATA_CANDIDATES.map((name) => ({ name, range: worksheets.getItemOrNullObject(name).getRange("A1:B1") })) : [];
  for (const candidate of metadataRanges) candidate.range.load("values");
  const metadataValues = wantsMetadata ? METADATA_CANDIDATES.map((name) => worksheets.getItemOrNullObject(name).getUsedRangeOrNullObject(true)) : [];
  for (const range of metadataValues) range.load("values");
  const outlineRecords = request.outlineSheets.map((sheet) => {
    const record = worksheets.getItemOrNullObject(sheet).names.getItemOrNullObject(OUTLINE_NAME);
    record.load("comment");
    return { sheet, record };
  });
  const chartLists = request.outlineSheets.map((sheet) => {
    const charts = worksheets.getItemOrNullObject(sheet).charts;
    charts.load("items/name");
    return { sheet, charts };
  });
  const formatRanges = request.ranges.map(({ id, sheet, block }) => {
    const range = worksheets
      .getItemOrNullObject(sheet)
      .getRangeByIndexes(block.row, block.column, block.rowCount, block.columnCount);
    range.load("numberFormat");
    return { id, range };
  });
  const markReads = request.marks ? queueMarkReads(context, request.marks) : null;
  await context.sync();

  const sheets = [...worksheets.items]
    .sort((a, b) => a.position - b.position)
    .map((sheet) => ({
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? "visible",
      protected: sheet.protection.protected,
      protectionOptions: sheet.protection.options,
    }));
  const outlineDepths = new Map<string, number>();
  for (const { sheet, record } of outlineRecords) {
    if (!record.isNullObject) outlineDepths.set(nameKey(sheet), depthFromComment(record.comment));
  }
  const addInCharts = new Map<string, readonly string[]>();
  for (const { sheet, charts } of chartLists) {
    const names = charts.isNullObject ? [] : charts.items.map((chart) => chart.name).filter(isAddInChart);
    if (names.length > 0) addInCharts.set(nameKey(sheet), names);
  }
  const rangeFormats = new Map<number, readonly (readonly unknown[])[]>();
  for (const { id, range } of formatRanges) {
    if (!range.isNullObject) rangeFormats.set(id, range.numberFormat);
  }
  const verified = (name: string): boolean => {
    const index = METADATA_CANDIDATES.findIndex((candidate) => candidate.toLowerCase() === name.toLowerCase());
    const header = metadataRanges[index]?.range;
    const visibility = sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase())?.visibility ?? "visible";
    return header !== undefined && !header.isNullObject && looksLikeMetadata(visibility, fromExcelRows(header.values));
  };
  const metadataSheet = chooseMetadataSheet(
    sheets.filter((sheet) => isMetadataSheetName(sheet.name)),
    verified,
  );
  let metadata: Record<string, string> = {};
  if (metadataSheet.exists) {
    const index = METADATA_CANDIDATES.findIndex((candidate) => candidate.toLowerCase() === metadataSheet.name.toLowerCase());
    const used = metadataValues[index];
    if (used && !used.isNullObject) metadata = gridToMetadata(fromExcelRows(used.values));
  }
  const marks =
    markReads && request.marks
      ? await finishMarkReads(context, markReads, metadata, request.marks.clearSheets, sheets.map((sheet) => sheet.name))
      : { state: NO_MARK_STATE, syncs: 0 };
  return {
    sheets,
    tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name })),
    names: names.items.map((item) => ({ name: item.name, reference: String(item.formula).replace(/^=/, "") })),
    metadata,
    metadataSheet: metadataSheet.name,
    outlineDepths,
    addInCharts,
    rangeFormats,
    marks: marks.state,
    syncs: 1 + marks.syncs,
  };
}
