import { formatNumberVi } from "../text/vietnameseFormat";
import type { ValidationCode } from "./validationRules";

/**
 * The words of each validation rule, Vietnamese first. A message says what is wrong (and where, through its
 * parameters); a hint says how to fix it. "{name}" is replaced by the parameter of that name: numbers are
 * written the reader's way ("0,45" / "0.45"), ISO dates as dd/mm/yyyy. Years, row numbers and codes are labels,
 * not quantities: pass them as strings, or 2026 is written "2.026".
 */
export type Language = "vi" | "en";

export interface RuleWording {
  readonly message: string;
  readonly hint: string;
}

export type RuleText = Readonly<Record<Language, RuleWording>>;

export const VALIDATION_MESSAGES = {
  not_a_template: {
    vi: { message: "Tệp không phải biểu mẫu của Theo dõi kế hoạch và không khớp được bảng nào theo tiêu đề cột (độ khớp cao nhất {confidence}%).", hint: "Dùng biểu mẫu đã gửi cho đơn vị, hoặc chép số liệu sang biểu mẫu đó." },
    en: { message: "The file is not a Plan Tracker template and no table in it matches one by its headers (best match {confidence}%).", hint: "Use the template sent to the agency, or copy the figures into it." },
  },
  template_matched_by_headers: {
    vi: { message: "Tệp không phải biểu mẫu gốc; bảng được khớp theo tiêu đề cột và mã dòng (độ tin cậy {confidence}%).", hint: "Xem lại các cột đã khớp; lần sau dùng biểu mẫu gốc." },
    en: { message: "The file is not the original template; its table was matched by headers and row codes ({confidence}% confident).", hint: "Check the matched columns; use the original template next time." },
  },
  format_version_unknown: {
    vi: { message: "Biểu mẫu có phiên bản định dạng {version}, phiên bản này chưa đọc được.", hint: "Cập nhật Theo dõi kế hoạch, hoặc tạo lại biểu mẫu bằng phiên bản hiện tại." },
    en: { message: "The template has format version {version}, which this release cannot read.", hint: "Update Plan Tracker, or make the template again with this release." },
  },
  column_missing: {
    vi: { message: "Thiếu cột \"{column}\".", hint: "Khôi phục cột từ biểu mẫu gốc; không xóa cột của biểu mẫu." },
    en: { message: "Column \"{column}\" is missing.", hint: "Restore the column from the original template; do not delete template columns." },
  },
  column_renamed: {
    vi: { message: "Tiêu đề cột \"{expected}\" đã bị đổi thành \"{found}\".", hint: "Giữ nguyên tiêu đề cột như biểu mẫu gốc." },
    en: { message: "Column header \"{expected}\" was changed to \"{found}\".", hint: "Keep the column headers as in the template." },
  },
  column_reordered: {
    vi: { message: "Cột \"{column}\" đã bị chuyển từ cột {expected} sang cột {found}.", hint: "Đưa cột về đúng vị trí trong biểu mẫu gốc." },
    en: { message: "Column \"{column}\" moved from column {expected} to column {found}.", hint: "Move the column back to its place in the template." },
  },
  row_deleted: {
    vi: { message: "Dòng \"{row}\" của biểu mẫu đã bị xóa.", hint: "Khôi phục dòng từ biểu mẫu gốc; không xóa dòng của biểu mẫu." },
    en: { message: "Template row \"{row}\" was deleted.", hint: "Restore the row from the original template; do not delete template rows." },
  },
  row_added: {
    vi: { message: "Dòng {row} không có trong biểu mẫu; số liệu ở dòng này không được tổng hợp.", hint: "Xóa dòng thêm, hoặc ghi nội dung vào cột ghi chú của dòng phù hợp." },
    en: { message: "Row {row} is not part of the template; its figures are not consolidated.", hint: "Delete the added row, or put its content in the notes of the right row." },
  },
  locked_text_edited: {
    vi: { message: "Nội dung cố định của biểu mẫu đã bị sửa: \"{expected}\" thành \"{found}\".", hint: "Chỉ nhập vào các ô nhập liệu; khôi phục nội dung từ biểu mẫu gốc." },
    en: { message: "Fixed template text was edited: \"{expected}\" became \"{found}\".", hint: "Enter data only in input cells; restore the text from the template." },
  },
  metadata_missing: {
    vi: { message: "Không tìm thấy thông tin nhận diện của biểu mẫu (kế hoạch, đơn vị, năm).", hint: "Dùng biểu mẫu gốc; khi chép số liệu, chép cả trang tính chứ không chỉ các ô." },
    en: { message: "The template's identification (plan, agency, year) was not found.", hint: "Use the original template; copy whole sheets, not just cells." },
  },
  metadata_damaged: {
    vi: { message: "Thông tin nhận diện của biểu mẫu bị hỏng ({detail}).", hint: "Dùng biểu mẫu gốc, hoặc tạo lại biểu mẫu cho đơn vị." },
    en: { message: "The template's identification is damaged ({detail}).", hint: "Use the original template, or make the template for the agency again." },
  },
  metadata_recovered: {
    vi: { message: "Đã khôi phục thông tin nhận diện từ phần đầu biểu mẫu: {fields}.", hint: "Kiểm tra kế hoạch, đơn vị và năm đã khôi phục có đúng không." },
    en: { message: "Identification recovered from the visible header: {fields}.", hint: "Check that the recovered plan, agency and year are right." },
  },
  plan_unknown: {
    vi: { message: "Kế hoạch \"{plan}\" không có trong danh mục.", hint: "Nạp kế hoạch vào danh mục, hoặc dùng biểu mẫu của kế hoạch đúng." },
    en: { message: "Plan \"{plan}\" is not in the catalogue.", hint: "Add the plan to the catalogue, or use the template of the right plan." },
  },
  catalog_changed: {
    vi: { message: "Danh mục kế hoạch \"{plan}\" đã thay đổi từ khi tạo biểu mẫu: {changes}.", hint: "Xem các dòng đã đổi; nếu cần, gửi biểu mẫu mới cho đơn vị." },
    en: { message: "The catalogue of plan \"{plan}\" changed since the template was made: {changes}.", hint: "Review the changed rows; send a new template if needed." },
  },
  agency_mismatch: {
    vi: { message: "Biểu mẫu của đơn vị \"{found}\", không phải \"{expected}\".", hint: "Kiểm tra đơn vị gửi đã dùng đúng biểu mẫu của mình chưa." },
    en: { message: "The return is for agency \"{found}\", not \"{expected}\".", hint: "Check that the agency used its own template." },
  },
  year_mismatch: {
    vi: { message: "Biểu mẫu của năm {found}, không phải năm {expected}.", hint: "Dùng biểu mẫu của năm {expected}." },
    en: { message: "The return is for {found}, not {expected}.", hint: "Use the template for {expected}." },
  },
  duplicate_submission: {
    vi: { message: "Đơn vị \"{agency}\" đã gửi báo cáo khác: {otherFile}.", hint: "Giữ một bản (thường là bản mới nhất) và bỏ các bản còn lại." },
    en: { message: "Agency \"{agency}\" also sent {otherFile}.", hint: "Keep one return (usually the latest) and set the others aside." },
  },
  row_key_unknown: {
    vi: { message: "Mã \"{code}\" không có trong kế hoạch {plan}.", hint: "Sửa mã cho đúng biểu mẫu gốc, hoặc xóa dòng." },
    en: { message: "Code \"{code}\" is not in plan {plan}.", hint: "Correct the code as in the template, or delete the row." },
  },
  row_key_duplicate: {
    vi: { message: "Mã \"{code}\" xuất hiện lần nữa (lần đầu ở ô {firstCell}).", hint: "Giữ một dòng cho mỗi mã; gộp số liệu vào dòng đó." },
    en: { message: "Code \"{code}\" appears again (first at {firstCell}).", hint: "Keep one row per code; put the figures in that row." },
  },
  row_not_assigned: {
    vi: { message: "Dòng \"{code}\" không được giao cho đơn vị; số liệu ở dòng này không được tổng hợp.", hint: "Xóa dòng, hoặc báo cơ quan tổng hợp nếu việc phân công đã thay đổi." },
    en: { message: "Row \"{code}\" is not assigned to the agency; its figures are not consolidated.", hint: "Delete the row, or tell the consolidating office if the assignment changed." },
  },
  row_missing: {
    vi: { message: "Thiếu dòng \"{code}\" được giao cho đơn vị.", hint: "Khôi phục dòng từ biểu mẫu gốc và nhập số liệu." },
    en: { message: "Assigned row \"{code}\" is missing.", hint: "Restore the row from the template and fill it in." },
  },
  required_empty: {
    vi: { message: "Chưa nhập \"{field}\".", hint: "Nhập giá trị; nếu chưa có số liệu, ghi lý do vào cột ghi chú." },
    en: { message: "\"{field}\" is empty.", hint: "Enter a value; if there is no figure yet, say why in the notes." },
  },
  not_a_number: {
    vi: { message: "\"{field}\" phải là số, nhưng ô chứa \"{value}\".", hint: "Nhập số, không kèm chữ hay đơn vị, ví dụ 1.234,5 hoặc 45%." },
    en: { message: "\"{field}\" must be a number, but the cell holds \"{value}\".", hint: "Enter a number without words or units, e.g. 1.234,5 or 45%." },
  },
  number_as_text: {
    vi: { message: "\"{field}\" được nhập dạng chữ \"{value}\"; đã đọc là {number}.", hint: "Nhập lại ô dưới dạng số để tránh đọc sai." },
    en: { message: "\"{field}\" was typed as text \"{value}\"; read as {number}.", hint: "Enter the cell again as a number to avoid misreading." },
  },
  number_ambiguous: {
    vi: { message: "\"{field}\": \"{value}\" có thể là {vietnamese} hoặc {english}.", hint: "Viết rõ: dấu chấm ngăn hàng nghìn, dấu phẩy trước phần thập phân (1.234 là một nghìn hai trăm ba mươi tư; 1,234 là một phẩy hai ba bốn)." },
    en: { message: "\"{field}\": \"{value}\" could be {vietnamese} or {english}.", hint: "Write it unambiguously: in Vietnamese, \".\" groups thousands and \",\" marks decimals." },
  },
  percent_scale_mistake: {
    vi: { message: "\"{field}\" hiển thị {shown}%, có lẽ muốn nhập {meant}%.", hint: "Ô đã định dạng %: nhập 45 sẽ hiện 45%, không nhập 4500%." },
    en: { message: "\"{field}\" shows {shown}%; {meant}% was probably meant.", hint: "The cell is formatted as %: typing 45 shows 45%." },
  },
  percent_scale_suspect: {
    vi: { message: "\"{field}\" là {value}%; nếu muốn {meant}% thì nhập {meant}.", hint: "Cột tính bằng phần trăm: 45% nhập là 45, không phải 0,45." },
    en: { message: "\"{field}\" is {value}%; if {meant}% was meant, enter {meant}.", hint: "The column is in percent: 45% is entered as 45, not 0.45." },
  },
  out_of_range: {
    vi: { message: "\"{field}\" là {value}, ngoài khoảng {min} – {max}.", hint: "Kiểm tra lại số liệu và đơn vị tính." },
    en: { message: "\"{field}\" is {value}, outside {min} – {max}.", hint: "Check the figure and its unit." },
  },
  status_unknown: {
    vi: { message: "Tình trạng \"{value}\" không có trong danh sách: {options}.", hint: "Chọn một tình trạng trong danh sách thả xuống." },
    en: { message: "Status \"{value}\" is not in the list: {options}.", hint: "Pick a status from the drop-down list." },
  },
  status_unaccented: {
    vi: { message: "Tình trạng \"{value}\" được hiểu là \"{status}\".", hint: "Chọn tình trạng trong danh sách thả xuống để viết đúng dấu." },
    en: { message: "Status \"{value}\" was read as \"{status}\".", hint: "Pick the status from the drop-down list so it is spelled right." },
  },
  status_contradicts_progress: {
    vi: { message: "Tình trạng \"{status}\" không khớp với tiến độ {progress}% (ô {progressCell}).", hint: "Sửa tình trạng hoặc tiến độ cho thống nhất." },
    en: { message: "Status \"{status}\" contradicts the progress of {progress}% (cell {progressCell}).", hint: "Make the status and the progress agree." },
  },
  date_invalid: {
    vi: { message: "\"{field}\" phải là ngày, nhưng ô chứa \"{value}\".", hint: "Nhập ngày dạng ngày/tháng/năm, ví dụ 15/11/2026." },
    en: { message: "\"{field}\" must be a date, but the cell holds \"{value}\".", hint: "Enter the date as day/month/year, e.g. 15/11/2026." },
  },
  date_as_text: {
    vi: { message: "\"{field}\" được nhập dạng chữ \"{value}\"; đã đọc là ngày {date}.", hint: "Nhập lại ô dưới dạng ngày để tránh đọc nhầm ngày và tháng." },
    en: { message: "\"{field}\" was typed as text \"{value}\"; read as {date}.", hint: "Enter the cell again as a date so day and month are not confused." },
  },
  date_after_cutoff: {
    vi: { message: "\"{field}\" là {date}, sau ngày chốt số liệu {cutoff}.", hint: "Chỉ báo cáo việc đã hoàn thành đến ngày chốt số liệu." },
    en: { message: "\"{field}\" is {date}, after the reporting cut-off {cutoff}.", hint: "Report only what was done by the cut-off date." },
  },
  date_before_plan: {
    vi: { message: "\"{field}\" là {date}, trước khi kế hoạch bắt đầu ({planStart}).", hint: "Kiểm tra lại năm của ngày đã nhập." },
    en: { message: "\"{field}\" is {date}, before the plan began ({planStart}).", hint: "Check the year of the date." },
  },
  formula_error: {
    vi: { message: "\"{field}\" có lỗi {error}.", hint: "Sửa công thức hoặc nhập giá trị trực tiếp." },
    en: { message: "\"{field}\" holds the error {error}.", hint: "Fix the formula or enter the value directly." },
  },
  merged_input: {
    vi: { message: "Ô nhập \"{field}\" nằm trong vùng gộp ô {range}.", hint: "Bỏ gộp ô (Merge & Center) và nhập riêng từng ô." },
    en: { message: "Input \"{field}\" is inside the merged area {range}.", hint: "Unmerge the cells and fill each one." },
  },
  jump_from_last_year: {
    vi: { message: "\"{field}\" là {value}, thay đổi {change}% so với năm trước ({lastYear}).", hint: "Kiểm tra lại số liệu; nếu đúng, ghi lý do vào cột ghi chú." },
    en: { message: "\"{field}\" is {value}, {change}% away from last year ({lastYear}).", hint: "Check the figure; if it is right, explain in the notes." },
  },
  against_target_direction: {
    vi: { message: "\"{field}\" là {value}, đi ngược mục tiêu so với năm trước ({lastYear}).", hint: "Kiểm tra lại số liệu; nếu đúng, ghi lý do vào cột ghi chú." },
    en: { message: "\"{field}\" is {value}, moving against the target compared with last year ({lastYear}).", hint: "Check the figure; if it is right, explain in the notes." },
  },
  far_from_target: {
    vi: { message: "\"{field}\" là {value}, chênh lệch hơn {factor} lần so với chỉ tiêu {target}.", hint: "Kiểm tra đơn vị tính và số chữ số 0." },
    en: { message: "\"{field}\" is {value}, more than {factor} times off the target {target}.", hint: "Check the unit and the number of zeros." },
  },
  task_overdue: {
    vi: { message: "Nhiệm vụ quá hạn: hạn {deadline}, đến {cutoff} chưa hoàn thành.", hint: "Ghi rõ lý do và thời gian dự kiến hoàn thành vào cột ghi chú." },
    en: { message: "Task overdue: due {deadline}, not complete by {cutoff}.", hint: "Give the reason and the expected completion date in the notes." },
  },
  estimate_below_result: {
    vi: { message: "Ước cả năm ({estimate}) thấp hơn kết quả đã đạt ({result}).", hint: "Ước cả năm ít nhất bằng kết quả đã đạt; kiểm tra lại hai ô." },
    en: { message: "The full-year estimate ({estimate}) is below the result so far ({result}).", hint: "The full-year estimate is at least the result so far; check both cells." },
  },
  submitted_late: {
    vi: { message: "Báo cáo gửi ngày {submitted} ({submittedSource}), sau hạn {due} ({dueSource}).", hint: "Nhắc đơn vị gửi đúng hạn kỳ sau; nếu ngày gửi chưa đúng, ghi ngày nhận thực tế." },
    en: { message: "The return was sent on {submitted} ({submittedSource}), after the deadline {due} ({dueSource}).", hint: "Remind the agency of the deadline for the next round; if the date is wrong, enter the day it arrived." },
  },
} as const satisfies Record<ValidationCode, RuleText>;

