import fc from "fast-check";
import { parseIndicators } from "../../../../src/domain/catalog/values/parseIndicators";

const TARGET = "Đến năm 2030, giảm tỷ lệ hộ nghèo xuống dưới 5%; tỷ lệ che phủ rừng đạt trên 53%";

describe("parseIndicators on text with long runs of spaces", () => {
  it("reads a target followed by 100,000 spaces as it reads the target alone, without rescanning the run", () => {
    expect(parseIndicators(`${TARGET}${" ".repeat(100_000)}.`)).toEqual(parseIndicators(`${TARGET} .`));
  });

  it("reads the same values however wide the spaces between words are", () => {
    const words = TARGET.split(" ");
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: words.length, maxLength: words.length }),
        (widths) => {
          const widened = words.map((word, index) => `${word}${" ".repeat(widths[index]!)}`).join("");
          expect(parseIndicators(widened)).toEqual(parseIndicators(`${TARGET} `));
        },
      ),
      { numRuns: 50 },
    );
  });
});
