import type { Language } from "./validationMessages";

/** The words of the "Kết quả kiểm tra" sheet, Vietnamese first. Logic never depends on these strings. */
export interface ResultsSheetLabels {
  readonly sheet: string;
  readonly title: string;
  readonly checkedOn: string;
  readonly totals: string;
  readonly perFile: { readonly file: string; readonly agency: string; readonly errors: string; readonly warnings: string };
  readonly total: string;
  readonly columns: {
    readonly number: string;
    readonly file: string;
    readonly agency: string;
    readonly sheet: string;
    readonly cell: string;
    readonly severity: string;
    readonly code: string;
    readonly message: string;
    readonly hint: string;
  };
  readonly error: string;
  readonly warning: string;
  readonly wholeFile: string;
  readonly noIssues: string;
  readonly page: string;
}

export const RESULTS_SHEET_LABELS: Readonly<Record<Language, ResultsSheetLabels>> = {
  vi: {
    sheet: "Kết quả kiểm tra",
    title: "Kết quả kiểm tra báo cáo",
    checkedOn: "Ngày kiểm tra: {date}",
    totals: "{files} tệp: {errors} lỗi, {warnings} cảnh báo",
    perFile: { file: "Tệp", agency: "Cơ quan", errors: "Số lỗi", warnings: "Số cảnh báo" },
    total: "Tổng cộng",
    columns: {
      number: "STT",
      file: "Tệp",
      agency: "Cơ quan",
      sheet: "Trang tính",
      cell: "Ô",
      severity: "Mức độ",
      code: "Mã",
      message: "Nội dung",
      hint: "Cách sửa",
    },
    error: "Lỗi",
    warning: "Cảnh báo",
    wholeFile: "(cả tệp)",
    noIssues: "Không có vấn đề nào.",
    page: "Trang {page}/{pages}",
  },
  en: {
    sheet: "Validation results",
    title: "Validation results",
    checkedOn: "Checked on {date}",
    totals: "{files} file(s): {errors} error(s), {warnings} warning(s)",
    perFile: { file: "File", agency: "Agency", errors: "Errors", warnings: "Warnings" },
    total: "Total",
    columns: {
      number: "No.",
      file: "File",
      agency: "Agency",
      sheet: "Sheet",
      cell: "Cell",
      severity: "Severity",
      code: "Code",
      message: "Problem",
      hint: "How to fix",
    },
    error: "Error",
    warning: "Warning",
    wholeFile: "(whole file)",
    noIssues: "No problems found.",
    page: "Page {page} of {pages}",
  },
};
