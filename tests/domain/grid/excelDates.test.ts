import { isDateFormat, serialToIso } from "../../../src/domain/grid/excelDates";

describe("isDateFormat", () => {
  it.each([
    "dd/mm/yyyy",
    "d/m/yy",
    "mmm-yy",
    "[$-42A]d mmmm yyyy",
    "h:mm",
    "[h]:mm:ss",
    "yyyy-mm-dd hh:mm",
    "dd/mm/yyyy;@",
  ])("sees a date or time in %s", (code) => expect(isDateFormat(code)).toBe(true));

  it.each(["General", "0", "0%", "0.00", "#,##0", "@", "0.00E+00", '"ngày" 0', "[Red]0.0", "0;[Red]-0", "#,##0 \\d"])(
    "sees no date in %s",
    (code) => expect(isDateFormat(code)).toBe(false),
  );

  it("sees no date where there is no format", () => {
    expect(isDateFormat(null)).toBe(false);
    expect(isDateFormat("")).toBe(false);
  });
});

describe("serialToIso", () => {
  it("reads 45658 as 1 January 2025 in the 1900 system and as four years and a day later in the 1904 system", () => {
    expect(serialToIso(45_658, false)).toBe("2025-01-01");
    expect(serialToIso(45_658, true)).toBe("2029-01-02");
  });

  it("keeps the time of day to the second", () => {
    expect(serialToIso(45_658.5, false)).toBe("2025-01-01T12:00:00");
    expect(serialToIso(45_658 + (8 * 3_600 + 30 * 60 + 15) / 86_400, false)).toBe("2025-01-01T08:30:15");
  });

  it("counts the days before March 1900 as Excel shows them, its fictitious 29 February included", () => {
    expect(serialToIso(1, false)).toBe("1900-01-01");
    expect(serialToIso(59, false)).toBe("1900-02-28");
    expect(serialToIso(60, false)).toBe("1900-02-29");
    expect(serialToIso(61, false)).toBe("1900-03-01");
    expect(serialToIso(0, true)).toBe("1904-01-01");
  });

  it("gives no date for numbers Excel cannot show as one", () => {
    expect(serialToIso(-1, false)).toBeNull();
    expect(serialToIso(2_958_466, false)).toBeNull();
    expect(serialToIso(Number.NaN, false)).toBeNull();
    expect(serialToIso(2_958_465, false)).toBe("9999-12-31");
  });
});
