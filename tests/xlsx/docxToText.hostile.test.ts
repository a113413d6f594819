import fc from "fast-check";
import JSZip from "jszip";
import { DOCX_LIMITS, docxToText } from "../../src/xlsx/docxToText";
import { WORD_LIMITS, WordXmlError, wordXmlToText } from "../../src/xlsx/wordXmlToText";

/**
 * Word documents built to exhaust the reader. Each is refused with its own reason, or read to plain text;
 * none crashes, hangs or runs out of memory (jest's time limit would catch a quadratic or unbounded read).
 */
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(body: string, prolog = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function docx(document: string, numbering?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("word/document.xml", document);
  if (numbering !== undefined) zip.file("word/numbering.xml", numbering);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** The zip with every size field of one entry rewritten: its directory now declares `size` unpacked bytes. */
function declaringSize(bytes: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at += 1) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

const BILLION_LAUGHS =
  '<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
  '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' +
  '<!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>\n';

function numberingStartingAt(start: string): string {
  return (
    `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="${start}"/>` +
    `<w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
  );
}

const numberedParagraph = p("").replace(
  "<w:p>",
  '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>',
);

describe("docxToText on hostile documents", () => {
  it("refuses a document that declares entities (billion laughs) instead of expanding them", async () => {
    const bytes = await docx(documentXml(p("&lol9;"), BILLION_LAUGHS));
    await expect(docxToText(bytes)).resolves.toEqual({ ok: false, reason: "doctype" });
  });

  it("keeps an undeclared entity reference as written, never expanded", async () => {
    await expect(docxToText(await docx(documentXml(p("a &lol9; b &amp; c"))))).resolves.toEqual({
      ok: true,
      text: "a &lol9; b & c",
    });
  });

  it("refuses a zip bomb by the size its directory declares, before inflating the document", async () => {
    const bytes = declaringSize(await docx(documentXml(p("Kế hoạch"))), DOCX_LIMITS.documentBytes + 1);
    await expect(docxToText(bytes)).resolves.toEqual({ ok: false, reason: "too_large" });
  });

  it("refuses a zip bomb whose directory understates the document's size, once inflating passes the limit", async () => {
    const limits = { documentBytes: 1024 * 1024, partBytes: 64 * 1024 };
    const bytes = declaringSize(await docx(documentXml(p(" ".repeat(8 * 1024 * 1024)))), 100);
    await expect(docxToText(bytes, limits)).resolves.toEqual({ ok: false, reason: "too_large" });
  });

  it("reads a document within the limits through the same capped reading", async () => {
    const limits = { documentBytes: 1024 * 1024, partBytes: 64 * 1024 };
    await expect(docxToText(await docx(documentXml(p("Kế hoạch"))), limits)).resolves.toEqual({
      ok: true,
      text: "Kế hoạch",
    });
  });

  it("refuses a 2 KB file of unclosed tags as malformed, reading it once rather than once per tag", async () => {
    const bytes = await docx(documentXml("<w:p ".repeat(200_000)));
    expect(bytes.length).toBeLessThan(4096);
    await expect(docxToText(bytes)).resolves.toEqual({ ok: false, reason: "malformed" });
  });

  it.each([
    ["an unclosed comment", "<!--", 50_000],
    ["unclosed CDATA", "<![CDATA[", 50_000],
    ["an unclosed attribute value", '<w:p w:rsidR="', 50_000],
    ["paragraphs never closed", "<w:p><w:r><w:t>x", 300],
    ["a closing tag that closes nothing open", "</w:tbl>", 50_000],
  ])("refuses %s as malformed", async (_what, markup, times) => {
    await expect(docxToText(await docx(documentXml(markup.repeat(times))))).resolves.toEqual({
      ok: false,
      reason: "malformed",
    });
  });

  it("refuses markup nested deeper than any real document", async () => {
    const depth = WORD_LIMITS.depth + 1;
    const body = "<w:tbl><w:tr><w:tc>".repeat(depth) + p("x") + "</w:tc></w:tr></w:tbl>".repeat(depth);
    await expect(docxToText(await docx(documentXml(body)))).resolves.toEqual({ ok: false, reason: "too_deep" });
  });

  it.each([
    ["a merged cell spanning a billion columns", '<w:tcPr><w:gridSpan w:val="999999999"/></w:tcPr>', ""],
    ["a row starting a billion columns in", "", '<w:trPr><w:gridBefore w:val="999999999"/></w:trPr>'],
    ["a row ending a billion columns early", "", '<w:trPr><w:gridAfter w:val="999999999"/></w:trPr>'],
  ])("refuses %s: wider than Word's 63 columns", async (_what, cellProperties, rowProperties) => {
    const table = `<w:tbl><w:tr>${rowProperties}<w:tc>${cellProperties}${p("Nhiệm vụ")}</w:tc></w:tr></w:tbl>`;
    await expect(docxToText(await docx(documentXml(table)))).resolves.toEqual({ ok: false, reason: "table_too_wide" });
  });

  it("reads a vertically merged cell of any length as empty cells below its first row", async () => {
    const row = (text: string, merge: string) =>
      `<w:tr><w:tc><w:tcPr><w:vMerge${merge}/></w:tcPr>${p(text)}</w:tc><w:tc>${p("b")}</w:tc><w:tc>${p("c")}</w:tc></w:tr>`;
    const table = `<w:tbl>${row("Sở Tài chính", ' w:val="restart"')}${row("", "").repeat(5_000)}</w:tbl>`;
    const result = await docxToText(await docx(documentXml(table)));
    expect(result.ok && result.text.split("\n")).toEqual([
      "Sở Tài chính\tb\tc",
      ...Array.from({ length: 5_000 }, () => "\tb\tc"),
    ]);
  });

  it("refuses automatic numbering that starts at 999999999", async () => {
    const bytes = await docx(documentXml(numberedParagraph.repeat(1_000)), numberingStartingAt("999999999"));
    await expect(docxToText(bytes)).resolves.toEqual({ ok: false, reason: "numbering_out_of_range" });
  });

  it("writes letter numbering past ten letters as a number, so a list at Word's highest start stays short", async () => {
    const bytes = await docx(
      documentXml(numberedParagraph.repeat(2)),
      numberingStartingAt(String(WORD_LIMITS.numberingStart)),
    );
    await expect(docxToText(bytes)).resolves.toEqual({ ok: true, text: "32767) \n32768) " });
  });

  it("reads a paragraph of a million line breaks before its last word without overflowing the stack or rescanning the breaks", () => {
    const text = wordXmlToText({
      document: documentXml(`<w:p><w:r><w:t>a</w:t>${"<w:br/>".repeat(1_000_000)}<w:t>x</w:t></w:r></w:p>`),
    });
    const lines = text.split("\n");
    expect([lines.length, lines[0], lines[lines.length - 1]]).toEqual([1_000_001, "a", "x"]);
  });

  it("reads any text, markup characters included, or refuses it with a reason; it never fails otherwise", () => {
    const piece = fc.constantFrom(
      "<",
      ">",
      "/",
      "&",
      ";",
      '"',
      "'",
      "!",
      "?",
      "-",
      "[",
      "]",
      "w:p",
      "w:t",
      "w:r",
      " ",
      "x",
      "&lol;",
      "<!DOCTYPE",
      "<!--",
      "-->",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        try {
          expect(typeof wordXmlToText({ document: documentXml(pieces.join("")) })).toBe("string");
        } catch (error) {
          expect(error).toBeInstanceOf(WordXmlError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps the words of any well-formed paragraph text, whatever characters it holds", () => {
    const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }).filter((text) => !/[\t\n\r]/.test(text)),
        (text) => {
          expect(wordXmlToText({ document: documentXml(p(escape(text))) })).toBe(text);
        },
      ),
      { numRuns: 200 },
    );
  });
});
