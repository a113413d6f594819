import type { Grid } from "../domain/grid/cellValue";
import type { ApplyOptions, ApplyReport, WorkbookChange, WorkbookInfo, WorkbookPort } from "../workbook/port";
import { parseBlockAddress } from "./addressing";
import { fromExcelRows, gridWidth } from "./excelCellValues";
import { ExcelAdapterError, toExcelAdapterError } from "./excelAdapterError";
import type { LiftedProtection } from "./planWrites";
import { planWrites } from "./planWrites";
import type { MarkReadRequest } from "./markState";
import { normalMarkAddress } from "./markState";
import { readCells } from "./readCells";
import type { ReadRequest } from "./readWorkbook";
import { readWorkbook } from "./readWorkbook";
import { createWriteSession, packSteps, SYNC_BUDGET_BYTES } from "./writeSteps";

export interface ExcelWorkbookOptions {
  /** Requirement-set check; defaults to Office.context.requirements (and to "yes" where Office is absent). */
  readonly isSetSupported?: (name: string, version: string) => boolean;
}

function officeSupports(name: string, version: string): boolean {
  if (typeof Office === "undefined") return true;
  return Office.context.requirements.isSetSupported(name, version);
}

async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(batch);
  } catch (error) {
    throw toExcelAdapterError(error);
  }
}

/** The used range starts where the first value is; the port's grids start at A1. */
function padToA1(values: Grid, rowIndex: number, columnIndex: number): Grid {
  const width = columnIndex + (values[0]?.length ?? 0);
  const blankRows = Array.from({ length: rowIndex }, () => Array.from({ length: width }, () => null));
  const padding = Array.from({ length: columnIndex }, () => null);
  return [...blankRows, ...values.map((row) => [...padding, ...row])];
}

async function readSheetValues(context: Excel.RequestContext, name: string, address?: string): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  if (address !== undefined) {
    const range = sheet.getRange(address);
    range.load("values");
    await context.sync();
    return fromExcelRows(range.values);
  }
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  await context.sync();
  if (used.isNullObject) return [];
  return padToA1(fromExcelRows(used.values), used.rowIndex, used.columnIndex);
}

/** Rows per read when a sheet is too large for one response; the docs suggest 5,000 to 20,000. */
const READ_BLOCK_ROWS = 5_000;

function isPayloadLimit(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "RequestPayloadSizeLimitExceeded";
}

/**
 * The fallback when one response would pass Excel on the web's 5 MB: the range's extent in one sync, then its
 * values in row blocks, halving a block that is still too large.
 */
async function readSheetInBlocks(context: Excel.RequestContext, name: string, address?: string): Promise<Grid> {
  const sheet = context.workbook.worksheets.getItem(name);
  const extent = address === undefined ? sheet.getUsedRangeOrNullObject(true) : sheet.getRange(address);
  extent.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  if (extent.isNullObject) return [];
  const { rowIndex, columnIndex, rowCount, columnCount } = extent;
  const rows: Grid[number][] = [];
  let blockRows = READ_BLOCK_ROWS;
  let start = 0;
  while (start < rowCount) {
    const count = Math.min(blockRows, rowCount - start);
    const block = sheet.getRangeByIndexes(rowIndex + start, columnIndex, count, columnCount);
    block.load("values");
    try {
      // One sync per bounded block of rows, only for sheets too large for a single response.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (!isPayloadLimit(error) || count === 1) throw error;
      blockRows = Math.ceil(count / 2);
      continue;
    }
    rows.push(...fromExcelRows(block.values));
    start += count;
  }
  return address === undefined ? padToA1(rows, rowIndex, columnIndex) : rows;
}

/** What the read sync of an apply must fetch besides sheets, tables and names. */
function readRequestFor(changes: readonly WorkbookChange[]): ReadRequest {
  const ranges: ReadRequest["ranges"][number][] = [];
  changes.forEach((change, id) => {
    if (change.kind !== "writeRange") return;
    const block = parseBlockAddress(change.address);
    const height = change.values.length;
    const width = gridWidth(change.values);
    if (!block || height === 0 || width === 0) return;
    ranges.push({ id, sheet: change.sheet, block: { row: block.row, column: block.column, rowCount: height, columnCount: width } });
  });
  return {
    metadata: changes.some((change) => change.kind === "setMetadata"),
    outlineSheets: changes.flatMap((change) => (change.kind === "writeSheet" ? [change.sheet.name] : [])),
    ranges,
    marks: markReadRequest(changes),
  };
}

/** The cells markCells will cover and the sheets clearMarks will clear; null when there are no marks. */
function markReadRequest(changes: readonly WorkbookChange[]): MarkReadRequest | null {
  const cells = changes.flatMap((change) =>
    change.kind === "markCells"
      ? change.marks.map((mark) => ({ sheet: change.sheet, address: normalMarkAddress(mark.address) }))
      : [],
  );
  const clearSheets = changes.flatMap((change) => (change.kind === "clearMarks" ? [change.sheet] : []));
  return cells.length > 0 || clearSheets.length > 0 ? { cells, clearSheets } : null;
}

