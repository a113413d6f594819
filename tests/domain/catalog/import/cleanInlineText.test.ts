import { cleanInlineText } from "../../../../src/domain/catalog/import/cleanInlineText";

describe("cleanInlineText", () => {
  it.each([
    // 000 L296: an unclosed <ul> before the assignment
    ['<ul style="list-style-type: none"> - Chủ trì: Sở Y tế', "- Chủ trì: Sở Y tế"],
    // 000 L419: italic labels
    ["- <i>Chủ trì:</i> Sở Tài chính.", "- Chủ trì: Sở Tài chính."],
    // 000 L516: markdown bold
    ["- **Chủ trì:** Sở Nội vụ.", "- Chủ trì: Sở Nội vụ."],
    // 000 L64: markdown italics around a parenthesis
    ["*(Ban hành kèm theo Quyết định số: 3934/QĐ-UBND ngày 17/10/2017", "(Ban hành kèm theo Quyết định số: 3934/QĐ-UBND ngày 17/10/2017"],
    // 001 L435: NBSP inside the keyword
    ["\tMục\u00a0tiêu 4.4:\u00a0Đến năm 2030", "Mục tiêu 4.4: Đến năm 2030"],
    // 003 L327: bold group number
    ["<b>3</b>", "3"],
    // 003 heading levels
    ["## **2. Hoàn thiện thể chế", "2. Hoàn thiện thể chế"],
  ])("cleans %j", (raw, clean) => {
    expect(cleanInlineText(raw)).toBe(clean);
  });

  it("keeps a less-than sign that is not a tag (002 L328)", () => {
    expect(cleanInlineText("Giảm tỷ số tử vong mẹ xuống <20/100.000 trẻ đẻ sống")).toBe(
      "Giảm tỷ số tử vong mẹ xuống <20/100.000 trẻ đẻ sống",
    );
  });

  it("collapses the double spaces of 001 L88", () => {
    expect(cleanInlineText("các mục tiêu  gửi về UBND tỉnh")).toBe("các mục tiêu gửi về UBND tỉnh");
  });
});
