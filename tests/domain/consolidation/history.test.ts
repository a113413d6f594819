import {
  historyCsv,
  historyGrid,
  mergeHistory,
  readHistoryGrid,
  type HistoryRow,
} from "../../../src/domain/consolidation/history";

const point = (code: string, agency: string, year: number, value: number | string): HistoryRow => ({
  plan: "kh",
  code,
  indicator: `Chỉ tiêu ${code}`,
  agency,
  year,
  value,
  source: `${agency}.xlsx`,
});

describe("history", () => {
  it("adds this year's rows to last year's, replacing a row only for the same key and year, in a fixed order", () => {
    const earlier = [point("1.10#1", "a", 2025, 5), point("1.2#1", "a", 2025, 3), point("1.2#1", "a", 2026, 99)];
    const merged = mergeHistory(earlier, [point("1.2#1", "a", 2026, 4)]);
    expect(merged.map((row) => [row.code, row.year, row.value])).toEqual([
      ["1.2#1", 2025, 3],
      ["1.2#1", 2026, 4],
      ["1.10#1", 2025, 5],
    ]);
  });

  it("reads its own sheet back, under a title or not", () => {
    const rows = [point("1.2#1", "a", 2025, 3), point("2.1#0", "b", 2025, "đạt")];
    expect(readHistoryGrid(historyGrid(rows)).rows).toEqual(rows);
    expect(readHistoryGrid([["Dữ liệu"], ...historyGrid(rows)]).rows).toEqual(rows);
    expect(readHistoryGrid([["something else"]]).found).toBe(false);
  });

  it("neutralises formula injection in the CSV with a leading quote, keeps numbers, and reads it back as it was", () => {
    const hostile = point("1.2#1", '=HYPERLINK("http://x")', 2025, "+1+2");
    const csv = historyCsv([hostile, point("1.3#1", "a", 2025, -4.5)]);
    const lines = csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[1]).toBe(
      `kh,1.2#1,Chỉ tiêu 1.2#1,"'=HYPERLINK(""http://x"")",2025,'+1+2,"'=HYPERLINK(""http://x"").xlsx"`,
    );
    expect(lines[2]).toContain(",-4.5,");
    expect(
      readHistoryGrid([historyGrid([])[0]!, ["kh", "1.2#1", "x", "'=A1", 2025, "'+1+2", ""]]).rows[0],
    ).toMatchObject({ agency: "=A1", value: "+1+2" });
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(historyCsv([point("1", `${start}x`, 2025, 1)])).toContain(`'${start}x`);
  });
});
