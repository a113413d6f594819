import type { AgencyState, SubmissionRole } from "../../domain/consolidation/submissionRegister";
import { SENT_DATE_EN, SENT_DATE_VI } from "./sentDateMessages";

/**
 * The consolidation panel's texts, Vietnamese first. Apart from messages.ts because only the panel's lazily loaded
 * chunk imports them: the first screen stays within its 200 KB budget. The report's own wording (sheet titles,
 * chart titles and series) is data, in Vietnamese, from src/domain/consolidation/consolidationText.ts and
 * reportSheetText.ts; the charts the panel draws take their words in the pane's language from summaryChartWords.
 */
const vi = {
  intro:
    "Tổng hợp báo cáo của các cơ quan thành báo cáo của tỉnh: sổ theo dõi, danh sách cần đôn đốc, bảng chỉ tiêu và nhiệm vụ, biểu đồ, dự thảo báo cáo.",
  plans: "Kế hoạch tổng hợp",
  plansHint: "Các kế hoạch khác của tỉnh {province} có trong mẫu biểu đã gửi.",
  plansLoading: "Đang tải các kế hoạch đã chọn…",
  year: "Năm báo cáo",
  yearInvalid: "Ghi năm bằng 4 chữ số, ví dụ 2026.",
  returns: "Báo cáo của các cơ quan",
  returnsHint:
    "Tệp .xlsx, .xls, .ods hoặc .csv. Ngày gửi lấy theo ngày lưu tệp; nếu khác ngày nhận thực tế, sửa ở ô “Ngày gửi”.",
  returnsPick: "Chọn tệp báo cáo…",
  returnsDrop: "Hoặc kéo thả các tệp vào đây",
  returnsNone: "Chưa chọn tệp nào.",
  ...SENT_DATE_VI,
  fileRemove: "Bỏ tệp {file}",
  fileInclude: "Tổng hợp cả tệp này dù có {count} lỗi cấu trúc",
  choiceChanged: "Lựa chọn đã đổi: bấm “{action}” lại để áp dụng.",
  history: "Báo cáo tổng hợp năm trước (không bắt buộc)",
  historyHint: "Tệp báo cáo năm trước (.xlsx) hoặc trang “Dữ liệu” xuất ra CSV: số liệu các năm được nối tiếp.",
  historyPick: "Chọn tệp năm trước…",
  historyRemove: "Bỏ tệp năm trước",
  profile: "Bộ ngưỡng đánh giá tiến độ",
  profileHint:
    "Ngưỡng xếp loại tiến độ đạt mục tiêu; trang “Phương pháp đánh giá” của báo cáo ghi rõ bộ ngưỡng đã dùng.",
  runFiles: "Tổng hợp và tải báo cáo (.xlsx)",
  runExcel: "Tổng hợp vào sổ tính",
  keptSheets: "Sổ tính đã có trang trùng tên mà tiện ích không ghi, nên được giữ nguyên: {sheets}.",
  keptSheet: "“{sheet}” (báo cáo ghi vào “{used}”)",
  reading: "Đang đọc tệp {done}/{total}: {file}",
  consolidating: "Đang kiểm tra và tổng hợp…",
  doneFile: "Đã tạo {fileName} để tải về.",
  doneSheets: "Đã ghi báo cáo vào các trang: {sheets}.",
  unreadable: "Không đọc được {file}. {reason} Cơ quan của tệp này được tính là chưa gửi.",
  historyFound: "Đã nối số liệu các năm trước từ {file}.",
  historyNotFound: "{file} không có trang “Dữ liệu” của báo cáo năm trước: chỉ dùng số liệu năm nay.",
  historyUnreadable: "Không đọc được tệp năm trước {file}. {reason} Chỉ dùng số liệu năm nay.",
  failed: "Không tổng hợp được: {detail}. Dữ liệu của bạn không thay đổi; hãy thử lại.",
  counts:
    "{merged}/{total} cơ quan có báo cáo được tổng hợp ({onTime} đúng hạn, {late} muộn hạn); {notMerged} gửi nhưng chưa tổng hợp được; {missing} chưa gửi.",
  dueOn: "Hạn gửi: {date}.",
  dueNone: "Kế hoạch không quy định hạn gửi: không tính muộn hạn.",
  registerTitle: "Sổ theo dõi",
  colAgency: "Cơ quan",
  colFile: "Tệp",
  colState: "Tình trạng",
  colErrors: "Lỗi",
  noFile: "—",
  chaseTitle: "Cần đôn đốc ({count})",
  chaseNone: "Không cơ quan nào cần đôn đốc.",
  chaseMissing: "chưa gửi báo cáo ({rows} dòng)",
  chaseNotMerged: "báo cáo có lỗi cấu trúc, cần gửi lại ({errors} lỗi)",
  chaseOwes: "còn thiếu {rows} dòng, {errors} lỗi",
  unmatchedTitle: "Tệp không khớp cơ quan nào ({count})",
  unmatchedNotIdentified: "{file}: không nhận ra là mẫu biểu của cơ quan nào",
  unmatchedNotExpected: "{file}: cơ quan không có phần việc trong các kế hoạch này",
  chartsTitle: "Biểu đồ",
  chartDescription: "Biểu đồ cột chồng: {categories} nhóm, {series} loại. Số liệu ở bảng ngay dưới.",
  chartTable: "Xem số liệu dạng bảng",
  chartTotal: "Tổng",
  chartGroup: "Nhóm",
  stateOnTime: "Đúng hạn",
  stateLate: "Muộn hạn",
  stateReceived: "Đã nhận (không rõ ngày gửi)",
  stateNotMerged: "Chưa tổng hợp được (lỗi cấu trúc)",
  stateMissing: "Chưa gửi",
  roleSuperseded: "bản trước",
  roleNotMerged: "không tổng hợp",
  roleIncluded: "tổng hợp dù có lỗi cấu trúc",
};

