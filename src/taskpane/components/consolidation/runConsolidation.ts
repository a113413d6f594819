import type { Agency, AgencySuccession } from "../../../domain/catalog/agency";
import type { PlanCatalog } from "../../../domain/catalog/types";
import type { ConsolidatedReport } from "../../../domain/consolidation/consolidateReport";
import type { ProgressProfileId } from "../../../domain/consolidation/progressStatus";
import type { ReportSheetRole } from "../../../domain/consolidation/reportSheets";
import type { WorkbookPort } from "../../../workbook/port";
import { consolidate, type ReturnSource } from "../../../workflows/consolidate";
import type { TemplateError } from "../../../workflows/generateTemplates";
import { sentOn } from "../sentDate";
import type { TemplateTarget } from "../templates/templateTarget";

/**
 * The pane's consolidation run: read the picked files one by one (a file that cannot be read is set aside, the
 * others go on), consolidate, and hand the report over: a downloaded .xlsx (standalone) or sheets of the open
 * workbook (Excel). Everything that can fail here resolves to an outcome; only a bug rejects.
 */

/** A picked file: the browser's File, or a test double. */
export interface ReturnFile {
  readonly name: string;
  /** Milliseconds since the epoch: the day the agency's file was last saved, taken as the day it was sent. */
  readonly lastModified: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export interface ConsolidationRequest {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly files: readonly ReturnFile[];
  /** The date sent the officer typed (dd/mm/yyyy) for a picked file; not a real day, it is ignored (sentOn). */
  readonly sent: ReadonlyMap<ReturnFile, string>;
  /** Last year's report (.xlsx) or its data sheet as CSV. */
  readonly history: ReturnFile | null;
  /** Files to merge despite structural errors. */
  readonly include: readonly string[];
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
  /** Cut points the progress statuses are judged by. */
  readonly profile: ProgressProfileId;
}

export type ConsolidationProgress =
  | { readonly stage: "reading"; readonly done: number; readonly total: number; readonly file: string }
  | { readonly stage: "consolidating" };

export interface UnreadableFile {
  readonly file: string;
  readonly error: unknown;
}

export type HistoryOutcome =
  | { readonly kind: "none" }
  | { readonly kind: "found" | "not_found"; readonly file: string }
  | { readonly kind: "unreadable"; readonly file: string; readonly error: unknown };

export type Written =
  | { readonly kind: "file"; readonly fileName: string }
  | {
      readonly kind: "sheets";
      readonly sheets: readonly string[];
      /** Sheets of the officer's that had a report sheet's name, left untouched, and the name the report took. */
      readonly beside: readonly SheetBeside[];
    };

export interface SheetBeside {
  readonly sheet: string;
  readonly used: string;
}

export type ConsolidationOutcome =
  | { readonly kind: "error"; readonly error: TemplateError }
  | {
      readonly kind: "done";
      readonly report: ConsolidatedReport;
      readonly unreadable: readonly UnreadableFile[];
      readonly history: HistoryOutcome;
      readonly written: Written;
    };

/** The downloaded report's name. */
export function reportFileName(year: number): string {
  return `bao-cao-tong-hop-${year}.xlsx`;
}

export async function runConsolidation(
  request: ConsolidationRequest,
  target: TemplateTarget,
  onProgress: (progress: ConsolidationProgress) => void,
): Promise<ConsolidationOutcome> {
  const adapter = await import(/* webpackChunkName: "file-adapter" */ "../../../xlsx/xlsxWorkbook");
  const open = (file: ReturnFile) =>
    file.arrayBuffer().then((bytes) => adapter.openWorkbookFile(bytes, { fileName: file.name }));
  const { returns, unreadable } = await readReturns(request, open, onProgress);
  const history = await openHistory(request.history, open);
  onProgress({ stage: "consolidating" });
  const book = target.kind === "files" ? await adapter.createXlsxWorkbook() : null;
  const result = await consolidate(
    {
      plans: request.plans,
      year: request.year,
      returns,
      agencies: request.agencies,
      successions: request.successions,
      include: request.include,
      history: history.port,
      profile: request.profile,
    },
    target.kind === "excel" ? target.port : book!,
  );
  if (!result.ok) return { kind: "error", error: result.error };
  const historyOutcome: HistoryOutcome =
    history.port && request.history
      ? { kind: result.historyFound ? "found" : "not_found", file: request.history.name }
      : history.outcome;
  let written: Written;
  if (target.kind === "excel") {
    target.changed();
    const taken = Object.entries(result.placement.taken) as [ReportSheetRole, string][];
    written = {
      kind: "sheets",
      sheets: result.report.sheets.map((sheet) => sheet.name),
      beside: taken.map(([role, sheet]) => ({ sheet, used: result.placement.names[role] })),
    };
  } else {
    const fileName = reportFileName(request.year);
    target.save(fileName, await book!.toBuffer());
    written = { kind: "file", fileName };
  }
  return { kind: "done", report: result.report, unreadable, history: historyOutcome, written };
}

/** One file at a time, so that progress means something and only one file's bytes are held while it opens. */
async function readReturns(
  { files, sent }: Pick<ConsolidationRequest, "files" | "sent">,
  open: (file: ReturnFile) => Promise<WorkbookPort>,
  onProgress: (progress: ConsolidationProgress) => void,
): Promise<{ returns: ReturnSource[]; unreadable: UnreadableFile[] }> {
  const returns: ReturnSource[] = [];
  const unreadable: UnreadableFile[] = [];
  for (const [index, file] of files.entries()) {
    onProgress({ stage: "reading", done: index, total: files.length, file: file.name });
    try {
      returns.push({ file: file.name, port: await open(file), submittedOn: sentOn(file, sent.get(file))?.on ?? null });
    } catch (error) {
      unreadable.push({ file: file.name, error });
    }
  }
  return { returns, unreadable };
}

async function openHistory(
  file: ReturnFile | null,
  open: (file: ReturnFile) => Promise<WorkbookPort>,
): Promise<{ port: WorkbookPort | null; outcome: HistoryOutcome }> {
  if (!file) return { port: null, outcome: { kind: "none" } };
  try {
    // Whether it holds a data sheet is for the workflow to say.
    return { port: await open(file), outcome: { kind: "none" } };
  } catch (error) {
    return { port: null, outcome: { kind: "unreadable", file: file.name, error } };
  }
}
