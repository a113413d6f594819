import { createSourceDocument, lineAt } from "../../../../src/domain/catalog/import/sourceDocument";
import { planLine, planText } from "./planSources";

describe("createSourceDocument", () => {
  it("numbers lines from 1, as sed -n does", () => {
    const document = createSourceDocument(planText("thanhhoa-sdg-2017"));
    expect(lineAt(document, 6)?.text).toBe("Số: 3934/QĐ-UBND");
    expect(lineAt(document, 293)?.text).toBe(planLine("thanhhoa-sdg-2017", 293));
  });

  it("keeps the last line of 003 although it has no final newline", () => {
    const document = createSourceDocument(planText("thanhhoa-nq58-2021"));
    expect(document.endsWithNewline).toBe(false);
    expect(document.lines).toHaveLength(405);
    expect(document.lines[404]?.text).toMatch(/^3\tTăng cường quan hệ trao đổi/);
  });

  it("counts a final newline as the end of the last line, not as an empty line", () => {
    const document = createSourceDocument("a\nb\n");
    expect(document.lines.map((line) => line.text)).toEqual(["a", "b"]);
    expect(document.endsWithNewline).toBe(true);
  });

  it("normalises to NFC and drops a byte-order mark", () => {
    const decomposed = "\uFEFFThanh Hoa\u0301";
    expect(createSourceDocument(decomposed).lines[0]?.text).toBe("Thanh Hoá");
  });

  it("splits Windows line ends", () => {
    expect(createSourceDocument("a\r\nb").lines.map((line) => line.text)).toEqual(["a", "b"]);
  });
});
