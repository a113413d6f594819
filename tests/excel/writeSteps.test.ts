import type { WriteStep } from "../../src/excel/writeSteps";
import { packSteps } from "../../src/excel/writeSteps";

function steps(...sizes: number[]): WriteStep[] {
  return sizes.map((bytes) => ({ bytes, queue: () => undefined }));
}

describe("packSteps", () => {
  it("keeps everything in one batch while the total fits the budget", () => {
    expect(packSteps(steps(10, 20, 30), 100).map((batch) => batch.map((step) => step.bytes))).toEqual([[10, 20, 30]]);
  });

  it("starts a new batch, in order, when the next step would pass the budget", () => {
    expect(packSteps(steps(60, 30, 20, 90, 5), 100).map((batch) => batch.map((step) => step.bytes))).toEqual([
      [60, 30],
      [20],
      [90, 5],
    ]);
  });

  it("refuses a single step larger than the budget with PayloadTooLarge", () => {
    expect(() => packSteps(steps(10, 101), 100)).toThrow(expect.objectContaining({ code: "PayloadTooLarge" }));
  });

  it("makes no batch for no steps", () => {
    expect(packSteps([], 100)).toEqual([]);
  });
});
