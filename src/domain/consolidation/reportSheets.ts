import type { PlanCatalog } from "../catalog/types";
import { rangeA1, toA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { isoToSerial } from "../grid/excelDates";
import { presentSheet } from "../sheet/presentation";
import type { ChartSpec, ColumnSpec, SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import { formatDateVi } from "../text/vietnameseFormat";
import type { ConsolidatedTables } from "./consolidateTables";
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
import { TASK_LINE_STATES } from "./progressColumn";
import { progressBasisText } from "./progressBasisText";
import { PROGRESS_STATUS_LABELS, SUMMARY_GROUP_COLORS, SUMMARY_GROUP_LABELS } from "./progressMessages";
import { PROGRESS_PROFILES, SUMMARY_GROUPS, summaryGroup, type ProgressProfile } from "./progressStatus";
import type { SubmissionRegister } from "./submissionRegister";
import { OTHER, type Summaries } from "./summaries";

/**
 * The report workbook's sheets, as data: summary (with its charts), register, chase list, indicators, tasks, the
 * draft text and the long-format data. Each goes through presentSheet. Values from returns are plain text cells;
 * the adapters keep text that looks like a formula as text.
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

const STATE_COLORS: Readonly<Record<(typeof TASK_LINE_STATES)[number], string>> = {
  done: "#2E7D32",
  done_late: "#8BC34A",
  on_schedule: "#81C784",
  behind: "#FFB300",
  not_started: "#E53935",
  not_reported: "#D9D9D9",
};

export function buildReportSheets(input: ReportSheetsInput): SheetSpec[] {
  const name = (role: ReportSheetRole) => input.names?.[role] ?? SHEET_TITLES[role];
  const documentTitle = `Báo cáo tổng hợp năm ${input.year}`;
  const present = (spec: SheetSpec, headerRows: number) => presentSheet(spec, { documentTitle, headerRows });
  return [
    present(summarySheet(name("summary"), input), 3),
    present(registerSheet(name("register"), input), 3),
    present(chaseSheet(name("chase"), input), 3),
    present(indicatorSheet(name("indicators"), input), 3),
    present(taskSheet(name("tasks"), input), 3),
    present(draftSheet(name("draft"), input.draft), 0),
    present(historySheet(name("history"), input.history), 1),
    buildMethodSheet(input.profile ?? PROGRESS_PROFILES.default, { documentTitle, name: name("method") }),
  ];
}

/** A title, a line under it, a header row (row 3) and the body: the shape of every table sheet here. */
function tableSheet(
  name: string,
  title: string,
  subtitle: string,
  headers: readonly string[],
  body: readonly (readonly CellValue[])[],
  columns: readonly ColumnSpec[],
  extra: Partial<SheetSpec> = {},
): SheetSpec {
  const styles: StyleSpec[] = [
    TITLE_ROW,
    { address: rangeA1({ row: 2, column: 0 }, 1, headers.length), bold: true, fill: HEADER_FILL, wrap: true },
    ...(extra.styles ?? []),
  ];
  return {
    name,
    values: [[title], [subtitle], [...headers], ...body],
    columns,
    freeze: { rows: 3, columns: 0 },
    ...extra,
    styles,
  };
}

function summarySheet(name: string, input: ReportSheetsInput): SheetSpec {
  const many = input.plans.length > 1;
  const goalHeaders = [
    "Mục tiêu",
    "Nội dung",
    ...SUMMARY_GROUPS.map((group) => SUMMARY_GROUP_LABELS[group].vi),
    "Chỉ tiêu và phần việc",
    "Quá hạn",
    "Tỷ lệ hoàn thành",
  ];
  const goalRows = input.summaries.byGoal.map((goal) => [
    goal.goal === OTHER ? "Khác" : many ? `${goal.plan}: ${goal.goal}` : goal.goal,
    goal.goal === OTHER ? OTHER_GOAL_TITLE : goal.title,
    ...SUMMARY_GROUPS.map((group) => goal.byGroup[group]),
    goal.indicators + goal.tasks,
    goal.overdue,
    goal.completionRate,
  ]);
  const agencyStart = 3 + goalRows.length + 2;
  const agencyHeaders = [
    "Mã cơ quan",
    "Cơ quan",
    ...TASK_LINE_STATES.map((state) => TASK_STATE_LABELS[state]),
    "Phần việc chủ trì",
    "Quá hạn",
    "Tỷ lệ hoàn thành",
  ];
  const agencyRows = input.summaries.byAgency
    .filter((agency) => agency.tasks > 0)
    .map((agency) => [
      agency.agency,
      agency.name,
      ...TASK_LINE_STATES.map((state) => agency.tasksByState[state]),
      agency.tasks,
      agency.overdue,
      agency.completionRate,
    ]);
  const values = [
    [`Tổng hợp tình hình thực hiện năm ${input.year}`],
    [`Theo mục tiêu (chỉ tiêu và nhiệm vụ), rồi theo cơ quan chủ trì (nhiệm vụ). ${registerLine(input.register)}`],
    goalHeaders,
    ...goalRows,
    [],
    ["Theo cơ quan chủ trì"],
    agencyHeaders,
    ...agencyRows,
  ];
  const width = goalHeaders.length;
  const styles: StyleSpec[] = [
    TITLE_ROW,
    { address: rangeA1({ row: 2, column: 0 }, 1, width), bold: true, fill: HEADER_FILL, wrap: true },
    { address: toA1({ row: agencyStart - 1, column: 0 }), bold: true },
    { address: rangeA1({ row: agencyStart, column: 0 }, 1, width), bold: true, fill: HEADER_FILL, wrap: true },
  ];
  const columns: ColumnSpec[] = [
    { width: 14 },
    { width: 40 },
    ...SUMMARY_GROUPS.map(() => ({ width: 11 })),
    { width: 11 },
    { width: 9 },
    { width: 11, numberFormat: "0%" },
  ];
  const charts: ChartSpec[] = [];
  if (goalRows.length > 0) {
    const first = 3;
    const last = 3 + goalRows.length - 1;
    charts.push({
      kind: "columnStacked",
      title: "Tình hình thực hiện theo mục tiêu",
      from: toA1({ row: 1, column: width + 1 }),
      to: toA1({ row: 21, column: width + 10 }),
      categories: `${colRange(0, first, last)}`,
      series: SUMMARY_GROUPS.map((group, index) => ({
        name: SUMMARY_GROUP_LABELS[group].vi,
        values: colRange(2 + index, first, last),
        color: SUMMARY_GROUP_COLORS[group],
      })),
    });
  }
  if (agencyRows.length > 0) {
    const first = agencyStart + 1;
    const last = agencyStart + agencyRows.length;
    charts.push({
      kind: "barStacked",
      title: "Nhiệm vụ theo tình trạng, từng cơ quan chủ trì",
      from: toA1({ row: 23, column: width + 1 }),
      to: toA1({ row: 23 + Math.max(16, agencyRows.length + 4), column: width + 10 }),
      categories: colRange(1, first, last),
      series: TASK_LINE_STATES.map((state, index) => ({
        name: TASK_STATE_LABELS[state],
        values: colRange(2 + index, first, last),
        color: STATE_COLORS[state],
      })),
    });
  }
  return { name, values, columns, styles, freeze: { rows: 3, columns: 0 }, charts };
}

function colRange(column: number, firstRow: number, lastRow: number): string {
  return `${toA1({ row: firstRow, column })}:${toA1({ row: lastRow, column })}`;
}

function registerLine(register: SubmissionRegister): string {
  const merged = register.entries.filter((entry) => entry.used !== null).length;
  return `${merged}/${register.entries.length} cơ quan có báo cáo được tổng hợp.`;
}

function dateCell(iso: string | null): CellValue {
  return iso === null ? null : isoToSerial(iso.slice(0, 10));
}

function registerSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const { register } = input;
  const headers = [
    "STT",
    "Cơ quan",
    "Mã cơ quan",
    "Tình trạng",
    "Tệp dùng để tổng hợp",
    "Ngày gửi",
    "Hạn gửi",
    "Số lỗi",
    "Số cảnh báo",
    "Dòng còn thiếu",
    "Số dòng phải báo cáo",
    "Các lần gửi",
  ];
  const body: CellValue[][] = register.entries.map((entry, index) => {
    const usedRecord = entry.submissions.find((record) => record.role === "used");
    return [
      index + 1,
      entry.name,
      entry.agency,
      STATE_LABELS[entry.state],
      entry.used?.file ?? null,
      dateCell(entry.submittedOn),
      dateCell(register.dueOn),
      usedRecord?.errors ?? null,
      usedRecord?.warnings ?? null,
      entry.owes.rows.length,
      entry.expectedRows,
      entry.submissions
        .map(
          (record) =>
            `${record.file}${record.submittedOn ? ` (${formatDateVi(record.submittedOn)})` : ""}: ${ROLE_LABELS[record.role]}${record.included ? `, ${INCLUDED_LABEL}` : ""}${record.errors > 0 ? `, ${record.errors} lỗi` : ""}`,
        )
        .join("\n") || null,
    ];
  });
  const unmatched: CellValue[][] =
    register.unmatched.length === 0
      ? []
      : [
          [],
          ["Tệp không thuộc cơ quan nào phải báo cáo"],
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
  const due = register.dueOn ? `Hạn gửi ${formatDateVi(register.dueOn)}. ` : "";
  const columns: ColumnSpec[] = [
    { width: 5 },
    { width: 34 },
    { width: 20 },
    { width: 22 },
    { width: 30 },
    { width: 11, numberFormat: DATE_FORMAT },
    { width: 11, numberFormat: DATE_FORMAT },
    { width: 7 },
    { width: 9 },
    { width: 9 },
    { width: 9 },
    { width: 50 },
  ];
  return tableSheet(
    name,
    `Sổ theo dõi báo cáo năm ${input.year}`,
    `${due}${registerLine(register)} Báo cáo gửi lại: bản mới nhất tổng hợp được sẽ được dùng, các bản khác vẫn ghi ở đây.`,
    headers,
    [...body, ...unmatched],
    columns,
  );
}

/** Rows and errors an agency must still send or fix: listed up to this many each, the counts say the rest. */
const LISTED = 30;

function chaseSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const headers = [
    "STT",
    "Cơ quan",
    "Tình trạng",
    "Số dòng còn thiếu",
    "Các dòng còn thiếu",
    "Số lỗi cần sửa",
    "Lỗi cần sửa (trang, ô: nội dung)",
  ];
  const body = input.register.chase.map((entry, index) => [
    index + 1,
    entry.name,
    STATE_LABELS[entry.state],
    entry.owes.rows.length,
    listed(entry.owes.rows.map((row) => row.code.replace(/#\d+$/, (n) => (n === "#0" ? "" : n)))),
    entry.owes.errors.length,
    listed(
      entry.owes.errors.map(
        (issue) =>
          `${issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ""}: ` : ""}${issue.message ?? issue.code}`,
      ),
      "\n",
    ),
  ]);
  const columns: ColumnSpec[] = [
    { width: 5 },
    { width: 34 },
    { width: 22 },
    { width: 10 },
    { width: 40 },
    { width: 9 },
    { width: 60 },
  ];
  return tableSheet(
    name,
    `Cơ quan cần đôn đốc (${input.register.chase.length})`,
    "Chưa gửi, chưa tổng hợp được, hoặc báo cáo còn thiếu dòng hay còn lỗi.",
    headers,
    body,
    columns,
  );
}

function listed(items: readonly string[], separator = ", "): string | null {
  if (items.length === 0) return null;
  const shown = items.slice(0, LISTED).join(separator);
  return items.length > LISTED ? `${shown}${separator}… (${items.length - LISTED} nữa)` : shown;
}

function indicatorSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const headers = [
    "Kế hoạch",
    "Mục tiêu",
    "Mã",
    "Mục tiêu, chỉ tiêu",
    "Giá trị cần đạt",
    "Đơn vị",
    "Giá trị mục tiêu",
    "Năm mục tiêu",
    "Mốc so sánh",
    "Cơ quan chủ trì",
    "Kết quả đến thời gian chốt",
    "Ước cả năm",
    "Nguồn số liệu",
    "Tự đánh giá",
    "Tình trạng tiến độ",
    "Căn cứ đánh giá",
    "Ghi chú",
    "Nguồn (tệp, trang, ô)",
  ];
  const body = input.tables.indicators.map((line) => [
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
    PROGRESS_STATUS_LABELS[line.progress.status].vi,
    progressBasisText(line),
    line.note,
    line.source ? `${line.source.file}: ${line.source.sheet}!${line.source.address}` : null,
  ]);
  const columns: ColumnSpec[] = [
    { width: 16 },
    { width: 8 },
    { width: 9 },
    { width: 45 },
    { width: 30 },
    { width: 10 },
    { width: 12 },
    { width: 8 },
    { width: 16 },
    { width: 24 },
    { width: 12 },
    { width: 12 },
    { width: 20 },
    { width: 20 },
    { width: 16 },
    { width: 40, wrap: true },
    { width: 24 },
    { width: 30 },
  ];
  return tableSheet(
    name,
    `Chỉ tiêu: kết quả năm ${input.year}`,
    "Mỗi chỉ tiêu với số liệu cơ quan chủ trì báo cáo và tình trạng tiến độ so với mục tiêu.",
    headers,
    body,
    columns,
  );
}

function taskSheet(name: string, input: ReportSheetsInput): SheetSpec {
  const headers = [
    "Kế hoạch",
    "Mục tiêu",
    "Nhóm nhiệm vụ",
    "Mã",
    "Nhiệm vụ",
    "Thời hạn",
    "Cơ quan chủ trì",
    "Tình trạng",
    "Tỷ lệ hoàn thành (%)",
    "Ngày hoàn thành",
    "Văn bản, sản phẩm",
    "Khó khăn, vướng mắc",
    "Đề xuất, kiến nghị",
    "Ý kiến cơ quan phối hợp",
    "Quá hạn",
    "Đánh giá",
    "Nguồn (tệp, trang, ô)",
  ];
  const body = input.tables.tasks.map((line) => [
    line.plan,
    line.goal,
    line.group,
    line.task.id,
    line.task.text,
    line.due,
    line.agencyName,
    line.statusLabel ?? TASK_STATE_LABELS.not_reported,
    line.percent,
    dateCell(line.completedOn),
    line.products,
    line.difficulties,
    line.proposals,
    line.partnerNotes.join("\n") || null,
    line.overdue ? "Quá hạn" : null,
    SUMMARY_GROUP_LABELS[summaryGroup(line.progress)].vi,
    line.source ? `${line.source.file}: ${line.source.sheet}!${line.source.address}` : null,
  ]);
  const columns: ColumnSpec[] = [
    { width: 16 },
    { width: 8 },
    { width: 24 },
    { width: 8 },
    { width: 50 },
    { width: 12 },
    { width: 24 },
    { width: 18 },
    { width: 10 },
    { width: 11, numberFormat: DATE_FORMAT },
    { width: 26 },
    { width: 30 },
    { width: 30 },
    { width: 36 },
    { width: 9 },
    { width: 14 },
    { width: 30 },
  ];
  return tableSheet(
    name,
    `Nhiệm vụ: tình hình thực hiện năm ${input.year}`,
    "Mỗi nhiệm vụ với báo cáo của từng cơ quan chủ trì và ý kiến các cơ quan phối hợp.",
    headers,
    body,
    columns,
  );
}

function draftSheet(name: string, draft: readonly string[]): SheetSpec {
  const headings = draft.flatMap((line, index) =>
    /^(I|II|III|IV|V)\. |^BÁO CÁO |^Mục tiêu /.test(line)
      ? [{ address: toA1({ row: index, column: 0 }), bold: true }]
      : [],
  );
  return { name, values: draft.map((line) => [line]), columns: [{ width: 110, wrap: true }], styles: headings };
}

function historySheet(name: string, history: readonly HistoryRow[]): SheetSpec {
  const columns: ColumnSpec[] = [
    { width: 24 },
    { width: 10 },
    { width: 40 },
    { width: 22 },
    { width: 7 },
    { width: 12 },
    { width: 40 },
  ];
  return {
    name,
    values: historyGrid(history),
    columns,
    freeze: { rows: 1, columns: 0 },
    styles: [{ address: rangeA1({ row: 0, column: 0 }, 1, columns.length), bold: true, fill: HEADER_FILL }],
  };
}
