import type { HostDetection } from "./detectHost";
import type { WorkbookSession } from "./workbookSession";

/** A file the user picked, as both the browser's File and test doubles provide it. */
export interface PickedFile {
  readonly name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Opening and saving .xlsx files: standalone mode only (in Excel, Excel owns the file). */
export interface WorkbookFiles {
  /** Replaces the in-memory workbook; resolves to the number of sheets opened. Rejects if the bytes are not .xlsx. */
  open(file: PickedFile): Promise<{ readonly sheets: number }>;
  /** Hands the current workbook to the browser as a download; resolves to the file name used. */
  download(): Promise<string>;
}

/** Everything the UI needs from its surroundings, chosen once by the composition root. */
export interface PaneRuntime {
  readonly mode: "excel" | "standalone";
  readonly detection: HostDetection;
  readonly session: WorkbookSession;
  readonly files: WorkbookFiles | null;
}
