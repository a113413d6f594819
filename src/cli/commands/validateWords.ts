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
  marked(file: string, cells: number): string;
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
    marked: (file, cells) => `Đã ghi bản đánh dấu ${cells} ô vào ${file}.`,
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
    marked: (file, cells) => `Wrote a copy with ${cells} cell(s) marked to ${file}.`,
  },
};
