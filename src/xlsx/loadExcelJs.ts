import type * as ExcelJS from "exceljs";

type ExcelJsModule = typeof ExcelJS;

let pending: Promise<ExcelJsModule> | undefined;

/** exceljs is ~1 MB; the task pane loads it only when a workbook file is first needed. */
export function loadExcelJs(): Promise<ExcelJsModule> {
  pending ??= import(/* webpackChunkName: "exceljs" */ "exceljs").then(
    (module) => ((module as unknown as { default?: ExcelJsModule }).default ?? module) as ExcelJsModule,
  );
  return pending;
}
