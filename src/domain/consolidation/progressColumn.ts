import type { Indicator, PlanCatalog, Target } from "../catalog/types";
import { RESULT_IS_RUNNING_TOTAL } from "../templates/templateLayout";
import {
  assessProgress,
  PROGRESS_PROFILES,
  summaryGroup,
  type Observation,
  type ProgressAssessment,
  type ProgressProfile,
  type ProgressStatus,
  type SummaryGroup,
} from "./progressStatus";
import { quantitativeTarget } from "./quantitativeTarget";
import { rollUpTaskStatuses, taskStateFromLabel, type TaskProgress, type TaskRollUp, type TaskState } from "./rollUpTaskStatuses";

/**
 * The status columns of the report, one function each: indicatorProgress for a target's row (the progress method on
 * its numbers, else its tasks rolled up), taskLineState and taskProgress for a task as its lead reported it. Statuses
 * are progressStatus.ts's codes; the report counts them by summaryGroup.
 */

export interface IndicatorProgress {
  readonly status: ProgressStatus;
  /** "target": the method on the target's numbers; "tasks": a target without a number, by its tasks; "none": neither. */
  readonly method: "target" | "tasks" | "none";
  readonly assessment: ProgressAssessment | null;
  readonly rollUp: TaskRollUp | null;
}

export interface IndicatorProgressInput {
  readonly indicator: Indicator | null;
  /** The target the row belongs to: a prose target's year ("Đến năm 2025, …") dates its indicators. */
  readonly target: Pick<Target, "year">;
  readonly plan: Pick<PlanCatalog, "period">;
  /** Every year's value known for the row (history and this year), any order. */
  readonly series: readonly Observation[];
  /** The reporting year: without a value for it a quantitative target is not reported. */
  readonly year: number;
  /** The target's tasks as their leads reported them, for a target without a number. */
  readonly tasks: readonly TaskProgress[];
  /** Whether the lead wrote anything on the row (a number, words or a self-assessment). */
  readonly reported: boolean;
  readonly profile?: ProgressProfile;
}

export function indicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const profile = input.profile ?? PROGRESS_PROFILES.default;
  const target = input.indicator ? quantitativeTarget(input.indicator, input.plan, input.target) : null;
  if (target) {
    const assessment = assessProgress(
      {
        target: target.kind === "cumulative" ? { ...target, runningTotal: RESULT_IS_RUNNING_TOTAL } : target,
        baseline: null,
        observations: input.series,
        currentYear: input.year,
      },
      profile,
    );
    return { status: assessment.status, method: "target", assessment, rollUp: null };
  }
  if (input.tasks.length > 0) {
    const rollUp = rollUpTaskStatuses(input.tasks, profile);
    return { status: rollUp.status, method: "tasks", assessment: null, rollUp };
  }
  return { status: input.reported ? "insufficient_data" : "not_reported", method: "none", assessment: null, rollUp: null };
}

/**
 * A task as its lead reported it: the template's statuses, or not reported; "needs correction" when nothing of the row
 * counts because a value of it is in error (validation flagged it and left it out).
 */
export type TaskLineState = TaskState | "needs_correction" | "not_reported";

export const TASK_LINE_STATES: readonly TaskLineState[] = [
  "done",
  "done_late",
  "on_schedule",
  "behind",
  "not_started",
  "needs_correction",
  "not_reported",
];

/** `needsCorrection`: the row has a value in error; it matters only when nothing else of the row gives a status. */
export function taskLineState(statusLabel: string | null, needsCorrection = false): TaskLineState {
  return taskStateFromLabel(statusLabel) ?? (needsCorrection ? "needs_correction" : "not_reported");
}

/**
 * The group a table's line counts in: its status's, except that a row with a value in error and nothing else to judge
 * it by needs correction rather than being not reported.
 */
export function lineGroup(status: ProgressStatus, needsCorrection: boolean): SummaryGroup {
  return needsCorrection && status === "not_reported" ? "needs_correction" : summaryGroup(status);
}

export function isDone(state: TaskLineState): boolean {
  return state === "done" || state === "done_late";
}

/**
 * A task's own status: done is achieved; on schedule is substantial progress; behind or not started is moderate
 * progress (at risk) while time remains; anything not done past its deadline is not achieved (off track).
 */
export function taskProgress(state: TaskLineState, overdue: boolean): ProgressStatus {
  if (state === "not_reported" || state === "needs_correction") return "not_reported";
  if (isDone(state)) return "target_achieved";
  if (overdue) return "not_achieved";
  return state === "on_schedule" ? "substantial_progress" : "moderate_progress";
}
