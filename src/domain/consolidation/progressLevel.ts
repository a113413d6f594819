import {
  basisFor,
  capAt,
  finiteOrNull,
  goalOf,
  meets,
  rebased,
  result,
  statedBounds,
  statusFromRatio,
  usableSeries,
  type Bounds,
} from "./progressSeries";
import type {
  BaselinePoint,
  Observation,
  ProgressAssessment,
  ProgressBasis,
  ProgressInput,
  ProgressProfile,
  TargetDirection,
} from "./progressStatus";

/**
 * A level to reach by a year. Target achieved first; then whether the deadline has passed; then the ratio of the
 * actual yearly growth since the baseline to the growth needed from the baseline to the target (CR_a / CR_r).
 */
export function assessLevel(input: ProgressInput, profile: ProgressProfile): ProgressAssessment {
  const series = usableSeries(input);
  const latest = series.points.at(-1) ?? null;
  const baseline = pickBaseline(input, series.points);
  const { bounds, direction, computable } = resolveTarget(input, baseline);
  const basis = basisFor(input, profile, bounds, direction, { baseline, latest, clamped: series.clamped });
  if (!latest) return result("not_reported", null, basis, "no_observations");
  if (latest.year !== input.currentYear) return result("not_reported", null, basis, "not_reported_this_year");
  if (!computable) return result("insufficient_data", null, basis, "not_computable");
  if (meets(latest.value, bounds, direction)) return result("target_achieved", null, basis);
  const deadline = input.target.everyYear ? latest.year : input.target.year;
  if (latest.year >= deadline) return result("not_achieved", null, basis, "target_year_passed");
  if (!baseline || baseline.year >= latest.year) return result("insufficient_data", null, basis, "single_point");
  if (direction === "within") return result("deterioration", null, basis, "left_range");
  return judgeGrowth(basis, baseline, latest, goalOf(bounds, direction), direction, profile);
}

/** Given baseline; else the value at the base year, or the first after it; else the earliest value. */
function pickBaseline(input: ProgressInput, points: readonly Observation[]): BaselinePoint | null {
  const given = input.baseline;
  const ceiling = finiteOrNull(input.target.ceiling);
  if (given && Number.isInteger(given.year) && Number.isFinite(given.value)) {
    return { year: given.year, value: capAt(given.value, ceiling), source: "given" };
  }
  const baseYear = finiteOrNull(input.target.baseYear);
  if (baseYear !== null) {
    const at = points.find((point) => point.year === baseYear);
    if (at) return { ...at, source: "baseYear" };
    const after = points.find((point) => point.year > baseYear);
    if (after) return { ...after, source: "earliest" };
  }
  const first = points[0];
  return first ? { ...first, source: "earliest" } : null;
}

interface Resolved {
  readonly bounds: Bounds;
  readonly direction: TargetDirection | "within";
  /** False for a change from a zero baseline, or a level out of the range of numbers. */
  readonly computable: boolean;
}

/** Relative targets become levels from the baseline; no direction means toward the target from the baseline. */
function resolveTarget(input: ProgressInput, baseline: BaselinePoint | null): Resolved {
  const stated = statedBounds(input);
  const relative = input.target.relative && baseline ? relativeBounds(input, baseline.value) : null;
  const computable = !input.target.relative || !baseline || (baseline.value !== 0 && Number.isFinite(relative!.low) && Number.isFinite(relative!.high));
  const bounds = relative && computable ? relative : stated;
  if (input.target.direction) return { bounds, direction: input.target.direction, computable };
  if (!baseline || baseline.value < bounds.low) return { bounds, direction: "increase", computable };
  if (baseline.value > bounds.high) return { bounds, direction: "decrease", computable };
  return { bounds, direction: "within", computable };
}

function relativeBounds(input: ProgressInput, base: number): Bounds {
  const target = input.target;
  const falling = target.direction === "decrease";
  const level = (change: number): number => {
    if (target.relative === "multiple") return falling ? (change === 0 ? base : base / change) : base * change;
    return base * (1 + ((falling ? -1 : 1) * change) / 100);
  };
  const stated = statedBounds({ ...input, target: { ...target, ceiling: null } });
  const ends = [level(stated.low), level(stated.high)];
  const ceiling = finiteOrNull(target.ceiling);
  return { low: capAt(Math.min(...ends), ceiling), high: capAt(Math.max(...ends), ceiling), strict: stated.strict };
}

interface Growth {
  readonly model: "compound" | "linear";
  readonly actual: number | null;
  readonly required: number;
}

/**
 * Compound yearly growth, as Open SDG computes it, when the baseline and the target are non-zero and of one sign;
 * otherwise (a count from 0, a balance from negative to positive) the compound rate is undefined and both rates are
 * linear steps per year. A value that crossed zero away from the target has no compound rate: deterioration.
 */
function growthBetween(baseline: Observation, latest: Observation, goal: number, targetYear: number): Growth {
  const compound = baseline.value !== 0 && goal !== 0 && Math.sign(baseline.value) === Math.sign(goal);
  const required = compound
    ? cagr(goal, baseline.value, targetYear - baseline.year)
    : (goal - baseline.value) / (targetYear - baseline.year);
  if (!compound) return { model: "linear", actual: (latest.value - baseline.value) / (latest.year - baseline.year), required };
  if (Math.sign(latest.value) !== Math.sign(baseline.value)) return { model: "compound", actual: null, required };
  return { model: "compound", actual: cagr(latest.value, baseline.value, latest.year - baseline.year), required };
}

/** CAGR = (v1 / v0)^(1 / years) − 1. */
function cagr(value: number, base: number, years: number): number {
  return (value / base) ** (1 / years) - 1;
}

/** CR = sign · d · CR_a / |CR_r| (sign −1 for a negative baseline under compound growth; d −1 when lower is better). */
function judgeGrowth(
  basis: ProgressBasis,
  baseline: Observation,
  latest: Observation,
  goal: number,
  direction: TargetDirection,
  profile: ProgressProfile,
): ProgressAssessment {
  const growth = growthBetween(baseline, latest, goal, basis.target.year);
  if (!Number.isFinite(growth.required) || (growth.actual !== null && !Number.isFinite(growth.actual))) {
    return result("insufficient_data", null, basis, "not_computable");
  }
  const withGrowth = rebased(basis, { growth });
  if (growth.actual === null) return result("deterioration", null, withGrowth, "crossed_zero");
  const sign = growth.model === "compound" && baseline.value < 0 ? -1 : 1;
  const toward = sign * (direction === "increase" ? 1 : -1) * growth.actual;
  // The baseline already sat on the target and the value has not moved past it (only "trên"/"dưới" allows this).
  if (growth.required === 0) return result(toward < 0 ? "deterioration" : "limited_progress", null, withGrowth);
  const ratio = toward / Math.abs(growth.required);
  // A required rate so small that the ratio overflows: its sign is all that is known.
  if (!Number.isFinite(ratio)) return result(toward > 0 ? "substantial_progress" : "deterioration", null, withGrowth);
  return result(statusFromRatio(ratio, profile), ratio, withGrowth);
}
