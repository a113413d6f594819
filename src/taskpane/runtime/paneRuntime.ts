import type { HostDetection } from "./detectHost";
import type { WorkbookSession } from "./workbookSession";

/** A file the user picked, as both the browser's File and test doubles provide it. */
export interface PickedFile {
  readonly name: string;
  /** Bytes, known before reading: a file over the limit is refused unread. */
  readonly size: number;
  /** When the file was last saved (File.lastModified, ms): tells the newer of two returns of one agency. */
  readonly lastModified?: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** What opening a file gave: how many visible sheets, its format, and whether the add-in may write into it. */
export interface OpenedFile {
  readonly sheets: number;
  readonly format: "xlsx" | "xls" | "ods" | "csv";
  readonly writable: boolean;
}

/**
 * Opening and saving workbook files: standalone mode only (in Excel, Excel owns the file). .xlsx, .xls, .ods and .csv
 * open; only .xlsx is written, and then everything in it that the add-in did not make is kept as it was.
 */
export interface WorkbookFiles {
  /** Replaces the in-memory workbook. Rejects with a WorkbookFileError if the bytes are not a readable workbook. */
  open(file: PickedFile): Promise<OpenedFile>;
  /** Hands the current workbook to the browser as a download; resolves to the file name used. */
  download(): Promise<string>;
  /** Hands other bytes to the browser as a download (a template, a .zip of templates). */
  save(fileName: string, bytes: Uint8Array): void;
}

/** Everything the UI needs from its surroundings, chosen once by the composition root. */
export interface PaneRuntime {
  readonly mode: "excel" | "standalone";
  readonly detection: HostDetection;
  readonly session: WorkbookSession;
  readonly files: WorkbookFiles | null;
  /** Opens .xlsx bytes as a new Excel workbook; absent where the host cannot (standalone, Excel before ExcelApi 1.8). */
  readonly openNewWorkbook?: (bytes: Uint8Array) => Promise<void>;
}
