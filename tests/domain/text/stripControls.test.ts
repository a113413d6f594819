import fc from "fast-check";
import { stripControls } from "../../../src/domain/text/stripControls";

// eslint-disable-next-line no-control-regex -- the property is about control characters
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/u;

describe("stripControls", () => {
  it("removes terminal escape sequences whole, so no '[31m' is left in the text", () => {
    expect(stripControls("\u001b[1;31mSở Y tế\u001b[0m chủ trì")).toBe("Sở Y tế chủ trì");
    expect(stripControls("Xem \u001b]8;;https://x.example\u0007tại đây\u001b]8;;\u001b\\.")).toBe("Xem tại đây.");
    expect(stripControls("\u001b]0;tiêu đề cửa sổ\u0007Kế hoạch")).toBe("Kế hoạch");
  });

  it("removes NUL, bell, backspace, DEL and C1 controls, and keeps tab, line feed and carriage return", () => {
    expect(stripControls("a\u0000b\u0007c\u0008d\u007fe\u0085f\u0090g")).toBe("abcdefg");
    expect(stripControls("1\tSở Tài chính\r\n2\tSở Y tế\n")).toBe("1\tSở Tài chính\r\n2\tSở Y tế\n");
  });

  it("leaves no control character but tab and line breaks, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(stripControls(text)).not.toMatch(CONTROL);
      }),
      { numRuns: 500 },
    );
  });

  it("returns text without control characters unchanged", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 200 }).filter((text) => !CONTROL.test(text)),
        (text) => {
          expect(stripControls(text)).toBe(text);
        },
      ),
      { numRuns: 300 },
    );
  });
});
