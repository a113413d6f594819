import {
  assessProgress,
  PROGRESS_PROFILES,
  reportGroup,
  REPORT_GROUPS,
  PROGRESS_STATUSES,
  type Observation,
  type QuantitativeTarget,
} from "../../../src/domain/consolidation/progressStatus";

const level = (target: Partial<QuantitativeTarget> & Pick<QuantitativeTarget, "value" | "year">): QuantitativeTarget => ({
  kind: "level",
  direction: "increase",
  ...target,
});
const points = (...pairs: [number, number][]): Observation[] => pairs.map(([year, value]) => ({ year, value }));

describe("assessProgress on a level target (Open SDG / StatCan method 2)", () => {
  // CR_a = (60/50)^(1/5) − 1 = 3.7137 %; CR_r = (80/50)^(1/15) − 1 = 3.1830 %; CR = 1.1667.
  it("puts a target whose actual growth outruns the required growth on track", () => {
    const result = assessProgress({
      target: level({ value: 80, year: 2030 }),
      baseline: { year: 2015, value: 50 },
      observations: points([2020, 60]),
      currentYear: 2020,
    });
    expect(result.status).toBe("substantial_progress");
    expect(result.ratio).toBeCloseTo(1.1667, 3);
    expect(result.basis.growth).toEqual({ model: "compound", actual: expect.closeTo(0.037137, 5), required: expect.closeTo(0.03183, 5) });
  });

  // Poverty 12 % (2016) → under 5 % by 2030, 10 % in 2020. CR_a = (10/12)^(1/4) − 1 = −4.4557 %;
  // CR_r = (5/12)^(1/14) − 1 = −6.0618 %; lower is better: CR = −(−4.4557) / 6.0618 = 0.7350.
  it("flips the sign for a target where lower is better and finds acceleration needed", () => {
    const result = assessProgress({
      target: level({ value: 5, strict: true, year: 2030, direction: "decrease" }),
      baseline: { year: 2016, value: 12 },
      observations: points([2020, 10]),
      currentYear: 2020,
    });
    expect(result.status).toBe("moderate_progress");
    expect(result.ratio).toBeCloseTo(0.735, 3);
  });

  // 100 (2020) → 200 by 2030; 121 in 2025. CR_a = 1.21^(1/5) − 1 = 3.8860 %; CR_r = 2^(1/10) − 1 = 7.1773 %; CR = 0.5414.
  it("calls CR 0.54 limited progress under the default profile and moderate progress under UNSD", () => {
    const input = { target: level({ value: 200, year: 2030 }), baseline: { year: 2020, value: 100 }, observations: points([2025, 121]), currentYear: 2025 };
    const byDefault = assessProgress(input, PROGRESS_PROFILES.default);
    const byUnsd = assessProgress(input, PROGRESS_PROFILES.unsd);
    expect(byDefault.ratio).toBeCloseTo(0.5414, 3);
    expect(byDefault.status).toBe("limited_progress");
    expect(byUnsd.status).toBe("moderate_progress");
  });

  // 100 → 98 in five years: CR_a = 0.98^(1/5) − 1 = −0.4032 %; CR = −0.004032 / 0.071773 = −0.0562.
  it("calls a small fall deterioration under the default profile and limited progress under UNSD (down to −0.1)", () => {
    const input = { target: level({ value: 200, year: 2030 }), baseline: { year: 2020, value: 100 }, observations: points([2025, 98]), currentYear: 2025 };
    expect(assessProgress(input).ratio).toBeCloseTo(-0.0562, 3);
    expect(assessProgress(input).status).toBe("deterioration");
    expect(assessProgress(input, PROGRESS_PROFILES.unsd).status).toBe("limited_progress");
  });

  // −200 → −50 by 2030, −150 in 2023: CR_a = 0.75^(1/3) − 1 = −9.1440 %; CR_r = 0.25^(1/10) − 1 = −12.9449 %;
  // a negative baseline flips the sign (sdg-build `sign`): CR = −1 · (−0.091440) / 0.129449 = 0.7064.
  it("keeps compound growth for values that are all negative, with the sign of the baseline", () => {
    const result = assessProgress({
      target: level({ value: -50, year: 2030 }),
      baseline: { year: 2020, value: -200 },
      observations: points([2023, -150]),
      currentYear: 2023,
    });
    expect(result.basis.growth?.model).toBe("compound");
    expect(result.ratio).toBeCloseTo(0.7064, 3);
    expect(result.status).toBe("moderate_progress");
  });

  // 0 communes (2020) → 20 by 2030, 6 in 2024: 1.5 a year done against 2 a year needed, CR = 0.75.
  it("falls back to linear steps when the baseline is zero and the compound rate is undefined", () => {
    const result = assessProgress({ target: level({ value: 20, year: 2030 }), baseline: { year: 2020, value: 0 }, observations: points([2024, 6]), currentYear: 2024 });
    expect(result.basis.growth).toEqual({ model: "linear", actual: 1.5, required: 2 });
    expect(result.ratio).toBeCloseTo(0.75, 10);
    expect(result.status).toBe("moderate_progress");
  });

  // −10 (2020) → 10 by 2030, −4 in 2023: 2 a year done against 2 a year needed, CR = 1.
  it("falls back to linear steps when the baseline and the target differ in sign", () => {
    const result = assessProgress({ target: level({ value: 10, year: 2030 }), baseline: { year: 2020, value: -10 }, observations: points([2023, -4]), currentYear: 2023 });
    expect(result.basis.growth?.model).toBe("linear");
    expect(result.ratio).toBeCloseTo(1, 10);
    expect(result.status).toBe("substantial_progress");
  });

  it("calls a value that crossed zero away from the target deterioration", () => {
    const result = assessProgress({ target: level({ value: 20, year: 2030 }), baseline: { year: 2020, value: 10 }, observations: points([2022, -1]), currentYear: 2022 });
    expect(result.status).toBe("deterioration");
    expect(result.basis.reason).toBe("crossed_zero");
    expect(result.ratio).toBeNull();
  });
});

