import { findDayMonths, parseDayMonth } from "../../../../src/domain/catalog/values/parseDayMonth";
import { SOURCE_FILES, sourceLine, sourceLines } from "./sourceText";

describe("parseDayMonth", () => {
  it.each([
    ["chậm nhất vào 15 tháng 11 hàng năm", "11-15"],
    ["trước ngày 15/12", "12-15"],
    ["ngày 20/11 hằng năm", "11-20"],
    ["Trước ngày 01 tháng 12 hàng năm", "12-01"],
    ["định kỳ ngày 15/11 hàng năm", "11-15"],
    ["trước ngày 05/12 hàng năm", "12-05"],
    ["15/11 hàng năm", "11-15"],
    ["ngày 29/2 hằng năm", "02-29"],
  ])("reads %j as %s", (phrase, expected) => {
    expect(parseDayMonth(phrase)).toBe(expected);
  });

  it.each([
    ["Thanh Hóa, ngày 17 tháng 10 năm 2017", "a dated signature (000 L11)"],
    ["ngày 30/6/2022", "a one-off date with its year"],
    ["giảm tỷ số tử vong mẹ xuống dưới 45/100.000 trẻ đẻ sống", "a rate (002 L324)"],
    ["theo tỷ lệ tương ứng là 30/70%", "a ratio (002 L1188)"],
    ["toàn tỉnh có 6/13 đơn vị cấp huyện", "a fraction (002 L2168)"],
    ["trước ngày 31/4", "a day that does not exist"],
    ["", "empty text"],
  ])("returns null for %j (%s)", (phrase) => {
    expect(parseDayMonth(phrase)).toBeNull();
  });

  describe("on the reporting clauses of the five documents", () => {
    it.each([
      ["000-thanhhoa-sdg-2017.txt", 228, "11-15"], // III.1.e: sở, ban, ngành
      ["000-thanhhoa-sdg-2017.txt", 230, "11-15"], // III.1.g: MTTQ and associations
      ["001-daknong-sdg-2018.txt", 88, "11-20"], // IV.1: agencies to UBND via Sở KH&ĐT
      ["001-daknong-sdg-2018.txt", 89, "12-05"], // IV.2: Sở KH&ĐT's consolidated report
      ["002-quangninh-sdg-2018.txt", 110, "12-01"], // IV.1.e: agencies (15/12 follows for the province)
      ["002-quangninh-sdg-2018.txt", 156, "12-01"], // VI.1
      ["004-thanhhoa-green-growth-2023.txt", 408, "11-15"], // units, "định kỳ ngày 15/11"
      ["004-thanhhoa-green-growth-2023.txt", 418, "12-10"], // Sở KH&ĐT to the ministry
    ] as const)("reads %s L%d as %s", (file, line, expected) => {
      expect(parseDayMonth(sourceLine(file, line))).toBe(expected);
    });

    it("finds both dates of 002 L110, each marked as 'before'", () => {
      const found = findDayMonths(sourceLine("002-quangninh-sdg-2018.txt", 110));
      expect(found.map((m) => [m.dayMonth, m.before, m.yearly])).toEqual([
        ["12-01", true, true],
        ["12-15", true, true],
      ]);
    });

    it("finds no yearly date in 003, which sets none", () => {
      const found = sourceLines("003-thanhhoa-nq58-2021.txt").flatMap((line) => findDayMonths(line));
      expect(found).toEqual([]);
    });

    it("finds yearly dates only on the reporting lines of every document", () => {
      const lines = SOURCE_FILES.flatMap((file) =>
        sourceLines(file).flatMap((line, index) =>
          findDayMonths(line).some((m) => m.yearly) ? [`${file.slice(0, 3)} L${index + 1}`] : [],
        ),
      );
      expect(lines).toEqual([
        "000 L228",
        "000 L230",
        "001 L88",
        "001 L89",
        "002 L110",
        "002 L156",
        "004 L408",
        "004 L418",
      ]);
    });
  });

  it("never throws on random text", () => {
    const pieces = ["ngày ", "15", "/", "11", "32", " tháng ", "trước ", "hàng năm", "năm ", "2022", "<p>", ",", "."];
    let seed = 5;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 2000; round += 1) {
      let text = "";
      for (let k = random(15); k > 0; k -= 1) text += pieces[random(pieces.length)];
      expect(() => parseDayMonth(text)).not.toThrow();
    }
  });
});
