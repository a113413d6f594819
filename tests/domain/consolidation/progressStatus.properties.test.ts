import fc from "fast-check";
import { describeProgress } from "../../../src/domain/consolidation/progressMessages";
import {
  assessProgress,
  PROGRESS_PROFILES,
  PROGRESS_STATUSES,
  type ProgressStatus,
  type QuantitativeTarget,
} from "../../../src/domain/consolidation/progressStatus";

/** Better is higher; a passed deadline ranks with deterioration, as the draft report puts both off track. */
const RANK: Partial<Record<ProgressStatus, number>> = {
  not_achieved: 0,
  deterioration: 0,
  limited_progress: 1,
  moderate_progress: 2,
  substantial_progress: 3,
  target_achieved: 4,
};

const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const moderate = fc.double({ min: 0.01, max: 1e6, noNaN: true });
const year = fc.integer({ min: 1990, max: 2050 });

const anyTarget: fc.Arbitrary<QuantitativeTarget> = fc.record(
  {
    kind: fc.constantFrom("level", "periodAverage", "cumulative"),
    value: finite,
    valueMax: fc.option(finite),
    strict: fc.boolean(),
    year,
    period: fc.option(fc.record({ from: year, to: year })),
    direction: fc.constantFrom("increase", "decrease", null),
    ceiling: fc.option(finite),
    relative: fc.constantFrom("percentChange", "multiple", null),
    baseYear: fc.option(year),
    everyYear: fc.boolean(),
  },
  { requiredKeys: ["kind", "value", "year", "direction"] },
) as fc.Arbitrary<QuantitativeTarget>;

const observation = fc.record({ year, value: finite });

function numbersIn(value: unknown): number[] {
  if (typeof value === "number") return [value];
  if (value === null || typeof value !== "object") return [];
  return Object.values(value).flatMap(numbersIn);
}

describe("assessProgress, for any finite input", () => {
  it("never throws, gives a known status, a finite ratio or none, and only finite numbers in its basis", () => {
    fc.assert(
      fc.property(anyTarget, fc.option(observation), fc.array(observation, { maxLength: 8 }), year, fc.constantFrom("default", "unsd"), (target, baseline, observations, currentYear, profile) => {
        const result = assessProgress({ target, baseline, observations, currentYear }, PROGRESS_PROFILES[profile as "default" | "unsd"]);
        expect(PROGRESS_STATUSES).toContain(result.status);
        expect(result.ratio === null || Number.isFinite(result.ratio)).toBe(true);
        expect(numbersIn(result).every(Number.isFinite)).toBe(true);
        expect(typeof describeProgress(result, "%")).toBe("string");
      }),
      { numRuns: 2000 },
    );
  });
});

describe("assessProgress on an increase target", () => {
  it("never judges a higher latest value worse than a lower one (level)", () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, moderate, fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (base, goal, a, b, elapsed, remaining) => {
        const target: QuantitativeTarget = { kind: "level", value: goal, year: 2020 + elapsed + remaining, direction: "increase" };
        const status = (latest: number) =>
          assessProgress({ target, baseline: { year: 2020, value: base }, observations: [{ year: 2020 + elapsed, value: latest }], currentYear: 2020 + elapsed }).status;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RANK[status(low)]!).toBeLessThanOrEqual(RANK[status(high)]!);
      }),
    );
  });

  it("never judges a higher value for the reporting year worse than a lower one (period average)", () => {
    fc.assert(
      fc.property(moderate, fc.array(moderate, { maxLength: 3 }), moderate, moderate, (goal, earlier, a, b) => {
        const target: QuantitativeTarget = { kind: "periodAverage", value: goal, year: 2025, period: { from: 2021, to: 2025 }, direction: "increase" };
        const status = (latest: number) =>
          assessProgress({ target, observations: [...earlier.map((value, i) => ({ year: 2021 + i, value })), { year: 2024, value: latest }], currentYear: 2024 }).status;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RANK[status(low)]!).toBeLessThanOrEqual(RANK[status(high)]!);
      }),
    );
  });
});

describe("assessProgress on a decrease target", () => {
  it("never judges a lower latest value worse than a higher one", () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, moderate, fc.integer({ min: 1, max: 9 }), (base, goal, a, b, elapsed) => {
        const target: QuantitativeTarget = { kind: "level", value: goal, year: 2030, direction: "decrease" };
        const status = (latest: number) =>
          assessProgress({ target, baseline: { year: 2020, value: base }, observations: [{ year: 2020 + elapsed, value: latest }], currentYear: 2020 + elapsed }).status;
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(RANK[status(low)]!).toBeGreaterThanOrEqual(RANK[status(high)]!);
      }),
    );
  });
});

describe("the compound growth ratio", () => {
  it("does not change when every value is expressed in another unit", () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, fc.double({ min: 0.001, max: 1000, noNaN: true }), (base, goal, latest, scale) => {
        fc.pre(Math.abs(goal - base) > 1e-6 * base);
        const input = (k: number) => ({
          target: { kind: "level", value: goal * k, year: 2030, direction: "increase" } as QuantitativeTarget,
          baseline: { year: 2020, value: base * k },
          observations: [{ year: 2024, value: latest * k }],
          currentYear: 2024,
        });
        const [one, other] = [assessProgress(input(1)), assessProgress(input(scale))];
        if (one.ratio === null || other.ratio === null) expect(other.status).toBe(one.status);
        else expect(other.ratio).toBeCloseTo(one.ratio, 6);
      }),
    );
  });
});

describe("the UNSD profile", () => {
  it("never judges a level target worse than the default profile does", () => {
    fc.assert(
      fc.property(moderate, moderate, moderate, (base, goal, latest) => {
        const input = {
          target: { kind: "level", value: goal, year: 2030, direction: "increase" } as QuantitativeTarget,
          baseline: { year: 2020, value: base },
          observations: [{ year: 2024, value: latest }],
          currentYear: 2024,
        };
        const byDefault = assessProgress(input, PROGRESS_PROFILES.default).status;
        const byUnsd = assessProgress(input, PROGRESS_PROFILES.unsd).status;
        expect(RANK[byUnsd]!).toBeGreaterThanOrEqual(RANK[byDefault]!);
      }),
    );
  });
});
