import { parseVietnameseNumber } from "../catalog/values/parseVietnameseNumber";
import type { Indicator, PlanCatalog } from "../catalog/types";
import { foldForSearch } from "../text/foldForSearch";
import type { QuantitativeTarget, TargetDirection, TargetKind, TargetReading, YearSpan } from "./progressStatus";

/**
 * Reads a catalogue indicator as a target the progress method can judge, or null when it states no number to
 * compare with: no value or no year, a split ("30/70%"), or a change measured against a benchmark we have no
 * figure for ("so với kịch bản cơ sở", "so với mức bình quân của cả nước").
 */

/** The target or task that owns the indicator: a prose target's year ("Đến năm 2025, …") fills a missing one. */
export interface IndicatorOwner {
  readonly year?: number | null;
}

export function quantitativeTarget(indicator: Indicator, plan: Pick<PlanCatalog, "period">, owner?: IndicatorOwner): QuantitativeTarget | null {
  if (indicator.value === null || !Number.isFinite(indicator.value)) return null;
  if (indicator.ratio && indicator.ratio.length > 1) return null;
  if (indicator.change && indicator.benchmark) return null;
  const shape = shapeOf(indicator);
  if (!shape) return null;
  const timing = timingOf(indicator, shape.kind, plan, owner);
  if (!timing) return null;
  const { direction, from } = directionOf(indicator);
  const reading: TargetReading = { year: timing.yearFrom, direction: from };
  const comparator = indicator.comparator ?? "=";
  // Built field by field, not spread from pieces: one is built for every indicator of a national consolidation.
  const target: Partial<Mutable<QuantitativeTarget>> = { kind: shape.kind, value: indicator.value };
  if (comparator === "between" && indicator.valueMax !== null) target.valueMax = indicator.valueMax;
  if (comparator === "<" || comparator === ">") target.strict = true;
  target.year = timing.year;
  if (timing.period) target.period = timing.period;
  target.direction = direction;
  if (shape.kind === "level") addLevelExtras(target, indicator, shape, plan);
  target.reading = reading;
  // Every required field is set above.
  return target as QuantitativeTarget;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface Shape {
  readonly kind: TargetKind;
  readonly relative: "percentChange" | "multiple" | null;
  readonly everyYear: boolean;
}

/**
 * Yearly rates and per-year amounts are averaged over their period; a count or an amount over a stated period is
 * summed; a change from the baseline ("giảm một nửa", "gấp 1,5 lần") is a level relative to it.
 */
function shapeOf(indicator: Indicator): Shape | null {
  const unit = indicator.unit ?? "";
  if (indicator.annual) {
    const averaged = indicator.change || /\/\s*năm\s*$/u.test(unit) || isRate(indicator);
    return { kind: averaged ? "periodAverage" : "level", relative: null, everyYear: !averaged };
  }
  if (indicator.change) {
    if (unit === "lần") return { kind: "level", relative: "multiple", everyYear: false };
    if (unit === "%") return { kind: "level", relative: "percentChange", everyYear: false };
    return null;
  }
  if (indicator.period && unit !== "%" && ceilingOfUnit(unit) === null) return { kind: "cumulative", relative: null, everyYear: false };
  return { kind: "level", relative: null, everyYear: false };
}

/** Growth rates and yearly means; "tốc độ cao" (Internet speed) is not one. */
const RATE_WORDS = /tang truong|toc do tang|toc do cai thien|binh quan (hang|moi) nam/;

function isRate(indicator: Indicator): boolean {
  return RATE_WORDS.test(foldForSearch(`${indicator.label} ${indicator.text ?? ""}`));
}

interface Timing {
  readonly year: number;
  readonly yearFrom: TargetReading["year"];
  readonly period: YearSpan | null;
}

/** An averaged or every-year target without a year runs to the plan's end ("hằng năm" in a plan to 2030). */
function timingOf(indicator: Indicator, kind: TargetKind, plan: Pick<PlanCatalog, "period">, owner?: IndicatorOwner): Timing | null {
  const planEnd = plan.period.to;
  const own = indicator.year ?? null;
  const inherited = owner?.year ?? null;
  const year = own ?? inherited ?? (indicator.annual ? planEnd : null);
  if (year === null) return null;
  const yearFrom: TargetReading["year"] = own !== null ? "indicator" : inherited !== null ? "owner" : "plan";
  if (kind === "level") return { year, yearFrom, period: null };
  const from = indicator.period?.from ?? plan.period.from ?? year;
  return { year, yearFrom, period: { from: Math.min(from, year), to: indicator.period?.to ?? year } };
}

/** Words that make a lower value better when the plan states no direction ("tỷ lệ thất nghiệp khoảng 5,2%"). */
const LOWER_IS_BETTER = /tu vong|that nghiep|ngheo|suy dinh duong|tai nan|toi pham|o nhiem|chua qua xu ly|thu hang|khong di hoc|bo hoc/;
/** Shares of a whole that should be reached from either side ("cơ cấu … chiếm 5,9%"). */
const STRUCTURE = /co cau|ty trong|chiem/;

function directionOf(indicator: Indicator): { direction: TargetDirection | null; from: TargetReading["direction"] } {
  const stated = indicator.direction;
  if (stated === "increase" || stated === "decrease") return { direction: stated, from: "plan" };
  const comparator = indicator.comparator;
  if (comparator === ">" || comparator === ">=") return { direction: "increase", from: "comparator" };
  if (comparator === "<" || comparator === "<=") return { direction: "decrease", from: "comparator" };
  const words = foldForSearch(`${indicator.label} ${indicator.text ?? ""} ${indicator.unit ?? ""}`);
  if (LOWER_IS_BETTER.test(words)) return { direction: "decrease", from: "label" };
  // "Duy trì … 55%": keep at least the level.
  if (stated === "maintain") return { direction: "increase", from: "plan" };
  if (STRUCTURE.test(words)) return { direction: null, from: "towardTarget" };
  // "đạt 80%", "100% hộ gia đình …": a share or count to reach.
  return { direction: "increase", from: "label" };
}

function addLevelExtras(target: Partial<Mutable<QuantitativeTarget>>, indicator: Indicator, shape: Shape, plan: Pick<PlanCatalog, "period">): void {
  const ceiling = shape.relative || isRate(indicator) ? null : ceilingOfUnit(indicator.unit ?? "");
  // The plan's starting point: the year before its period, when reported; else the first year after.
  const baseYear = indicator.baseYear ?? (plan.period.from !== null ? plan.period.from - 1 : null);
  if (ceiling !== null) target.ceiling = ceiling;
  if (shape.relative) target.relative = shape.relative;
  if (baseYear !== null) target.baseYear = baseYear;
  if (shape.everyYear) target.everyYear = true;
}

/** "%" → 100; "/111 xã" → 111, a count out of a known whole; "/1000 trẻ đẻ sống" is a rate per 1000, unbounded. */
function ceilingOfUnit(unit: string): number | null {
  if (unit.trim() === "%") return 100;
  const whole = /^\/\s*([\d.,]+)\s+\S/u.exec(unit.trim());
  const count = whole ? parseVietnameseNumber(whole[1]!) : null;
  return count !== null && count > 0 && !Number.isInteger(Math.log10(count)) ? count : null;
}

/**
 * The indicators of a target that apply in a reporting year: where the plan sets one label for several years
 * (1,06% in 2020, under 1% in 2030), the nearest year not yet past, else the last. Indicators without a year stay.
 */
export function currentIndicators(indicators: readonly Indicator[], reportingYear: number): Indicator[] {
  const chosen = new Map<string, Indicator & { readonly year: number }>();
  for (const indicator of indicators) {
    if (indicator.year === null) continue;
    const key = foldForSearch(indicator.label);
    const held = chosen.get(key);
    if (!held || better(indicator.year, held.year, reportingYear)) chosen.set(key, { ...indicator, year: indicator.year });
  }
  const kept = new Set([...chosen.values()].map((indicator) => `${foldForSearch(indicator.label)}|${indicator.year}`));
  return indicators.filter((indicator) => indicator.year === null || kept.has(`${foldForSearch(indicator.label)}|${indicator.year}`));
}

function better(year: number, held: number, reportingYear: number): boolean {
  const ahead = year >= reportingYear;
  const heldAhead = held >= reportingYear;
  if (ahead !== heldAhead) return ahead;
  return ahead ? year < held : year > held;
}
