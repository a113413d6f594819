import { valueBlockSteps } from "../../src/excel/valueBlockSteps";
import { jsonBytes } from "../../src/excel/payloadSize";

describe("valueBlockSteps", () => {
  const rows = Array.from({ length: 100 }, (_row, index) => [`Nhiệm vụ ${index + 1}`, index]);

  it("makes one step for a block under the budget", () => {
    expect(valueBlockSteps({ sheet: "Nhiệm vụ", row: 0, column: 0, rows, columnFormats: [] }, 1_000_000)).toHaveLength(1);
  });

  it("splits rows into blocks whose estimated size stays under the budget", () => {
    const budget = 500;
    const blocks = valueBlockSteps({ sheet: "Nhiệm vụ", row: 0, column: 0, rows, columnFormats: [{ column: 1, format: "0" }] }, budget);

    expect(blocks.length).toBeGreaterThan(5);
    const rowBytes = rows.map((row) => jsonBytes(row) + 1 + jsonBytes(["0"]) + 1);
    expect(Math.max(...rowBytes)).toBeLessThan(budget);
    for (const block of blocks) expect(block.bytes).toBeLessThan(budget + 1_000);
  });
});
