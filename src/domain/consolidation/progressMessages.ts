import { formatNumberVi } from "../text/vietnameseFormat";
import type { Language } from "../validation/validationMessages";
import type {
  ProgressAssessment,
  ProgressBasis,
  ProgressProfileId,
  ProgressReason,
  ProgressStatus,
  ReportGroup,
  SummaryGroup,
} from "./progressStatus";
import type { TaskRollUp } from "./rollUpTaskStatuses";

/** The words for statuses, report groups and the numbers behind a status, Vietnamese first. */

export const PROGRESS_STATUS_LABELS: Readonly<Record<ProgressStatus, Readonly<Record<Language, string>>>> = {
  target_achieved: { vi: "Đã đạt mục tiêu", en: "Target achieved" },
  substantial_progress: { vi: "Đúng tiến độ", en: "On track" },
  moderate_progress: { vi: "Có tiến bộ, cần đẩy nhanh", en: "Progress made, acceleration needed" },
  limited_progress: { vi: "Tiến bộ hạn chế", en: "Limited progress" },
  deterioration: { vi: "Đi ngược mục tiêu", en: "Deterioration" },
  not_achieved: { vi: "Không đạt (đã hết thời hạn)", en: "Not achieved by the target year" },
  insufficient_data: { vi: "Chưa đủ số liệu để đánh giá", en: "Insufficient data" },
  not_reported: { vi: "Chưa báo cáo", en: "Not reported" },
};

export const PROGRESS_PROFILE_LABELS: Readonly<Record<ProgressProfileId, Readonly<Record<Language, string>>>> = {
  default: { vi: "Mặc định (Open SDG, Thống kê Canada)", en: "Default (Open SDG, Statistics Canada)" },
  unsd: { vi: "UNSD (Biểu đồ tiến độ SDG của Liên Hợp Quốc)", en: "UNSD (UN SDG Progress Chart)" },
};

export const REPORT_GROUP_LABELS: Readonly<Record<ReportGroup, Readonly<Record<Language, string>>>> = {
  achieved: { vi: "Đã đạt", en: "Achieved" },
  on_track: { vi: "Đúng tiến độ", en: "On track" },
  at_risk: { vi: "Có nguy cơ không đạt", en: "At risk" },
  off_track: { vi: "Chậm tiến độ, khó đạt", en: "Off track" },
  not_reported: { vi: "Chưa báo cáo hoặc chưa đủ số liệu", en: "Not reported or insufficient data" },
};

/** Fills for status cells and chart series: green to red, grey when nothing can be said. */
export const REPORT_GROUP_COLORS: Readonly<Record<ReportGroup, string>> = {
  achieved: "#2E7D32",
  on_track: "#8BC34A",
  at_risk: "#FFC107",
  off_track: "#E53935",
  not_reported: "#BDBDBD",
};

/** The report's count columns: the groups, with "not reported" and "insufficient data" each under its own name. */
export const SUMMARY_GROUP_LABELS: Readonly<Record<SummaryGroup, Readonly<Record<Language, string>>>> = {
  achieved: REPORT_GROUP_LABELS.achieved,
  on_track: REPORT_GROUP_LABELS.on_track,
  at_risk: REPORT_GROUP_LABELS.at_risk,
  off_track: REPORT_GROUP_LABELS.off_track,
  insufficient_data: PROGRESS_STATUS_LABELS.insufficient_data,
  needs_correction: { vi: "Cần sửa", en: "Needs correction" },
  not_reported: PROGRESS_STATUS_LABELS.not_reported,
};

export const SUMMARY_GROUP_COLORS: Readonly<Record<SummaryGroup, string>> = {
  ...REPORT_GROUP_COLORS,
  insufficient_data: "#8C8C8C",
  needs_correction: "#8E24AA",
  not_reported: REPORT_GROUP_COLORS.not_reported,
};

export const PROGRESS_REASON_LABELS: Readonly<Record<ProgressReason, Readonly<Record<Language, string>>>> = {
  no_observations: { vi: "chưa có số liệu năm nào", en: "no year has a value" },
  not_reported_this_year: { vi: "không có số liệu năm báo cáo", en: "no value for the reporting year" },
  single_point: { vi: "mới có một năm số liệu", en: "only one year of data" },
  period_not_started: { vi: "giai đoạn chưa bắt đầu", en: "the period has not started" },
  no_data_in_period: { vi: "không có số liệu trong giai đoạn", en: "no value within the period" },
  target_year_passed: { vi: "đã đến năm mục tiêu mà chưa đạt", en: "the target year has come and the target is not met" },
  period_over: { vi: "giai đoạn đã kết thúc mà chưa đạt", en: "the period is over and the target is not met" },
  total_exceeded: { vi: "tổng đã vượt mức tối đa", en: "the total is over the cap" },
  left_range: { vi: "đã ra khỏi khoảng mục tiêu", en: "the value left the target range" },
  crossed_zero: { vi: "giá trị đổi dấu, đi ngược mục tiêu", en: "the value changed sign, away from the target" },
  not_computable: { vi: "không tính được tốc độ", en: "the growth cannot be computed" },
};

export function progressStatusLabel(status: ProgressStatus, language: Language = "vi"): string {
  return PROGRESS_STATUS_LABELS[status][language];
}

export function reportGroupLabel(group: ReportGroup, language: Language = "vi"): string {
  return REPORT_GROUP_LABELS[group][language];
}

