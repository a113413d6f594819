import benchOfficeSyncs from "../../scripts/benches/officeSyncs";

/** Our syncs per operation: validate reads four sheets (cover and three sections), at most three syncs each. */
const BUDGET: Readonly<Record<string, number>> = { inject: 3, template: 3, validate: 12, mark: 3, readCells: 3 };

describe("benchOfficeSyncs", () => {
  let result: Awaited<ReturnType<typeof benchOfficeSyncs>>;
  beforeAll(async () => {
    result = await benchOfficeSyncs([100]);
  }, 60_000);

  it("measures inject, template, validate, mark and readCells next to a naive add-in, which needs a sync per row or per mark", () => {
    const { lines, figures } = result;

    for (const [operation, budget] of Object.entries(BUDGET)) {
      const line = lines.find((candidate) => candidate.startsWith(`${operation} `));
      expect(line).toMatch(/ours \d+ syncs, .* naive \d+ syncs, .* naive\/ours: syncs [\d.]+x/);
      const rows = Number(line!.split(" ")[1]!.replace(/,/g, ""));
      expect(rows).toBeGreaterThanOrEqual(100);
      expect(figures[`${operation}.${rows}.ours.syncs`]).toBeLessThanOrEqual(budget);
      expect(figures[`${operation}.${rows}.naive.syncs`]).toBeGreaterThanOrEqual(100);
    }
  });

  it("validates the same filled template through both add-ins and finds the same issues", () => {
    const { lines } = result;

    expect(lines.find((line) => line.startsWith("validate "))).toMatch(/; both found 0 issue\(s\)$/);
  });
});
