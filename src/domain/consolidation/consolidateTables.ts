import type { Agency } from "../catalog/agency";
import type { AgencyId, Goal, PlanCatalog, Target, Task } from "../catalog/types";
import type { DutyDistribution, IndicatorRow, TaskRow } from "../templates/distributeDuties";
import { readDue } from "../templates/reportingDates";
import { baselineText, targetValueText } from "../templates/templateCells";
import type { ReadInput } from "../validation/checkInputs";
import type { FieldValue } from "../validation/readInputCell";
import { indicatorCode } from "./expectedAgencies";
import type { HistoryRow } from "./history";
import {
  indicatorProgress,
  isDone,
  taskLineState,
  taskProgress,
  type IndicatorProgress,
  type TaskLineState,
} from "./progressColumn";
import { PROGRESS_PROFILES, type Observation, type ProgressProfile, type ProgressStatus } from "./progressStatus";
import type { SectionReading } from "./returnReadings";
import type { SubmissionRegister } from "./submissionRegister";
import { rowId } from "./submissions";

/**
 * The consolidated tables: each indicator with its lead's figures, each task with its lead's answers and its partners'
 * notes, in the plans' order. Only the merged return of each agency contributes, and only on the rows assigned to it.
 */

/** Where a value came from: the return's file and the cell. */
export interface ValueSource {
  readonly file: string;
  readonly sheet: string;
  readonly address: string;
}

export interface IndicatorLine {
  readonly plan: string;
  readonly goal: string;
  readonly target: Target;
  /** The code in returns: target code and indicator number ("1.2#1"). */
  readonly code: string;
  readonly indicatorLabel: string | null;
  readonly unit: string | null;
  readonly targetValue: string | null;
  readonly targetYear: number | null;
  readonly baseline: string | null;
  readonly agency: string;
  readonly agencyName: string;
  readonly result: number | string | null;
  readonly estimate: number | string | null;
  readonly dataSource: string | null;
  readonly assessment: string | null;
  readonly note: string | null;
  readonly progress: IndicatorProgress;
  readonly source: ValueSource | null;
}

export interface TaskLine {
  readonly plan: string;
  readonly goal: string | null;
  readonly group: string | null;
  readonly task: Task;
  readonly due: string | null;
  readonly agency: string;
  readonly agencyName: string;
  readonly state: TaskLineState;
  readonly statusLabel: string | null;
  readonly percent: number | null;
  readonly completedOn: string | null;
  readonly products: string | null;
  readonly difficulties: string | null;
  readonly proposals: string | null;
  /** "Sở X (status): what it did; difficulties", one line per partner that answered. */
  readonly partnerNotes: readonly string[];
  readonly overdue: boolean;
  readonly progress: ProgressStatus;
  readonly source: ValueSource | null;
}

export interface ConsolidatedTables {
  readonly indicators: readonly IndicatorLine[];
  readonly tasks: readonly TaskLine[];
}

export interface TablesInput {
  readonly plans: readonly PlanCatalog[];
  readonly distribution: DutyDistribution;
  readonly directory: ReadonlyMap<AgencyId, Agency>;
  readonly register: SubmissionRegister;
  readonly year: number;
  /** ISO date of the figures' cut-off: tasks due before it and not done are overdue. */
  readonly cutoff: string;
  /** Earlier years' values, for the indicators' trend. */
  readonly history: readonly HistoryRow[];
  /** Cut points of the progress method; Open SDG's by default. */
  readonly profile?: ProgressProfile;
}

interface UsedReading {
  readonly file: string;
  readonly reading: SectionReading;
}

/**
 * Rows are looked up through maps built once (by plan and item, by agency, section and row, by history series), so
 * the tables cost time in proportion to the rows, however many agencies and plans there are.
 */
