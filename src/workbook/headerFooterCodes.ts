import type { PrintFooter } from "../domain/sheet/sheetSpec";

/** Excel's header and footer codes, which both the file format and Office.js use (LibreOffice reads them too). */
const FIELD_CODES: Readonly<Record<string, string>> = { "{page}": "&P", "{pages}": "&N", "{sheet}": "&A" };

/** One section of a footer in Excel's codes: "Trang {page}/{pages}" → "Trang &P/&N"; a literal "&" is doubled. */
export function footerSectionCode(text: string): string {
  return text
    .split(/(\{page\}|\{pages\}|\{sheet\})/)
    .map((part) => FIELD_CODES[part] ?? part.replace(/&/g, "&&"))
    .join("");
}

/** The three sections as one footer string of the file format: "&L…&C…&R…". */
export function footerCode(footer: PrintFooter): string {
  const sections: [string, string | undefined][] = [
    ["&L", footer.left],
    ["&C", footer.center],
    ["&R", footer.right],
  ];
  return sections.map(([code, text]) => (text ? `${code}${footerSectionCode(text)}` : "")).join("");
}
