import { wordXmlToText } from "../../src/xlsx/wordXmlToText";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function document(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

function p(text: string, properties = ""): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
}

function numbered(text: string, numId: number, ilvl = 0): string {
  return p(text, `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
}

function tc(content: string, properties = ""): string {
  return `<w:tc>${properties ? `<w:tcPr>${properties}</w:tcPr>` : ""}${content}</w:tc>`;
}

function tr(...cells: string[]): string {
  return `<w:tr>${cells.join("")}</w:tr>`;
}

function tbl(...rows: string[]): string {
  return `<w:tbl><w:tblPr/><w:tblGrid/>${rows.join("")}</w:tbl>`;
}

const text = (body: string, numbering?: string, styles?: string) =>
  wordXmlToText({ document: document(body), numbering: numbering ?? null, styles: styles ?? null });

const NUMBERING = `<w:numbering ${W}>
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%3."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="20">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="30">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="-"/></w:lvl>
    <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val="&#xF0B7;"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="10"/></w:num>
</w:numbering>`;

describe("wordXmlToText", () => {
  it("writes one line per paragraph, joining runs and keeping tabs and line breaks (004 L3–L4)", () => {
    const body =
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="709"/></w:tabs></w:pPr>' +
      "<w:r><w:rPr><w:b/></w:rPr><w:t>ỦY BAN NHÂN </w:t></w:r><w:r><w:t>DÂN</w:t><w:br/><w:t>TỈNH THANH HÓA</w:t></w:r></w:p>" +
      "<w:p><w:r><w:t>a.</w:t><w:tab/><w:t>Mục</w:t></w:r><w:r><w:t>\u00a0tiêu</w:t></w:r></w:p>" +
      "<w:p/>" +
      p("Kinh tế - xã hội");
    expect(text(body).split("\n")).toEqual(["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA", "a.\tMục\u00a0tiêu", "", "Kinh tế - xã hội"]);
  });

  it("decodes entities and character references", () => {
    expect(text(p("&lt;20/100.000 &amp; &quot;xanh&quot; &#7911;&#x1EE7;"))).toBe('<20/100.000 & "xanh" ủủ');
  });

  it("skips deleted text, field codes and the fallback copy of a drawing", () => {
    const body =
      "<w:p><w:r><w:t>Sở Y tế</w:t></w:r>" +
      "<w:del><w:r><w:delText>Sở Tài chính</w:delText></w:r></w:del>" +
      '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>' +
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>, trang 3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
      "<mc:AlternateContent><mc:Choice><w:r><w:t> (hộp)</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t> (hộp)</w:t></w:r></mc:Fallback></mc:AlternateContent>" +
      "</w:p>";
    expect(text(body)).toBe("Sở Y tế, trang 3 (hộp)");
  });

  it("writes a table row as tab-separated cells, with empty cells for spans and vertical merges (004 L427–L429)", () => {
    const body = tbl(
      tr(
        tc(p("STT"), '<w:vMerge w:val="restart"/>'),
        tc(p("Nhiệm vụ, hoạt động cụ thể"), '<w:vMerge w:val="restart"/>'),
        tc(p("Phân công trách nhiệm trên địa bàn tỉnh"), '<w:gridSpan w:val="2"/>'),
        tc(p("Thời gian thực hiện"), '<w:vMerge w:val="restart"/>'),
      ),
      tr(tc(p(""), "<w:vMerge/>"), tc("<w:p/>", "<w:vMerge/>"), tc(p("Đơn vị chủ trì")), tc(p("Đơn vị phối hợp")), tc("<w:p/>", "<w:vMerge/>")),
      tr(tc(p("I")), tc(p("Truyền thông, giáo dục và nâng cao nhận thức"), '<w:gridSpan w:val="4"/>')),
    );
    expect(text(body).split("\n")).toEqual([
      "STT\tNhiệm vụ, hoạt động cụ thể\tPhân công trách nhiệm trên địa bàn tỉnh\t\tThời gian thực hiện",
      "\t\tĐơn vị chủ trì\tĐơn vị phối hợp\t",
      "I\tTruyền thông, giáo dục và nâng cao nhận thức\t\t\t",
    ]);
  });

  it("keeps the skipped grid columns before and after a row's cells", () => {
    const body = tbl(
      tr(tc(p("1")), tc(p("2")), tc(p("3"))),
      `<w:tr><w:trPr><w:gridBefore w:val="1"/><w:gridAfter w:val="1"/></w:trPr>${tc(p("giữa"))}</w:tr>`,
    );
    expect(text(body).split("\n")).toEqual(["1\t2\t3", "\tgiữa\t"]);
  });

  it("keeps a cell's paragraphs as <p> fragments and turns tabs and breaks inside a cell into spaces (004 L480)", () => {
    const cell = tc(
      p("- Hướng dẫn triển khai các quy định tài chính về tăng trưởng xanh.") +
        "<w:p/>" +
        "<w:p><w:r><w:t>- Căn cứ khả năng</w:t><w:tab/><w:t>cân đối</w:t><w:br/><w:t>ngân sách.</w:t></w:r></w:p>",
    );
    const body = tbl(tr(tc(p("4")), cell, tc(p("Sở Tài chính"))), tr(tc(p("5")), tc(p("x")), tc(p("y"))));
    expect(text(body).split("\n")[0]).toBe(
      "4\t<p>- Hướng dẫn triển khai các quy định tài chính về tăng trưởng xanh.</p><p>- Căn cứ khả năng cân đối ngân sách.</p>\tSở Tài chính",
    );
  });

  it("writes a letterhead table (two columns, one row) as paragraphs, left column first", () => {
    const body = tbl(
      tr(
        tc(p("ỦY BAN NHÂN DÂN") + p("TỈNH THANH HÓA") + p("Số: 3825 /QĐ-UBND")),
        tc(p("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") + p("Độc lập - Tự do - Hạnh phúc") + p("Thanh Hóa, ngày 18 tháng 10 năm 2023")),
      ),
    );
    expect(text(body + p("QUYẾT ĐỊNH")).split("\n")).toEqual([
      "ỦY BAN NHÂN DÂN",
      "TỈNH THANH HÓA",
      "Số: 3825 /QĐ-UBND",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Thanh Hóa, ngày 18 tháng 10 năm 2023",
      "QUYẾT ĐỊNH",
    ]);
  });

  it("writes a nested table's rows as paragraphs of the cell that holds it", () => {
    const inner = tbl(tr(tc(p("Chủ trì:")), tc(p("Sở Y tế"))), tr(tc(p("Phối hợp:")), tc(p("Sở Tài chính"))));
    const body = tbl(tr(tc(p("1")), tc(p("Nhiệm vụ")), tc(inner)), tr(tc(p("2")), tc(p("b")), tc(p("c"))));
    expect(text(body).split("\n")[0]).toBe("1\tNhiệm vụ\t<p>Chủ trì: Sở Y tế</p><p>Phối hợp: Sở Tài chính</p>");
  });

  it("writes automatic numbers with a space, nested levels, Roman numerals and bullets", () => {
    const body = [
      numbered("Mục tiêu chung", 2),
      numbered("Giảm nghèo", 1),
      numbered("Chủ trì", 1, 1),
      numbered("Phối hợp", 1, 1),
      numbered("chi tiết", 1, 2),
      numbered("An ninh lương thực", 1),
      numbered("Chủ trì", 1, 1),
      numbered("Mục tiêu cụ thể", 2),
      numbered("Sở Y tế", 3),
      numbered("Sở Tài chính", 3, 1),
      p("không đánh số", '<w:numPr><w:numId w:val="0"/></w:numPr>'),
    ].join("");
    expect(text(body, NUMBERING).split("\n")).toEqual([
      "I. Mục tiêu chung",
      "1. Giảm nghèo",
      "a) Chủ trì",
      "b) Phối hợp",
      "1.1. chi tiết",
      "2. An ninh lương thực",
      "a) Chủ trì",
      "II. Mục tiêu cụ thể",
      "- Sở Y tế",
      "- Sở Tài chính",
      "không đánh số",
    ]);
  });

  it("continues a list across instances of the same list and restarts it where an instance says so", () => {
    const body = [numbered("một", 1), numbered("hai", 1), numbered("ba", 5), numbered("lại một", 4), numbered("lại hai", 4)].join("");
    expect(text(body, NUMBERING).split("\n")).toEqual(["1. một", "2. hai", "3. ba", "1. lại một", "2. lại hai"]);
  });

  it("numbers paragraphs whose style carries numbering (numbered headings)", () => {
    const styles = `<w:styles ${W}>
      <w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
      <w:style w:type="paragraph" w:styleId="KeHoach1"><w:basedOn w:val="Heading1"/></w:style>
    </w:styles>`;
    const body = p("MỤC TIÊU", '<w:pStyle w:val="Heading1"/>') + p("NHIỆM VỤ", '<w:pStyle w:val="KeHoach1"/>') + p("Nội dung");
    expect(text(body, NUMBERING, styles).split("\n")).toEqual(["I. MỤC TIÊU", "II. NHIỆM VỤ", "Nội dung"]);
  });

  it("writes a text box's paragraphs on lines of their own", () => {
    const body =
      "<w:p><w:r><w:t>Trước</w:t></w:r><w:r><w:pict><v:textbox><w:txbxContent>" +
      p("Trong hộp") +
      "</w:txbxContent></v:textbox></w:pict></w:r><w:r><w:t>Sau</w:t></w:r></w:p>";
    expect(text(body).split("\n")).toEqual(["Trước", "Trong hộp", "Sau"]);
  });
});
