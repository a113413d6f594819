/** The file adapter's entry points; see fileWorkbook.ts. The task pane loads this module lazily. */
export {
  createXlsxWorkbook,
  openWorkbookFile,
  type OpenOptions,
  type WorkbookFormat,
  type XlsxWorkbook,
} from "./fileWorkbook";
export { openWorkbookFile as openXlsxWorkbook } from "./fileWorkbook";
