import type { WorkbookPort } from "../../../workbook/port";

/** Where generated templates go: files handed to the browser (standalone), or the Excel host. */
export type TemplateTarget =
  | { readonly kind: "files"; readonly save: (fileName: string, bytes: Uint8Array) => void }
  | {
      readonly kind: "excel";
      /** The open workbook, for new sheets. */
      readonly port: WorkbookPort;
      /** Tells the pane the open workbook changed. */
      readonly changed: () => void;
      /** Opens .xlsx bytes as a new workbook (ExcelApi 1.8); null where the host cannot. */
      readonly openNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
    };
