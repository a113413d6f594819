import fc from "fast-check";
import JSZip from "jszip";
import { decodePlanFile } from "../../../src/cli/catalog/decodePlanFile";
import { errorMessage } from "../../../src/cli/commands/catalogMessages";

// 001 L435 writes "Mục tiêu" with a non-breaking space.
const LINE = "Mục\u00a0tiêu 4.4: Đến năm 2030, tăng đáng kể số lao động";

function utf16(text: string, littleEndian: boolean, withBom = true): Uint8Array {
  const start = withBom ? 2 : 0;
  const bytes = new Uint8Array(start + text.length * 2);
  if (withBom) bytes.set(littleEndian ? [0xff, 0xfe] : [0xfe, 0xff]);
  const view = new DataView(bytes.buffer);
  for (let k = 0; k < text.length; k += 1) view.setUint16(start + k * 2, text.charCodeAt(k), littleEndian);
  return bytes;
}

const PLAN_LINES = ["KẾ HOẠCH", "Thực hiện Chiến lược quốc gia về tăng trưởng xanh giai đoạn 2021 - 2030", LINE].join(
  "\n",
);

describe("decodePlanFile", () => {
  it.each([
    ["UTF-8", new TextEncoder().encode(LINE), LINE],
    ["UTF-8 with a byte-order mark", new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(LINE)]), LINE],
    ["UTF-16 little-endian with a byte-order mark", utf16(LINE, true), LINE],
    ["UTF-16 big-endian with a byte-order mark", utf16(LINE, false), LINE],
    ["UTF-16 little-endian without a byte-order mark", utf16(PLAN_LINES, true, false), PLAN_LINES],
    ["UTF-16 big-endian without a byte-order mark", utf16(PLAN_LINES, false, false), PLAN_LINES],
    ["UTF-16 of accented letters only, without a byte-order mark", utf16("ưấặảưưẫ", true, false), "ưấặảưưẫ"],
    ["UTF-8 with a stray NUL byte", new TextEncoder().encode(`${LINE}\u0000`), `${LINE}\u0000`],
  ])("reads %s text", async (_encoding, bytes, text) => {
    await expect(decodePlanFile(bytes)).resolves.toEqual({ ok: true, text, format: "text" });
  });

  it("reads Vietnamese text saved as UTF-16 without a byte-order mark as the same text, never as NUL-filled text", async () => {
    const vietnamese = fc.string({
      unit: fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậềếểễệọộợụựỳýỷỹỵ ,.;:-0123456789\n"),
      minLength: 8,
      maxLength: 200,
    });
    await fc.assert(
      fc.asyncProperty(vietnamese, fc.boolean(), async (text, littleEndian) => {
        await expect(decodePlanFile(utf16(text, littleEndian, false))).resolves.toEqual({
          ok: true,
          text,
          format: "text",
        });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ["a zip that is not a Word document", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]), "not_word_document"],
    ["a Word 97–2003 .doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "legacy_doc"],
    ["Windows-1258 text", new Uint8Array([0x4d, 0xf5, 0x63, 0x20, 0x74, 0x69, 0xea, 0x75]), "not_utf8"],
  ])("gives a reason for %s", async (_what, bytes, reason) => {
    await expect(decodePlanFile(bytes)).resolves.toEqual({ ok: false, reason });
  });

  it.each([
    ["a .docx that declares entities", '<!DOCTYPE w:document [<!ENTITY a "aaaa">]>', "doctype"],
    ["a .docx of unclosed tags", "<w:p ".repeat(1000), "malformed"],
  ])("passes on the reason %s is refused, with a message of its own", async (_what, markup, reason) => {
    const zip = new JSZip();
    const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    zip.file(
      "word/document.xml",
      markup.startsWith("<!DOCTYPE")
        ? `${markup}<w:document ${W}/>`
        : `<w:document ${W}><w:body>${markup}</w:body></w:document>`,
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(decodePlanFile(bytes)).resolves.toEqual({ ok: false, reason });
    expect(errorMessage(reason, "ke-hoach.docx")).toContain("ke-hoach.docx");
    expect(errorMessage(reason, "ke-hoach.docx")).not.toBe(errorMessage("not_word_document", "ke-hoach.docx"));
  });
});
