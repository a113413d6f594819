import type { Language } from "./validationMessages";
import { VALIDATION_RULES, type RuleDefinition, type ValidationCode } from "./validationRules";

/**
 * Each rule's left side, operator and right side as an officer reads them, Vietnamese first (after DHIS2's
 * left/right side descriptions). The rule's own expressions in validationRules.ts stay neutral data; these words
 * render them. One record per language, so a rule without its Vietnamese or English description does not compile.
 */
export interface RuleSides {
  readonly left: string;
  /** Worded per rule, so each reads as a sentence ("không sau", "nằm trong"), not as a symbol. */
  readonly operator: string;
  readonly right: string;
}

const sides = (left: string, operator: string, right: string): RuleSides => ({ left, operator, right });

const VI = {
  not_a_template: sides("Tệp", "là", "biểu mẫu của Theo dõi kế hoạch, hoặc bảng có tiêu đề cột và mã dòng khớp với một biểu mẫu"),
  template_matched_by_headers: sides("Bảng tự lập", "khớp với", "một biểu mẫu theo tiêu đề cột và mã dòng"),
  format_version_unknown: sides("Phiên bản định dạng của biểu mẫu", "là một trong", "các phiên bản mà bản Theo dõi kế hoạch này đọc được"),
  column_missing: sides("Mỗi cột của biểu mẫu", "có trong", "hàng tiêu đề"),
  column_renamed: sides("Tiêu đề của mỗi cột", "giống", "tiêu đề trong biểu mẫu gốc"),
  column_reordered: sides("Vị trí của mỗi cột", "đúng như", "vị trí trong biểu mẫu gốc"),
  row_deleted: sides("Mỗi dòng không có mã của biểu mẫu (đề mục, dòng tổng)", "có trong", "trang tính"),
  row_added: sides("Mỗi dòng trong trang tính", "là một trong", "các dòng của biểu mẫu"),
  locked_text_edited: sides("Nội dung cố định của biểu mẫu", "giữ nguyên như", "bản gốc (đối chiếu bằng mã kiểm tra của biểu mẫu)"),
  metadata_missing: sides("Thông tin nhận diện của biểu mẫu (kế hoạch, đơn vị, năm)", "có", "trong tệp"),
  metadata_damaged: sides("Thông tin nhận diện của biểu mẫu", "đọc được thành", "một bản ghi hợp lệ"),
  metadata_recovered: sides("Thông tin nhận diện khôi phục được", "lấy từ", "phần đầu biểu mẫu nhìn thấy trên trang tính"),

  plan_unknown: sides("Kế hoạch của báo cáo", "có trong", "danh mục kế hoạch"),
  catalog_changed: sides("Phiên bản kế hoạch lúc tạo biểu mẫu", "trùng với", "phiên bản hiện có trong danh mục"),
  agency_mismatch: sides("Đơn vị của báo cáo", "đúng là", "đơn vị đang chờ báo cáo"),
  year_mismatch: sides("Năm của báo cáo", "đúng là", "năm đang thu báo cáo"),
  duplicate_submission: sides("Số báo cáo một đơn vị gửi cho cùng kế hoạch và năm", "không quá", "1"),

  row_key_unknown: sides("Kế hoạch và mã của mỗi dòng", "có trong", "danh mục"),
  row_key_duplicate: sides("Kế hoạch và mã của mỗi dòng", "xuất hiện đúng một lần trong", "báo cáo"),
  row_not_assigned: sides("Kế hoạch và mã của mỗi dòng", "thuộc", "các dòng giao cho đơn vị"),
  row_missing: sides("Mỗi dòng giao cho đơn vị", "có trong", "báo cáo"),

  required_empty: sides("Ô nhập bắt buộc", "không được", "để trống"),
  not_a_number: sides("Ô nhập số", "chứa", "một số, hoặc chữ đọc được thành số"),
  number_as_text: sides("Ô nhập số", "được lưu dạng", "số, không phải dạng chữ"),
  number_ambiguous: sides("Số nhập dưới dạng chữ", "chỉ có", "một cách đọc (không như \"1.234\" hay \"1,234\")"),
  percent_scale_mistake: sides(
    "Phần trăm ở ô định dạng %, theo giá trị hiển thị (giá trị lưu × 100)",
    "nằm trong",
    "khoảng giá trị cho phép của trường (chỉ báo khi giá trị lưu nằm trong khoảng đó)",
  ),
  percent_scale_suspect: sides("Phần trăm nhập không kèm dấu % (ô không định dạng %)", "không nằm giữa", "0 và 1 (không kể 0 và 1)"),
  out_of_range: sides("Ô nhập số hoặc phần trăm", "nằm trong", "khoảng giá trị cho phép của trường (phần trăm: 0–100 nếu không đặt khác)"),
  status_unknown: sides("Tình trạng đã nhập (không phân biệt chữ hoa, chữ thường và dấu)", "là một trong", "các tình trạng của biểu mẫu"),
  status_unaccented: sides("Tình trạng đã nhập", "được viết đúng như", "tình trạng trong biểu mẫu, đủ dấu"),
  status_contradicts_progress: sides("Tiến độ", "nằm trong", "khoảng mà tình trạng cho phép (Hoàn thành: 100; Chưa triển khai: 0)"),
  date_invalid: sides("Ô nhập ngày", "chứa", "một ngày, hoặc chữ dạng ngày/tháng/năm của một ngày có thật"),
  date_as_text: sides("Ô nhập ngày", "được lưu dạng", "ngày, không phải dạng chữ"),
  date_after_cutoff: sides("Ngày đã nhập", "không sau", "ngày chốt số liệu"),
  date_before_plan: sides("Ngày đã nhập", "không trước", "ngày bắt đầu kế hoạch"),
  formula_error: sides("Giá trị của ô nhập (kết quả công thức)", "không phải", "giá trị lỗi (#REF!, #DIV/0!, #N/A…)"),
  merged_input: sides("Ô nhập", "không nằm trong", "vùng gộp ô"),

  jump_from_last_year: sides("Mức thay đổi so với năm trước, tính theo giá trị năm trước", "không quá", "ngưỡng jumpRatio (mặc định 0,5, tức 50%)"),
  against_target_direction: sides("Chiều thay đổi so với năm trước", "cùng chiều với", "hướng của chỉ tiêu (tăng hoặc giảm)"),
  far_from_target: sides("Giá trị chia cho chỉ tiêu", "nằm giữa", "1/farFromTargetFactor và farFromTargetFactor (mặc định 10 lần)"),
  task_overdue: sides("Ngày chốt số liệu", "không sau", "hạn của nhiệm vụ, trừ khi nhiệm vụ đã hoàn thành"),
  estimate_below_result: sides("Ước thực hiện cả năm", "không thấp hơn", "kết quả đã đạt"),

  submitted_late: sides("Ngày gửi báo cáo (ngày lưu tệp, hoặc ngày cán bộ ghi nhận)", "không sau", "hạn gửi báo cáo"),
} as const satisfies Record<ValidationCode, RuleSides>;

