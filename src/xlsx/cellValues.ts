import type * as ExcelJS from "exceljs";
import type { CellValue } from "../domain/grid/cellValue";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Dates become Excel serial numbers, as Office.js Range.values returns them. */
export function dateToSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
}

/**
 * Flattens what exceljs reads into the plain values Office.js gives: formulas give their cached result,
 * rich text its plain text, hyperlinks their text, errors their code ("#N/A").
 */
export function fromExcelCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return dateToSerial(value);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("error" in value) return value.error;
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (result instanceof Date) return dateToSerial(result);
      if (typeof result === "object" && result !== null && "error" in result) return String((result as { error: string }).error);
      return result as CellValue;
    }
    if ("text" in value) {
      const text = (value as { text: unknown }).text;
      if (typeof text === "string") return text;
      if (text && typeof text === "object" && "richText" in text) {
        return (text as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
      }
    }
  }
  return String(value);
}
