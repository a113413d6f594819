import fc from "fast-check";
import {
  charactersPerLine,
  estimateLineCount,
  heightForLines,
  heightForUprightText,
  MAX_ROW_HEIGHT_POINTS,
} from "../../../src/domain/sheet/rowHeights";

describe("estimated row heights", () => {
  it("fits a short text on one line", () => {
    expect(estimateLineCount("Sở Y tế", 20)).toBe(1);
  });

  it("moves whole words to the next line, as Excel wraps", () => {
    // 11 + 1 + 11 = 23 characters do not fit in 20.
    expect(estimateLineCount("Thương binh Thương binh", 20)).toBe(2);
    expect(estimateLineCount("một hai ba", 10)).toBe(1);
  });

  it("counts each line break as a new line", () => {
    expect(estimateLineCount("Báo cáo\nKế hoạch\n", 30)).toBe(3);
  });

  it("cuts a word longer than the column across lines", () => {
    expect(estimateLineCount("x".repeat(25), 10)).toBe(3);
  });

  it("fits fewer characters of bold or larger text on a line", () => {
    expect(charactersPerLine(30, { bold: true })).toBeLessThan(charactersPerLine(30));
    expect(charactersPerLine(30, { fontSize: 14 })).toBeLessThan(charactersPerLine(30));
  });

  it("gives upright text the height of its length, longer for longer names and bold", () => {
    const short = heightForUprightText("Sở Y tế");
    expect(heightForUprightText("Sở Lao động - Thương binh và Xã hội")).toBeGreaterThan(short);
    expect(heightForUprightText("Sở Y tế", { bold: true })).toBeGreaterThan(short);
    expect(heightForUprightText("x".repeat(500))).toBe(MAX_ROW_HEIGHT_POINTS);
  });

  it("gives 15 points a line of 11-point text, within Excel's cap", () => {
    expect(heightForLines(3)).toBe(45);
    expect(heightForLines(100)).toBe(MAX_ROW_HEIGHT_POINTS);
  });

  it("counts lines as splitting at line breaks and spaces would, for any text: spaces of every kind, emoji, CRLF", () => {
    const pieces = fc.constantFrom("Sở", "Kế hoạch", " ", "  ", "\u00a0", "\u3000", "\t", "\n", "\r\n", "\r", "😀", "x".repeat(23), "\ud800", "\udc00");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), (parts, capacity) => {
        const text = parts.join("");
        expect(estimateLineCount(text, capacity)).toBe(linesBySplitting(text, capacity));
      }),
    );
  });
});

/** The rule as words: paragraphs at line breaks, words between runs of white space, each word's characters counted. */
function linesBySplitting(text: string, capacity: number): number {
  return text.split(/\r?\n/).reduce((total, paragraph) => {
    let lines = 1;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = [...word].length;
      if (length > capacity) {
        lines += (used === 0 ? 0 : 1) + Math.ceil(length / capacity) - 1;
        used = length % capacity || capacity;
      } else if ((used === 0 ? length : used + 1 + length) <= capacity) used = used === 0 ? length : used + 1 + length;
      else {
        lines += 1;
        used = length;
      }
    }
    return total + lines;
  }, 0);
}