export function consolidateTables(input: TablesInput): ConsolidatedTables {
  const readings = usedReadings(input.register);
  const names = new Map<string, string>();
  const nameOf = (id: string) => {
    let name = names.get(id);
    if (name === undefined) names.set(id, (name = input.directory.get(id as AgencyId)?.name ?? id));
    return name;
  };
  const find = (agency: string, section: SectionReading["section"], row: { plan: string; code: string }) =>
    readings.get(`${agency}\u0000${section}\u0000${rowId(row)}`) ?? null;
  const rows = dutyIndex(input.distribution);
  const series = seriesIndex(input.history, input.year);
  const byName = (a: { agency: string }, b: { agency: string }) => NAME_ORDER.compare(nameOf(a.agency), nameOf(b.agency));
  const tasks = input.plans.flatMap((plan) =>
    plan.tasks.flatMap((task) => {
      const key = itemKey(plan.id, task.id);
      const notes = [...(rows.partners.get(key) ?? [])]
        .sort((a, b) => byName({ agency: a }, { agency: b }))
        .flatMap((agency) => partnerNote(nameOf(agency), find(agency, "partnerTasks", { plan: plan.id, code: task.id })));
      return [...(rows.leads.get(key) ?? [])]
        .sort(byName)
        .map(({ agency, row }) =>
          taskLine(row, agency, nameOf(agency), find(agency, "leadTasks", { plan: plan.id, code: task.id }), notes, input),
        );
    }),
  );
  const tasksOfTarget = new Map<string, TaskLine[]>();
  for (const line of tasks) {
    if (line.task.target === null) continue;
    const key = itemKey(line.plan, line.task.target);
    const list = tasksOfTarget.get(key);
    if (list) list.push(line);
    else tasksOfTarget.set(key, [line]);
  }
  const indicators = input.plans.flatMap((plan) =>
    plan.targets.flatMap((target) =>
      [...(rows.indicators.get(itemKey(plan.id, target.code)) ?? [])]
        .sort((a, b) => a.row.indicatorNumber - b.row.indicatorNumber || byName(a, b))
        .map(({ agency, row }) => {
          const code = indicatorCode(row);
          return indicatorLine(row, agency, nameOf(agency), find(agency, "indicators", { plan: plan.id, code }), {
            plan,
            earlier: series.get(seriesKey(plan.id, code, agency)) ?? [],
            tasks: tasksOfTarget.get(itemKey(plan.id, target.code)) ?? [],
            input,
          });
        }),
    ),
  );
  return { indicators, tasks };
}

/** Vietnamese order of agency names; one collator for all comparisons (localeCompare builds one per call). */
const NAME_ORDER = new Intl.Collator("vi");

interface Held<Row> {
  readonly agency: string;
  readonly row: Row;
}

const itemKey = (plan: string, code: string) => `${plan}\u0000${code}`;
const seriesKey = (plan: string, code: string, agency: string) => `${plan}\u0000${code}\u0000${agency}`;

/** Each agency's rows, by plan and target (indicators) or plan and task (leads, partners): one pass over the duties. */
function dutyIndex(distribution: DutyDistribution) {
  const indicators = new Map<string, Held<IndicatorRow>[]>();
  const leads = new Map<string, Held<TaskRow>[]>();
  const partners = new Map<string, Set<string>>();
  const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const duties of distribution.byAgency.values()) {
    for (const row of duties.indicators) push(indicators, itemKey(row.planId, row.target.code), { agency: duties.agency, row });
    for (const row of duties.leadTasks) push(leads, itemKey(row.planId, row.code), { agency: duties.agency, row });
    for (const row of duties.partnerTasks) {
      const key = itemKey(row.planId, row.code);
      partners.set(key, (partners.get(key) ?? new Set()).add(duties.agency));
    }
  }
  return { indicators, leads, partners };
}

/** Earlier years' numbers by plan, indicator and agency; this year's row, if the history has one, is left out. */
function seriesIndex(history: readonly HistoryRow[], year: number): Map<string, Observation[]> {
  const index = new Map<string, Observation[]>();
  for (const point of history) {
    if (point.year === year || typeof point.value !== "number") continue;
    const key = seriesKey(point.plan, point.code, point.agency);
    const list = index.get(key);
    const observation = { year: point.year, value: point.value };
    if (list) list.push(observation);
    else index.set(key, [observation]);
  }
  return index;
}

/** The merged return's readings, by agency, section and row. */
function usedReadings(register: SubmissionRegister): Map<string, UsedReading> {
  const found = new Map<string, UsedReading>();
  for (const entry of register.entries) {
    if (!entry.used) continue;
    for (const reading of entry.used.readings) {
      const key = `${entry.agency}\u0000${reading.section}\u0000${rowId(reading)}`;
      // A duplicated row counts once: the first, as validation reported the others.
      if (!found.has(key)) found.set(key, { file: entry.used.file, reading });
    }
  }
  return found;
}

interface IndicatorContext {
  readonly plan: PlanCatalog;
  readonly earlier: readonly Observation[];
  readonly tasks: readonly TaskLine[];
  readonly input: TablesInput;
}

