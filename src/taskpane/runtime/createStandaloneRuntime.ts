import { MAX_INPUT_BYTES } from "../../workbook/fileLimits";
import { WorkbookFileError } from "../../workbook/fileProblems";
import type { XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import type { HostDetection } from "./detectHost";
import type { PaneRuntime, PickedFile, WorkbookFiles } from "./paneRuntime";
import { WorkbookSession } from "./workbookSession";

const DEFAULT_FILE_NAME = "theo-doi-ke-hoach.xlsx";

/** The file adapter (SheetJS, JSZip, the XML editor, exceljs) is its own chunk, so the first screen does not wait for it. */
const fileAdapter = () => import(/* webpackChunkName: "file-adapter" */ "../../xlsx/xlsxWorkbook");

/** Standalone mode: an in-memory workbook, opened from files (.xlsx, .xls, .ods, .csv) and saved as .xlsx. */
export async function createStandaloneRuntime(
  detection: HostDetection,
  saveFile: (fileName: string, bytes: Uint8Array) => void = saveWithBrowser,
): Promise<PaneRuntime> {
  let workbook: XlsxWorkbook = await (await fileAdapter()).createXlsxWorkbook();
  const session = new WorkbookSession(workbook, DEFAULT_FILE_NAME);
  const files: WorkbookFiles = {
    async open(file: PickedFile) {
      // Refused before arrayBuffer(): a 2 GB file would take the tab's memory before any check inside could run.
      if (file.size > MAX_INPUT_BYTES) throw new WorkbookFileError("file_too_large", file.name);
      const opened = await (await fileAdapter()).openWorkbookFile(await file.arrayBuffer(), { fileName: file.name });
      const info = await opened.inspect();
      workbook = opened;
      session.replace(opened, file.name);
      return {
        sheets: info.sheets.filter((sheet) => sheet.visibility === "visible").length,
        format: opened.format,
        writable: opened.writable,
      };
    },
    async download() {
      const fileName = session.getSnapshot().fileName ?? DEFAULT_FILE_NAME;
      saveFile(fileName, await workbook.toBuffer());
      return fileName;
    },
    save: saveFile,
  };
  return { mode: "standalone", detection, session, files };
}

function saveWithBrowser(fileName: string, bytes: Uint8Array): void {
  const type = /\.zip$/i.test(fileName) ? "application/zip" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