describe("assessProgress special cases", () => {
  it("lets target achieved override a falling trend", () => {
    const result = assessProgress({ target: level({ value: 90, year: 2030 }), baseline: { year: 2020, value: 95 }, observations: points([2022, 92]), currentYear: 2022 });
    expect(result.status).toBe("target_achieved");
  });

  it("gives target achieved on a single point that meets the target", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2024, 85]), currentYear: 2024 });
    expect(result.status).toBe("target_achieved");
  });

  it("gives insufficient data for a single point short of the target", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2024, 60]), currentYear: 2024 });
    expect(result).toMatchObject({ status: "insufficient_data", ratio: null, basis: { reason: "single_point" } });
  });

  it("takes the earliest reported year as the baseline when the catalogue gives none", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2022, 50], [2021, 40], [2024, 60]), currentYear: 2024 });
    expect(result.basis.baseline).toEqual({ year: 2021, value: 40, source: "earliest" });
    expect(result.basis.latest).toEqual({ year: 2024, value: 60 });
  });

  it("takes the base year's value, or the first year after it, when the target names a base year", () => {
    const at = assessProgress({ target: level({ value: 80, year: 2030, baseYear: 2021 }), observations: points([2020, 30], [2021, 40], [2024, 60]), currentYear: 2024 });
    const after = assessProgress({ target: level({ value: 80, year: 2030, baseYear: 2019 }), observations: points([2021, 40], [2024, 60]), currentYear: 2024 });
    expect(at.basis.baseline).toEqual({ year: 2021, value: 40, source: "baseYear" });
    expect(after.basis.baseline).toEqual({ year: 2021, value: 40, source: "earliest" });
  });

  it("reports not reported when the reporting year has no value, and still quotes the last one", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2023, 50], [2024, 60]), currentYear: 2025 });
    expect(result).toMatchObject({ status: "not_reported", basis: { reason: "not_reported_this_year", latest: { year: 2024, value: 60 } } });
  });

  it("reports not reported when nothing was ever reported", () => {
    expect(assessProgress({ target: level({ value: 80, year: 2030 }), observations: [], currentYear: 2025 }).basis.reason).toBe("no_observations");
  });

  it("ignores values of years after the reporting year", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2024, 60], [2025, 90]), currentYear: 2024 });
    expect(result.basis.latest).toEqual({ year: 2024, value: 60 });
    expect(result.status).not.toBe("target_achieved");
  });

  it("gives not achieved once the target year has come without the target met", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2020 }), baseline: { year: 2015, value: 40 }, observations: points([2024, 70]), currentYear: 2024 });
    expect(result).toMatchObject({ status: "not_achieved", basis: { reason: "target_year_passed" } });
  });

  it("judges an every-year target on the reporting year alone", () => {
    const target = level({ value: 80, year: 2030, everyYear: true });
    expect(assessProgress({ target, observations: points([2023, 70], [2024, 79]), currentYear: 2024 }).status).toBe("not_achieved");
    expect(assessProgress({ target, observations: points([2023, 70], [2024, 80]), currentYear: 2024 }).status).toBe("target_achieved");
  });

  it("counts a value above the ceiling as the ceiling and says so", () => {
    const result = assessProgress({ target: level({ value: 100, year: 2030, ceiling: 100 }), observations: points([2020, 95], [2024, 100.4]), currentYear: 2024 });
    expect(result.status).toBe("target_achieved");
    expect(result.basis.latest).toEqual({ year: 2024, value: 100 });
    expect(result.basis.clamped).toBe(true);
  });

  it("does not count a value equal to a strict bound (\"trên 90%\") as met", () => {
    const result = assessProgress({ target: level({ value: 90, strict: true, year: 2030 }), observations: points([2020, 80], [2024, 90]), currentYear: 2024 });
    expect(result.status).not.toBe("target_achieved");
  });

  it("counts a value inside a range, or beyond it in the good direction, as achieved", () => {
    const target = level({ value: 7000, valueMax: 8000, year: 2030 });
    expect(assessProgress({ target, observations: points([2020, 5000], [2024, 7500]), currentYear: 2024 }).status).toBe("target_achieved");
    expect(assessProgress({ target, observations: points([2020, 5000], [2024, 8500]), currentYear: 2024 }).status).toBe("target_achieved");
    expect(assessProgress({ target, observations: points([2020, 5000], [2024, 6000]), currentYear: 2024 }).basis.target).toMatchObject({ value: 7000, valueMax: 8000 });
  });

  // 5 000 (2020) → the range's near end 7 000 by 2030; 6 000 in 2024: CR_a = 1.2^(1/4) − 1 = 4.6635 %;
  // CR_r = 1.4^(1/10) − 1 = 3.4220 %; CR = 1.3628.
  it("aims the required growth at the near end of a range", () => {
    const result = assessProgress({ target: level({ value: 7000, valueMax: 8000, year: 2030 }), observations: points([2020, 5000], [2024, 6000]), currentYear: 2024 });
    expect(result.ratio).toBeCloseTo(1.3628, 3);
  });

  it("reads a target without a direction toward the target from the baseline", () => {
    const structure = level({ value: 75, valueMax: 80, year: 2030, direction: null });
    const fromAbove = assessProgress({ target: structure, observations: points([2020, 90], [2024, 85]), currentYear: 2024 });
    const inside = assessProgress({ target: structure, observations: points([2020, 78], [2024, 77]), currentYear: 2024 });
    const leftIt = assessProgress({ target: structure, observations: points([2020, 78], [2024, 82]), currentYear: 2024 });
    expect(fromAbove.basis.target.direction).toBe("decrease");
    expect(fromAbove.status).toBe("substantial_progress");
    expect(inside.status).toBe("target_achieved");
    expect(leftIt).toMatchObject({ status: "deterioration", basis: { reason: "left_range", target: { direction: "within" } } });
  });

  // "Giảm một nửa" from 8 % (2017): target 4 % by 2030; 6 % in 2022. CR_a = 0.75^(1/5) − 1 = −5.5913 %;
  // CR_r = 0.5^(1/13) − 1 = −5.1923 %; CR = 1.0768.
  it("turns a relative decrease into a level from the baseline", () => {
    const result = assessProgress({
      target: level({ value: 50, year: 2030, direction: "decrease", relative: "percentChange", baseYear: 2017 }),
      observations: points([2017, 8], [2022, 6]),
      currentYear: 2022,
    });
    expect(result.basis.target.value).toBeCloseTo(4, 10);
    expect(result.ratio).toBeCloseTo(1.0768, 3);
    expect(result.status).toBe("substantial_progress");
  });

  // "Gấp 1,5 lần" from 40 (2017): 60 by 2030; 48 in 2022. CR_a = 1.2^(1/5) − 1 = 3.7137 %;
  // CR_r = 1.5^(1/13) − 1 = 3.1681 %; CR = 1.1722.
  it("turns a multiple into a level from the baseline", () => {
    const result = assessProgress({
      target: level({ value: 1.5, year: 2030, relative: "multiple" }),
      observations: points([2017, 40], [2022, 48]),
      currentYear: 2022,
    });
    expect(result.basis.target.value).toBeCloseTo(60, 10);
    expect(result.ratio).toBeCloseTo(1.1722, 3);
  });

  // "Giảm 20–25%" from 20 %: between 15 and 16; falling, 16 is enough.
  it("counts a relative range as met at its smaller change", () => {
    const target = level({ value: 20, valueMax: 25, year: 2030, direction: "decrease", relative: "percentChange" });
    const result = assessProgress({ target, observations: points([2017, 20], [2022, 15.5]), currentYear: 2022 });
    expect(result.basis.target).toMatchObject({ value: 15, valueMax: 16 });
    expect(result.status).toBe("target_achieved");
  });

  it("gives insufficient data for a relative target whose baseline is zero", () => {
    const result = assessProgress({ target: level({ value: 2, year: 2030, relative: "multiple" }), observations: points([2020, 0], [2024, 3]), currentYear: 2024 });
    expect(result).toMatchObject({ status: "insufficient_data", basis: { reason: "not_computable" } });
  });

  it("keeps the last value given for a repeated year", () => {
    const result = assessProgress({ target: level({ value: 80, year: 2030 }), observations: points([2020, 50], [2024, 60], [2024, 85]), currentYear: 2024 });
    expect(result.status).toBe("target_achieved");
  });
});

