import { openAsNewWorkbook } from "../../excel/createWorkbook";
import { createExcelWorkbook } from "../../excel/excelWorkbook";
import type { PaneRuntime } from "./paneRuntime";
import { WorkbookSession } from "./workbookSession";

/**
 * Inside Excel: the open workbook, through Office.js. Excel owns the file, so there is nothing to open or download;
 * templates open as new workbooks.
 */
export function createExcelRuntime(): PaneRuntime {
  return {
    mode: "excel",
    detection: { kind: "excel" },
    session: new WorkbookSession(createExcelWorkbook(), null),
    files: null,
    openNewWorkbook: openAsNewWorkbook,
  };
}
