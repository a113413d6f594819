import type {
  Observation,
  ProgressAssessment,
  ProgressBasis,
  ProgressInput,
  ProgressProfile,
  ProgressReason,
  ProgressStatus,
  TargetDirection,
} from "./progressStatus";

/** What the three kinds of target share: cleaning the series, comparing with a bound, the shape of a result. */

export interface Series {
  /** One point per year, oldest first, years up to the reporting year, values capped at the ceiling. */
  readonly points: readonly Observation[];
  readonly clamped: boolean;
}

export function usableSeries(input: ProgressInput): Series {
  const ceiling = finiteOrNull(input.target.ceiling);
  const byYear = new Map<number, number>();
  let clamped = false;
  for (const point of input.observations) {
    if (!Number.isInteger(point.year) || !Number.isFinite(point.value) || point.year > input.currentYear) continue;
    const capped = capAt(point.value, ceiling);
    if (capped !== point.value) clamped = true;
    byYear.set(point.year, capped);
  }
  const points = [...byYear.entries()].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
  return { points, clamped };
}

export function capAt(value: number, ceiling: number | null): number {
  return ceiling !== null && value > ceiling ? ceiling : value;
}

export function finiteOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** A resolved target: the bounds compared with, and which way is better. */
export interface Bounds {
  readonly low: number;
  readonly high: number;
  readonly strict: boolean;
}

/** Met: at or past the nearer bound in the good direction (past it for "trên"/"dưới"), or inside the range. */
export function meets(value: number, bounds: Bounds, direction: TargetDirection | "within"): boolean {
  if (direction === "increase") return bounds.strict ? value > bounds.low : value >= bounds.low;
  if (direction === "decrease") return bounds.strict ? value < bounds.high : value <= bounds.high;
  return value >= bounds.low && value <= bounds.high;
}

/** The bound a direction aims at: the lower end of a range when rising, the upper end when falling. */
export function goalOf(bounds: Bounds, direction: TargetDirection): number {
  return direction === "increase" ? bounds.low : bounds.high;
}

/** Years from `from` to `to` (inclusive) that have no point. */
export function missingYears(points: readonly Observation[], from: number, to: number): number[] {
  const have = new Set(points.map((point) => point.year));
  const missing: number[] = [];
  for (let year = from; year <= to && missing.length <= 200; year++) if (!have.has(year)) missing.push(year);
  return missing;
}

/** The basis of an assessment; `found` fills in what the kind of target worked out. */
export function basisFor(
  input: ProgressInput,
  profile: ProgressProfile,
  bounds: Bounds,
  direction: TargetDirection | "within",
  found: Partial<ProgressBasis> = {},
): ProgressBasis {
  return rebased(
    {
      kind: input.target.kind,
      profile: profile.id,
      currentYear: input.currentYear,
      target: { value: bounds.low, valueMax: bounds.high === bounds.low ? null : bounds.high, strict: bounds.strict, year: input.target.year, direction },
      baseline: null,
      latest: null,
      growth: null,
      period: null,
      clamped: false,
      reason: null,
    },
    found,
  );
}

/**
 * The basis with some fields changed, built whole in the fields' order. Not `{ ...basis, ...changes }`: spreading
 * objects costs several times more, and a national consolidation builds a basis for each of 136,000 indicators.
 */
export function rebased(basis: ProgressBasis, changes: Partial<ProgressBasis>): ProgressBasis {
  return {
    kind: changes.kind ?? basis.kind,
    profile: changes.profile ?? basis.profile,
    currentYear: changes.currentYear ?? basis.currentYear,
    target: changes.target ?? basis.target,
    baseline: changes.baseline !== undefined ? changes.baseline : basis.baseline,
    latest: changes.latest !== undefined ? changes.latest : basis.latest,
    growth: changes.growth !== undefined ? changes.growth : basis.growth,
    period: changes.period !== undefined ? changes.period : basis.period,
    clamped: changes.clamped ?? basis.clamped,
    reason: changes.reason !== undefined ? changes.reason : basis.reason,
  };
}

export function result(status: ProgressStatus, ratio: number | null, basis: ProgressBasis, reason: ProgressReason | null = null): ProgressAssessment {
  return { status, ratio: ratio !== null && Number.isFinite(ratio) ? ratio : null, basis: reason ? rebased(basis, { reason }) : basis };
}

/** The stated bounds, ordered, with the ceiling applied. */
export function statedBounds(input: ProgressInput): Bounds {
  const ceiling = finiteOrNull(input.target.ceiling);
  const value = finiteOrNull(input.target.value) ?? 0;
  const max = finiteOrNull(input.target.valueMax) ?? value;
  return {
    low: capAt(Math.min(value, max), ceiling),
    high: capAt(Math.max(value, max), ceiling),
    strict: input.target.strict === true,
  };
}

/** The status a ratio earns under a profile. */
export function statusFromRatio(ratio: number, profile: ProgressProfile): ProgressStatus {
  if (ratio >= profile.high) return "substantial_progress";
  if (ratio >= profile.medium) return "moderate_progress";
  if (ratio >= profile.low) return "limited_progress";
  return "deterioration";
}
