/** What a file is, by its first bytes rather than its name: agencies rename files, and mail clients mangle names. */
export type FileFormat = "xlsx" | "ods" | "xls" | "csv" | "encrypted" | "unknown";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * A zip is .xlsx or .ods (told apart by the caller, which opens it); an OLE compound file is a legacy .xls, or an
 * .xlsx encrypted with a password, which Excel stores in the same container with an "EncryptedPackage" stream.
 */
export function sniffFormat(bytes: Uint8Array): FileFormat | "zip" {
  if (startsWith(bytes, ZIP)) return "zip";
  if (startsWith(bytes, OLE)) return containsUtf16(bytes, "EncryptedPackage") ? "encrypted" : "xls";
  return looksLikeText(bytes) ? "csv" : "unknown";
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

/** OLE directory entries name their streams in UTF-16LE. */
function containsUtf16(bytes: Uint8Array, name: string): boolean {
  const needle = Array.from(name).flatMap((char) => [char.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 4 * 1024 * 1024) - needle.length;
  outer: for (let i = 0; i <= limit; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Text with a BOM, or a prefix without NUL bytes or other binary control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (bytes.length === 0) return false;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return true;
  const sample = bytes.subarray(0, 4096);
  for (const byte of sample) {
    if (byte === 0 || (byte < 0x09 && byte !== 0x1b) || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) return false;
  }
  return true;
}

/** Decodes CSV text by its BOM: UTF-16LE (Excel's "Unicode text"), UTF-16BE, else UTF-8. */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  return new TextDecoder("utf-8").decode(bytes);
}
