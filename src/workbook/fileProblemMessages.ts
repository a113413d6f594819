import { MAX_INPUT_BYTES } from "./fileLimits";
import type { FileProblemCode } from "./fileProblems";

const LIMIT_MB = MAX_INPUT_BYTES / (1024 * 1024);

export interface FileProblemText {
  readonly vi: string;
  readonly en: string;
}

/** What each file problem means for the user, and what to do. `{format}` is the file's format when known. */
export const FILE_PROBLEM_MESSAGES: Readonly<Record<FileProblemCode, FileProblemText>> = {
  empty_file: {
    vi: "Tệp trống (0 byte). Hãy xin cơ quan gửi lại tệp.",
    en: "The file is empty (0 bytes). Ask the agency to send it again.",
  },
  file_too_large: {
    vi: `Tệp lớn hơn ${LIMIT_MB} MB, giới hạn đọc của Theo dõi kế hoạch, nên không được mở: hãy xoá bớt trang tính, ảnh hay dữ liệu không cần rồi lưu lại.`,
    en: `The file is larger than ${LIMIT_MB} MB, Plan Tracker's reading limit, so it was not opened: remove sheets, images or data that are not needed and save again.`,
  },
  not_a_workbook: {
    vi: "Tệp không phải sổ tính (.xlsx, .xls, .ods hoặc .csv). Hãy mở tệp bằng Excel hoặc LibreOffice và lưu lại dưới dạng .xlsx.",
    en: "This is not a workbook (.xlsx, .xls, .ods or .csv). Open it in Excel or LibreOffice and save it as .xlsx.",
  },
  encrypted: {
    vi: "Tệp được bảo vệ bằng mật khẩu nên không đọc được. Hãy xin cơ quan gửi bản không đặt mật khẩu mở tệp.",
    en: "The file is protected with a password and cannot be read. Ask the agency for a copy without an opening password.",
  },
  too_large: {
    vi: "Tệp quá lớn để mở an toàn (khi giải nén vượt 400 MB). Hãy xoá các trang tính không cần thiết rồi lưu lại.",
    en: "The file is too large to open safely (over 400 MB unpacked). Remove sheets that are not needed and save again.",
  },
  sheet_data_too_large: {
    vi: "Các trang tính của tệp quá lớn để đọc an toàn (hơn 64 MB dữ liệu ô khi giải nén). Hãy xoá các trang tính, dòng không cần thiết, hoặc tách thành nhiều tệp rồi lưu lại.",
    en: "The file's sheets are too large to read safely (over 64 MB of cell data unpacked). Remove sheets or rows that are not needed, or split the file, and save again.",
  },
  sheet_too_large: {
    vi: "Trang tính có quá nhiều ô (hơn 5 triệu ô). Hãy xoá các dòng, cột thừa ở cuối trang rồi lưu lại.",
    en: "The sheet has too many cells (over 5 million). Delete the extra rows and columns at its end and save again.",
  },
  damaged: {
    vi: "Tệp bị hỏng hoặc chưa tải về hết nên không đọc được. Hãy xin cơ quan gửi lại, hoặc mở bằng Excel để sửa rồi lưu lại.",
    en: "The file is damaged or incomplete. Ask for it again, or let Excel repair it and save it again.",
  },
  read_only_format: {
    vi: "Tệp {format} chỉ đọc được, không ghi thêm được. Hãy lưu tệp dưới dạng .xlsx (Tệp → Lưu thành → Sổ làm việc Excel) rồi làm lại.",
    en: "A {format} file can be read but not written. Save it as .xlsx (File → Save As → Excel Workbook) and try again.",
  },
  structure_protected: {
    vi: "Sổ tính đang khoá cấu trúc (Xem lại → Bảo vệ sổ làm việc) nên không thêm được trang tính; tệp được giữ nguyên. Hãy bỏ khoá rồi làm lại, hoặc ghi các trang của Theo dõi kế hoạch ra một sổ tính mới.",
    en: "The workbook's structure is protected (Review → Protect Workbook), so no sheet can be added; the file was left as it was. Unprotect it and retry, or write the Plan Tracker sheets to a new workbook.",
  },
};

export function fileProblemMessage(code: FileProblemCode, language: "vi" | "en", format: string | null = null): string {
  return FILE_PROBLEM_MESSAGES[code][language].replace("{format}", format ? `.${format}` : "");
}