describe("assessProgress on a period average (\"9,5–10%/năm bình quân\")", () => {
  const growth: QuantitativeTarget = { kind: "periodAverage", value: 9.5, valueMax: 10, year: 2025, period: { from: 2021, to: 2025 }, direction: "increase" };

  // Mean of 8, 9, 10 = 9.0 against 9.5: ratio 0.9474, just under 0.95.
  it("compares the mean so far with the near end of the range", () => {
    const result = assessProgress({ target: growth, observations: points([2021, 8], [2022, 9], [2023, 10]), currentYear: 2023 });
    expect(result.basis.period).toMatchObject({ years: [2021, 2022, 2023], average: 9 });
    expect(result.ratio).toBeCloseTo(0.9474, 3);
    expect(result.status).toBe("moderate_progress");
  });

  // (8 + 9 + 10 + 10.5 + 11) / 5 = 9.7, inside 9.5–10.
  it("judges achieved when the period is over and the mean is inside the range", () => {
    const result = assessProgress({ target: growth, observations: points([2021, 8], [2022, 9], [2023, 10], [2024, 10.5], [2025, 11]), currentYear: 2025 });
    expect(result.status).toBe("target_achieved");
  });

  // (8 + 9 + 10 + 10.5 + 9) / 5 = 9.3.
  it("judges not achieved when the period is over and the mean falls short", () => {
    const result = assessProgress({ target: growth, observations: points([2021, 8], [2022, 9], [2023, 10], [2024, 10.5], [2025, 9]), currentYear: 2025 });
    expect(result).toMatchObject({ status: "not_achieved", basis: { reason: "period_over" } });
  });

  it("needs one reported year, not two, and calls a mean on target on track until the period ends", () => {
    const result = assessProgress({ target: growth, observations: points([2021, 10]), currentYear: 2021 });
    expect(result.status).toBe("substantial_progress");
  });

  it("leaves out years outside the period and lists the missing ones", () => {
    const result = assessProgress({ target: growth, observations: points([2019, 2], [2021, 9], [2023, 9.6]), currentYear: 2023 });
    expect(result.basis.period).toMatchObject({ years: [2021, 2023], missingYears: [2022], average: expect.closeTo(9.3, 10) });
  });

  it("gives insufficient data before the period starts", () => {
    const result = assessProgress({ target: growth, observations: points([2020, 9]), currentYear: 2020 });
    expect(result.basis.reason).toBe("period_not_started");
  });

  // Population growth under 1 %/year: mean 1.2 → 1 − (1.2 − 1)/1 = 0.8.
  it("measures the shortfall of a lower-is-better average against the target", () => {
    const cap: QuantitativeTarget = { kind: "periodAverage", value: 1, year: 2025, period: { from: 2021, to: 2025 }, direction: "decrease" };
    const result = assessProgress({ target: cap, observations: points([2021, 1.1], [2022, 1.3]), currentYear: 2022 });
    expect(result.ratio).toBeCloseTo(0.8, 10);
    expect(result.status).toBe("moderate_progress");
  });
});

