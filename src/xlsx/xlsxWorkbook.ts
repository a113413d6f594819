import type { OpenOptions, XlsxWorkbook } from "./fileWorkbook";

/**
 * The file adapter's entry points. The adapter (SheetJS, JSZip, the XML editor, exceljs) loads on first use, so
 * the task pane's first screen does not wait for it; see fileWorkbook.ts for what it does.
 */
export type { OpenOptions, WorkbookFormat, XlsxWorkbook } from "./fileWorkbook";

const adapter = () => import(/* webpackChunkName: "file-adapter" */ "./fileWorkbook");

/** A new, empty .xlsx workbook. */
export async function createXlsxWorkbook(): Promise<XlsxWorkbook> {
  return (await adapter()).createXlsxWorkbook();
}

/** Opens .xlsx (from any program), .xls, .ods or .csv bytes; throws WorkbookFileError with the reason when it cannot. */
export async function openWorkbookFile(data: ArrayBuffer | Uint8Array, options: OpenOptions = {}): Promise<XlsxWorkbook> {
  return (await adapter()).openWorkbookFile(data, options);
}

/** Kept for callers that only ever open .xlsx. */
export const openXlsxWorkbook = openWorkbookFile;
