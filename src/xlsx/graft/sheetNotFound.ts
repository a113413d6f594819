/** Asking for a sheet that is not there is a caller's bug; the code matches the Office.js adapter's ItemNotFound. */
export class WorkbookSheetNotFoundError extends Error {
  readonly code = "ItemNotFound";
  constructor(readonly sheet: string) {
    super(`Sheet not found: ${sheet}`);
    this.name = "WorkbookSheetNotFoundError";
  }
}
