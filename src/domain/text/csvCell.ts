import type { CellValue } from "../grid/cellValue";
import { startsLikeFormula } from "./formulaText";

/**
 * One CSV field (RFC 4180) that a spreadsheet opening the file reads as data, never as a formula. As OWASP
 * advises for CSV injection, text that starts like a formula gets a single quote in front and the whole field
 * is quoted; other text is quoted only when it holds a quote, a comma or a line break. Numbers and booleans
 * are written as they are: a negative number is a number, not an injection.
 */
export function csvCell(value: CellValue): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  if (startsLikeFormula(value)) return quoted(`'${value}`);
  return /[",\r\n]/.test(value) ? quoted(value) : value;
}

/** A whole CSV text: fields joined by commas, records ended by CRLF, with a byte order mark so Excel reads UTF-8. */
export function csvText(rows: readonly (readonly CellValue[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
