import {
  formatDateTimeVi,
  formatDateVi,
  formatDayMonthVi,
  formatNumberVi,
  formatQuantityVi,
  formatRangeVi,
  localIsoDate,
} from "../../../src/domain/text/vietnameseFormat";

describe("Vietnamese number and date text", () => {
  it("writes a decimal comma and dots between thousands", () => {
    expect(formatNumberVi(9.5)).toBe("9,5");
    expect(formatNumberVi(100000)).toBe("100.000");
    expect(formatNumberVi(1234567.25)).toBe("1.234.567,25");
    expect(formatNumberVi(-0.25)).toBe("-0,25");
    expect(formatNumberVi(32.3)).toBe("32,3");
  });

  it("writes a number too large for decimals as a power of ten, never in exponent notation", () => {
    expect(formatNumberVi(-1e308)).toBe("-1 × 10³⁰⁸");
    expect(formatNumberVi(1.5e22)).toBe("1,5 × 10²²");
  });

  it("writes a figure with its unit, the percent sign against the number", () => {
    expect(formatQuantityVi(54.7, "%")).toBe("54,7%");
    expect(formatQuantityVi(9.5, "%/năm")).toBe("9,5%/năm");
    expect(formatQuantityVi(1200, "tỷ đồng")).toBe("1.200 tỷ đồng");
    expect(formatQuantityVi("Đã triển khai", null)).toBe("Đã triển khai");
  });

  it("leaves years and codes without thousands separators when asked", () => {
    expect(formatNumberVi(2030, { grouping: false })).toBe("2030");
  });

  it("joins a range with an en dash and drops a missing end", () => {
    expect(formatRangeVi(9.5, 10)).toBe("9,5–10");
    expect(formatRangeVi(1.5, null)).toBe("1,5");
  });

  it("writes dates as dd/mm/yyyy and yearly deadlines as dd/mm", () => {
    expect(formatDateVi("2017-10-17")).toBe("17/10/2017");
    expect(formatDayMonthVi("11-15")).toBe("15/11");
  });

  it("writes a moment in local time, readable, and its local calendar day", () => {
    const moment = new Date(2026, 0, 2, 6, 30);
    expect(formatDateTimeVi(moment)).toBe("02/01/2026 06:30");
    expect(localIsoDate(moment)).toBe("2026-01-02");
  });
});
