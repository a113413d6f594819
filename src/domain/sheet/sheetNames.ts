import { columnLetters, fromA1 } from "../grid/cellAddress";

/** Excel's rules for sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
export const MAX_SHEET_NAME = 31;

const FORBIDDEN = /[:\\/?*[\]]/g;

export function sanitizeSheetName(name: string): string {
  const cleaned = name.normalize("NFC").replace(FORBIDDEN, " ").replace(/\s+/g, " ").trim().replace(/^'+|'+$/g, "");
  return (cleaned || "Sheet").slice(0, MAX_SHEET_NAME).trim();
}

/**
 * What two sheet names that clash have in common: Excel compares names case-insensitively, and a name typed with
 * combining accents (NFD, as some Vietnamese keyboards and macOS write) looks the same as the composed one (NFC).
 */
function sheetNameKey(name: string): string {
  return name.normalize("NFC").toLocaleLowerCase("vi");
}

/**
 * The preferred name if no other sheet has it, or one that looks the same (sheetNameKey), else the first free
 * "Name (2)", "Name (3)"…, shortened so the suffix still fits in 31 characters.
 */
export function chooseSheetName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map(sheetNameKey));
  const base = sanitizeSheetName(preferred);
  if (!used.has(sheetNameKey(base))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${base.slice(0, MAX_SHEET_NAME - suffix.length).trim()}${suffix}`;
    if (!used.has(sheetNameKey(candidate))) return candidate;
  }
}

/** Table and defined names: letters, digits, underscores and periods, starting with a letter or underscore. */
export function chooseTableName(preferred: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((name) => name.toLowerCase()));
  const base = toDefinedNameToken(preferred);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}_${n}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** "thanhhoa-sdg-2017" → "thanhhoa_sdg_2017"; diacritics dropped ("Chỉ tiêu" → "Chi_tieu"). */
export function toDefinedNameToken(text: string): string {
  const ascii = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .replace(/[^A-Za-z0-9_.]+/g, "_")
    .replace(/^_+|_+$/g, "");
  const token = ascii || "_";
  return /^[A-Za-z_]/.test(token) ? token : `_${token}`;
}

/** The sheet a defined name's reference points at ("'Chỉ tiêu'!$A$1" → "Chỉ tiêu"), or null for #REF! and the like. */
export function sheetOfReference(reference: string): string | null {
  const ref = reference.replace(/^=/, "").trim();
  const quoted = /^'((?:[^']|'')+)'!/.exec(ref);
  if (quoted) return quoted[1]!.replace(/''/g, "'");
  const plain = /^([^'!#][^!]*)!/.exec(ref);
  if (plain && !plain[1]!.includes("#REF")) return plain[1]!;
  return null;
}

/** "'Chỉ tiêu'!$A$1" for any sheet name, quoting as Excel does. */
export function anchorReference(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!$A$1`;
}

/**
 * "'Tổng hợp'!$A$3:$A$9": a range of a sheet, absolute and quoted as Excel writes it in chart series and names.
 * Throws on an address that is not a cell or a block of cells: the code that built it is wrong.
 */
export function rangeReference(sheet: string, address: string): string {
  const absolute = address
    .split(":")
    .map((cell) => {
      const position = fromA1(cell);
      if (!position) throw new RangeError(`Not a cell address: ${cell}`);
      return `$${columnLetters(position.column)}$${position.row + 1}`;
    })
    .join(":");
  return `'${sheet.replace(/'/g, "''")}'!${absolute}`;
}

/** "'Kết quả'!D7": a cell of a sheet, as a link inside the workbook names it (quoted whatever the name). */
export function cellReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address.replace(/\$/g, "").toUpperCase()}`;
}
