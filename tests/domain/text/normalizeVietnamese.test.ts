import { foldForMatching, letterCount, normalizeText, unifyToneMarks } from "../../../src/domain/text/normalizeVietnamese";

describe("normalizeText", () => {
  it("turns NBSP and runs of whitespace into one space and trims", () => {
    // 001 L163: "Cơ quan\u00a0chủ trì"
    expect(normalizeText("  Cơ quan\u00a0chủ trì:\u00a0 Sở Tư pháp \n")).toBe("Cơ quan chủ trì: Sở Tư pháp");
  });

  it("collapses the double spaces inside names (001 L523 'Đài  phát thanh')", () => {
    expect(normalizeText("Đài  phát thanh Truyền hình")).toBe("Đài phát thanh Truyền hình");
  });

  it("composes decomposed text to NFC", () => {
    const decomposed = "Sở Y tế".normalize("NFD");
    expect(normalizeText(decomposed)).toBe("Sở Y tế".normalize("NFC"));
    expect(normalizeText(decomposed)).not.toBe(decomposed);
  });

  it("drops zero-width characters and keeps the text otherwise", () => {
    expect(normalizeText("Sở\u200b Tài\ufeff chính")).toBe("Sở Tài chính");
  });
});

describe("foldForMatching", () => {
  it.each([
    ["Thanh Hoá", "Thanh Hóa"], // 000 L58
    ["CỘNG HOÀ", "Cộng hòa"], // 000 L8
    ["thuỷ sản", "thủy sản"], // 004 L346
    ["khoẻ", "khỏe"],
    ["Xoá đói", "Xóa đói"],
    ["Tuỳ", "Tùy"],
  ])("unifies old and new tone placement: %s = %s", (oldStyle, newStyle) => {
    expect(foldForMatching(oldStyle)).toBe(foldForMatching(newStyle));
  });

  it.each([["hoàn thành"], ["toán"], ["Quý IV"], ["quỹ"], ["khuya"]])(
    "leaves syllables whose mark does not move alone: %s",
    (word) => {
      expect(foldForMatching(word)).toBe(word.toLowerCase());
    },
  );

  it("keeps diacritics: Sở Y tế is not Sở Ý tế", () => {
    expect(foldForMatching("Sở Y tế")).not.toBe(foldForMatching("Sở Ý tế"));
    expect(foldForMatching("Sở Tư pháp")).not.toBe(foldForMatching("Sở Tư phap"));
  });

  it("ignores case", () => {
    expect(foldForMatching("Sở Công thương")).toBe(foldForMatching("Sở Công Thương"));
  });

  it.each([["Sở Y tế."], ["Sở Y tế;"], ["Sở Y tế:"], ["Sở Y tế ,"], ["Sở Y tế./."], ["- Sở Y tế"], ["Sở Y tế -"]])(
    "strips list markers and trailing punctuation: %j",
    (text) => {
      expect(foldForMatching(text)).toBe("sở y tế");
    },
  );

  it("reads every spacing of a dash alike (002 L842, L2062)", () => {
    const expected = foldForMatching("tổ chức chính trị - xã hội");
    expect(foldForMatching("tổ chức chính trị -xã hội")).toBe(expected);
    expect(foldForMatching("tổ chức chính trị-xã hội")).toBe(expected);
    expect(foldForMatching("tổ chức chính trị – xã hội")).toBe(expected);
    expect(foldForMatching("Sở Lao động- Thương binh và Xã hội")).toBe(foldForMatching("Sở Lao động - Thương binh và Xã hội"));
  });

  it("treats NBSP like a space", () => {
    expect(foldForMatching("Mục\u00a0tiêu")).toBe("mục tiêu");
  });
});

describe("unifyToneMarks", () => {
  it("moves the mark of an open oa/oe/uy to the first vowel", () => {
    expect(unifyToneMarks("hoà bình, thuỷ lợi, hoá chất")).toBe("hòa bình, thủy lợi, hóa chất");
  });
});

describe("letterCount", () => {
  it.each([
    ["Sở Văn hóa, Thể thao và Du lịch", 23],
    ["Sở Văn hóa, Thể thao và Du lịch".normalize("NFD"), 23],
    ["Trung tâm\u00a0Y tế - 115", 14],
    ["", 0],
  ])("counts %j as %i", (text, count) => {
    expect(letterCount(text)).toBe(count);
  });

  it("is unchanged by foldForMatching", () => {
    for (const name of ["Sở Văn hoá, Thể thao và Du lịch.", "- UBND các huyện,thị xã", "Sở Lao động-Thương binh và Xã hội;", "SỞ THUỶ LỢI"]) {
      expect(letterCount(foldForMatching(name))).toBe(letterCount(name));
    }
  });
});
