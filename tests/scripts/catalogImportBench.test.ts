import benchCatalogImport from "../../scripts/benches/catalogImport";

const PLANS = [
  "thanhhoa-sdg-2017",
  "daknong-sdg-2018",
  "quangninh-sdg-2018",
  "thanhhoa-nq58-2021",
  "thanhhoa-green-growth-2023",
];

describe("benchCatalogImport", () => {
  it("reports a line and figures for the whole import and for each plan (times are not asserted)", async () => {
    const { lines, figures } = await benchCatalogImport({
      rounds: 1,
      copies: [1, 2],
      growthPlans: ["thanhhoa-nq58-2021"],
    });
    expect(lines[0]).toMatch(/^all 5 plans, 1 rounds: first round [\d.]+ ms/);
    expect(figures["all.medianMs"]).toEqual(expect.any(Number));
    for (const planId of PLANS) {
      expect(lines.some((line) => line.startsWith(`${planId}: median `))).toBe(true);
      expect(figures[`${planId}.medianCpuMs`]).toEqual(expect.any(Number));
    }
  });

  it("reports import time of a plan's text repeated, with the ratio to one copy", async () => {
    const { lines, figures } = await benchCatalogImport({
      rounds: 1,
      copies: [1, 2],
      growthPlans: ["thanhhoa-nq58-2021"],
    });
    expect(lines.some((line) => /thanhhoa-nq58-2021 .*1× .*2× .*per copy/u.test(line))).toBe(true);
    expect(figures["growth.thanhhoa-nq58-2021.x1.ratio"]).toBe(1);
    expect(figures["growth.thanhhoa-nq58-2021.x2.ratio"]).toBeGreaterThan(0);
    expect(Object.keys(figures).filter((key) => key.startsWith("growth."))).toHaveLength(4);
  });
});
