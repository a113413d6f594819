/** The file adapter's entry points; see fileWorkbook.ts. */
export {
  createXlsxWorkbook,
  openWorkbookFile,
  openXlsxWorkbook,
  type WorkbookFormat,
  type XlsxWorkbook,
} from "./fileWorkbook";