function indicatorLine(
  row: IndicatorRow,
  agency: string,
  agencyName: string,
  used: UsedReading | null,
  context: IndicatorContext,
): IndicatorLine {
  const fields = used?.reading.fields ?? {};
  const result = plain(fields.result);
  const estimate = plain(fields.estimate);
  const code = indicatorCode(row);
  const year = context.input.year;
  const yearValue = typeof estimate === "number" ? estimate : typeof result === "number" ? result : null;
  const series = yearValue === null ? context.earlier : [...context.earlier, { year, value: yearValue }];
  const indicator = row.indicator;
  const assessment = textOf(fields.assessment);
  return {
    plan: row.planId,
    goal: row.target.goal,
    target: row.target,
    code,
    indicatorLabel: indicator ? (indicator.text ?? indicator.label) : null,
    unit: indicator?.unit ?? null,
    targetValue: indicator ? targetValueText(indicator) : null,
    targetYear: indicator?.year ?? row.target.year ?? null,
    baseline: indicator ? baselineText(indicator) : null,
    agency,
    agencyName,
    result,
    estimate,
    dataSource: textOf(fields.source),
    assessment,
    note: textOf(fields.note),
    progress: indicatorProgress({
      indicator,
      target: row.target,
      plan: context.plan,
      series,
      year,
      tasks: context.tasks.map((line) => ({ state: line.state, overdue: line.overdue })),
      reported: result !== null || estimate !== null || assessment !== null,
      profile: context.input.profile ?? PROGRESS_PROFILES.default,
    }),
    source: sourceOf(used, fields.result ?? fields.estimate ?? fields.assessment),
  };
}

function taskLine(
  row: TaskRow,
  agency: string,
  agencyName: string,
  used: UsedReading | null,
  partnerNotes: readonly string[],
  input: TablesInput,
): TaskLine {
  const fields = used?.reading.fields ?? {};
  const statusLabel = textOf(fields.status);
  const state = taskLineState(statusLabel);
  const dueBy = readDue(row.task).by;
  const overdue = !isDone(state) && dueBy !== null && dueBy < input.cutoff;
  const percent = plain(fields.percent);
  return {
    plan: row.planId,
    goal: row.task.goal,
    group: row.task.group,
    task: row.task,
    due: readDue(row.task).text,
    agency,
    agencyName,
    state,
    statusLabel,
    percent: typeof percent === "number" ? percent : null,
    completedOn: textOf(fields.completedOn),
    products: textOf(fields.documents),
    difficulties: textOf(fields.difficulties),
    proposals: textOf(fields.proposals),
    partnerNotes,
    overdue,
    progress: taskProgress(state, overdue),
    source: sourceOf(used, fields.status),
  };
}

function partnerNote(name: string, used: UsedReading | null): string[] {
  if (!used) return [];
  const fields = used.reading.fields;
  const status = textOf(fields.status);
  const parts = [textOf(fields.contribution), textOf(fields.difficulties)].filter(
    (part): part is string => part !== null,
  );
  if (status === null && parts.length === 0) return [];
  return [`${name}${status ? ` (${status})` : ""}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}`];
}

/** A read value as a cell holds it: numbers as numbers, statuses by label, dates as ISO text. */
function plain(input: ReadInput | undefined): number | string | null {
  return input?.value ? valueText(input.value) : null;
}

function valueText(value: FieldValue): number | string {
  switch (value.kind) {
    case "number":
      return value.value;
    case "status":
      return value.option.label;
    case "date":
      return value.iso;
    case "text":
      return value.text;
  }
}

function textOf(input: ReadInput | undefined): string | null {
  const value = plain(input);
  return value === null ? null : String(value);
}

function sourceOf(used: UsedReading | null, input: ReadInput | undefined): ValueSource | null {
  if (!used || !input) return null;
  return { file: used.file, sheet: input.sheet, address: input.address };
}

/** A goal's title by its code, for headings. */
export function goalTitle(plan: PlanCatalog, code: string | null): string | null {
  if (code === null) return null;
  return plan.goals.find((goal: Goal) => goal.code === code)?.title ?? null;
}

/** This year's rows of the data sheet: each indicator with a figure (the full-year estimate, else the result so far). */
export function historyRowsOf(indicators: readonly IndicatorLine[], year: number): HistoryRow[] {
  return indicators.flatMap((line) => {
    const value = line.estimate ?? line.result;
    if (value === null) return [];
    const source = line.source ? `${line.source.file}!${line.source.sheet}!${line.source.address}` : "";
    return [
      {
        plan: line.plan,
        code: line.code,
        indicator: line.indicatorLabel ?? line.target.text,
        agency: line.agency,
        year,
        value,
        source,
      },
    ];
  });
}
