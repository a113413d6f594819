/**
 * All text the pane shows, Vietnamese first. Components look strings up by key; `{name}` placeholders
 * are filled by `format`. English must cover every key (the type enforces it).
 */
export const vi = {
  appTitle: "Theo dõi kế hoạch",
  appSubtitle: "Kế hoạch hành động của tỉnh: chỉ tiêu, nhiệm vụ, phân công",
  languageLabel: "Ngôn ngữ",
  languageVi: "Tiếng Việt",
  languageEn: "English",
  modeExcel: "Đang làm việc trên sổ tính Excel đang mở",
  modeStandalone: "Chế độ độc lập: làm việc trên tệp .xlsx trong trình duyệt",
  noticeOfficeUnavailableTitle: "Đang chạy ở chế độ độc lập",
  noticeOfficeUnavailable:
    "Không tải được thư viện Office (không có mạng hoặc trang không mở trong Excel). Bạn vẫn làm việc được trên tệp .xlsx: mở tệp, đưa kế hoạch vào, rồi tải tệp về máy.",
  noticeNotExcelTitle: "Đang chạy ở chế độ độc lập",
  noticeNotExcel: "Trang này không mở trong Excel. Bạn làm việc trên tệp .xlsx: mở tệp, đưa kế hoạch vào, rồi tải tệp về máy.",
  noticeTooOldTitle: "Phiên bản Excel này quá cũ",
  noticeTooOld:
    "Theo dõi kế hoạch cần Excel 2021, Microsoft 365, Excel trên web hoặc Excel cho Mac (ExcelApi {required} trở lên). Excel này không đáp ứng, nên không thể ghi trực tiếp vào sổ tính đang mở.",
  noticeTooOldAction: "Dùng chế độ độc lập (làm việc trên tệp .xlsx)",
  planSection: "Kế hoạch",
  planPickerLabel: "Chọn kế hoạch",
  planPickerPlaceholder: "Chọn một kế hoạch có sẵn…",
  planPickerHint: "{count} kế hoạch có sẵn trong ứng dụng.",
  planProvince: "Tỉnh",
  planSourceFile: "Văn bản gốc",
  planNotSelected: "Chưa chọn kế hoạch nào.",
  workbookSection: "Sổ tính",
  workbookFileName: "Tệp",
  workbookEmpty: "Sổ tính chưa có trang tính nào. Mở một tệp .xlsx có sẵn, hoặc đưa một kế hoạch vào.",
  workbookOpen: "Mở tệp .xlsx…",
  workbookDownload: "Tải tệp về máy",
  workbookOpened: "Đã mở tệp {fileName}: {sheets} trang tính.",
  workbookOpenFailed: "Không mở được tệp {fileName}. Tệp có thể bị hỏng hoặc không phải tệp .xlsx. Hãy lưu lại tệp bằng Excel hoặc LibreOffice dưới dạng .xlsx rồi thử lại.",
  workbookDownloaded: "Đã tạo tệp {fileName} để tải về.",
  workbookRows: "{rows} hàng × {columns} cột",
  workbookRowsTruncated: "Đang hiện {shown} hàng đầu tiên trong tổng số {rows} hàng.",
  workbookHiddenSheets: "{count} trang tính ẩn không hiển thị.",
  loading: "Đang tải…",
  errorTitle: "Đã xảy ra lỗi",
  errorUnexpected: "Có lỗi ngoài dự kiến: {detail}. Dữ liệu của bạn không bị thay đổi. Hãy thử lại; nếu lỗi lặp lại, gửi nội dung này cho bộ phận hỗ trợ.",
} as const;

export type MessageKey = keyof typeof vi;
export type Messages = Readonly<Record<MessageKey, string>>;

export const en: Messages = {
  appTitle: "Plan Tracker",
  appSubtitle: "Provincial action plans: targets, tasks, assignments",
  languageLabel: "Language",
  languageVi: "Tiếng Việt",
  languageEn: "English",
  modeExcel: "Working on the open Excel workbook",
  modeStandalone: "Standalone mode: working on an .xlsx file in the browser",
  noticeOfficeUnavailableTitle: "Running in standalone mode",
  noticeOfficeUnavailable:
    "The Office library could not be loaded (no network, or the page is not open in Excel). You can still work on .xlsx files: open a file, inject a plan, then download the file.",
  noticeNotExcelTitle: "Running in standalone mode",
  noticeNotExcel: "This page is not open in Excel. You work on .xlsx files: open a file, inject a plan, then download the file.",
  noticeTooOldTitle: "This version of Excel is too old",
  noticeTooOld:
    "Plan Tracker needs Excel 2021, Microsoft 365, Excel on the web or Excel for Mac (ExcelApi {required} or later). This Excel does not qualify, so the add-in cannot write to the open workbook.",
  noticeTooOldAction: "Use standalone mode (work on .xlsx files)",
  planSection: "Plan",
  planPickerLabel: "Choose a plan",
  planPickerPlaceholder: "Choose a bundled plan…",
  planPickerHint: "{count} plans are bundled with the app.",
  planProvince: "Province",
  planSourceFile: "Source document",
  planNotSelected: "No plan chosen yet.",
  workbookSection: "Workbook",
  workbookFileName: "File",
  workbookEmpty: "The workbook has no sheets yet. Open an existing .xlsx file, or inject a plan.",
  workbookOpen: "Open .xlsx file…",
  workbookDownload: "Download file",
  workbookOpened: "Opened {fileName}: {sheets} sheets.",
  workbookOpenFailed: "Could not open {fileName}. The file may be damaged or not an .xlsx file. Save it again as .xlsx with Excel or LibreOffice and retry.",
  workbookDownloaded: "Created {fileName} for download.",
  workbookRows: "{rows} rows × {columns} columns",
  workbookRowsTruncated: "Showing the first {shown} of {rows} rows.",
  workbookHiddenSheets: "{count} hidden sheets are not shown.",
  loading: "Loading…",
  errorTitle: "Something went wrong",
  errorUnexpected: "Unexpected error: {detail}. Your data was not changed. Please retry; if it happens again, send this text to support.",
};

export type Language = "vi" | "en";

export const MESSAGES: Readonly<Record<Language, Messages>> = { vi, en };

/** Fills `{name}` placeholders; a missing value leaves the placeholder visible rather than hiding the gap. */
export function format(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
