/* global Excel */

/**
 * Opens .xlsx bytes as a new workbook in its own Excel window. `Excel.createWorkbook` is ExcelApi 1.8, below the
 * add-in's minimum (REQUIRED_EXCEL_API), so every Excel the pane runs in has it. The new workbook is the user's:
 * the add-in writes nothing more into it.
 */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<void> {
  await Excel.createWorkbook(toBase64(bytes));
}

/** Base64 in slices, so a large workbook does not overflow String.fromCharCode's argument list. */
function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}
