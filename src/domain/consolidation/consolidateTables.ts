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
  /** The lead's row has a value in error, which counts for nothing: see progressColumn's lineGroup. */
  readonly needsCorrection: boolean;
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
  /** The lead's row has a value in error, which counts for nothing; with no status left, the state is needs_correction. */
  readonly needsCorrection: boolean;
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
  const rows = dutyIndex(input.distribution);
  const names = agencyNames(rows, input.directory);
  const nameOf = (id: string) => names.get(id)!.name;
  const rank = (id: string) => names.get(id)!.rank;
  const find = (agency: string, section: SectionReading["section"], plan: string, code: string) =>
    readings[section].get(agency)?.get(plan, code) ?? null;
  const series = seriesIndex(input.history, input.year);
  const byName = (a: { agency: string }, b: { agency: string }) => rank(a.agency) - rank(b.agency);
  const tasks: TaskLine[] = [];
  const tasksOfTarget = new Pairs<TaskLine[]>();
  for (const plan of input.plans) {
    for (const task of plan.tasks) {
      const notes: string[] = [];
      for (const agency of (rows.partners.get(plan.id, task.id) ?? []).sort((a, b) => rank(a) - rank(b))) {
        const note = partnerNote(nameOf(agency), find(agency, "partnerTasks", plan.id, task.id));
        if (note !== null) notes.push(note);
      }
      for (const { agency, row } of (rows.leads.get(plan.id, task.id) ?? []).sort(byName)) {
        const line = taskLine(row, agency, nameOf(agency), find(agency, "leadTasks", plan.id, task.id), notes, input);
        tasks.push(line);
        if (task.target !== null) tasksOfTarget.add(plan.id, task.target, line);
      }
    }
  }
  const indicators: IndicatorLine[] = [];
  for (const plan of input.plans) {
    for (const target of plan.targets) {
      const held = (rows.indicators.get(plan.id, target.code) ?? []).sort(
        (a, b) => a.row.indicatorNumber - b.row.indicatorNumber || byName(a, b),
      );
      for (const { agency, row } of held) {
        const code = indicatorCode(row);
        indicators.push(
          indicatorLine(row, code, agency, nameOf(agency), find(agency, "indicators", plan.id, code), {
            plan,
            earlier: series.get(agency)?.get(plan.id, code) ?? [],
            tasks: tasksOfTarget.get(plan.id, target.code) ?? [],
            input,
          }),
        );
      }
    }
  }
  return { indicators, tasks };
}

/**
 * Values keyed by two strings, as maps within a map. The keys are strings the plans and returns already hold, whose
 * hashes V8 keeps; a key joined per row ("plan\0code") would be a new string, built and hashed on every look-up.
 */
class Pairs<V> {
  private readonly outer = new Map<string, Map<string, V>>();

  get(first: string, second: string): V | undefined {
    return this.outer.get(first)?.get(second);
  }

  has(first: string, second: string): boolean {
    return this.outer.get(first)?.has(second) ?? false;
  }

  set(first: string, second: string, value: V): void {
    let inner = this.outer.get(first);
    if (!inner) this.outer.set(first, (inner = new Map()));
    inner.set(second, value);
  }

  /** Appends to the list under the keys. */
  add<T>(this: Pairs<T[]>, first: string, second: string, value: T): void {
    const list = this.get(first, second);
    if (list) list.push(value);
    else this.set(first, second, [value]);
  }

  *values(): IterableIterator<V> {
    for (const inner of this.outer.values()) yield* inner.values();
  }
}

/**
 * Each agency's name and its place in Vietnamese name order, worked out once: sorting rows by a number is cheap,
 * collating names on every comparison is not. Agencies with the same name share a place, as the collator ties them.
 */
function agencyNames(rows: ReturnType<typeof dutyIndex>, directory: TablesInput["directory"]) {
  const ids = new Set<string>();
  for (const list of rows.partners.values()) for (const agency of list) ids.add(agency);
  for (const list of rows.leads.values()) for (const { agency } of list) ids.add(agency);
  for (const list of rows.indicators.values()) for (const { agency } of list) ids.add(agency);
  const named = [...ids].map((id) => ({ id, name: directory.get(id as AgencyId)?.name ?? id }));
  named.sort((a, b) => NAME_ORDER.compare(a.name, b.name));
  const places = new Map<string, { name: string; rank: number }>();
  named.forEach(({ id, name }, index) => {
    const previous = index > 0 ? named[index - 1]! : null;
    const rank = previous && NAME_ORDER.compare(previous.name, name) === 0 ? places.get(previous.id)!.rank : index;
    places.set(id, { name, rank });
  });
  return places;
}

