import { assessLevel } from "./progressLevel";
import { assessCumulative, assessPeriodAverage } from "./progressPeriods";

export { statusFromRatio } from "./progressSeries";

/**
 * Progress status of a quantitative target: the Statistics Canada method that Open SDG implements
 * (sdg-build `sdg/ProgressMeasure.py`), with the rules a provincial plan adds (period averages, totals, ranges,
 * ceilings, a target year already past). The method is explained in ./README.md and on the workbook's method sheet.
 */

export type ProgressProfileId = "default" | "unsd";

/** Cut points on the ratio of actual to required growth. */
export interface ProgressProfile {
  readonly id: ProgressProfileId;
  /** At or above: substantial progress, on track. */
  readonly high: number;
  /** At or above (below high): moderate progress, acceleration needed. */
  readonly medium: number;
  /** At or above (below medium): limited progress; below it: deterioration. */
  readonly low: number;
}

export const PROGRESS_PROFILES: Readonly<Record<ProgressProfileId, ProgressProfile>> = {
  /** Open SDG 2.4+ / Statistics Canada, method 2 (a target is set). */
  default: { id: "default", high: 0.95, medium: 0.6, low: 0 },
  /** UNSD SDG Progress Chart: "fair progress" from 0.5, "deterioration" only below -0.1. */
  unsd: { id: "unsd", high: 0.95, medium: 0.5, low: -0.1 },
};

/** Open SDG's status codes, plus what a plan with deadlines and yearly returns needs. */
export const PROGRESS_STATUSES = [
  "target_achieved",
  "substantial_progress",
  "moderate_progress",
  "limited_progress",
  "deterioration",
  /** The target year (or the period) is over and the target was not met. */
  "not_achieved",
  /** Reported, but too little to judge: one point of a trend, no year of a period. */
  "insufficient_data",
  /** Nothing reported for the reporting year. */
  "not_reported",
] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** The headings of the draft report, in its order. */
export const REPORT_GROUPS = ["achieved", "on_track", "at_risk", "off_track", "not_reported"] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

const GROUP_OF: Readonly<Record<ProgressStatus, ReportGroup>> = {
  target_achieved: "achieved",
  substantial_progress: "on_track",
  moderate_progress: "at_risk",
  limited_progress: "off_track",
  deterioration: "off_track",
  not_achieved: "off_track",
  // The draft lists these under "chưa báo cáo / chưa đủ số liệu"; the status keeps them apart.
  insufficient_data: "not_reported",
  not_reported: "not_reported",
};

export function reportGroup(status: ProgressStatus): ReportGroup {
  return GROUP_OF[status];
}

/**
 * What the report's tables and charts count by: the report groups, with "insufficient data" apart from "not reported",
 * and "needs correction" for a row whose values are in error, so nothing of it counts (progressColumn's lineGroup).
 */
export const SUMMARY_GROUPS = [
  "achieved",
  "on_track",
  "at_risk",
  "off_track",
  "insufficient_data",
  "needs_correction",
  "not_reported",
] as const;
export type SummaryGroup = (typeof SUMMARY_GROUPS)[number];

/** A status's group; only a line, which knows whether its row is in error, can be "needs correction". */
export function summaryGroup(status: ProgressStatus): Exclude<SummaryGroup, "needs_correction"> {
  return status === "insufficient_data" ? status : reportGroup(status);
}

export type TargetKind = "level" | "periodAverage" | "cumulative";
export type TargetDirection = "increase" | "decrease";

