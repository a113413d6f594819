import type { Agency, AgencySuccession } from "../catalog/agency";
import { resolveSuccessor } from "../catalog/agencies/resolveSuccessor";
import type { AgencyId, Goal, Indicator, PlanCatalog, ReviewItem, Target, Task } from "../catalog/types";
import { rangeA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { presentSheet, type SheetPresentation } from "../sheet/presentation";
import { heightForUprightText } from "../sheet/rowHeights";
import type { SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import { formatDateTimeVi, formatDateVi, formatDayMonthVi } from "../text/vietnameseFormat";
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
  /** When the plan was injected, written on the info sheet in local time, or null to leave it out. */
  readonly injectedAt: Date | null;
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
  // A mapping nobody has confirmed is never presented as fact: today's lead carries the word that says so.
  const currentLead = (lead: readonly AgencyId[]): string | null => {
    const resolutions = lead.map((id) => resolveSuccessor(id, options.successions, options.asOf));
    const holders = [...new Set(resolutions.flatMap((resolution) => resolution.current))];
    const uncertain = resolutions.some((resolution) => resolution.chain.some((succession) => succession.uncertain));
    const names = holders.map(agencyName).join("; ");
    return names === "" ? null : uncertain ? `${names} ${labels.uncertainMapping}` : names;
  };
  const reviewSubjects = new Set(catalog.review.map((item) => `${item.subject.kind}:${item.subject.id ?? ""}`));
  const sheets = [
    buildInfoSheet(catalog, names, options, labels),
    buildTargetsSheet(catalog, names, { labels, agencyName, currentLead, reviewSubjects }),
    buildTasksSheet(catalog, names, { labels, agencyName, currentLead, reviewSubjects }),
    buildAssignmentsSheet(catalog, names, labels, options),
  ];
  const documentTitle = footerTitle(catalog, options.slice, labels);
  return sheets.map(({ sheet, headerRows }) => ({
    ...sheet,
    spec: presentSheet(sheet.spec, { documentTitle, headerRows, pageLabel: labels.print.page }),
  }));
}

/** A built sheet and the rows that head its table, which print again on every page. */
interface BuiltSheet {
  readonly sheet: PlanSheet;
  readonly headerRows: SheetPresentation["headerRows"];
}

/** "Kế hoạch 3934/QĐ-UBND", or the title when the document number is unknown; with the agency of a slice. */
function footerTitle(catalog: PlanCatalog, slice: Agency | null, labels: PlanSheetLabels): string {
  const document = catalog.documentNumber ? labels.print.plan.replace("{document}", catalog.documentNumber) : catalog.title;
  return slice ? `${document} – ${slice.shortName ?? slice.name}` : document;
}

function buildInfoSheet(catalog: PlanCatalog, names: PlanSheetNames, options: PlanSheetOptions, labels: PlanSheetLabels): BuiltSheet {
  const l = labels.info;
  const reporting = catalog.reporting;
  const frequency = reporting.frequency ? { annual: l.yearly, semiannual: l.semiannual, quarterly: l.quarterly, monthly: l.monthly }[reporting.frequency] : l.notSet;
  const rows: [string, CellValue][] = [
    [l.title, catalog.title],
    [l.planId, catalog.id],
    [l.province, catalog.province],
    [l.issuer, catalog.issuer],
    [l.documentNumber, catalog.documentNumber ?? l.unknown],
    [l.issuedOn, catalog.issuedOn ? formatDateVi(catalog.issuedOn) : l.unknown],
    [l.period, periodText(catalog.period.from, catalog.period.to) ?? l.unknown],
    [l.frequency, frequency],
    [l.agencyDeadline, reporting.agencyDeadline ? formatDayMonthVi(reporting.agencyDeadline) : l.notSet],
    [l.consolidatedDeadline, reporting.consolidatedDeadline ? formatDayMonthVi(reporting.consolidatedDeadline) : l.notSet],
    [l.reviews, reporting.reviews.length > 0 ? reporting.reviews.join(", ") : l.notSet],
    [l.counts, `${catalog.goals.length} / ${catalog.targets.length} / ${catalog.tasks.length}`],
    [l.slice, options.slice ? l.sliceAgency.replace("{agency}", options.slice.name) : l.sliceAll],
    [l.reviewCount, catalog.review.length],
  ];
  if (options.injectedAt) rows.push([l.injectedAt, formatDateTimeVi(options.injectedAt)]);

  const values: CellValue[][] = [[l.field, l.value], ...rows.map(([field, value]) => [field, value])];
  const tables = [{ name: names.tables.info, address: rangeA1({ row: 0, column: 0 }, values.length, 2), style: TABLE_STYLE, showBandedRows: true, showFilterButton: false }];
  const styles: StyleSpec[] = [headerStyle(0, 2)];

  values.push([null, null]);
  const headingRow = values.length;
  values.push([l.reviewHeading, null]);
  styles.push({ address: rangeA1({ row: headingRow, column: 0 }, 1, 1), bold: true, fontSize: 12 });
  const r = labels.review;
  // Officers read the Vietnamese label; the code stays in the last column, for reports to the developers.
  const reviewHeader = [r.issue, r.subject, r.message, r.line, r.quote, r.candidates, r.code];
  if (catalog.review.length > 0) {
    const start = values.length;
    values.push(reviewHeader);
    for (const item of catalog.review) values.push(reviewRow(item, labels, options));
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
    // Row 1 heads only the short table of facts, not the review list below it, so nothing repeats when printed.
    headerRows: 0,
    sheet: {
      role: "info",
      rows: rows.length,
      spec: {
        name: names.sheets.info,
        tabColor: HEADER_FILL,
        values: pad(values, reviewHeader.length),
        columns: [
          { width: 30, wrap: true },
          { width: 30, wrap: true },
          { width: 60, wrap: true },
          { width: 8 },
          { width: 45, wrap: true },
          { width: 30, wrap: true },
          { width: 22, wrap: true },
        ],
        freeze: { rows: 1, columns: 0 },
        tables,
        styles,
      },
    },
  };
}

function reviewRow(item: ReviewItem, labels: PlanSheetLabels, options: PlanSheetOptions): CellValue[] {
  const r = labels.review;
  const id = item.subject.kind === "agency" && item.subject.id ? (options.agencies.get(item.subject.id as AgencyId)?.name ?? item.subject.id) : item.subject.id;
  const subject = r.subjects[item.subject.kind].replace("{id}", id ?? "").trim();
  const issue = labels.issues[item.code] ?? r.otherIssue;
  return [issue, subject, item.message, item.source.line, item.source.quote, item.candidates.join(" | ") || null, item.code];
}

/** One column of a plan table: its header, its look, and how a row fills it. */
interface TableColumn<Row> {
  readonly header: string;
  readonly width: number;
  readonly wrap?: boolean;
  readonly numberFormat?: string;
  readonly value: (row: Row) => CellValue;
  /** On a goal's heading row this column shows the goal's code ("code") or title ("title"). */
  readonly goalHeading?: "code" | "title";
}

interface GroupedTable<Row> {
  readonly name: string;
  readonly tableName: string;
  readonly columns: readonly TableColumn<Row>[];
  readonly groups: readonly { readonly goal: Goal; readonly rows: readonly Row[] }[];
  readonly freezeColumns: number;
}

/**
 * A table with one bold heading row per goal and that goal's rows grouped under it in the outline; the collapse
 * button sits on the heading row.
 */
function buildGroupedTableSheet<Row>(table: GroupedTable<Row>): { spec: SheetSpec; rows: number } {
  const width = table.columns.length;
  const values: CellValue[][] = [table.columns.map((column) => column.header)];
  const styles: StyleSpec[] = [headerStyle(0, width)];
  const rowGroups: { from: number; to: number }[] = [];
  let rows = 0;
  for (const { goal, rows: members } of table.groups) {
    values.push(table.columns.map((column) => (column.goalHeading === "code" ? goal.code : column.goalHeading === "title" ? goal.title : null)));
    styles.push({ address: rangeA1({ row: values.length - 1, column: 0 }, 1, width), bold: true, fill: GOAL_FILL });
    const first = values.length + 1;
    for (const row of members) values.push(table.columns.map((column) => column.value(row)));
    rows += members.length;
    if (values.length >= first) rowGroups.push({ from: first, to: values.length });
  }
  return {
    rows,
    spec: {
      name: table.name,
      values,
      columns: table.columns.map((column) => ({
        width: column.width,
        ...(column.wrap ? { wrap: true } : {}),
        ...(column.numberFormat ? { numberFormat: column.numberFormat } : {}),
      })),
      freeze: { rows: 1, columns: table.freezeColumns },
      tables: [{ name: table.tableName, address: rangeA1({ row: 0, column: 0 }, values.length, width), style: TABLE_STYLE, showBandedRows: true, showFilterButton: true }],
      styles,
      rowGroups,
      rowGroupSummary: "above",
    },
  };
}

interface SheetContext {
  readonly labels: PlanSheetLabels;
  readonly agencyName: (id: AgencyId) => string;
  /** Who holds the duty of these leads today, after the successions. */
  readonly currentLead: (lead: readonly AgencyId[]) => string | null;
  readonly reviewSubjects: ReadonlySet<string>;
}

function agencyNames(ids: readonly AgencyId[], agencyName: (id: AgencyId) => string): string | null {
  return ids.map(agencyName).join("; ") || null;
}

function buildTargetsSheet(catalog: PlanCatalog, names: PlanSheetNames, context: SheetContext): BuiltSheet {
  const { labels, agencyName, currentLead, reviewSubjects } = context;
  const l = labels.targets;
  type Row = { readonly target: Target; readonly indicator: Indicator | null };
  // Narrow enough to print one A4 landscape page wide at a readable scale; long texts wrap.
  // Numbers keep Excel's General format: 54.5 and 100000 show as written, years without separators.
  const columns: TableColumn<Row>[] = [
    { header: l.goal, width: 7, value: (row) => row.target.goal, goalHeading: "code" },
    { header: l.code, width: 8, value: (row) => row.target.code },
    { header: l.text, width: 50, wrap: true, value: (row) => row.target.text, goalHeading: "title" },
    { header: l.quantitative, width: 9, value: (row) => (row.target.quantitative ? labels.yes : labels.no) },
    { header: l.label, width: 24, wrap: true, value: (row) => row.indicator?.label ?? null },
    { header: l.unit, width: 10, wrap: true, value: (row) => row.indicator?.unit ?? null },
    { header: l.comparator, width: 10, value: (row) => (row.indicator?.comparator ? labels.comparator[row.indicator.comparator] : null) },
    { header: l.value, width: 8, value: (row) => row.indicator?.value ?? null },
    { header: l.valueMax, width: 8, value: (row) => row.indicator?.valueMax ?? null },
    { header: l.year, width: 6, value: (row) => row.indicator?.year ?? null },
    { header: l.direction, width: 9, value: (row) => (row.indicator?.direction ? labels.direction[row.indicator.direction] : null) },
    { header: l.lead, width: 22, wrap: true, value: (row) => agencyNames(row.target.lead, agencyName) },
    { header: l.partners, width: 30, wrap: true, value: (row) => agencyNames(row.target.partners, agencyName) },
    { header: l.currentLead, width: 22, wrap: true, value: (row) => currentLead(row.target.lead) },
    { header: l.review, width: 7, value: (row) => (reviewSubjects.has(`target:${row.target.code}`) ? labels.yes : null) },
    { header: l.line, width: 7, value: (row) => row.target.source?.line ?? null },
  ];
  const groups = groupByGoal(catalog.goals, catalog.targets, (target) => target.goal).map(({ goal, members }) => ({
    goal,
    rows: members.flatMap((target) => (target.indicators.length > 0 ? target.indicators : [null]).map((indicator) => ({ target, indicator }))),
  }));
  const { spec, rows } = buildGroupedTableSheet({ name: names.sheets.targets, tableName: names.tables.targets, columns, groups, freezeColumns: 2 });
  return { headerRows: 1, sheet: { role: "targets", rows, spec } };
}

function buildTasksSheet(catalog: PlanCatalog, names: PlanSheetNames, context: SheetContext): BuiltSheet {
  const { labels, agencyName, currentLead, reviewSubjects } = context;
  const l = labels.tasks;
  const columns: TableColumn<Task>[] = [
    { header: l.id, width: 8, value: (task) => task.id },
    { header: l.goal, width: 7, value: (task) => task.goal, goalHeading: "code" },
    { header: l.target, width: 8, value: (task) => task.target },
    { header: l.group, width: 20, wrap: true, value: (task) => task.group },
    { header: l.text, width: 55, wrap: true, value: (task) => task.text, goalHeading: "title" },
    { header: l.lead, width: 22, wrap: true, value: (task) => agencyNames(task.lead, agencyName) },
    { header: l.partners, width: 30, wrap: true, value: (task) => agencyNames(task.partners, agencyName) },
    { header: l.currentLead, width: 22, wrap: true, value: (task) => currentLead(task.lead) },
    { header: l.dueText, width: 14, wrap: true, value: (task) => task.due.text },
    { header: l.dueKind, width: 10, value: (task) => labels.dueKind[task.due.kind] },
    { header: l.dueFrom, width: 7, value: (task) => task.due.from },
    { header: l.dueTo, width: 7, value: (task) => task.due.to },
    { header: l.dueBy, width: 11, numberFormat: DATE_FORMAT, value: (task) => (task.due.by ? isoDateToSerial(task.due.by) : null) },
    { header: l.outputs, width: 30, wrap: true, value: (task) => task.outputs.join("\n") || null },
    { header: l.review, width: 7, value: (task) => (reviewSubjects.has(`task:${task.id}`) ? labels.yes : null) },
    { header: l.line, width: 7, value: (task) => task.source?.line ?? null },
  ];
  const groups = groupByGoal(catalog.goals, catalog.tasks, (task) => task.goal).map(({ goal, members }) => ({ goal, rows: members }));
  const { spec, rows } = buildGroupedTableSheet({ name: names.sheets.tasks, tableName: names.tables.tasks, columns, groups, freezeColumns: 1 });
  return { headerRows: 1, sheet: { role: "tasks", rows, spec } };
}

function buildAssignmentsSheet(catalog: PlanCatalog, names: PlanSheetNames, labels: PlanSheetLabels, options: PlanSheetOptions): BuiltSheet {
  const l = labels.assignments;
  const matrix = buildAssignmentMatrix(catalog);
  const width = FIXED_MATRIX_COLUMNS + matrix.agencies.length;
  const agencyHeaders = uniqueHeaders(matrix.agencies.map((column) => options.agencies.get(column.agency)?.name ?? column.agency));
  const agencyHeaderHeight = Math.max(MIN_HEADER_HEIGHT, ...agencyHeaders.map((header) => heightForUprightText(header, { bold: true })));
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
  const sheet: PlanSheet = {
    role: "assignments",
    rows: matrix.items.length,
    spec: {
      name: names.sheets.assignments,
      values,
      // Agency names turn upright so that their columns take the width of "CT", and the matrix prints one page wide.
      columns: [{ width: 7 }, { width: 9 }, { width: 8 }, { width: 40, wrap: true }, ...matrix.agencies.map(() => ({ width: AGENCY_COLUMN_WIDTH }))],
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
        { ...headerStyle(headerRow, FIXED_MATRIX_COLUMNS), rowHeight: agencyHeaderHeight },
        ...(matrix.agencies.length > 0
          ? [
              {
                ...headerStyle(headerRow, matrix.agencies.length, FIXED_MATRIX_COLUMNS),
                rotation: 90,
                horizontal: "center" as const,
                vertical: "bottom" as const,
              },
            ]
          : []),
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
  return { headerRows: headerRow + 1, sheet };
}

/** The matrix is for finding who does what; the full text is on the targets and tasks sheets. */
const MATRIX_TEXT_LENGTH = 80;

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}

/** Goal, kind, code and text columns before the agency columns of the matrix. */
const FIXED_MATRIX_COLUMNS = 4;
/** Wide enough for "CT", "PH" and a three-digit count. */
const AGENCY_COLUMN_WIDTH = 4;
/** The fixed columns' headers need two lines at least. */
const MIN_HEADER_HEIGHT = 30;

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

function headerStyle(row: number, columns: number, first = 0): StyleSpec {
  return { address: rangeA1({ row, column: first }, 1, columns), bold: true, fill: HEADER_FILL, fontColor: HEADER_FONT, wrap: true, vertical: "center" };
}

function pad(rows: CellValue[][], width: number): CellValue[][] {
  return rows.map((row) => [...row, ...Array<CellValue>(Math.max(0, width - row.length)).fill(null)]);
}

function periodText(from: number | null, to: number | null): string | null {
  if (from === null && to === null) return null;
  return `${from ?? "…"} – ${to ?? "…"}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** "2025-02-28" → Excel's serial day number, so the cell is a real date. */
export function isoDateToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  return (Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) - EXCEL_EPOCH) / 86_400_000;
}

