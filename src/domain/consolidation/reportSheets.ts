import type { PlanCatalog } from "../catalog/types";
import { rangeA1, toA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { isoToSerial } from "../grid/excelDates";
import { presentSheet } from "../sheet/presentation";
import type { ChartSpec, ColumnSpec, SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import type { ConsolidatedTables, IndicatorLine, TaskLine } from "./consolidateTables";
import { buildMethodSheet } from "./buildMethodSheet";
import {
  INCLUDED_LABEL,
  OTHER_GOAL_TITLE,
  ROLE_LABELS,
  SHEET_TITLES,
  STATE_LABELS,
  TASK_STATE_LABELS,
  UNMATCHED_LABELS,
} from "./consolidationText";
import { historyGrid, type HistoryRow } from "./history";
import { lineGroup, TASK_LINE_STATES } from "./progressColumn";
import { progressBasisText } from "./progressBasisText";
import { PROGRESS_STATUS_LABELS, SUMMARY_GROUP_COLORS, SUMMARY_GROUP_LABELS } from "./progressMessages";
import { PROGRESS_PROFILES, SUMMARY_GROUPS, type ProgressProfile } from "./progressStatus";
import {
  CHASE_TEXT,
  DRAFT_HEADING,
  INDICATOR_TEXT,
  REGISTER_TEXT,
  registerLineText,
  REPORT_DOCUMENT_TITLE,
  sourceText,
  summaryChartWords,
  SUMMARY_TEXT,
  TASK_TEXT,
} from "./reportSheetText";
import type { RegisterEntry, SubmissionRegister } from "./submissionRegister";
import { OTHER, type AgencySummary, type GoalSummary, type Summaries } from "./summaries";

/**
 * The report workbook's sheets, as data: summary (with its charts), register, chase list, indicators, tasks, the
 * draft text and the long-format data. Each goes through presentSheet. Values from returns are plain text cells;
 * the adapters keep text that looks like a formula as text. The wording is in reportSheetText.ts.
 */

export type ReportSheetRole = keyof typeof SHEET_TITLES;

export interface ReportSheetsInput {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly register: SubmissionRegister;
  readonly tables: ConsolidatedTables;
  readonly summaries: Summaries;
  readonly draft: readonly string[];
  readonly history: readonly HistoryRow[];
  /** The cut points the statuses were judged by, stated on the method sheet. */
  readonly profile?: ProgressProfile;
  /** Sheet names by role (chosen by the workflow so they do not clash); the titles by default. */
  readonly names?: Partial<Record<ReportSheetRole, string>>;
}

const HEADER_FILL = "#DDEBF7";
const TITLE_ROW = { address: "A1", bold: true, fontSize: 13 } as const;
const DATE_FORMAT = "dd/mm/yyyy";
/** Title, line under it, header: the rows above every table's body. */
const HEAD_ROWS = 3;
/** The title and the line under it. */
const TITLE_LINES = 2;
/** Rows of the goal chart, and the least of the agency chart; presentSheet cuts a chart to a page's height. */
const CHART_ROWS = 20;
/** Columns a chart spans from A: the goal and title columns and the count columns after them. */
const CHART_COLUMNS = 8;

const STATE_COLORS: Readonly<Record<(typeof TASK_LINE_STATES)[number], string>> = {
  done: "#2E7D32",
  done_late: "#8BC34A",
  on_schedule: "#81C784",
  behind: "#FFB300",
  not_started: "#E53935",
  needs_correction: SUMMARY_GROUP_COLORS.needs_correction,
  not_reported: "#D9D9D9",
};

export function buildReportSheets(input: ReportSheetsInput): SheetSpec[] {
  const name = (role: ReportSheetRole) => input.names?.[role] ?? SHEET_TITLES[role];
  const documentTitle = REPORT_DOCUMENT_TITLE(input.year);
  // The title and the line under it run across each table; the summary repeats only them, as its two tables and its
  // charts have no header in common.
  const present = (spec: SheetSpec, headerRows: number, titleLines = TITLE_LINES) =>
    presentSheet(spec, { documentTitle, headerRows, titleLines });
  return [
    present(summarySheet(name("summary"), input), TITLE_LINES),
    present(registerSheet(name("register"), input), HEAD_ROWS),
    present(chaseSheet(name("chase"), input), HEAD_ROWS),
    present(indicatorSheet(name("indicators"), input), HEAD_ROWS),
    present(taskSheet(name("tasks"), input), HEAD_ROWS),
    present(draftSheet(name("draft"), input.draft), 0, 0),
    present(historySheet(name("history"), input.history), 1, 0),
    buildMethodSheet(input.profile ?? PROGRESS_PROFILES.default, { documentTitle, name: name("method") }),
  ];
}

/** A table's header and body rows. */
interface Table {
  readonly headers: readonly string[];
  readonly body: readonly (readonly CellValue[])[];
}

/** The header row's look: bold, filled, wrapped, across the table's width. */
function headerStyle(row: number, width: number): StyleSpec {
  return { address: rangeA1({ row, column: 0 }, 1, width), bold: true, fill: HEADER_FILL, wrap: true };
}

/** Column specs of the given widths; `extra` adds formats or wrapping to some columns by index. */
function widths(list: readonly number[], extra: Readonly<Record<number, Omit<ColumnSpec, "width">>> = {}): ColumnSpec[] {
  return list.map((width, index) => ({ width, ...extra[index] }));
}

/** A title, a line under it, a header row (row 3) and the body: the shape of every table sheet here. */
function tableSheet(name: string, title: string, subtitle: string, table: Table, columns: readonly ColumnSpec[]): SheetSpec {
  return {
    name,
    values: [[title], [subtitle], [...table.headers], ...table.body],
    columns,
    freeze: { rows: HEAD_ROWS, columns: 0 },
    styles: [TITLE_ROW, headerStyle(HEAD_ROWS - 1, table.headers.length)],
  };
}

function dateCell(iso: string | null): CellValue {
  return iso === null ? null : isoToSerial(iso.slice(0, 10));
}

function colRange(column: number, firstRow: number, lastRow: number): string {
  return `${toA1({ row: firstRow, column })}:${toA1({ row: lastRow, column })}`;
}

function registerLine(register: SubmissionRegister): string {
  const merged = register.entries.filter((entry) => entry.used !== null).length;
  return registerLineText(merged, register.entries.length);
}

// The summary: a table by goal, a table by lead agency under it, then a chart of each, each on a page of its own.

function summarySheet(name: string, input: ReportSheetsInput): SheetSpec {
  const goals = goalTable(input);
  const agencies = agencyTable(input.summaries.byAgency);
  // A blank row and the agency table's heading come between the two tables.
  const agencyHeader = HEAD_ROWS + goals.body.length + 2;
  const width = goals.headers.length;
  const values = [
    [SUMMARY_TEXT.title(input.year)],
    [SUMMARY_TEXT.subtitle(registerLine(input.register))],
    goals.headers,
    ...goals.body,
    [],
    [SUMMARY_TEXT.agencyHeading],
    agencies.headers,
    ...agencies.body,
  ];
  const styles: StyleSpec[] = [
    TITLE_ROW,
    headerStyle(HEAD_ROWS - 1, width),
    { address: toA1({ row: agencyHeader - 1, column: 0 }), bold: true },
    headerStyle(agencyHeader, width),
  ];
  const charts = summaryCharts(goals.body.length, agencies.body.length, agencyHeader);
  return { name, values, columns: summaryColumns(), styles, freeze: { rows: HEAD_ROWS, columns: 0 }, charts };
}

function goalTable(input: ReportSheetsInput): Table {
  const many = input.plans.length > 1;
  const headers = [
    SUMMARY_TEXT.goalHeaders.goal,
    SUMMARY_TEXT.goalHeaders.title,
    ...SUMMARY_GROUPS.map((group) => SUMMARY_GROUP_LABELS[group].vi),
    SUMMARY_TEXT.goalHeaders.items,
    SUMMARY_TEXT.overdue,
    SUMMARY_TEXT.completionRate,
  ];
  const label = (goal: GoalSummary) =>
    goal.goal === OTHER ? SUMMARY_TEXT.otherGoal : many ? `${goal.plan}: ${goal.goal}` : goal.goal;
  const body = input.summaries.byGoal.map((goal) => [
    label(goal),
    goal.goal === OTHER ? OTHER_GOAL_TITLE : goal.title,
    ...SUMMARY_GROUPS.map((group) => goal.byGroup[group]),
    goal.indicators + goal.tasks,
    goal.overdue,
    goal.completionRate,
  ]);
  return { headers, body };
}

function agencyTable(agencies: readonly AgencySummary[]): Table {
  const headers = [
    SUMMARY_TEXT.agencyHeaders.agency,
    SUMMARY_TEXT.agencyHeaders.name,
    ...TASK_LINE_STATES.map((state) => TASK_STATE_LABELS[state]),
    SUMMARY_TEXT.agencyHeaders.tasks,
    SUMMARY_TEXT.overdue,
    SUMMARY_TEXT.completionRate,
  ];
  const body = agencies
    .filter((agency) => agency.tasks > 0)
    .map((agency) => [
      agency.agency,
      agency.name,
      ...TASK_LINE_STATES.map((state) => agency.tasksByState[state]),
      agency.tasks,
      agency.overdue,
      agency.completionRate,
    ]);
  return { headers, body };
}

function summaryColumns(): ColumnSpec[] {
  return [
    { width: 14 },
    { width: 40 },
    ...SUMMARY_GROUPS.map(() => ({ width: 11 })),
    { width: 11 },
    { width: 9 },
    { width: 11, numberFormat: "0%" },
  ];
}

/**
 * The goal chart over the goal table's counts, the agency chart over the agency table's, each only with rows: below
 * the tables, a blank row apart, where presentSheet starts a page for each.
 */
function summaryCharts(goalRows: number, agencyRows: number, agencyHeader: number): ChartSpec[] {
  const charts: ChartSpec[] = [];
  let top = agencyHeader + agencyRows + 2;
  const place = (rows: number) => {
    const from = toA1({ row: top, column: 0 });
    const to = toA1({ row: top + rows - 1, column: CHART_COLUMNS - 1 });
    top += rows + 1;
    return { from, to };
  };
  if (goalRows > 0) {
    const first = HEAD_ROWS;
    const last = HEAD_ROWS + goalRows - 1;
    const words = summaryChartWords("goals", "vi");
    charts.push({
      kind: "columnStacked",
      title: words.title,
      id: "goals",
      ...place(CHART_ROWS),
      categories: colRange(0, first, last),
      series: SUMMARY_GROUPS.map((group, index) => ({
        name: words.series[index]!,
        values: colRange(2 + index, first, last),
        color: SUMMARY_GROUP_COLORS[group],
      })),
    });
  }
  if (agencyRows > 0) {
    const first = agencyHeader + 1;
    const last = agencyHeader + agencyRows;
    const words = summaryChartWords("agencies", "vi");
    charts.push({
      kind: "barStacked",
      title: words.title,
      id: "agencies",
      ...place(Math.max(CHART_ROWS, agencyRows + 4)),
      categories: colRange(1, first, last),
      series: TASK_LINE_STATES.map((state, index) => ({
        name: words.series[index]!,
        values: colRange(2 + index, first, last),
        color: STATE_COLORS[state],
      })),
    });
  }
  return charts;
}

// The register: one row per agency that must report, then the files that belong to none.

const REGISTER_COLUMNS = widths([5, 34, 20, 22, 30, 11, 11, 7, 9, 9, 9, 50], {
  5: { numberFormat: DATE_FORMAT },
  6: { numberFormat: DATE_FORMAT },
});

function registerSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const { register } = input;
  const body = [
    ...register.entries.map((entry, index) => registerRow(entry, index, register.dueOn)),
    ...unmatchedRows(register),
  ];
  return tableSheet(
    name,
    REGISTER_TEXT.title(input.year),
    REGISTER_TEXT.subtitle(register.dueOn, registerLine(register)),
    { headers: REGISTER_TEXT.headers, body },
    REGISTER_COLUMNS,
  );
}

function registerRow(entry: RegisterEntry, index: number, dueOn: string | null): CellValue[] {
  const usedRecord = entry.submissions.find((record) => record.role === "used");
  return [
    index + 1,
    entry.name,
    entry.agency,
    STATE_LABELS[entry.state],
    entry.used?.file ?? null,
    dateCell(entry.submittedOn),
    dateCell(dueOn),
    usedRecord?.errors ?? null,
    usedRecord?.warnings ?? null,
    entry.owes.rows.length,
    entry.expectedRows,
    submissionsText(entry),
  ];
}

/** Every sending of the agency, one a line. */
function submissionsText(entry: RegisterEntry): string | null {
  const lines = entry.submissions.map((record) =>
    REGISTER_TEXT.submission(
      record.file,
      record.submittedOn,
      ROLE_LABELS[record.role],
      record.included ? INCLUDED_LABEL : null,
      record.errors,
    ),
  );
  return lines.join("\n") || null;
}

function unmatchedRows(register: SubmissionRegister): CellValue[][] {
  if (register.unmatched.length === 0) return [];
  return [
    [],
    [REGISTER_TEXT.unmatchedHeading],
    ...register.unmatched.map((file, index) => [
      index + 1,
      file.agency,
      null,
      UNMATCHED_LABELS[file.reason],
      file.file,
      null,
      null,
      file.errors,
    ]),
  ];
}

// The chase list: the agencies still owing rows or corrections.

/** Rows and errors an agency must still send or fix: listed up to this many each, the counts say the rest. */
const LISTED = 30;

const CHASE_COLUMNS = widths([5, 34, 22, 10, 40, 9, 60]);

function chaseSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const body = input.register.chase.map((entry, index) => chaseRow(entry, index));
  return tableSheet(
    name,
    CHASE_TEXT.title(input.register.chase.length),
    CHASE_TEXT.subtitle,
    { headers: CHASE_TEXT.headers, body },
    CHASE_COLUMNS,
  );
}

