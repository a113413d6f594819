import {
  basisFor,
  goalOf,
  meets,
  missingYears,
  rebased,
  result,
  statedBounds,
  statusFromRatio,
  usableSeries,
  type Bounds,
} from "./progressSeries";
import type {
  Observation,
  ProgressAssessment,
  ProgressBasis,
  ProgressInput,
  ProgressProfile,
  TargetDirection,
  YearSpan,
} from "./progressStatus";

/**
 * Targets over a period. Growth rates of a rate make no sense (Open SDG and UNSD carve rates out), so these compare
 * the pace so far with the pace needed: the mean of the years reported against the target mean, or the total
 * projected to the period's end at the mean yearly amount so far against the target total. One reported year is
 * enough: an average or a total has no trend to draw.
 */

interface PeriodContext {
  readonly span: YearSpan;
  readonly points: readonly Observation[];
  readonly bounds: Bounds;
  readonly direction: TargetDirection;
  /** The reporting year is the period's last year or later: the period's figures are final. */
  readonly over: boolean;
  readonly basis: ProgressBasis;
}

/** The period's points, or the assessment when there is nothing to average or sum. */
function periodContext(input: ProgressInput, profile: ProgressProfile): PeriodContext | ProgressAssessment {
  const series = usableSeries(input);
  const given = input.target.period ?? { from: input.target.year, to: input.target.year };
  const span = { from: Math.min(given.from, given.to), to: Math.max(given.from, given.to) };
  const bounds = statedBounds(input);
  const direction = input.target.direction ?? "increase";
  const latest = series.points.at(-1) ?? null;
  const points = series.points.filter((point) => point.year >= span.from && point.year <= span.to);
  const over = input.currentYear >= span.to;
  const lastYear = Math.min(span.to, input.currentYear);
  const period = {
    from: span.from,
    to: span.to,
    years: points.map((point) => point.year),
    missingYears: input.target.runningTotal ? [] : missingYears(points, span.from, lastYear),
    average: null,
    total: null,
    projectedTotal: null,
  };
  const basis = basisFor(input, profile, bounds, direction, { latest, clamped: series.clamped, period });
  if (!latest) return result("not_reported", null, basis, "no_observations");
  if (!over && latest.year !== input.currentYear) return result("not_reported", null, basis, "not_reported_this_year");
  if (input.currentYear < span.from) return result("insufficient_data", null, basis, "period_not_started");
  if (points.length === 0) return result("insufficient_data", null, basis, "no_data_in_period");
  return { span, points, bounds, direction, over, basis };
}

type PeriodBasis = NonNullable<ProgressBasis["period"]>;

/** The period's figures filled in, built whole as rebased builds a basis. */
function withFigures(period: PeriodBasis, figures: Partial<Pick<PeriodBasis, "average" | "total" | "projectedTotal">>): PeriodBasis {
  return {
    from: period.from,
    to: period.to,
    years: period.years,
    missingYears: period.missingYears,
    average: figures.average ?? period.average,
    total: figures.total ?? period.total,
    projectedTotal: figures.projectedTotal ?? period.projectedTotal,
  };
}

function isAssessment(value: PeriodContext | ProgressAssessment): value is ProgressAssessment {
  return "status" in value;
}

/** 1 is exactly the pace needed; for a rise with a positive goal it is value / goal. */
function paceRatio(value: number, goal: number, direction: TargetDirection): number {
  const shortfall = (direction === "increase" ? 1 : -1) * (goal - value);
  return 1 - shortfall / (goal === 0 ? 1 : Math.abs(goal));
}

export function assessPeriodAverage(input: ProgressInput, profile: ProgressProfile): ProgressAssessment {
  const context = periodContext(input, profile);
  if (isAssessment(context)) return context;
  const { points, bounds, direction, over } = context;
  const average = points.reduce((sum, point) => sum + point.value, 0) / points.length;
  if (!Number.isFinite(average)) return result("insufficient_data", null, context.basis, "not_computable");
  const basis = rebased(context.basis, { period: withFigures(context.basis.period!, { average }) });
  if (over) return meets(average, bounds, direction) ? result("target_achieved", null, basis) : result("not_achieved", null, basis, "period_over");
  const ratio = paceRatio(average, goalOf(bounds, direction), direction);
  return Number.isFinite(ratio) ? result(statusFromRatio(ratio, profile), ratio, basis) : result("insufficient_data", null, context.basis, "not_computable");
}

export function assessCumulative(input: ProgressInput, profile: ProgressProfile): ProgressAssessment {
  const context = periodContext(input, profile);
  if (isAssessment(context)) return context;
  const { span, points, bounds, direction, over } = context;
  const { total, years } = totalSoFar(input, span, points);
  // Years not reported are assumed to run at the mean of those reported; the basis lists them.
  const projectedTotal = (total / years) * (span.to - span.from + 1);
  if (!Number.isFinite(projectedTotal)) return result("insufficient_data", null, context.basis, "not_computable");
  const basis = rebased(context.basis, { period: withFigures(context.basis.period!, { total, projectedTotal }) });
  const met = meets(total, bounds, direction);
  // A total to reach is reached once and for all; a cap can only be judged kept when the period is over.
  if (direction === "increase" && met) return result("target_achieved", null, basis);
  if (direction === "decrease" && !met) return result("not_achieved", null, basis, "total_exceeded");
  if (over) return met ? result("target_achieved", null, basis) : result("not_achieved", null, basis, "period_over");
  const ratio = paceRatio(projectedTotal, goalOf(bounds, direction), direction);
  return Number.isFinite(ratio) ? result(statusFromRatio(ratio, profile), ratio, basis) : result("insufficient_data", null, context.basis, "not_computable");
}

/** The total so far and the years it covers: summed yearly amounts, or the last running total since the start. */
function totalSoFar(input: ProgressInput, span: YearSpan, points: readonly Observation[]): { total: number; years: number } {
  if (!input.target.runningTotal) return { total: points.reduce((sum, point) => sum + point.value, 0), years: points.length };
  const last = points.at(-1)!;
  return { total: last.value, years: last.year - span.from + 1 };
}
