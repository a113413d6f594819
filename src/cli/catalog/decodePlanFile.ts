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

/** Characters a plan text is made of: ASCII, Latin and Vietnamese letters, combining marks, punctuation, "₫". */
function plausible(code: number): boolean {
  return (
    (code >= 0x20 && code < 0x7f) ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    (code >= 0xa0 && code <= 0x24f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x1e00 && code <= 0x1eff) ||
    (code >= 0x2000 && code <= 0x206f) ||
    code === 0x20ab
  );
}

function plausibleShare(text: string): number {
  if (text.length === 0) return 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) if (plausible(text.charCodeAt(index))) count += 1;
  return count / text.length;
}

function validUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * UTF-16 without a byte-order mark. UTF-8 text holds no NUL, while UTF-16 of text with any ASCII character
 * does; text of accented letters only is not valid UTF-8 either. Either way, the byte order is the one that
 * reads as plan text (letters, marks, punctuation), where the other reads as Hangul or CJK.
 */
export function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const sample = bytes.subarray(0, Math.min(bytes.length, SNIFF_BYTES) & ~1);
  if (sample.length < 2 || (!sample.includes(0) && validUtf8(bytes.subarray(0, SNIFF_BYTES)))) return null;
  const shares = (["utf-16le", "utf-16be"] as const).map((encoding) => ({
    encoding,
    share: plausibleShare(new TextDecoder(encoding).decode(sample)),
  }));
  const best = shares[0]!.share >= shares[1]!.share ? shares[0]! : shares[1]!;
  return best.share >= 0.9 ? best.encoding : null;
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