describe("assessProgress on a cumulative target (\"2021–2025 đạt 750.000 tỷ đồng\")", () => {
  const investment: QuantitativeTarget = { kind: "cumulative", value: 750_000, year: 2025, period: { from: 2021, to: 2025 }, direction: "increase" };

  // 140 000 + 150 000 = 290 000 in two years; 145 000 a year × 5 = 725 000 projected; 725/750 = 0.9667.
  it("projects the yearly mean to the period's end and compares it with the total", () => {
    const result = assessProgress({ target: investment, observations: points([2021, 140_000], [2022, 150_000]), currentYear: 2022 });
    expect(result.basis.period).toMatchObject({ total: 290_000, projectedTotal: 725_000 });
    expect(result.ratio).toBeCloseTo(0.9667, 3);
    expect(result.status).toBe("substantial_progress");
  });

  // 2022 missing: 260 000 over two reported years; 130 000 × 5 = 650 000; 650/750 = 0.8667.
  it("assumes a missing year ran at the mean of the others, and lists it", () => {
    const result = assessProgress({ target: investment, observations: points([2021, 140_000], [2023, 120_000]), currentYear: 2023 });
    expect(result.basis.period?.missingYears).toEqual([2022]);
    expect(result.ratio).toBeCloseTo(0.8667, 3);
    expect(result.status).toBe("moderate_progress");
  });

  // Running totals ("lũy kế"): 420 000 by 2023 is three years at 140 000; × 5 = 700 000; 700/750 = 0.9333.
  it("reads running totals by their last value and the years since the period began", () => {
    const result = assessProgress({ target: { ...investment, runningTotal: true }, observations: points([2021, 150_000], [2023, 420_000]), currentYear: 2023 });
    expect(result.basis.period).toMatchObject({ total: 420_000, projectedTotal: 700_000, missingYears: [] });
    expect(result.ratio).toBeCloseTo(0.9333, 3);
  });

  it("counts the total as achieved as soon as it is reached", () => {
    const result = assessProgress({ target: investment, observations: points([2021, 300_000], [2022, 250_000], [2023, 200_000]), currentYear: 2023 });
    expect(result.status).toBe("target_achieved");
  });

  it("gives not achieved for a total short of the target at the period's end", () => {
    const result = assessProgress({ target: investment, observations: points([2021, 100_000], [2022, 100_000], [2025, 100_000]), currentYear: 2026 });
    expect(result).toMatchObject({ status: "not_achieved", basis: { reason: "period_over" } });
  });

  it("gives not achieved as soon as a cap on a total is exceeded", () => {
    const cap: QuantitativeTarget = { ...investment, value: 100, direction: "decrease" };
    const result = assessProgress({ target: cap, observations: points([2021, 60], [2022, 50]), currentYear: 2022 });
    expect(result).toMatchObject({ status: "not_achieved", basis: { reason: "total_exceeded" } });
  });
});

describe("reportGroup", () => {
  it("puts every status in one of the draft report's five groups", () => {
    expect(new Set(PROGRESS_STATUSES.map(reportGroup))).toEqual(new Set(REPORT_GROUPS));
  });

  it("groups moderate progress as at risk and limited progress, deterioration and not achieved as off track", () => {
    expect(reportGroup("moderate_progress")).toBe("at_risk");
    expect(["limited_progress", "deterioration", "not_achieved"].map((status) => reportGroup(status as never))).toEqual(["off_track", "off_track", "off_track"]);
  });
});
