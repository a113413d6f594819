import { docxToText, type DocxProblem } from "../../xlsx/docxToText";

/**
 * The text of a plan file given to `catalog import`, recognised by its bytes rather than its name:
 * a .docx (a zip package), UTF-8 text (with or without a byte-order mark), or UTF-16 text with a
 * byte-order mark (Word's "Unicode" plain-text export) or without one (recognised by where its NUL
 * bytes fall). What cannot be read is a reason, not an error.
 */
export type PlanFileProblem = Exclude<DocxProblem, "not_zip"> | "legacy_doc" | "not_utf8";

export type PlanFileText =
  | { readonly ok: true; readonly text: string; readonly format: "docx" | "text" }
  | { readonly ok: false; readonly reason: PlanFileProblem };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** Bytes looked at to tell UTF-16 from UTF-8. */
const SNIFF_BYTES = 4096;

/**
 * UTF-16 without a byte-order mark: Latin and Vietnamese text puts a NUL in the high byte of most
 * characters (spaces, digits, ASCII letters), so one byte of each pair is often NUL and the other
 * almost never. UTF-8 text holds no NUL at all.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const length = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (length < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenNul += 1;
    if (bytes[index + 1] === 0) oddNul += 1;
  }
  const pairs = length / 2;
  if (oddNul >= pairs / 4 && evenNul <= pairs / 50) return "utf-16le";
  if (evenNul >= pairs / 4 && oddNul <= pairs / 50) return "utf-16be";
  return null;
}

function decoded(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): PlanFileText {
  try {
    return {
      ok: true,
      text: new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes),
      format: "text",
    };
  } catch {
    return { ok: false, reason: "not_utf8" };
  }
}

export async function decodePlanFile(bytes: Uint8Array): Promise<PlanFileText> {
  if (startsWith(bytes, ZIP)) {
    const result = await docxToText(bytes);
    if (result.ok) return { ok: true, text: result.text, format: "docx" };
    return { ok: false, reason: result.reason === "not_zip" ? "not_word_document" : result.reason };
  }
  // Word 97–2003 .doc: a binary format we do not read.
  if (startsWith(bytes, OLE_COMPOUND_FILE)) return { ok: false, reason: "legacy_doc" };
  // With a byte-order mark, the decoder drops the mark (ignoreBOM: false).
  if (startsWith(bytes, [0xff, 0xfe])) return decoded(bytes, "utf-16le");
  if (startsWith(bytes, [0xfe, 0xff])) return decoded(bytes, "utf-16be");
  return decoded(bytes, utf16WithoutBom(bytes) ?? "utf-8");
}