const WORDS = {
  vi: {
    baseline: "mốc", year: "năm", target: "mục tiêu", by: "năm", within: "trong khoảng", ratio: "tỷ số",
    actual: "thực tế", needed: "cần", perYear: "/năm", average: "bình quân", total: "lũy kế", projected: "ước cả giai đoạn",
    missing: "thiếu số liệu năm", lastReported: "số liệu gần nhất năm", period: "giai đoạn", capped: "giá trị vượt mức tối đa được tính bằng mức tối đa",
  },
  en: {
    baseline: "baseline", year: "", target: "target", by: "by", within: "within", ratio: "ratio",
    actual: "actual", needed: "needed", perYear: "/year", average: "average", total: "total", projected: "projected for the period",
    missing: "no data for", lastReported: "last reported", period: "over", capped: "values above the maximum count as the maximum",
  },
} as const;

/**
 * The numbers behind a status, for the draft report: "Mốc 2020: 12,5%; năm 2024: 10,1%; mục tiêu < 5% năm 2030;
 * thực tế -4,7%/năm, cần -7,9%/năm (tỷ số 0,59)."
 */
export function describeProgress(assessment: ProgressAssessment, unit: string | null = null, language: Language = "vi"): string {
  const basis = assessment.basis;
  const words = WORDS[language];
  const amount = (value: number) => `${number(value, language)}${unitText(unit)}`;
  const parts = basis.reason === "not_reported_this_year" && basis.latest
    ? [`${words.lastReported} ${basis.latest.year}: ${amount(basis.latest.value)}`]
    : basis.period ? periodParts(basis, amount, language) : levelParts(basis, amount, language);
  parts.push(`${words.target} ${targetText(basis, amount, language)}`);
  const growth = growthText(basis, unit, language);
  if (growth) parts.push(growth);
  // Rounded down, so 0,947 (below 0,95) never reads as 0,95.
  if (assessment.ratio !== null) parts.push(`${words.ratio} ${number(Math.floor(assessment.ratio * 100) / 100, language)}`);
  if (basis.period && basis.period.missingYears.length > 0) parts.push(`${words.missing} ${basis.period.missingYears.join(", ")}`);
  if (basis.clamped) parts.push(words.capped);
  if (basis.reason) parts.push(PROGRESS_REASON_LABELS[basis.reason][language]);
  return `${capitalize(parts.join("; "))}.`;
}

function levelParts(basis: ProgressBasis, amount: (value: number) => string, language: Language): string[] {
  const words = WORDS[language];
  const parts: string[] = [];
  if (basis.baseline && basis.baseline.year !== basis.latest?.year) parts.push(`${words.baseline} ${basis.baseline.year}: ${amount(basis.baseline.value)}`);
  if (basis.latest) parts.push(`${words.year} ${basis.latest.year}: ${amount(basis.latest.value)}`.trim());
  return parts;
}

function periodParts(basis: ProgressBasis, amount: (value: number) => string, language: Language): string[] {
  const words = WORDS[language];
  const period = basis.period!;
  const last = period.years.at(-1);
  if (last === undefined) return [];
  const span = `${period.from}–${last}`;
  if (period.average !== null) return [`${words.average} ${span}: ${amount(round(period.average, 2))}`];
  const parts = period.total !== null ? [`${words.total} ${span}: ${amount(round(period.total, 2))}`] : [];
  if (period.projectedTotal !== null && last < period.to) parts.push(`${words.projected}: ${amount(round(period.projectedTotal, 2))}`);
  return parts;
}

function targetText(basis: ProgressBasis, amount: (value: number) => string, language: Language): string {
  const words = WORDS[language];
  const target = basis.target;
  const range = target.valueMax !== null ? `${number(target.value, language)}–${amount(target.valueMax)}` : null;
  const when = basis.period ? `${words.period} ${basis.period.from}–${basis.period.to}` : `${words.by} ${target.year}`;
  if (target.direction === "within") return `${words.within} ${range ?? amount(target.value)} ${when}`;
  if (range) return `${range} ${when}`;
  const sign = target.direction === "increase" ? (target.strict ? ">" : "≥") : target.strict ? "<" : "≤";
  return `${sign} ${amount(target.value)} ${when}`;
}

function growthText(basis: ProgressBasis, unit: string | null, language: Language): string | null {
  const growth = basis.growth;
  if (!growth || growth.actual === null) return null;
  const words = WORDS[language];
  const rate = (value: number) =>
    growth.model === "compound"
      ? `${number(round(value * 100, 1), language)}%${words.perYear}`
      : `${number(round(value, 2), language)}${unitText(unit)}${words.perYear}`;
  return `${words.actual} ${rate(growth.actual)}, ${words.needed} ${rate(growth.required)}`;
}

/** "3/5 nhiệm vụ đã hoàn thành (1 chậm), 1 đúng tiến độ, 1 chậm tiến độ, 0 chưa triển khai, 0 chưa báo cáo." */
export function describeTaskRollUp(rollUp: TaskRollUp, language: Language = "vi"): string {
  const c = rollUp.counts;
  const finished = c.done + c.doneLate;
  if (language === "en") {
    return `${finished}/${c.total} tasks done (${c.doneLate} late), ${c.onSchedule} on schedule, ${c.behind} behind, ${c.notStarted} not started, ${c.notReported} not reported; ${c.overdue} overdue.`;
  }
  return `${finished}/${c.total} nhiệm vụ đã hoàn thành (${c.doneLate} hoàn thành chậm), ${c.onSchedule} đúng tiến độ, ${c.behind} chậm tiến độ, ${c.notStarted} chưa triển khai, ${c.notReported} chưa báo cáo; ${c.overdue} quá hạn.`;
}

function number(value: number, language: Language): string {
  return language === "vi" ? formatNumberVi(value) : String(value);
}

function unitText(unit: string | null): string {
  if (!unit) return "";
  return unit.startsWith("%") || unit.startsWith("/") ? unit : ` ${unit}`;
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
