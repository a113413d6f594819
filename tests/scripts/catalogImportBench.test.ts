import benchCatalogImport from "../../scripts/benches/catalogImport";

describe("benchCatalogImport", () => {
  it("reports a line for the whole import and one per plan (times are not asserted)", async () => {
    const lines = await benchCatalogImport({ rounds: 1 });
    expect(lines[0]).toBe("catalog import: all 5 plans, 1 rounds");
    for (const planId of ["thanhhoa-sdg-2017", "daknong-sdg-2018", "quangninh-sdg-2018", "thanhhoa-nq58-2021", "thanhhoa-green-growth-2023"]) {
      expect(lines.some((line) => line.startsWith(`  ${planId}: median `))).toBe(true);
    }
  });
});
