import fc from "fast-check";
import { trimEnd, trimStart } from "../../../src/domain/text/trimEdges";

const text = fc.string({ unit: fc.constantFrom(" ", ".", "-", ",", ";", "a", "Sở", "\u00a0", "–"), maxLength: 30 });

describe("trimEnd and trimStart", () => {
  it("remove what /[…]+$/ and /^[…]+/ remove, for any text", () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(trimEnd(sample, /[\s.,;:/\-–]/u)).toBe(sample.replace(/[\s.,;:/\-–]+$/u, ""));
        expect(trimStart(sample, /[\s.,;:]/u)).toBe(sample.replace(/^[\s.,;:]+/u, ""));
      }),
      { numRuns: 500 },
    );
  });

  it("trim a run of 100,000 dashes that a letter follows or precedes, scanning it once", () => {
    expect(trimEnd(`Sở Y tế${"-".repeat(100_000)}`, /[-]/u)).toBe("Sở Y tế");
    expect(trimEnd(`${"-".repeat(100_000)}x`, /[-]/u)).toBe(`${"-".repeat(100_000)}x`);
    expect(trimStart(`${" ".repeat(100_000)}x`, /\s/u)).toBe("x");
  });
});
