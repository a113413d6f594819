import type { Agency, AgencySuccession } from "../catalog/agency";
import { resolveSuccessor } from "../catalog/agencies/resolveSuccessor";
import type { AgencyId, Goal, Indicator, PlanCatalog, ReviewItem, Task } from "../catalog/types";
import { rangeA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import type { SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import { buildAssignmentMatrix } from "./buildAssignmentMatrix";
import { PLAN_SHEET_LABELS, type PlanSheetLabels, type SheetLanguage } from "./sheetLabels";

/** The four sheets an injected plan consists of. */
export type PlanSheetRole = "info" | "targets" | "tasks" | "assignments";

export const PLAN_SHEET_ROLES: readonly PlanSheetRole[] = ["info", "targets", "tasks", "assignments"];

/** Tables the plan sheets hold, keyed by what they contain. */
export type PlanTableKey = "info" | "review" | "targets" | "tasks" | "assignments";

export interface PlanSheetNames {
  readonly sheets: Readonly<Record<PlanSheetRole, string>>;
  readonly tables: Readonly<Record<PlanTableKey, string>>;
}

export interface PlanSheetOptions {
  readonly language: SheetLanguage;
  /** Resolves agency ids to names; unknown ids are shown as the id itself. */
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  /** When the plan was sliced for one agency, that agency. */
  readonly slice: Agency | null;
  /** ISO timestamp written on the info sheet, or null to leave it out. */
  readonly injectedAt: string | null;
  /** Who took over which body (2025 mergers…), with the officer's edits; shown beside the leads as issued. */
  readonly successions: readonly AgencySuccession[];
  /** ISO date at which "who holds the duty now" is resolved. */
  readonly asOf: string;
}

export interface PlanSheet {
  readonly role: PlanSheetRole;
  readonly spec: SheetSpec;
  /** Data rows written (header excluded), for the report to the officer. */
  readonly rows: number;
}

const HEADER_FILL = "#0F6C5A";
const HEADER_FONT = "#FFFFFF";
const GOAL_FILL = "#E3F1EC";
const TABLE_STYLE = "TableStyleMedium7";
const DATE_FORMAT = "dd/mm/yyyy";

/** Builds the four plan sheets as plain sheet specs; the names come from the caller, who knows the workbook. */
export function buildPlanSheets(catalog: PlanCatalog, names: PlanSheetNames, options: PlanSheetOptions): readonly PlanSheet[] {
  const labels = PLAN_SHEET_LABELS[options.language];
  const agencyName = (id: AgencyId): string => options.agencies.get(id)?.name ?? id;
  const currentLead = (lead: readonly AgencyId[]): string | null => {
    const holders = [...new Set(lead.flatMap((id) => resolveSuccessor(id, options.successions, options.asOf).current))];
    return holders.map(agencyName).join("; ") || null;
  };
  const reviewSubjects = new Set(catalog.review.map((item) => `${item.subject.kind}:${item.subject.id ?? ""}`));
  return [
    buildInfoSheet(catalog, names, options, labels),
    buildTargetsSheet(catalog, names, labels, agencyName, currentLead, reviewSubjects),
    buildTasksSheet(catalog, names, labels, agencyName, currentLead, reviewSubjects),
    buildAssignmentsSheet(catalog, names, labels, options),
  ];
}

function buildInfoSheet(catalog: PlanCatalog, names: PlanSheetNames, options: PlanSheetOptions, labels: PlanSheetLabels): PlanSheet {
  const l = labels.info;
  const reporting = catalog.reporting;
  const frequency = reporting.frequency ? { annual: l.yearly, semiannual: l.semiannual, quarterly: l.quarterly, monthly: l.monthly }[reporting.frequency] : l.notSet;
  const rows: [string, CellValue][] = [
    [l.title, catalog.title],
    [l.planId, catalog.id],
    [l.province, catalog.province],
    [l.issuer, catalog.issuer],
    [l.documentNumber, catalog.documentNumber ?? l.unknown],
    [l.issuedOn, catalog.issuedOn ? isoToVietnameseDate(catalog.issuedOn) : l.unknown],
    [l.period, periodText(catalog.period.from, catalog.period.to) ?? l.unknown],
    [l.frequency, frequency],
    [l.agencyDeadline, reporting.agencyDeadline ? dayMonthText(reporting.agencyDeadline) : l.notSet],
    [l.consolidatedDeadline, reporting.consolidatedDeadline ? dayMonthText(reporting.consolidatedDeadline) : l.notSet],
    [l.reviews, reporting.reviews.length > 0 ? reporting.reviews.join(", ") : l.notSet],
    [l.counts, `${catalog.goals.length} / ${catalog.targets.length} / ${catalog.tasks.length}`],
    [l.slice, options.slice ? l.sliceAgency.replace("{agency}", options.slice.name) : l.sliceAll],
    [l.reviewCount, catalog.review.length],
  ];
  if (options.injectedAt) rows.push([l.injectedAt, options.injectedAt]);

  const values: CellValue[][] = [[l.field, l.value], ...rows.map(([field, value]) => [field, value])];
  const tables = [{ name: names.tables.info, address: rangeA1({ row: 0, column: 0 }, values.length, 2), style: TABLE_STYLE, showBandedRows: true, showFilterButton: false }];
  const styles: StyleSpec[] = [headerStyle(0, 2)];

  values.push([null, null]);
  const headingRow = values.length;
  values.push([l.reviewHeading, null]);
  styles.push({ address: rangeA1({ row: headingRow, column: 0 }, 1, 1), bold: true, fontSize: 12 });
  const reviewHeader = [labels.review.code, labels.review.subject, labels.review.message, labels.review.line, labels.review.quote, labels.review.candidates];
  if (catalog.review.length > 0) {
    const start = values.length;
    values.push(reviewHeader);
    for (const item of catalog.review) values.push(reviewRow(item));
    tables.push({
      name: names.tables.review,
      address: rangeA1({ row: start, column: 0 }, catalog.review.length + 1, reviewHeader.length),
      style: TABLE_STYLE,
      showBandedRows: true,
      showFilterButton: true,
    });
    styles.push(headerStyle(start, reviewHeader.length));
  } else {
    values.push([l.noReview, null]);
  }
  return {
    role: "info",
    rows: rows.length,
    spec: {
      name: names.sheets.info,
      tabColor: HEADER_FILL,
      values: pad(values, reviewHeader.length),
      columns: [{ width: 34, wrap: true }, { width: 70, wrap: true }, { width: 60, wrap: true }, { width: 8 }, { width: 50, wrap: true }, { width: 40, wrap: true }],
      freeze: { rows: 1, columns: 0 },
      tables,
      styles,
    },
  };
}

function reviewRow(item: ReviewItem): CellValue[] {
  const subject = item.subject.id ? `${item.subject.kind} ${item.subject.id}` : item.subject.kind;
  return [item.code, subject, item.message, item.source.line, item.source.quote, item.candidates.join(" | ") || null];
}

function buildTargetsSheet(
  catalog: PlanCatalog,
  names: PlanSheetNames,
  labels: PlanSheetLabels,
  agencyName: (id: AgencyId) => string,
  currentLead: (lead: readonly AgencyId[]) => string | null,
  reviewSubjects: ReadonlySet<string>,
): PlanSheet {
  const l = labels.targets;
  const header = [l.goal, l.code, l.text, l.quantitative, l.label, l.unit, l.comparator, l.value, l.valueMax, l.year, l.direction, l.lead, l.partners, l.currentLead, l.review, l.line];
  const values: CellValue[][] = [header];
  const styles: StyleSpec[] = [headerStyle(0, header.length)];
  const rowGroups: { from: number; to: number }[] = [];
  let dataRows = 0;
  for (const { goal, members } of groupByGoal(catalog.goals, catalog.targets, (target) => target.goal)) {
    // The goal's title sits once, on its heading row, in the text column.
    values.push([goal.code, null, goal.title, ...Array<CellValue>(header.length - 3).fill(null)]);
    styles.push({ address: rangeA1({ row: values.length - 1, column: 0 }, 1, header.length), bold: true, fill: GOAL_FILL });
    const first = values.length + 1;
    for (const target of members) {
      const indicators: readonly (Indicator | null)[] = target.indicators.length > 0 ? target.indicators : [null];
      for (const indicator of indicators) {
        values.push([
          goal.code,
          target.code,
          target.text,
          target.quantitative ? labels.yes : labels.no,
          indicator?.label ?? null,
          indicator?.unit ?? null,
          indicator?.comparator ?? null,
          indicator?.value ?? null,
          indicator?.valueMax ?? null,
          indicator?.year ?? null,
          indicator?.direction ? labels.direction[indicator.direction] : null,
          target.lead.map(agencyName).join("; ") || null,
          target.partners.map(agencyName).join("; ") || null,
          currentLead(target.lead),
          reviewSubjects.has(`target:${target.code}`) ? labels.yes : null,
          target.source?.line ?? null,
        ]);
        dataRows++;
      }
    }
    if (values.length >= first) rowGroups.push({ from: first, to: values.length });
  }
  return {
    role: "targets",
    rows: dataRows,
    spec: {
      name: names.sheets.targets,
      values,
      // Numbers keep Excel's General format: 54.5 and 100000 show as written, years without separators.
      columns: [
        { width: 9 },
        { width: 10 },
        { width: 60, wrap: true },
        { width: 10 },
        { width: 30, wrap: true },
        { width: 14, wrap: true },
        { width: 9 },
        { width: 11 },
        { width: 11 },
        { width: 8 },
        { width: 12 },
        { width: 30, wrap: true },
        { width: 40, wrap: true },
        { width: 30, wrap: true },
        { width: 10 },
        { width: 10 },
      ],
      freeze: { rows: 1, columns: 2 },
      tables: [{ name: names.tables.targets, address: rangeA1({ row: 0, column: 0 }, values.length, header.length), style: TABLE_STYLE, showBandedRows: true, showFilterButton: true }],
      styles,
      rowGroups,
    },
  };
}

function buildTasksSheet(
  catalog: PlanCatalog,
  names: PlanSheetNames,
  labels: PlanSheetLabels,
  agencyName: (id: AgencyId) => string,
  currentLead: (lead: readonly AgencyId[]) => string | null,
  reviewSubjects: ReadonlySet<string>,
): PlanSheet {
  const l = labels.tasks;
  const header = [l.id, l.goal, l.target, l.group, l.text, l.lead, l.partners, l.currentLead, l.dueText, l.dueKind, l.dueFrom, l.dueTo, l.dueBy, l.outputs, l.review, l.line];
  const values: CellValue[][] = [header];
  const styles: StyleSpec[] = [headerStyle(0, header.length)];
  const rowGroups: { from: number; to: number }[] = [];
  const goals = catalog.goals.length > 0 ? catalog.goals : [];
  for (const { goal, members } of groupByGoal(goals, catalog.tasks, (task) => task.goal)) {
    values.push([null, goal.code, goal.title, ...Array<CellValue>(header.length - 3).fill(null)]);
    styles.push({ address: rangeA1({ row: values.length - 1, column: 0 }, 1, header.length), bold: true, fill: GOAL_FILL });
    const first = values.length + 1;
    for (const task of members) values.push(taskRow(task, labels, agencyName, currentLead, reviewSubjects));
    if (values.length >= first) rowGroups.push({ from: first, to: values.length });
  }
  return {
    role: "tasks",
    rows: catalog.tasks.length,
    spec: {
      name: names.sheets.tasks,
      values,
      columns: [
        { width: 11 },
        { width: 9 },
        { width: 10 },
        { width: 28, wrap: true },
        { width: 70, wrap: true },
        { width: 30, wrap: true },
        { width: 40, wrap: true },
        { width: 30, wrap: true },
        { width: 18, wrap: true },
        { width: 12 },
        { width: 9 },
        { width: 9 },
        { width: 12, numberFormat: DATE_FORMAT },
        { width: 40, wrap: true },
        { width: 10 },
        { width: 10 },
      ],
      freeze: { rows: 1, columns: 1 },
      tables: [{ name: names.tables.tasks, address: rangeA1({ row: 0, column: 0 }, values.length, header.length), style: TABLE_STYLE, showBandedRows: true, showFilterButton: true }],
      styles,
      rowGroups,
    },
  };
}

function taskRow(
  task: Task,
  labels: PlanSheetLabels,
  agencyName: (id: AgencyId) => string,
  currentLead: (lead: readonly AgencyId[]) => string | null,
  reviewSubjects: ReadonlySet<string>,
): CellValue[] {
  return [
    task.id,
    task.goal,
    task.target,
    task.group,
    task.text,
    task.lead.map(agencyName).join("; ") || null,
    task.partners.map(agencyName).join("; ") || null,
    currentLead(task.lead),
    task.due.text,
    labels.dueKind[task.due.kind],
    task.due.from,
    task.due.to,
    task.due.by ? isoDateToSerial(task.due.by) : null,
    task.outputs.join("\n") || null,
    reviewSubjects.has(`task:${task.id}`) ? labels.yes : null,
    task.source?.line ?? null,
  ];
}

function buildAssignmentsSheet(catalog: PlanCatalog, names: PlanSheetNames, labels: PlanSheetLabels, options: PlanSheetOptions): PlanSheet {
  const l = labels.assignments;
  const matrix = buildAssignmentMatrix(catalog);
  const width = FIXED_MATRIX_COLUMNS + matrix.agencies.length;
  const agencyHeaders = uniqueHeaders(matrix.agencies.map((column) => options.agencies.get(column.agency)?.name ?? column.agency));
  const blank = (count: number) => Array<CellValue>(count).fill(null);
  // Two count rows above the table, so the table itself holds only items and stays filterable.
  const values: CellValue[][] = [
    [...blank(FIXED_MATRIX_COLUMNS - 1), l.leadCount, ...matrix.agencies.map((column) => column.leadCount)],
    [...blank(FIXED_MATRIX_COLUMNS - 1), l.partnerCount, ...matrix.agencies.map((column) => column.partnerCount)],
    [l.goal, l.kind, l.code, l.text, ...agencyHeaders],
  ];
  for (const item of matrix.items) {
    values.push([
      item.goal,
      item.kind === "target" ? l.target : l.task,
      item.code,
      shorten(item.text, MATRIX_TEXT_LENGTH),
      ...item.roles.map((role) => (role === "lead" ? labels.lead : role === "partner" ? labels.partner : null)),
    ]);
  }
  if (matrix.items.length === 0) values.push(blank(width));
  const headerRow = 2;
  const roleArea =
    matrix.agencies.length > 0 ? rangeA1({ row: headerRow + 1, column: FIXED_MATRIX_COLUMNS }, values.length - headerRow - 1, matrix.agencies.length) : null;
  const countArea = matrix.agencies.length > 0 ? rangeA1({ row: 0, column: FIXED_MATRIX_COLUMNS }, 1, matrix.agencies.length) : null;
  return {
    role: "assignments",
    rows: matrix.items.length,
    spec: {
      name: names.sheets.assignments,
      values,
      columns: [{ width: 9 }, { width: 11 }, { width: 11 }, { width: 45 }, ...matrix.agencies.map(() => ({ width: 12, wrap: true }))],
      freeze: { rows: headerRow + 1, columns: 3 },
      tables: [
        {
          name: names.tables.assignments,
          address: rangeA1({ row: headerRow, column: 0 }, values.length - headerRow, width),
          style: TABLE_STYLE,
          showBandedRows: true,
          showFilterButton: true,
        },
      ],
      styles: [
        { ...headerStyle(headerRow, width), rowHeight: 75 },
        { address: rangeA1({ row: 0, column: FIXED_MATRIX_COLUMNS - 1 }, 2, 1), bold: true, horizontal: "right" },
        ...(countArea ? [{ address: countArea, bold: true, horizontal: "center" as const }] : []),
      ],
      conditionalFormats:
        roleArea && countArea
          ? [
              { kind: "textEquals", address: roleArea, text: labels.lead, fill: "#1E8C6E", fontColor: "#FFFFFF", bold: true },
              { kind: "textEquals", address: roleArea, text: labels.partner, fill: "#CDE9F6" },
              { kind: "dataBar", address: countArea, color: "#5BA88F" },
            ]
          : [],
    },
  };
}

/** The matrix is for finding who does what; the full text is on the targets and tasks sheets. */
const MATRIX_TEXT_LENGTH = 80;

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** Goal, kind, code and text columns before the agency columns of the matrix. */
const FIXED_MATRIX_COLUMNS = 4;

/** Table headers must be unique; a repeated name gets " (2)". */
function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return headers.map((header) => {
    const count = (seen.get(header) ?? 0) + 1;
    seen.set(header, count);
    return count === 1 ? header : `${header} (${count})`;
  });
}

/** Members in goal order, then those whose goal the catalogue does not list, under a synthetic heading. */
function groupByGoal<T>(goals: readonly Goal[], items: readonly T[], goalOf: (item: T) => string | null): { goal: Goal; members: T[] }[] {
  const groups = goals.map((goal) => ({ goal, members: items.filter((item) => goalOf(item) === goal.code) }));
  const known = new Set(goals.map((goal) => goal.code as string));
  const orphans = items.filter((item) => !known.has(goalOf(item) ?? ""));
  if (orphans.length > 0) groups.push({ goal: { code: "" as Goal["code"], title: "" }, members: orphans });
  return groups.filter((group) => group.members.length > 0);
}

function headerStyle(row: number, columns: number): StyleSpec {
  return { address: rangeA1({ row, column: 0 }, 1, columns), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vertical: "center" };
}

function pad(rows: CellValue[][], width: number): CellValue[][] {
  return rows.map((row) => [...row, ...Array<CellValue>(Math.max(0, width - row.length)).fill(null)]);
}

function periodText(from: number | null, to: number | null): string | null {
  if (from === null && to === null) return null;
  return `${from ?? "…"} – ${to ?? "…"}`;
}

function isoToVietnameseDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

function dayMonthText(mmdd: string): string {
  const [month, day] = mmdd.split("-");
  return `${day}/${month}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2025-02-28" → Excel's serial day number, so the cell is a real date. */
export function isoDateToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EXCEL_EPOCH) / 86_400_000;
}