export type ConsolidationTextKey = keyof typeof vi;

const en: Readonly<Record<ConsolidationTextKey, string>> = {
  intro:
    "Consolidates the agencies' returns into the province's report: the submission register, who to chase, the target and task tables, charts and a draft report.",
  plans: "Plans consolidated",
  plansHint: "Other plans of {province} that the templates sent included.",
  plansLoading: "Loading the chosen plans…",
  year: "Reporting year",
  yearInvalid: "Write the year with 4 digits, e.g. 2026.",
  returns: "Agencies' returns",
  returnsHint:
    ".xlsx, .xls, .ods or .csv files. The day a file was saved counts as the day it was sent; if it arrived on another day, correct it under “Date sent”.",
  returnsPick: "Choose return files…",
  returnsDrop: "Or drop the files here",
  returnsNone: "No file chosen yet.",
  ...SENT_DATE_EN,
  fileRemove: "Remove {file}",
  fileInclude: "Merge this file despite its {count} structural errors",
  choiceChanged: "Choice changed: press “{action}” again to apply it.",
  history: "Last year's consolidated report (optional)",
  historyHint: "Last year's report (.xlsx), or its “Dữ liệu” sheet exported as CSV: the yearly series continue.",
  historyPick: "Choose last year's file…",
  historyRemove: "Remove last year's file",
  profile: "Progress thresholds",
  profileHint: "The cut points that grade progress towards the targets; the report's method sheet states the set used.",
  runFiles: "Consolidate and download the report (.xlsx)",
  runExcel: "Consolidate into the workbook",
  keptSheets:
    "The workbook already had sheets of these names that the add-in did not write; they were left untouched: {sheets}.",
  keptSheet: "“{sheet}” (the report went to “{used}”)",
  reading: "Reading file {done}/{total}: {file}",
  consolidating: "Checking and consolidating…",
  doneFile: "Created {fileName} for download.",
  doneSheets: "Wrote the report to the sheets: {sheets}.",
  unreadable: "Could not read {file}. {reason} Its agency counts as not having sent.",
  historyFound: "Earlier years' figures taken from {file}.",
  historyNotFound: "{file} has no “Dữ liệu” sheet of a previous report: only this year's figures are used.",
  historyUnreadable: "Could not read last year's file {file}. {reason} Only this year's figures are used.",
  failed: "Could not consolidate: {detail}. Your data was not changed; please retry.",
  counts:
    "{merged}/{total} agencies' returns consolidated ({onTime} on time, {late} late); {notMerged} sent but not mergeable; {missing} not sent.",
  dueOn: "Due: {date}.",
  dueNone: "The plans set no deadline: no return counts as late.",
  registerTitle: "Submission register",
  colAgency: "Agency",
  colFile: "File",
  colState: "State",
  colErrors: "Errors",
  noFile: "—",
  chaseTitle: "To chase ({count})",
  chaseNone: "No agency needs chasing.",
  chaseMissing: "has not sent its return ({rows} rows)",
  chaseNotMerged: "return has structural errors, must resend ({errors} errors)",
  chaseOwes: "still owes {rows} rows, {errors} errors",
  unmatchedTitle: "Files matching no agency ({count})",
  unmatchedNotIdentified: "{file}: not recognised as any agency's template",
  unmatchedNotExpected: "{file}: the agency has no duties in these plans",
  chartsTitle: "Charts",
  chartDescription: "Stacked bar chart: {categories} groups, {series} kinds. The figures are in the table just below.",
  chartTable: "Show the figures as a table",
  chartTotal: "Total",
  chartGroup: "Group",
  stateOnTime: "On time",
  stateLate: "Late",
  stateReceived: "Received (date unknown)",
  stateNotMerged: "Not mergeable (structural errors)",
  stateMissing: "Not sent",
  roleSuperseded: "earlier version",
  roleNotMerged: "not merged",
  roleIncluded: "merged despite structural errors",
};

export type ConsolidationText = (
  key: ConsolidationTextKey,
  values?: Readonly<Record<string, string | number>>,
) => string;

/** The panel's texts in the pane's language, filled by the pane's own `format` (passed in: see templateKit.ts). */
export function consolidationText(
  language: "vi" | "en",
  format: (template: string, values?: Readonly<Record<string, string | number>>) => string,
): ConsolidationText {
  return (key, values) => format((language === "en" ? en : vi)[key], values);
}

export const STATE_KEYS: Readonly<Record<AgencyState, ConsolidationTextKey>> = {
  on_time: "stateOnTime",
  late: "stateLate",
  received: "stateReceived",
  not_merged: "stateNotMerged",
  missing: "stateMissing",
};

/** The register names the file used plainly; the others carry their part. */
export const ROLE_KEYS: Readonly<Record<SubmissionRole, ConsolidationTextKey | null>> = {
  used: null,
  superseded: "roleSuperseded",
  not_merged: "roleNotMerged",
};