function chaseRow(entry: RegisterEntry, index: number): CellValue[] {
  const rows = entry.owes.rows.map((row) => row.code.replace(/#\d+$/, (n) => (n === "#0" ? "" : n)));
  const errors = entry.owes.errors.map(
    (issue) =>
      `${issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}: ` : ""}${issue.message ?? issue.code}`,
  );
  return [
    index + 1,
    entry.name,
    STATE_LABELS[entry.state],
    entry.owes.rows.length,
    listed(rows),
    entry.owes.errors.length,
    listed(errors, "\n"),
  ];
}

function listed(items: readonly string[], separator = ", "): string | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, LISTED).join(separator);
  return items.length > LISTED ? `${shown}${separator}${CHASE_TEXT.more(items.length - LISTED)}` : shown;
}

// The indicator and task tables: one row per item and lead.

const INDICATOR_COLUMNS = widths([16, 8, 9, 45, 30, 10, 12, 8, 16, 24, 12, 12, 20, 20, 16, 40, 24, 30], {
  15: { wrap: true },
});

function indicatorSheet(name: string, input: ReportSheetsInput): SheetSpec {
  return tableSheet(
    name,
    INDICATOR_TEXT.title(input.year),
    INDICATOR_TEXT.subtitle,
    { headers: INDICATOR_TEXT.headers, body: input.tables.indicators.map(indicatorRow) },
    INDICATOR_COLUMNS,
  );
}

function indicatorRow(line: IndicatorLine): CellValue[] {
  return [
    line.plan,
    line.goal,
    line.code,
    line.target.text,
    line.indicatorLabel,
    line.unit,
    line.targetValue,
    line.targetYear,
    line.baseline,
    line.agencyName,
    line.result,
    line.estimate,
    line.dataSource,
    line.assessment,
    indicatorStatusText(line),
    progressBasisText(line),
    line.note,
    line.source ? sourceText(line.source) : null,
  ];
}

/** The status's own label; a row in error with nothing else to judge by needs correction, not "not reported". */
function indicatorStatusText(line: IndicatorLine): string {
  const group = lineGroup(line.progress.status, line.needsCorrection);
  return group === "needs_correction" ? SUMMARY_GROUP_LABELS[group].vi : PROGRESS_STATUS_LABELS[line.progress.status].vi;
}

const TASK_COLUMNS = widths([16, 8, 24, 8, 50, 12, 24, 18, 10, 11, 26, 30, 30, 36, 9, 14, 30], {
  9: { numberFormat: DATE_FORMAT },
});

function taskSheet(name: string, input: ReportSheetsInput): SheetSpec {
  return tableSheet(
    name,
    TASK_TEXT.title(input.year),
    TASK_TEXT.subtitle,
    { headers: TASK_TEXT.headers, body: input.tables.tasks.map(taskRow) },
    TASK_COLUMNS,
  );
}

function taskRow(line: TaskLine): CellValue[] {
  return [
    line.plan,
    line.goal,
    line.group,
    line.task.id,
    line.task.text,
    line.due,
    line.agencyName,
    line.statusLabel ?? TASK_STATE_LABELS[line.state],
    line.percent,
    dateCell(line.completedOn),
    line.products,
    line.difficulties,
    line.proposals,
    line.partnerNotes.join("\n") || null,
    line.overdue ? TASK_TEXT.overdue : null,
    SUMMARY_GROUP_LABELS[lineGroup(line.progress, line.needsCorrection)].vi,
    line.source ? sourceText(line.source) : null,
  ];
}

// The draft text and the long-format data.

function draftSheet(name: string, draft: readonly string[]): SheetSpec {
  const headings = draft.flatMap((line, index) =>
    DRAFT_HEADING.test(line) ? [{ address: toA1({ row: index, column: 0 }), bold: true }] : [],
  );
  return { name, values: draft.map((line) => [line]), columns: [{ width: 110, wrap: true }], styles: headings };
}

const HISTORY_COLUMNS = widths([24, 10, 40, 22, 7, 12, 40]);

function historySheet(name: string, history: readonly HistoryRow[]): SheetSpec {
  return {
    name,
    values: historyGrid(history),
    columns: HISTORY_COLUMNS,
    freeze: { rows: 1, columns: 0 },
    styles: [{ address: rangeA1({ row: 0, column: 0 }, 1, HISTORY_COLUMNS.length), bold: true, fill: HEADER_FILL }],
  };
}
