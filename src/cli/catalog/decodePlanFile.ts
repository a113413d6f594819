import { docxToText } from "../../xlsx/docxToText";

/**
 * The text of a plan file given to `catalog import`, recognised by its bytes rather than its name:
 * a .docx (a zip package), UTF-8 text (with or without a byte-order mark), or UTF-16 text with a
 * byte-order mark (Word's "Unicode" plain-text export). What cannot be read is a reason, not an error.
 */
export type PlanFileText =
  | { readonly ok: true; readonly text: string; readonly format: "docx" | "text" }
  | { readonly ok: false; readonly reason: "not_word_document" | "legacy_doc" | "not_utf8" };

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE_COMPOUND_FILE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export async function decodePlanFile(bytes: Uint8Array): Promise<PlanFileText> {
  if (startsWith(bytes, ZIP)) {
    const result = await docxToText(bytes);
    return result.ok ? { ok: true, text: result.text, format: "docx" } : { ok: false, reason: "not_word_document" };
  }
  // Word 97–2003 .doc: a binary format we do not read.
  if (startsWith(bytes, OLE_COMPOUND_FILE)) return { ok: false, reason: "legacy_doc" };
  if (startsWith(bytes, [0xff, 0xfe])) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), format: "text" };
  if (startsWith(bytes, [0xfe, 0xff])) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), format: "text" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), format: "text" };
  } catch {
    return { ok: false, reason: "not_utf8" };
  }
}
