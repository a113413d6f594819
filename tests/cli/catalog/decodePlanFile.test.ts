import { decodePlanFile } from "../../../src/cli/catalog/decodePlanFile";

// 001 L435 writes "Mục tiêu" with a non-breaking space.
const LINE = "Mục\u00a0tiêu 4.4: Đến năm 2030, tăng đáng kể số lao động";

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2);
  bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < text.length; k += 1) view.setUint16(2 + k * 2, text.charCodeAt(k), littleEndian);
  return bytes;
}

describe("decodePlanFile", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(LINE)],
    ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LINE)])],
    ["UTF-16 little-endian with a byte-order mark", utf16(LINE, true)],
    ["UTF-16 big-endian with a byte-order mark", utf16(LINE, false)],
  ])("reads %s text", async (_encoding, bytes) => {
    await expect(decodePlanFile(bytes)).resolves.toEqual({ ok: true, text: LINE, format: "text" });
  });

  it.each([
    ["a zip that is not a Word document", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "not_word_document"],
    ["a Word 97–2003 .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "legacy_doc"],
    ["Windows-1258 text", new Uint8Array([0x4d, 0xf5, 0x63, 0x20, 0x74, 0x69, 0xea, 0x75]), "not_utf8"],
  ])("gives a reason for %s", async (_what, bytes, reason) => {
    await expect(decodePlanFile(bytes)).resolves.toEqual({ ok: false, reason });
  });
});
