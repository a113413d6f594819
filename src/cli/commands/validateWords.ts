import type { Language } from "../../domain/validation/validationMessages";

/** The words of `plan-tracker validate` around the issues (the issues' own words live with the rules). */
export interface ValidateWords {
  readonly error: string;
  readonly warning: string;
  readonly wholeFile: string;
  readonly year: string;
  readonly clean: string;
  counts(errors: number, warnings: number): string;
  summary(files: number, read: number, withErrors: number, warningsOnly: number, clean: number): string;
  twice(agency: string, files: readonly string[]): string;
  readonly notMarked: string;
  readonly sameFile: string;
  readonly exists: string;
  returned(file: string, cells: number, issues: number): string;
  readonly nothingToReturn: string;
  /** --list-rules */
  readonly ruleHeader: readonly [code: string, severity: string, canSwitchOff: string, whenMissing: string, rule: string];
  readonly yes: string;
  readonly no: string;
  readonly switchedOff: string;
  bounds(jumpRatio: string, farFromTargetFactor: string): string;
  /** --rules and --submitted */
  rulesUnreadable(file: string, detail: string): string;
  rulesRefused(file: string): string;
  submittedBad(value: string): string;
  submittedUnknown(file: string): string;
}

export const VALIDATE_WORDS: Readonly<Record<Language, ValidateWords>> = {
  vi: {
    error: "lỗi",
    warning: "cảnh báo",
    wholeFile: "(cả tệp)",
    year: "năm",
    clean: "không có vấn đề",
    counts: (errors, warnings) => `${errors} lỗi, ${warnings} cảnh báo`,
    summary: (files, read, withErrors, warningsOnly, clean) =>
      `Tổng cộng: đọc được ${read}/${files} tệp; ${withErrors} tệp có lỗi, ${warningsOnly} tệp chỉ có cảnh báo, ${clean} tệp không có vấn đề` +
      (files > read ? `; ${files - read} tệp không đọc được.` : "."),
    twice: (agency, files) => `Cùng một cơ quan gửi nhiều lần: ${agency} (${files.join(", ")}).`,
    notMarked: "không đánh dấu được.",
    sameFile: "không ghi bản đánh dấu đè lên tệp gốc; hãy chọn tên khác cho --mark.",
    exists: "đã có; hãy chọn tên khác cho --mark, hoặc thêm --force để ghi đè.",
    returned: (file, cells, issues) => `Đã ghi tệp trả lại đơn vị ${file}: ${cells} ô được đánh dấu, ${issues} vấn đề liệt kê ở trang "Kết quả kiểm tra".`,
    nothingToReturn: "không có vấn đề, không cần tệp trả lại.",
    ruleHeader: ["Mã", "Mức độ", "Tắt được", "Khi thiếu giá trị", "Quy tắc (vế trái · phép so sánh · vế phải)"],
    yes: "có",
    no: "không",
    switchedOff: "có (đang tắt)",
    bounds: (jumpRatio, factor) => `Ngưỡng: jumpRatio = ${jumpRatio} (thay đổi so với năm trước), farFromTargetFactor = ${factor} (số lần xa chỉ tiêu).`,
    rulesUnreadable: (file, detail) => `Không đọc được tệp cài đặt quy tắc ${file}: ${detail}`,
    rulesRefused: (file) => `Tệp cài đặt quy tắc ${file} có mục không hợp lệ, chưa áp dụng gì:`,
    submittedBad: (value) => `--submitted "${value}": ghi dạng <tệp>=<dd/mm/yyyy>, ví dụ --submitted so-y-te.xlsx=14/11/2026.`,
    submittedUnknown: (file) => `--submitted: "${file}" không phải tệp nào trong các tệp đang kiểm tra.`,
  },
  en: {
    error: "error",
    warning: "warning",
    wholeFile: "(whole file)",
    year: "year",
    clean: "no problems",
    counts: (errors, warnings) => `${errors} error(s), ${warnings} warning(s)`,
    summary: (files, read, withErrors, warningsOnly, clean) =>
      `In all: ${read}/${files} files read; ${withErrors} with errors, ${warningsOnly} with warnings only, ${clean} clean` +
      (files > read ? `; ${files - read} could not be read.` : "."),
    twice: (agency, files) => `The same agency submitted more than once: ${agency} (${files.join(", ")}).`,
    notMarked: "cannot be marked.",
    sameFile: "the marked copy would replace the original; choose another name for --mark.",
    exists: "exists already; choose another name for --mark, or add --force to replace it.",
    returned: (file, cells, issues) => `Wrote the file to send back, ${file}: ${cells} cell(s) marked, ${issues} problem(s) listed on the "Validation results" sheet.`,
    nothingToReturn: "no problems, nothing to send back.",
    ruleHeader: ["Code", "Severity", "Can be off", "When missing", "Rule (left · operator · right)"],
    yes: "yes",
    no: "no",
    switchedOff: "yes (off)",
    bounds: (jumpRatio, factor) => `Bounds: jumpRatio = ${jumpRatio} (change from last year), farFromTargetFactor = ${factor} (times away from the target).`,
    rulesUnreadable: (file, detail) => `The rule settings ${file} cannot be read: ${detail}`,
    rulesRefused: (file) => `The rule settings ${file} have invalid entries; nothing was applied:`,
    submittedBad: (value) => `--submitted "${value}": write <file>=<dd/mm/yyyy>, e.g. --submitted health.xlsx=14/11/2026.`,
    submittedUnknown: (file) => `--submitted: "${file}" is not one of the files being checked.`,
  },
};
