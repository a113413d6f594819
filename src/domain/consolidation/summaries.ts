import type { PlanCatalog } from "../catalog/types";
import type { ConsolidatedTables, IndicatorLine, TaskLine } from "./consolidateTables";
import { isDone, lineGroup, TASK_LINE_STATES, type TaskLineState } from "./progressColumn";
import { SUMMARY_GROUPS, type SummaryGroup } from "./progressStatus";

/** Counts for the summary sheet and its charts: by goal (or task group) and by agency. */

export interface GoalSummary {
  readonly plan: string;
  readonly goal: string;
  readonly title: string;
  /** Indicators and lead tasks together, by the report's groups. */
  readonly byGroup: Readonly<Record<SummaryGroup, number>>;
  readonly indicators: number;
  readonly tasks: number;
  readonly tasksByState: Readonly<Record<TaskLineState, number>>;
  readonly overdue: number;
  /** Tasks done over tasks; null without tasks. */
  readonly completionRate: number | null;
}

export interface AgencySummary {
  readonly agency: string;
  readonly name: string;
  readonly tasks: number;
  readonly tasksByState: Readonly<Record<TaskLineState, number>>;
  readonly overdue: number;
  readonly completionRate: number | null;
  readonly indicators: number;
  readonly indicatorsReported: number;
}

export interface Summaries {
  readonly byGoal: readonly GoalSummary[];
  readonly byAgency: readonly AgencySummary[];
}

/** The goal of items the plan files under no goal of its own. */
export const OTHER = "";

/** A task is counted once for each lead that holds it: each lead answers for its own share. */
export function summarize(
  plans: readonly PlanCatalog[],
  tables: ConsolidatedTables,
  agencyOrder: readonly { agency: string; name: string }[],
): Summaries {
  const byGoalLines = linesByGoal(plans, tables);
  const byGoal = plans.flatMap((plan) =>
    goalsOf(plan).flatMap(({ code, title }) => {
      const lines = byGoalLines.get(plan.id)?.get(code);
      if (!lines) return [];
      const byGroup = countBy(SUMMARY_GROUPS, [
        ...lines.indicators.map((line) => lineGroup(line.progress.status, line.needsCorrection)),
        ...lines.tasks.map((line) => lineGroup(line.progress, line.needsCorrection)),
      ]);
      return [{ plan: plan.id, goal: code, title, byGroup, indicators: lines.indicators.length, ...taskCounts(lines.tasks) }];
    }),
  );
  const byAgencyLines = linesByAgency(tables);
  const byAgency = agencyOrder.flatMap(({ agency, name }) => {
    const lines = byAgencyLines.get(agency);
    if (!lines) return [];
    const indicatorsReported = lines.indicators.filter((line) => line.progress.status !== "not_reported").length;
    return [{ agency, name, indicators: lines.indicators.length, indicatorsReported, ...taskCounts(lines.tasks) }];
  });
  return { byGoal, byAgency };
}

export interface LinesOf {
  readonly indicators: IndicatorLine[];
  readonly tasks: TaskLine[];
}

/** The tables' lines by plan, then goal. */
export type GoalIndex = ReadonlyMap<string, ReadonlyMap<string, LinesOf>>;

/**
 * The tables' lines by plan and goal (OTHER for a goal the plan does not list), in one pass. Maps within a map, keyed
 * by the lines' own strings: no key is built per line.
 */
export function linesByGoal(plans: readonly PlanCatalog[], tables: ConsolidatedTables): GoalIndex {
  const known = new Map(plans.map((plan) => [plan.id as string, new Set(plan.goals.map((goal) => goal.code as string))]));
  const index = new Map<string, Map<string, LinesOf>>();
  const of = (line: { plan: string; goal: string | null }) => {
    const goal = line.goal !== null && known.get(line.plan)?.has(line.goal) ? line.goal : OTHER;
    let goals = index.get(line.plan);
    if (!goals) index.set(line.plan, (goals = new Map()));
    let lines = goals.get(goal);
    if (!lines) goals.set(goal, (lines = { indicators: [], tasks: [] }));
    return lines;
  };
  for (const line of tables.indicators) of(line).indicators.push(line);
  for (const line of tables.tasks) of(line).tasks.push(line);
  return index;
}

export function goalLines(index: GoalIndex, plan: string, goal: string): LinesOf {
  return index.get(plan)?.get(goal) ?? { indicators: [], tasks: [] };
}

function linesByAgency(tables: ConsolidatedTables): Map<string, LinesOf> {
  const groups = new Map<string, LinesOf>();
  const of = (agency: string) => {
    let group = groups.get(agency);
    if (!group) groups.set(agency, (group = { indicators: [], tasks: [] }));
    return group;
  };
  for (const line of tables.indicators) of(line.agency).indicators.push(line);
  for (const line of tables.tasks) of(line.agency).tasks.push(line);
  return groups;
}

/** The plan's goals, then a group for items under none (left out when empty). */
function goalsOf(plan: PlanCatalog): { code: string; title: string }[] {
  return [...plan.goals.map((goal) => ({ code: goal.code as string, title: goal.title })), { code: OTHER, title: "" }];
}

function taskCounts(tasks: readonly { state: TaskLineState; overdue: boolean }[]) {
  const tasksByState = countBy(
    TASK_LINE_STATES,
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
