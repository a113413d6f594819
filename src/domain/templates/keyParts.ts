/**
 * Row keys and metadata lists use "|", "#", ",", ";", ">", "+", "@" and "=" as separators; a plan id or code that
 * contained one is percent-encoded (with "%" itself), so every key splits back into what it was made of.
 */
const RESERVED = /[%|#,;>+@=\s]/gu;

export function encodeKeyPart(text: string): string {
  return text.replace(RESERVED, (char) =>
    [...new Uint8Array(utf8Bytes(char))].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, "0")}`).join(""),
  );
}

function utf8Bytes(char: string): number[] {
  const code = char.codePointAt(0)!;
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

export function decodeKeyPart(text: string): string {
  // Nearly every part was never encoded: decoding it would give it back, at the price of a try.
  if (!text.includes("%")) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
