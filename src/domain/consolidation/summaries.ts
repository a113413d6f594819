import type { PlanCatalog } from "../catalog/types";
import type { ConsolidatedTables } from "./consolidateTables";
import { isDone, PROGRESS_STATUSES, TASK_STATES, type ProgressStatus, type TaskState } from "./progressColumn";

/** Counts for the summary sheet and its charts: by goal (or task group) and by agency. */

export interface GoalSummary {
  readonly plan: string;
  readonly goal: string;
  readonly title: string;
  /** Indicators and lead tasks together, by where they stand. */
  readonly byStatus: Readonly<Record<ProgressStatus, number>>;
  readonly indicators: number;
  readonly tasks: number;
  readonly tasksByState: Readonly<Record<TaskState, number>>;
  readonly overdue: number;
  /** Tasks done over tasks; null without tasks. */
  readonly completionRate: number | null;
}

export interface AgencySummary {
  readonly agency: string;
  readonly name: string;
  readonly tasks: number;
  readonly tasksByState: Readonly<Record<TaskState, number>>;
  readonly overdue: number;
  readonly completionRate: number | null;
  readonly indicators: number;
  readonly indicatorsReported: number;
}

export interface Summaries {
  readonly byGoal: readonly GoalSummary[];
  readonly byAgency: readonly AgencySummary[];
}

/** A task is counted once for each lead that holds it: each lead answers for its own share. */
export function summarize(
  plans: readonly PlanCatalog[],
  tables: ConsolidatedTables,
  agencyOrder: readonly { agency: string; name: string }[],
): Summaries {
  const byGoal = plans.flatMap((plan) =>
    goalsOf(plan).flatMap(({ code, title }) => {
      const inGoal = (goal: string | null) =>
        code === OTHER ? !plan.goals.some((known) => known.code === goal) : goal === code;
      const indicators = tables.indicators.filter((line) => line.plan === plan.id && inGoal(line.goal));
      const tasks = tables.tasks.filter((line) => line.plan === plan.id && inGoal(line.goal));
      if (indicators.length === 0 && tasks.length === 0) return [];
      const byStatus = countBy(PROGRESS_STATUSES, [
        ...indicators.map((line) => line.progress.status),
        ...tasks.map((line) => line.progress),
      ]);
      return [{ plan: plan.id, goal: code, title, byStatus, indicators: indicators.length, ...taskCounts(tasks) }];
    }),
  );
  const byAgency = agencyOrder.flatMap(({ agency, name }) => {
    const tasks = tables.tasks.filter((line) => line.agency === agency);
    const indicators = tables.indicators.filter((line) => line.agency === agency);
    if (tasks.length === 0 && indicators.length === 0) return [];
    const indicatorsReported = indicators.filter((line) => line.progress.status !== "not_reported").length;
    return [{ agency, name, indicators: indicators.length, indicatorsReported, ...taskCounts(tasks) }];
  });
  return { byGoal, byAgency };
}

/** The goal of items the plan files under no goal of its own. */
export const OTHER = "";

/** The plan's goals, then a group for items under none (left out when empty). */
function goalsOf(plan: PlanCatalog): { code: string; title: string }[] {
  return [...plan.goals.map((goal) => ({ code: goal.code as string, title: goal.title })), { code: OTHER, title: "" }];
}

function taskCounts(tasks: readonly { state: TaskState; overdue: boolean }[]) {
  const tasksByState = countBy(
    TASK_STATES,
    tasks.map((line) => line.state),
  );
  const done = tasks.filter((line) => isDone(line.state)).length;
  return {
    tasks: tasks.length,
    tasksByState,
    overdue: tasks.filter((line) => line.overdue).length,
    completionRate: tasks.length === 0 ? null : done / tasks.length,
  };
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
}
