import type { CellValue } from "../grid/cellValue";
import type { TemplateSection } from "./distributeDuties";
import { domainSha256, sha256Joined, type TextDigest } from "./sha256";

/**
 * The fingerprint of a template's locked content: SHA-256 over one line per data row, in metadata order,
 * "<section>\t<key>\t<locked values…>" joined by "\n". Values are written as text the way any program reads them
 * back: numbers in JavaScript's shortest form, texts in Unicode NFC with CRLF as LF, empty cells as "".
 */
export function lockedLine(section: TemplateSection, values: readonly CellValue[]): string {
  let line: string = section;
  for (const value of values) line += `\t${normalisedCell(value)}`;
  return line;
}

export function fingerprintOf(lines: readonly string[], digest: TextDigest = domainSha256): string {
  return sha256Joined(lines, "\n", digest);
}

function normalisedCell(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = value.normalize("NFC");
  // Most texts hold neither: two plain scans (a regular expression costs more on long Vietnamese text) instead of two replacements.
  return text.includes("\r") || text.includes("\t") ? text.replace(/\r\n?/g, "\n").replace(/[\t]/g, " ") : text;
}
