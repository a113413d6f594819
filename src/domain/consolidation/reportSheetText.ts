import { formatDateVi } from "../text/vietnameseFormat";
import type { Language } from "../validation/validationMessages";
import { TASK_STATE_LABELS, TASK_STATE_LABELS_EN } from "./consolidationText";
import { TASK_LINE_STATES } from "./progressColumn";
import { SUMMARY_GROUP_LABELS } from "./progressMessages";
import { SUMMARY_GROUPS } from "./progressStatus";

/**
 * The report sheets' titles, lines under them and column headers, apart from the builders in reportSheets.ts:
 * Vietnamese, as consolidationText.ts holds the report's other wording. Each header list is in column order.
 */

export const REPORT_DOCUMENT_TITLE = (year: number) => `Báo cáo tổng hợp năm ${year}`;

export const SUMMARY_TEXT = {
  title: (year: number) => `Tổng hợp tình hình thực hiện năm ${year}`,
  subtitle: (registerLine: string) =>
    `Theo mục tiêu (chỉ tiêu và nhiệm vụ), rồi theo cơ quan chủ trì (nhiệm vụ). ${registerLine}`,
  otherGoal: "Khác",
  goalHeaders: { goal: "Mục tiêu", title: "Nội dung", items: "Chỉ tiêu và phần việc" },
  agencyHeading: "Theo cơ quan chủ trì",
  agencyHeaders: { agency: "Mã cơ quan", name: "Cơ quan", tasks: "Phần việc chủ trì" },
  overdue: "Quá hạn",
  completionRate: "Tỷ lệ hoàn thành",
} as const;

/** The summary's charts: by goal (the count columns of the goal table), by lead agency (the task states). */
export const SUMMARY_CHART_IDS = ["goals", "agencies"] as const;
export type SummaryChartId = (typeof SUMMARY_CHART_IDS)[number];

const SUMMARY_CHART_TITLES: Readonly<Record<SummaryChartId, Readonly<Record<Language, string>>>> = {
  goals: { vi: "Tình hình thực hiện theo mục tiêu", en: "Progress by goal" },
  agencies: { vi: "Nhiệm vụ theo tình trạng, từng cơ quan chủ trì", en: "Tasks by status, for each lead agency" },
};

/**
 * A summary chart's title and series names, in its series' order, in a language: the report's are Vietnamese, the
 * pane draws the same charts in its own language.
 */
export function summaryChartWords(id: SummaryChartId, language: Language): { title: string; series: string[] } {
  const title = SUMMARY_CHART_TITLES[id][language];
  if (id === "goals") return { title, series: SUMMARY_GROUPS.map((group) => SUMMARY_GROUP_LABELS[group][language]) };
  const states = language === "vi" ? TASK_STATE_LABELS : TASK_STATE_LABELS_EN;
  return { title, series: TASK_LINE_STATES.map((state) => states[state]) };
}

export function isSummaryChartId(id: string | undefined): id is SummaryChartId {
  return (SUMMARY_CHART_IDS as readonly (string | undefined)[]).includes(id);
}

export const registerLineText = (merged: number, expected: number) =>
  `${merged}/${expected} cơ quan có báo cáo được tổng hợp.`;

export const REGISTER_TEXT = {
  title: (year: number) => `Sổ theo dõi báo cáo năm ${year}`,
  subtitle: (dueOn: string | null, registerLine: string) =>
    `${dueOn ? `Hạn gửi ${formatDateVi(dueOn)}. ` : ""}${registerLine} Báo cáo gửi lại: bản mới nhất tổng hợp được sẽ được dùng, các bản khác vẫn ghi ở đây.`,
  headers: [
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
  ],
  unmatchedHeading: "Tệp không thuộc cơ quan nào phải báo cáo",
  /** One sending in the last column: its file, date, role, and whether it was included or had errors. */
  submission: (file: string, submittedOn: string | null, role: string, included: string | null, errors: number) =>
    `${file}${submittedOn ? ` (${formatDateVi(submittedOn)})` : ""}: ${role}${included ? `, ${included}` : ""}${errors > 0 ? `, ${errors} lỗi` : ""}`,
} as const;

export const CHASE_TEXT = {
  title: (count: number) => `Cơ quan cần đôn đốc (${count})`,
  subtitle: "Chưa gửi, chưa tổng hợp được, hoặc báo cáo còn thiếu dòng hay còn lỗi.",
  headers: [
    "STT",
    "Cơ quan",
    "Tình trạng",
    "Số dòng còn thiếu",
    "Các dòng còn thiếu",
    "Số lỗi cần sửa",
    "Lỗi cần sửa (trang, ô: nội dung)",
  ],
  /** The end of a list cut short: how many more items the count holds. */
  more: (count: number) => `… (${count} nữa)`,
} as const;

export const INDICATOR_TEXT = {
  title: (year: number) => `Chỉ tiêu: kết quả năm ${year}`,
  subtitle: "Mỗi chỉ tiêu với số liệu cơ quan chủ trì báo cáo và tình trạng tiến độ so với mục tiêu.",
  headers: [
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
  ],
} as const;

export const TASK_TEXT = {
  title: (year: number) => `Nhiệm vụ: tình hình thực hiện năm ${year}`,
  subtitle: "Mỗi nhiệm vụ với báo cáo của từng cơ quan chủ trì và ý kiến các cơ quan phối hợp.",
  headers: [
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
  ],
  overdue: "Quá hạn",
} as const;

/** A cell's place in a return, as the tables name their sources. */
export const sourceText = (source: { file: string; sheet: string; address: string }) =>
  `${source.file}: ${source.sheet}!${source.address}`;

/** The draft's lines set in bold: its part numbers, its title and each goal's heading. */
export const DRAFT_HEADING = /^(I|II|III|IV|V)\. |^BÁO CÁO |^Mục tiêu /;