async function applyChanges(
  context: Excel.RequestContext,
  changes: readonly WorkbookChange[],
  options: ApplyOptions,
  supports: (name: string, version: string) => boolean,
): Promise<ApplyReport> {
  const existing = await readWorkbook(context, readRequestFor(changes));
  const { steps, lifted } = planWrites(changes, existing, {
    rowGroups: supports("ExcelApi", "1.10"),
    pageLayout: supports("ExcelApi", "1.9"),
    rangeAreas: supports("ExcelApi", "1.9"),
  });
  const batches = packSteps(steps, SYNC_BUDGET_BYTES);
  const suspendScreen = supports("ExcelApi", "1.9");
  const session = createWriteSession(context);
  let roundTrips = existing.syncs;
  for (const [index, batch] of batches.entries()) {
    context.workbook.application.suspendApiCalculationUntilNextSync();
    if (suspendScreen) context.workbook.application.suspendScreenUpdatingUntilNextSync();
    for (const step of batch) step.queue(session);
    try {
      // One sync per payload-bounded batch, as the docs advise for large writes; never one per row or cell.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (lifted.length > 0) await protectAgain(context, lifted);
      throw protectionError(error, lifted);
    }
    roundTrips += 1;
    options.onProgress?.((index + 1) / batches.length);
  }
  return { roundTrips };
}

/**
 * After a failed write, the sheets marks had unprotected are protected again as they were (two more syncs, on this
 * failure path only): a sheet left open would let the agency's locked cells be edited. Best effort: the write's
 * own error is the one reported.
 */
async function protectAgain(context: Excel.RequestContext, lifted: readonly LiftedProtection[]): Promise<void> {
  try {
    const sheets = lifted.map((entry) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(entry.sheet);
      sheet.load("protection/protected");
      return { entry, sheet };
    });
    await context.sync();
    for (const { entry, sheet } of sheets) {
      if (!sheet.isNullObject && !sheet.protection.protected) sheet.protection.protect(entry.options, entry.password);
    }
    await context.sync();
  } catch {
    // The write's error says what went wrong; this one would hide it.
  }
}

/** A failed unprotect means a password the add-in does not know: the pane asks the officer to unprotect the sheet. */
function protectionError(error: unknown, lifted: readonly LiftedProtection[]): unknown {
  const location = (error as { debugInfo?: { errorLocation?: unknown } } | null)?.debugInfo?.errorLocation;
  if (lifted.length === 0 || typeof location !== "string" || !/unprotect/i.test(location)) return error;
  const names = lifted.map((entry) => `"${entry.sheet}"`).join(", ");
  return new ExcelAdapterError("AccessDenied", `Sheet ${names}: protected with a password the add-in does not know, cannot mark its cells`, error);
}

/**
 * The WorkbookPort over the workbook open in Excel, through Office.js. `inspect`, `readSheet` and `reveal` cost one
 * sync, `readCells` two (a sheet too large for one 5 MB response is then read again in row blocks);
 * `apply` costs one read sync (two when marks must locate comments or check recorded marks) plus one sync per
 * batch of queued writes (one batch unless a batch would pass ~4 MB, Excel on the web refusing requests over 5 MB).
 */
export function createExcelWorkbook(options: ExcelWorkbookOptions = {}): WorkbookPort {
  const supports = options.isSetSupported ?? officeSupports;
  return {
    host: "excel",
    inspect: () =>
      runExcel(async (context): Promise<WorkbookInfo> => {
        const existing = await readWorkbook(context, { metadata: true, outlineSheets: [], ranges: [], marks: null });
        return {
          sheets: existing.sheets.map(({ name, visibility }) => ({ name, visibility })),
          names: existing.names,
          tables: existing.tables,
          metadata: existing.metadata,
        };
      }),
    readSheet: async (name, address) => {
      try {
        return await runExcel((context) => readSheetValues(context, name, address));
      } catch (error) {
        if (!isPayloadLimit(error)) throw error;
        return runExcel((context) => readSheetInBlocks(context, name, address));
      }
    },
    readCells: (name, address) =>
      runExcel((context) => readCells(context, name, address, { mergedAreas: supports("ExcelApi", "1.13") })),
    reveal: (sheet, address) =>
      runExcel(async (context) => {
        const target = context.workbook.worksheets.getItem(sheet);
        target.activate();
        target.getRange(address).select();
        await context.sync();
      }),
    apply: async (changes, applyOptions = {}) => {
      if (changes.length === 0) return { roundTrips: 0 };
      return runExcel((context) => applyChanges(context, changes, applyOptions, supports));
    },
  };
}
