import { STATUSES } from "../templates/templateText";
import { foldForSearch } from "../text/foldForSearch";
import { statusFromRatio } from "./progressSeries";
import { PROGRESS_PROFILES, type ProgressProfile, type ProgressStatus } from "./progressStatus";

/**
 * A target without a number takes the status of its tasks: the share of reported tasks that are done or on
 * schedule, read against the profile's cut points as if it were CR. All tasks done is "target achieved".
 */

export type TaskState = "done" | "done_late" | "on_schedule" | "behind" | "not_started";

/** The template's status list (templateText STATUSES), in its order. */
const STATE_OF_LABEL: Readonly<Record<(typeof STATUSES)[number], TaskState>> = {
  "Hoàn thành": "done",
  "Hoàn thành chậm": "done_late",
  "Đang thực hiện đúng tiến độ": "on_schedule",
  "Đang thực hiện chậm tiến độ": "behind",
  "Chưa triển khai": "not_started",
};

const STATE_BY_FOLDED = new Map(Object.entries(STATE_OF_LABEL).map(([label, state]) => [foldForSearch(label), state]));

/** A status as an agency typed or picked it; null when empty or not one of the list. */
export function taskStateFromLabel(label: string | null | undefined): TaskState | null {
  if (!label) return null;
  let state = STATE_BY_LABEL.get(label);
  if (state === undefined) {
    state = STATE_BY_FOLDED.get(foldForSearch(label)) ?? null;
    // Returns pick from a list, so a few labels come back on every row: fold each once, up to a bound.
    if (STATE_BY_LABEL.size < LABELS_KEPT) STATE_BY_LABEL.set(label, state);
  }
  return state;
}

const STATE_BY_LABEL = new Map<string, TaskState | null>();
const LABELS_KEPT = 1_000;

export interface TaskProgress {
  /**
   * Null, "not_reported" (the consolidation's spelling) or "needs_correction" (the row's value is in error and counts
   * for nothing): the task was not reported.
   */
  readonly state: TaskState | "not_reported" | "needs_correction" | null;
  /** Its deadline has passed and it is not done: counts as behind whatever the agency wrote. */
  readonly overdue?: boolean;
}

export interface TaskCounts {
  readonly total: number;
  readonly done: number;
  readonly doneLate: number;
  readonly onSchedule: number;
  readonly behind: number;
  readonly notStarted: number;
  readonly notReported: number;
  /** Not done and past the deadline (included in behind or not started). */
  readonly overdue: number;
}

export interface TaskRollUp {
  readonly status: ProgressStatus;
  /** Done or on schedule, over reported tasks; null when none was reported. */
  readonly ratio: number | null;
  readonly counts: TaskCounts;
}

export function rollUpTaskStatuses(tasks: readonly TaskProgress[], profile: ProgressProfile = PROGRESS_PROFILES.default): TaskRollUp {
  const counts = countTasks(tasks);
  const reported = counts.total - counts.notReported;
  if (counts.total === 0) return { status: "insufficient_data", ratio: null, counts };
  if (reported === 0) return { status: "not_reported", ratio: null, counts };
  const good = counts.done + counts.doneLate + counts.onSchedule;
  const ratio = good / reported;
  if (counts.done + counts.doneLate === counts.total) return { status: "target_achieved", ratio, counts };
  return { status: statusFromRatio(ratio, profile), ratio, counts };
}

function countTasks(tasks: readonly TaskProgress[]): TaskCounts {
  const counts = { total: tasks.length, done: 0, doneLate: 0, onSchedule: 0, behind: 0, notStarted: 0, notReported: 0, overdue: 0 };
  for (const task of tasks) {
    const finished = task.state === "done" || task.state === "done_late";
    if (task.overdue && !finished) counts.overdue++;
    if (task.state === null || task.state === "not_reported" || task.state === "needs_correction") counts.notReported++;
    else if (task.state === "done") counts.done++;
    else if (task.state === "done_late") counts.doneLate++;
    else if (task.state === "on_schedule" && !task.overdue) counts.onSchedule++;
    else if (task.state === "not_started") counts.notStarted++;
    else counts.behind++;
  }
  return counts;
}
