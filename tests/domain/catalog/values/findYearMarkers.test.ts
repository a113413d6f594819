import { findYearMarkers } from "../../../../src/domain/catalog/values/findYearMarkers";

const kinds = (text: string) =>
  findYearMarkers(text.toLowerCase()).map((m) => [m.kind, m.year, m.period ?? null, text.slice(m.start, m.end)]);

describe("findYearMarkers", () => {
  it("finds the period and year markers of 003 L102", () => {
    expect(kinds("Giai đoạn 2021 - 2025, tốc độ tăng trưởng …; Đến năm 2025, tỷ trọng …")).toEqual([
      ["period", 2025, { from: 2021, to: 2025 }, "Giai đoạn 2021 - 2025"],
      ["year", 2025, null, "Đến năm 2025"],
    ]);
  });

  it("reads 'Từ năm 2020 đến 2030' and a bare '2021-2030:' as periods (002 L1016, L1188)", () => {
    expect(kinds("Từ năm 2020 đến 2030, GRDP …; 2021-2030: Bố trí").map((k) => k[2])).toEqual([
      { from: 2020, to: 2030 },
      { from: 2021, to: 2030 },
    ]);
  });

  it("reads 'hằng năm' opening a clause as an annual marker (003 L278)", () => {
    expect(kinds("Phân đấu hằng năm, có 80% số xã")).toEqual([["annual", null, null, "Phân đấu hằng năm,"]]);
  });

  it("skips baselines, constant-price bases and visions", () => {
    expect(kinds("tăng 2 lần so với năm 2015 (theo giá cố định 2010), tầm nhìn đến năm 2045")).toEqual([]);
  });

  it("marks a backward range as a year typo with candidates", () => {
    const [marker] = findYearMarkers("giai đoạn 2021-2020 phấn đấu");
    expect(marker).toMatchObject({ kind: "period", year: null, ambiguity: { reason: "year_typo" } });
  });
});
