import type { TemplateKit } from "./templateKit";

/**
 * The template panel's texts, Vietnamese first. Kept beside the panel rather than in i18n/messages.ts because the
 * panel is its own chunk: these strings load with it, and the first screen stays within its 200 KB budget.
 */
const vi = {
  intro:
    "Tạo mẫu biểu báo cáo tiến độ năm cho cơ quan: điền được bằng Excel, WPS hoặc LibreOffice, không cần ứng dụng này.",
  plans: "Kế hoạch gộp trong mẫu biểu",
  plansHint: "Các kế hoạch khác của tỉnh {province}; mỗi cơ quan nhận một mẫu biểu cho mọi kế hoạch đã chọn.",
  plansLoading: "Đang tải các kế hoạch đã chọn…",
  year: "Năm báo cáo",
  cutoff: "Thời gian chốt số liệu (dd/mm/yyyy)",
  deadline: "Hạn gửi báo cáo (dd/mm/yyyy)",
  datesHint: "Mặc định theo chế độ báo cáo của kế hoạch; sửa được.",
  deadlinesDiffer: "Các kế hoạch quy định hạn khác nhau ({deadlines}); mẫu biểu dùng hạn sớm nhất, {chosen}.",
  deadlineNotSet: "Kế hoạch không quy định hạn gửi báo cáo; hãy ghi hạn vào ô trên.",
  cutoffAfterDeadline: "Thời gian chốt số liệu {cutoff} sau hạn gửi {deadline}: hãy kiểm tra lại.",
  dateInvalid: "“{value}” không phải một ngày: ghi dạng dd/mm/yyyy, ví dụ 15/11/2026.",
  agency: "Cơ quan nhận mẫu biểu",
  agencyAll: "Tất cả cơ quan có phần việc ({count})",
  agencyRows: "{name} ({count} dòng)",
  inherited: "Gồm phần việc trước đây của {from}.",
  inheritedUncertain: "{name} (chưa chắc chắn, cần kiểm tra)",
  pendingTitle: "{count} phần việc của cơ quan bị chia tách chưa phân giao",
  pendingIntro:
    "Nhiệm vụ của các cơ quan này đã chia cho nhiều cơ quan. Phần việc chưa phân giao không có trong mẫu biểu nào; chọn cơ quan nhận cho từng phần việc, hoặc nhận mọi gợi ý theo nội dung.",
  pendingAcceptAll: "Nhận mọi gợi ý (phần việc đã chọn riêng giữ lựa chọn của bạn)",
  pendingFrom: "Trước đây của {from}",
  pendingChoose: "Cơ quan nhận",
  pendingNone: "Chưa phân giao",
  pendingSuggested: "{name} (gợi ý)",
  outputExcel: "Ghi vào đâu",
  outputSheets: "Trang tính mới trong sổ tính đang mở",
  outputNewWorkbook: "Sổ tính mới cho mỗi cơ quan",
  excelAllNeedsNewWorkbook:
    "Excel này không tạo được sổ tính mới (cần ExcelApi 1.8): hãy chọn một cơ quan để ghi mẫu biểu vào sổ tính đang mở.",
  generateOne: "Tạo mẫu biểu",
  generateAll: "Tạo mẫu biểu cho mọi cơ quan (.zip)",
  generateExcel: "Ghi mẫu biểu",
  running: "Đang tạo mẫu biểu…",
  doneFile: "Đã tạo {fileName} để tải về.",
  doneZip: "Đã tạo {fileName}: {count} mẫu biểu và danh sách gửi.",
  doneSheets: "Đã ghi mẫu biểu của {agency} vào các trang: {sheets}.",
  doneWorkbooks: "Đã mở {count} sổ tính mới, mỗi cơ quan một sổ.",
  nothingAssigned: "{agency} không có chỉ tiêu, nhiệm vụ nào trong các kế hoạch đã chọn: không tạo mẫu biểu.",
  idle: "{count} cơ quan không có phần việc, không nhận mẫu biểu (danh sách gửi ghi rõ).",
  failed: "Không tạo được mẫu biểu: {detail}. Dữ liệu của bạn không thay đổi; hãy thử lại.",
};

type TemplateTextKey = keyof typeof vi;

const en: Readonly<Record<TemplateTextKey, string>> = {
  intro: "Creates each agency's yearly progress template: fillable in Excel, WPS or LibreOffice, without this add-in.",
  plans: "Plans in the template",
  plansHint: "Other plans of {province}; each agency gets one template for every plan chosen.",
  plansLoading: "Loading the chosen plans…",
  year: "Reporting year",
  cutoff: "Data cut-off date (dd/mm/yyyy)",
  deadline: "Deadline for returns (dd/mm/yyyy)",
  datesHint: "From the plans' reporting regime by default; editable.",
  deadlinesDiffer: "The plans set different deadlines ({deadlines}); the template uses the earliest, {chosen}.",
  deadlineNotSet: "The plans set no deadline for returns; enter one above.",
  cutoffAfterDeadline: "The cut-off date {cutoff} is after the deadline {deadline}: please check.",
  dateInvalid: "“{value}” is not a date: write dd/mm/yyyy, e.g. 15/11/2026.",
  agency: "Agency receiving the template",
  agencyAll: "Every agency with duties ({count})",
  agencyRows: "{name} ({count} rows)",
  inherited: "Includes duties formerly of {from}.",
  inheritedUncertain: "{name} (uncertain, to be checked)",
  pendingTitle: "{count} duties of split bodies not assigned yet",
  pendingIntro:
    "These bodies' duties were split between several agencies. An unassigned duty is in no template; choose who receives each one, or accept every suggestion made from its subject.",
  pendingAcceptAll: "Accept every suggestion (duties you chose keep your choice)",
  pendingFrom: "Formerly of {from}",
  pendingChoose: "Receiving agency",
  pendingNone: "Not assigned",
  pendingSuggested: "{name} (suggested)",
  outputExcel: "Write to",
  outputSheets: "New sheets in the open workbook",
  outputNewWorkbook: "A new workbook per agency",
  excelAllNeedsNewWorkbook:
    "This Excel cannot create new workbooks (needs ExcelApi 1.8): choose one agency to write its template into the open workbook.",
  generateOne: "Create the template",
  generateAll: "Create every agency's template (.zip)",
  generateExcel: "Write the template",
  running: "Creating templates…",
  doneFile: "Created {fileName} for download.",
  doneZip: "Created {fileName}: {count} templates and the cover list.",
  doneSheets: "Wrote {agency}'s template to the sheets: {sheets}.",
  doneWorkbooks: "Opened {count} new workbooks, one per agency.",
  nothingAssigned: "{agency} has no target or task in the chosen plans: no template created.",
  idle: "{count} agencies have no duties and get no template (the cover list says so).",
  failed: "Could not create the templates: {detail}. Your data was not changed; please retry.",
};

export type TemplateText = (key: TemplateTextKey, values?: Readonly<Record<string, string | number>>) => string;

/** The panel's texts in the pane's language, filled by the pane's own `format` (passed in: see templateKit.ts). */
export function templateText(language: "vi" | "en", format: TemplateKit["format"]): TemplateText {
  return (key, values) => format((language === "en" ? en : vi)[key], values);
}