/** Vietnamese order of agency names; one collator for all comparisons (localeCompare builds one per call). */
const NAME_ORDER = new Intl.Collator("vi");

interface Held<Row> {
  readonly agency: string;
  readonly row: Row;
}

/** Each agency's rows, by plan and target (indicators) or plan and task (leads, partners): one pass over the duties. */
function dutyIndex(distribution: DutyDistribution) {
  const indicators = new Pairs<Held<IndicatorRow>[]>();
  const leads = new Pairs<Held<TaskRow>[]>();
  const partners = new Pairs<string[]>();
  for (const duties of distribution.byAgency.values()) {
    const agency = duties.agency;
    for (const row of duties.indicators) indicators.add(row.planId, row.target.code, { agency, row });
    for (const row of duties.leadTasks) leads.add(row.planId, row.code, { agency, row });
    for (const row of duties.partnerTasks) {
      // byAgency holds each agency once; the check keeps a task its rows name twice to one note.
      const list = partners.get(row.planId, row.code);
      if (!list?.includes(agency)) partners.add(row.planId, row.code, agency);
    }
  }
  return { indicators, leads, partners };
}

/** Earlier years' numbers by agency, plan and indicator; this year's row, if the history has one, is left out. */
function seriesIndex(history: readonly HistoryRow[], year: number): Map<string, Pairs<Observation[]>> {
  const index = new Map<string, Pairs<Observation[]>>();
  for (const point of history) {
    if (point.year === year || typeof point.value !== "number") continue;
    let ofAgency = index.get(point.agency);
    if (!ofAgency) index.set(point.agency, (ofAgency = new Pairs()));
    ofAgency.add(point.plan, point.code, { year: point.year, value: point.value });
  }
  return index;
}

type ReadingIndex = Readonly<Record<SectionReading["section"], Map<string, Pairs<UsedReading>>>>;

/** The merged return's readings, by section, agency, plan and row. */
function usedReadings(register: SubmissionRegister): ReadingIndex {
  const found: ReadingIndex = { indicators: new Map(), leadTasks: new Map(), partnerTasks: new Map() };
  for (const entry of register.entries) {
    if (!entry.used) continue;
    for (const reading of entry.used.readings) {
      const bySection = found[reading.section];
      let rows = bySection.get(entry.agency);
      if (!rows) bySection.set(entry.agency, (rows = new Pairs()));
      // A duplicated row counts once: the first, as validation reported the others.
      if (!rows.has(reading.plan, reading.code)) rows.set(reading.plan, reading.code, { file: entry.used.file, reading });
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
  code: string,
  agency: string,
  agencyName: string,
  used: UsedReading | null,
  context: IndicatorContext,
): IndicatorLine {
  const fields = used?.reading.fields ?? {};
  const result = plain(fields.result);
  const estimate = plain(fields.estimate);
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
      tasks: context.tasks,
      reported: result !== null || estimate !== null || assessment !== null,
      profile: context.input.profile ?? PROGRESS_PROFILES.default,
    }),
    needsCorrection: used?.reading.needsCorrection ?? false,
    // The cell the year's figure came from: the data sheet takes the estimate before the result so far.
    source: sourceOf(used, estimate !== null ? fields.estimate : result !== null ? fields.result : fields.assessment),
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
  const needsCorrection = used?.reading.needsCorrection ?? false;
  const state = taskLineState(statusLabel, needsCorrection);
  const due = readDue(row.task);
  const overdue = !isDone(state) && due.by !== null && due.by < input.cutoff;
  const percent = plain(fields.percent);
  return {
    plan: row.planId,
    goal: row.task.goal,
    group: row.task.group,
    task: row.task,
    due: due.text,
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
    needsCorrection,
    source: sourceOf(used, fields.status),
  };
}

function partnerNote(name: string, used: UsedReading | null): string | null {
  if (!used) return null;
  const fields = used.reading.fields;
  const status = textOf(fields.status);
  const parts = [textOf(fields.contribution), textOf(fields.difficulties)].filter(
    (part): part is string => part !== null,
  );
  if (status === null && parts.length === 0) return null;
  return `${name}${status ? ` (${status})` : ""}${parts.length > 0 ? `: ${parts.join("; ")}` : ""}`;
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