export type MessageParams = Readonly<Record<string, string | number | boolean | null>>;

/** Parameters whose values are codes, written in words: where the dates of submitted_late came from. */
const PARAM_WORDS: Readonly<Record<string, Readonly<Record<string, Readonly<Record<Language, string>>>>>> = {
  submittedSource: {
    file_date: { vi: "theo ngày lưu tệp", en: "by the file's date" },
    entered: { vi: "theo ngày cán bộ ghi nhận", en: "as entered by the officer" },
  },
  dueSource: {
    template: { vi: "hạn ghi trên biểu mẫu", en: "as set in the template" },
    plan_regime: { vi: "hạn theo chế độ báo cáo của kế hoạch", en: "under the plan's reporting regime" },
  },
};

const PLACEHOLDER = /\{(\w+)\}/g;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The message and hint of a code in a language, with its parameters written in. */
export function renderValidationText(code: ValidationCode, params: MessageParams, language: Language = "vi"): RuleWording {
  const wording = VALIDATION_MESSAGES[code][language];
  return { message: fill(wording.message, params, language), hint: fill(wording.hint, params, language) };
}

/** The names a template uses, for checking that vi and en ask for the same parameters. */
export function placeholders(template: string): readonly string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}

function fill(template: string, params: MessageParams, language: Language): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return whole;
    const words = Object.hasOwn(PARAM_WORDS, name) ? PARAM_WORDS[name]! : null;
    if (typeof value === "string" && words && Object.hasOwn(words, value)) return words[value]![language];
    return writeParam(value, language);
  });
}

function writeParam(value: string | number | boolean, language: Language): string {
  if (typeof value === "number") return language === "vi" ? formatNumberVi(value, { exact: true }) : String(value);
  if (typeof value === "boolean") return language === "vi" ? (value ? "có" : "không") : String(value);
  const date = ISO_DATE.exec(value);
  return date ? `${date[3]}/${date[2]}/${date[1]}` : value;
}