const EN = {
  not_a_template: sides("the file", "is", "one of our templates, or a table whose headers and codes match one"),
  template_matched_by_headers: sides("a hand-made table", "matches", "a template by its headers and codes"),
  format_version_unknown: sides("the template's format version", "is one of", "the versions this release reads"),
  column_missing: sides("each template column", "is present in", "the header row"),
  column_renamed: sides("each column's header", "equals", "the template's header"),
  column_reordered: sides("each column's position", "equals", "its position in the template"),
  row_deleted: sides("each template row without a code (headings, totals)", "is present in", "the sheet"),
  row_added: sides("each row in the sheet", "is one of", "the template's rows"),
  locked_text_edited: sides("the locked text", "equals", "the template's original (checked by its fingerprint)"),
  metadata_missing: sides("the template's identification (plan, agency, year)", "is", "present in the file"),
  metadata_damaged: sides("the template's identification", "decodes to", "a valid record"),
  metadata_recovered: sides("the identification recovered", "comes from", "the template's visible header"),

  plan_unknown: sides("the return's plan", "is in", "the catalogue"),
  catalog_changed: sides("the plan version the template was made from", "equals", "the catalogue's version"),
  agency_mismatch: sides("the return's agency", "equals", "the agency expected"),
  year_mismatch: sides("the return's year", "equals", "the year being collected"),
  duplicate_submission: sides("the number of returns from one agency for one plan and year", "is at most", "1"),

  row_key_unknown: sides("each row's plan and code", "is in", "the catalogue"),
  row_key_duplicate: sides("each row's plan and code", "appears once in", "the return"),
  row_not_assigned: sides("each row's plan and code", "is in", "the rows assigned to the agency"),
  row_missing: sides("each row assigned to the agency", "is in", "the return"),

  required_empty: sides("a required input", "is not", "empty"),
  not_a_number: sides("a number input", "holds", "a number, or text that reads as one"),
  number_as_text: sides("a number input", "is stored as", "a number, not text"),
  number_ambiguous: sides("a number typed as text", "has", "one reading (not \"1.234\" or \"1,234\")"),
  percent_scale_mistake: sides("a %-formatted percent as shown (stored × 100)", "is within", "the field's range (reported when only the stored value is)"),
  percent_scale_suspect: sides("a percent in points with no % sign", "is not between", "0 and 1 (exclusive)"),
  out_of_range: sides("a number or percent input", "is within", "the field's range (percent: 0–100 unless set otherwise)"),
  status_unknown: sides("a status input (ignoring case and accents)", "is one of", "the template's statuses"),
  status_unaccented: sides("a status input", "is spelled as", "the template's status, with its accents"),
  status_contradicts_progress: sides("the progress", "is within", "the range the status allows (Hoàn thành: 100; Chưa triển khai: 0)"),
  date_invalid: sides("a date input", "holds", "a date, or day/month/year text of a real day"),
  date_as_text: sides("a date input", "is stored as", "a date, not text"),
  date_after_cutoff: sides("a date input", "is not after", "the reporting cut-off"),
  date_before_plan: sides("a date input", "is not before", "the plan's start"),
  formula_error: sides("an input's value (a formula's result)", "is not", "an error value (#REF!, #DIV/0!, #N/A…)"),
  merged_input: sides("an input cell", "is not part of", "a merged area"),

  jump_from_last_year: sides("the change from last year, as a share of last year's value", "is at most", "jumpRatio (0.5 by default, i.e. 50%)"),
  against_target_direction: sides("the direction of change from last year", "follows", "the target's direction (increase or decrease)"),
  far_from_target: sides("the value divided by the target", "is between", "1/farFromTargetFactor and farFromTargetFactor (10 times by default)"),
  task_overdue: sides("the reporting cut-off", "is not after", "the task's deadline, unless the task is complete"),
  estimate_below_result: sides("the full-year estimate", "is not below", "the result so far"),

  submitted_late: sides("the submission date (the file's date, or entered by the officer)", "is not after", "the reporting deadline"),
} as const satisfies Record<ValidationCode, RuleSides>;

export const RULE_DESCRIPTIONS: Readonly<Record<Language, Readonly<Record<ValidationCode, RuleSides>>>> = { vi: VI, en: EN };

/** What happens when a rule's left side is missing, as the officer reads it. */
export const WHEN_MISSING_WORDS: Readonly<Record<Language, Readonly<Record<RuleDefinition["whenMissing"], string>>>> = {
  vi: { skip: "bỏ qua quy tắc", is_the_finding: "báo là vấn đề" },
  en: { skip: "the rule is skipped", is_the_finding: "reported as a problem" },
};

export function describeRule(code: ValidationCode, language: Language): RuleSides {
  return RULE_DESCRIPTIONS[language][code];
}

/** "left · operator · right", the rule in one line. */
export function ruleLine(code: ValidationCode, language: Language): string {
  const { left, operator, right } = describeRule(code, language);
  return `${left} · ${operator} · ${right}`;
}

/** The words for a rule's whenMissing. */
export function whenMissingWords(code: ValidationCode, language: Language): string {
  return WHEN_MISSING_WORDS[language][VALIDATION_RULES[code].whenMissing];
}
