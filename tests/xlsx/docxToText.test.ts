import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import type { Agency } from "../../src/domain/catalog/agency";
import { importPlan } from "../../src/domain/catalog/import/importPlan";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { docxToText } from "../../src/xlsx/docxToText";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";

const root = path.join(__dirname, "../..");
// Plan 004 typed as a Word document and saved by LibreOffice Writer (scripts/makePlanDocx.ts).
const FIXTURE = path.join(root, "tests/fixtures/docx/thanhhoa-green-growth-2023.docx");
const agencies = JSON.parse(readFileSync(path.join(root, "data/agencies.json"), "utf8")) as Agency[];

async function fixtureText(): Promise<string> {
  const result = await docxToText(new Uint8Array(readFileSync(FIXTURE)));
  if (!result.ok) throw new Error(`fixture unreadable: ${result.reason}`);
  return result.text;
}

/**
 * A catalogue without line numbers: the .docx has no blank lines, so its lines are numbered differently.
 * Review messages and the params they are written from cite lines too ("dòng 456").
 */
const LINE_KEYS = new Set(["source", "evidence", "message", "appendixLine"]);

function withoutLines(catalog: PlanCatalog): unknown {
  return JSON.parse(JSON.stringify(catalog, (key, value: unknown) => (LINE_KEYS.has(key) ? undefined : value)));
}

describe("docxToText", () => {
  it("reads the letterhead table of a real .docx as the paragraphs the identity reader expects", async () => {
    const lines = (await fixtureText()).split("\n");
    expect(lines.slice(0, 6)).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH THANH HÓA",
      "Số: 3825 /QĐ-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thanh Hóa, ngày 18 tháng 10 năm 2023",
    ]);
  });

  it("reads Word tables as tab-separated rows: merged header cells, multi-paragraph cells (004 L427–L429, L480)", async () => {
    const lines = (await fixtureText()).split("\n");
    const header = lines.indexOf("STT\tNhiệm vụ, hoạt động cụ thể\tPhân công trách nhiệm trên địa bàn tỉnh\t\tThời gian thực hiện\tSản phẩm\tGhi chú");
    expect(header).toBeGreaterThan(0);
    expect(lines.slice(header + 1, header + 3)).toEqual(["\t\tĐơn vị chủ trì\tĐơn vị phối hợp\t\t\t", "1\t2\t3\t4\t5\t6\t7"]);
    const row = lines.find((line) => line.startsWith("4\t<p>- Hướng dẫn triển khai các quy định, chính sách tài chính"));
    expect(row?.split("\t")).toHaveLength(7);
    expect(row).toContain("</p><p>- Căn cứ khả năng cân đối ngân sách");
  });

  it("gives the importer what the text export gives it: the same catalogue of plan 004, line numbers aside", async () => {
    const fromText = importPlan(
      { planId: "thanhhoa-green-growth-2023", text: readFileSync(path.join(root, "data/sources/004-thanhhoa-green-growth-2023.txt"), "utf8") },
      { agencies },
    );
    const fromDocx = importPlan({ planId: "thanhhoa-green-growth-2023", text: await fixtureText() }, { agencies });
    expect(fromDocx.stats.family).toBe("tsv-appendix");
    expect(fromDocx.catalog.tasks).toHaveLength(84);
    expect(fromDocx.catalog.tasks.find((task) => task.id === "VIII.5.3")).toMatchObject({
      lead: ["thanhhoa.snnptnt"],
      due: { text: "2023 - 2030", by: "2030-12-31" },
      outputs: ["Kế hoạch", "chương trình", "báo cáo", "công văn"],
    });
    expect(withoutLines(fromDocx.catalog)).toEqual(withoutLines(fromText.catalog));
  });

  it("follows the package relationships to a main document that is not word/document.xml", async () => {
    const zip = new JSZip();
    zip.file(
      "_rels/.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="noi-dung/chinh.xml"/>' +
        "</Relationships>",
    );
    zip.file(
      "noi-dung/chinh.xml",
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>Mục tiêu</w:t></w:r></w:p>' +
        "</w:body></w:document>",
    );
    zip.file(
      "noi-dung/_rels/chinh.xml.rels",
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="../chung/so.xml"/>' +
        "</Relationships>",
    );
    zip.file(
      "chung/so.xml",
      '<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    );
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(docxToText(bytes)).resolves.toEqual({ ok: true, text: "I. Mục tiêu" });
  });

  it("says a plain text file is not a zip package", async () => {
    await expect(docxToText(new TextEncoder().encode("Kế hoạch hành động"))).resolves.toEqual({ ok: false, reason: "not_zip" });
  });

  it("says an .xlsx workbook is not a Word document", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { name: "Chỉ tiêu", values: [["Mã"]] } }]);
    await expect(docxToText(await workbook.toBuffer())).resolves.toEqual({ ok: false, reason: "not_word_document" });
  });
});
