import type { Indicator } from "../catalog/types";

/**
 * The status columns of the report, behind one function each so that the method can change in one place:
 * indicatorProgress for a quantitative target, taskState and taskProgress for a task, from what its lead reported.
 * The indicator method here is the plain ratio of actual to required growth (Open SDG, Statistics Canada) with the
 * default thresholds; progressStatus.ts brings the full method (profiles, period averages, cumulative targets).
 */

/** Where an item stands, as the draft report groups them. */
export type ProgressStatus = "achieved" | "on_track" | "at_risk" | "off_track" | "insufficient_data" | "not_reported";

export const PROGRESS_STATUSES: readonly ProgressStatus[] = [
  "achieved",
  "on_track",
  "at_risk",
  "off_track",
  "insufficient_data",
  "not_reported",
];

export interface SeriesPoint {
  readonly year: number;
  readonly value: number;
}

export interface IndicatorProgressInput {
  readonly indicator: Indicator | null;
  /** Every year's value known for the indicator (history and this year), any order. */
  readonly series: readonly SeriesPoint[];
  /** The reporting year: without a value for it the indicator is not reported. */
  readonly year: number;
}

export interface ProgressAssessment {
  readonly status: ProgressStatus;
  /** Actual over required growth, when it was computed. */
  readonly ratio: number | null;
  /** How the status was reached, for the reader: "target_met", "growth_ratio", "one_point", "no_target", "no_value". */
  readonly basis: "target_met" | "growth_ratio" | "one_point" | "no_target" | "no_value";
}

const THRESHOLDS = { onTrack: 0.95, atRisk: 0.6 } as const;

export function indicatorProgress(input: IndicatorProgressInput): ProgressAssessment {
  const points = [...input.series].sort((a, b) => a.year - b.year);
  const current = points.find((point) => point.year === input.year);
  if (!current) return { status: "not_reported", ratio: null, basis: "no_value" };
  const indicator = input.indicator;
  if (!indicator || indicator.value === null) return { status: "insufficient_data", ratio: null, basis: "no_target" };
  if (meets(current.value, indicator)) return { status: "achieved", ratio: null, basis: "target_met" };
  const first = points.find((point) => point.year < input.year);
  const targetYear = indicator.year ?? null;
  if (!first || targetYear === null || targetYear <= first.year)
    return { status: "insufficient_data", ratio: null, basis: "one_point" };
  const required = (indicator.value - first.value) / (targetYear - first.year);
  const actual = (current.value - first.value) / (current.year - first.year);
  if (required === 0) return { status: "insufficient_data", ratio: null, basis: "one_point" };
  const ratio = actual / required;
  const status = ratio >= THRESHOLDS.onTrack ? "on_track" : ratio >= THRESHOLDS.atRisk ? "at_risk" : "off_track";
  return { status, ratio, basis: "growth_ratio" };
}

/** Whether a value meets the target as the plan states it. */
function meets(value: number, indicator: Indicator): boolean {
  const target = indicator.value!;
  switch (indicator.comparator) {
    case ">":
    case ">=":
      return value >= target;
    case "<":
    case "<=":
      return value <= target;
    case "between":
      return value >= target && value <= (indicator.valueMax ?? target);
    case "=":
    case "~":
    case null:
      return indicator.direction === "decrease" ? value <= target : value >= target;
  }
}

/** A task as its lead reported it: the template's statuses, or not reported. */
export type TaskState = "done" | "done_late" | "on_schedule" | "behind" | "not_started" | "not_reported";

export const TASK_STATES: readonly TaskState[] = [
  "done",
  "done_late",
  "on_schedule",
  "behind",
  "not_started",
  "not_reported",
];

/** The template's status labels (templateText STATUSES) to states. */
const STATE_OF_LABEL: Readonly<Record<string, TaskState>> = {
  "Hoàn thành": "done",
  "Hoàn thành chậm": "done_late",
  "Đang thực hiện đúng tiến độ": "on_schedule",
  "Đang thực hiện chậm tiến độ": "behind",
  "Chưa triển khai": "not_started",
};

export function taskState(statusLabel: string | null): TaskState {
  return statusLabel === null ? "not_reported" : (STATE_OF_LABEL[statusLabel] ?? "not_reported");
}

export function isDone(state: TaskState): boolean {
  return state === "done" || state === "done_late";
}

/** A task's place in the draft: done is achieved; behind or not started is at risk, off track once past its deadline. */
export function taskProgress(state: TaskState, overdue: boolean): ProgressStatus {
  switch (state) {
    case "done":
    case "done_late":
      return "achieved";
    case "on_schedule":
      return overdue ? "at_risk" : "on_track";
    case "behind":
    case "not_started":
      return overdue ? "off_track" : "at_risk";
    case "not_reported":
      return "not_reported";
  }
}