export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** A target as a number the observations can be compared with. */
export interface QuantitativeTarget {
  /**
   * "level": the value the indicator should reach by `year`; "periodAverage": the mean of the yearly values over
   * `period` ("tăng trưởng bình quân 9,5–10%/năm"); "cumulative": the sum of yearly amounts over `period`.
   */
  readonly kind: TargetKind;
  /** The number, or the lower end of a range. */
  readonly value: number;
  /** The upper end of a range ("7.000–8.000 USD"); inside the range counts as met. */
  readonly valueMax?: number | null;
  /** "trên", "dưới": the value itself does not meet the target. */
  readonly strict?: boolean;
  readonly year: number;
  /** Years averaged or summed, inclusive; `{from: year, to: year}` when absent. A level ignores it. */
  readonly period?: YearSpan | null;
  /** Null: toward the target from the baseline, and staying there once reached (a structure share). */
  readonly direction: TargetDirection | null;
  /** A natural maximum (100 for a share): values above it count as it. */
  readonly ceiling?: number | null;
  /** The value is a change from the baseline: "giảm 20%" (percentChange) or "gấp 1,5 lần" (multiple). Levels only. */
  readonly relative?: "percentChange" | "multiple" | null;
  /** The year the baseline is taken at when the observations reach back to it; else the first year after it. */
  readonly baseYear?: number | null;
  /** The level must hold every year ("hằng năm"): a year that misses it misses the target. */
  readonly everyYear?: boolean;
  /**
   * Cumulative targets: each observation is the running total since the period began ("lũy kế"), not the year's own
   * amount. The mapping cannot tell from the plan; the consolidation knows what the template asked for.
   */
  readonly runningTotal?: boolean;
  /** How the catalogue's words were read, for the method sheet and the officer's review. */
  readonly reading?: TargetReading;
}

export interface TargetReading {
  readonly year: "indicator" | "owner" | "plan";
  readonly direction: "plan" | "comparator" | "label" | "towardTarget";
}

export interface Observation {
  readonly year: number;
  readonly value: number;
}

export interface ProgressInput {
  readonly target: QuantitativeTarget;
  /** From the catalogue or last year's report; otherwise the observations give it. */
  readonly baseline?: Observation | null;
  /** One value per year (a repeated year: the last wins); years after `currentYear` are ignored. */
  readonly observations: readonly Observation[];
  /** The reporting year. */
  readonly currentYear: number;
}

export type ProgressReason =
  | "no_observations"
  | "not_reported_this_year"
  | "single_point"
  | "period_not_started"
  | "no_data_in_period"
  | "target_year_passed"
  | "period_over"
  | "total_exceeded"
  | "left_range"
  | "crossed_zero"
  | "not_computable";

export interface BaselinePoint extends Observation {
  readonly source: "given" | "baseYear" | "earliest";
}

export interface ProgressBasis {
  readonly kind: TargetKind;
  readonly profile: ProgressProfileId;
  readonly currentYear: number;
  /**
   * The target as compared: a relative target turned into levels, the ceiling applied. For a range, `value` is the
   * lower end. "within": no direction was given and the baseline already lay inside the target.
   */
  readonly target: {
    readonly value: number;
    readonly valueMax: number | null;
    readonly strict: boolean;
    readonly year: number;
    readonly direction: TargetDirection | "within";
  };
  readonly baseline: BaselinePoint | null;
  /** The last value reported up to the reporting year. */
  readonly latest: Observation | null;
  /**
   * Yearly growth of a level: compound rates as fractions (0.05 = 5 %/year) or linear steps in the indicator's
   * unit per year; `actual` is null when the value crossed zero.
   */
  readonly growth: { readonly model: "compound" | "linear"; readonly actual: number | null; readonly required: number } | null;
  /** Period targets: the years used, the years missing, their mean or sum, and the sum projected to the period's end. */
  readonly period: {
    readonly from: number;
    readonly to: number;
    readonly years: readonly number[];
    readonly missingYears: readonly number[];
    readonly average: number | null;
    readonly total: number | null;
    readonly projectedTotal: number | null;
  } | null;
  /** Some value was above the ceiling and counted as the ceiling. */
  readonly clamped: boolean;
  readonly reason: ProgressReason | null;
}

export interface ProgressAssessment {
  readonly status: ProgressStatus;
  /**
   * Levels: CR_a / CR_r, actual over required yearly growth. Period averages and totals: the pace so far against the
   * pace needed (1 means exactly on pace). Null when not computed.
   */
  readonly ratio: number | null;
  readonly basis: ProgressBasis;
}

/** Never throws: odd input gives "insufficient_data" or "not_reported" with a reason. */
export function assessProgress(input: ProgressInput, profile: ProgressProfile = PROGRESS_PROFILES.default): ProgressAssessment {
  switch (input.target.kind) {
    case "periodAverage":
      return assessPeriodAverage(input, profile);
    case "cumulative":
      return assessCumulative(input, profile);
    default:
      return assessLevel(input, profile);
  }
}

