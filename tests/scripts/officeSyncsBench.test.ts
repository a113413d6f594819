import benchOfficeSyncs from "../../scripts/benches/officeSyncs";

describe("benchOfficeSyncs", () => {
  it("measures inject, mark and readCells next to a naive add-in, which needs a sync per row or per mark", async () => {
    const { lines, figures } = await benchOfficeSyncs([100]);

    for (const operation of ["inject", "mark", "readCells"]) {
      const line = lines.find((candidate) => candidate.startsWith(`${operation} `));
      expect(line).toMatch(/ours \d+ syncs, .* naive \d+ syncs, .* naive\/ours: syncs [\d.]+x/);
      const rows = Number(line!.split(" ")[1]!.replace(/,/g, ""));
      expect(rows).toBeGreaterThanOrEqual(100);
      expect(figures[`${operation}.${rows}.ours.syncs`]).toBeLessThanOrEqual(3);
      expect(figures[`${operation}.${rows}.naive.syncs`]).toBeGreaterThanOrEqual(100);
    }
  }, 60_000);
});
