/**
 * Vietnamese wording of review items and notes, apart from the rules that raise them.
 * Tests match codes, subjects and lines, never this text.
 */
import { formatNumberVi } from "../../text/vietnameseFormat";
import { valueAmbiguityMessage } from "../values/valueMessages";

type Params = Readonly<Record<string, string | number | null | undefined>>;

/** A parameter as message text; numbers as Vietnamese write them ("9,5"), years and line numbers without separators. */
function p(params: Params, key: string, fallback = "?"): string {
  const value = params[key];
  if (value === null || value === undefined || value === "") return fallback;
  return typeof value === "number" ? formatNumberVi(value, { grouping: false }) : value;
}

const REVIEW_MESSAGES = {
  assignment_on_wrong_row: (params) =>
    params.row
      ? `Khối phân công (Chủ trì/Phối hợp) nằm ở dòng của ${p(params, "row")}, nhưng cơ quan chủ trì khớp với ${p(params, "unit")}; đã gắn cho ${p(params, "unit")}. Cần xác nhận.`
      : `Khối phân công nằm trên dòng tiêu đề mục tiêu, không thuộc nhiệm vụ nào; đã gắn cho ${p(params, "unit")} vì cơ quan chủ trì khớp. Cần xác nhận.`,
  assignment_ambiguous: (params) =>
    `Khối phân công nằm ở dòng của ${p(params, "row", "một tiêu đề")}, nhưng có thể thuộc nhiều nhiệm vụ (cùng cơ quan chủ trì); chưa gắn cho nhiệm vụ nào.`,
  lead_differs: (params) =>
    params.bodyLead
      ? `Cơ quan chủ trì của nhiệm vụ ${p(params, "unit")} trong phụ lục (${p(params, "appendixLead", "không ghi")}) khác với phần nhiệm vụ của kế hoạch (${p(params, "bodyLead")}); danh mục giữ theo phụ lục, cần xác nhận.`
      : `Cơ quan chủ trì ghi trong phụ lục (${p(params, "appendixLead")}) khác với danh sách phân công chủ trì ở phần Tổ chức thực hiện cho ${p(params, "unit")}; chưa chọn bên nào.`,
  deadline_differs: (params) =>
    `Thời hạn của nhiệm vụ ${p(params, "unit")} trong phụ lục ("${p(params, "appendixDue", "không ghi")}") khác với phần nhiệm vụ của kế hoạch ("${p(params, "bodyDue")}"); danh mục giữ theo phụ lục, cần xác nhận.`,
  year_repeated: (params) =>
    `Mục tiêu ${p(params, "target")} ghi hai giá trị khác nhau (${p(params, "first")} và ${p(params, "second")}) cho cùng chỉ tiêu "${p(params, "label")}" và cùng năm ${p(params, "year")}; năm của giá trị sau có thể ghi nhầm, chưa gán năm.`,
  numbering_gap: (params) =>
    `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể ${p(params, "missing")} (sau ${p(params, "before")} là ${p(params, "after")}): văn bản bỏ sót hoặc đánh số nhầm.`,
  text_truncated: (params) =>
    `Nội dung nhiệm vụ ${p(params, "unit")} có một gạch đầu dòng bị cắt giữa câu ("${p(params, "text")}"); phần còn lại không có trong văn bản.`,
  values_in_goal_without_targets: (params) =>
    `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể đánh số, nhưng phần nhiệm vụ nêu giá trị cần đạt (${p(params, "values")}); đã ghi làm chỉ tiêu của nhiệm vụ, cần xác nhận.`,
  goal_title_differs: (params) =>
    `Tên mục tiêu ${p(params, "goal")} ở phần đầu kế hoạch ("${p(params, "bodyTitle")}") khác với phụ lục (dòng ${p(params, "appendixLine")}: "${p(params, "appendixTitle")}"); danh mục dùng tên ở ${params.kept === "appendix" ? "phụ lục" : "phần đầu"}.`,
  no_accountable_lead: (params) =>
    `Ô chủ trì của ${p(params, "unit")} chỉ ghi chung "các đơn vị liên quan", không nêu cơ quan chịu trách nhiệm.`,
  assignment_unplaced: () => "Khối phân công không gắn được với nhiệm vụ nào.",
  duplicate_unit: (params) => `Mã ${p(params, "unit")} xuất hiện hai lần trong bảng.`,
  label_outside_target: (params) => `Mục "${p(params, "letter")}." đứng ngoài mọi mục tiêu cụ thể.`,
  text_outside_goal: () => "Đoạn văn trong phụ lục đứng trước mục tiêu đầu tiên; không gắn được.",
  orphan_assignment_fragment: () =>
    "Phần cuối của một danh sách cơ quan phối hợp bị tách khỏi khối phân công (ngắt trang); phần đầu không có trong văn bản.",
  listed_unit_not_in_appendix: (params) =>
    `Danh sách phân công chủ trì có ${p(params, "unit")} nhưng phụ lục không có mục này.`,
  source_truncated: (params) =>
    `Văn bản bị cắt ở cuối (sau ${p(params, "unit")}): câu cuối dở dang, phần phân công và phần kết thúc không có.`,
  missing_assignment_block: (params) =>
    `Phụ lục không có khối phân công cho ${p(params, "unit")}: cơ quan chủ trì lấy từ danh sách phân công (${p(params, "listedLead")}), cơ quan phối hợp chưa rõ.`,
  missing_lead: (params) =>
    params.sharedWith
      ? `${p(params, "unit")} không có khối phân công riêng; khối phân công của ${p(params, "sharedWith")} đứng ngay sau cả hai tiêu đề (có thể là ô gộp dùng chung). Chưa gán.`
      : `${p(params, "unit")} không có cơ quan chủ trì trong văn bản.`,
  unit_not_in_lead_list: (params) =>
    `${p(params, "unit")} không có trong danh sách phân công chủ trì; cơ quan chủ trì lấy từ phụ lục.`,
  task_without_text: (params) => `${p(params, "unit")} có phân công nhưng không có nội dung nhiệm vụ.`,
  row_boundary_ambiguous: (params) =>
    `Dòng ${p(params, "fromLine")}–${p(params, "toLine")} của ${p(params, "unit")} có thể là nội dung thực hiện của hàng trước hoặc nhiệm vụ của hàng sau (bảng mất ranh giới cột); đã chia theo quy tắc gạch đầu dòng.`,
  row_unrecognised: () => "Dòng trong bảng phụ lục không đọc được (không phải nhóm, nhiệm vụ hay dòng nối tiếp).",
  target_without_lead: (params) => `Mục tiêu ${p(params, "target")} không có cơ quan chủ trì trong văn bản.`,
  unknown_agency: (params) => `Không tìm thấy cơ quan "${p(params, "name")}" trong danh mục cơ quan.`,
  task_value_unclear: (params) =>
    `Nội dung nhiệm vụ ${p(params, "unit")} nêu con số "${p(params, "text")}" không kèm năm, mức hay động từ cam kết: có thể là chỉ tiêu của nhiệm vụ hoặc chỉ là số liệu tham khảo; chưa đưa vào chỉ tiêu.`,
  values_conflict: (params) =>
    `Mục tiêu ${p(params, "target")} (${p(params, "first")}) và mục tiêu ${p(params, "other")} (${p(params, "second")}) nêu cùng một chỉ tiêu với giá trị khác nhau; cần xác định giá trị nào được theo dõi.`,
  national_values_only: (params) =>
    `Mục tiêu ${p(params, "target")} chỉ nêu giá trị của cả nước (${p(params, "values")}), không nêu giá trị của tỉnh; cần xác định tỉnh theo dõi giá trị nào.`,
  agency_name_doubtful: (params) =>
    `Tên "${p(params, "name")}" (${p(params, "uses")} lần) không phải tên một cơ quan có thật; có thể là: ${p(params, "candidateNames")}. Chưa gán: xác nhận một lần bằng chỉnh sửa "resolveName".`,
  ambiguous_agency: (params) => `Tên "${p(params, "name")}" có thể chỉ nhiều cơ quan; chưa chọn.`,
  lead_unresolved: (params) =>
    `Không xác định được cơ quan chủ trì của ${p(params, "unit")} (tên không có trong danh mục).`,
  year_typo: (params) => valueAmbiguityMessage("year_typo", p(params, "text")),
  number_format: (params) => valueAmbiguityMessage("number_format", p(params, "text")),
  unit_suspect: (params) => valueAmbiguityMessage("unit_suspect", p(params, "text")),
  invalid_date: (params) => valueAmbiguityMessage("invalid_date", p(params, "text")),
  deadline_unrecognised: (params) => valueAmbiguityMessage("deadline_unrecognised", p(params, "text")),
  count_mismatch: (params) =>
    `Văn bản nêu mục tiêu ${p(params, "goal")} gồm ${p(params, "stated")} mục tiêu cụ thể, nhưng đọc được ${p(params, "imported")}.`,
  total_mismatch: (params) =>
    `Văn bản nêu tổng cộng ${p(params, "stated")} mục tiêu cụ thể, nhưng đọc được ${p(params, "imported")}.`,
  document_number_missing: () => 'Văn bản không ghi số hiệu (để trống hoặc không có dòng "Số:").',
  issue_date_missing: () => "Văn bản không ghi ngày ban hành.",
  province_unknown: () =>
    "Không xác định được tỉnh ban hành; tên cơ quan chỉ được đối chiếu với các cơ quan trung ương.",
  reporting_deadline_missing: () => "Văn bản không quy định hạn báo cáo hằng năm của các cơ quan.",
  reporting_frequency_missing: () =>
    "Văn bản không quy định kỳ báo cáo (báo cáo theo mốc thời gian của từng nhiệm vụ).",
  no_appendix_found: () => "Không nhận ra bảng phụ lục phân công nhiệm vụ; chỉ đọc được thông tin chung.",
  empty_document: () => "Văn bản trống.",
  correction_evidence_mismatch: (params) =>
    `Chỉnh sửa ${p(params, "correction")} không được áp dụng: trích dẫn không khớp với dòng ${p(params, "line")} của văn bản.`,
  correction_unmatched: (params) =>
    `Chỉnh sửa ${p(params, "correction")} không còn ứng với mục cần xem lại nào; chưa áp dụng.`,
  correction_invalid: (params) => `Chỉnh sửa ${p(params, "correction")} không áp dụng được: ${p(params, "reason")}.`,
} satisfies Record<string, (params: Params) => string>;

export type ReviewCode = keyof typeof REVIEW_MESSAGES;

const NOTE_MESSAGES = {
  lead_among_partners: (params) =>
    `${p(params, "unit")}: ${p(params, "agencies")} vừa chủ trì vừa được ghi trong danh sách phối hợp; danh mục ghi là cơ quan chủ trì.`,
  body_only_tasks: (params) =>
    `${p(params, "count")} nhiệm vụ (${p(params, "ids")}) chỉ được giao trong phần nội dung của kế hoạch, phụ lục không có; đã đưa vào danh mục với dòng trích dẫn.`,
  goal_without_targets: (params) =>
    `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể được đánh số; nhiệm vụ gắn trực tiếp với mục tiêu.`,
  consolidated_deadline_not_set: () => "Văn bản không quy định hạn nộp báo cáo tổng hợp (chỉ nêu tổng hợp hằng năm).",
  review_years_not_set: () => "Văn bản không nêu năm sơ kết, tổng kết.",
  no_specific_targets: () => "Văn bản không có mục tiêu cụ thể đánh số; danh mục chỉ gồm nhiệm vụ.",
  national_values_as_reference: (params) =>
    `Mục tiêu ${p(params, "target")}: ${p(params, "values")} là giá trị của cả nước, ghi làm tham chiếu, không phải chỉ tiêu của tỉnh.`,
  unspecified_agency_not_lead: (params) =>
    `Ô chủ trì của ${p(params, "unit")} ghi thêm "các đơn vị liên quan" (không chỉ đích danh cơ quan nào): ghi vào cơ quan phối hợp; chủ trì là các cơ quan được nêu tên.`,
  agency_deadline_exclusive: (params) =>
    `Hạn báo cáo ghi "trước ngày ${p(params, "date")}": ngày cuối cùng được nộp là ngày hôm trước.`,
} satisfies Record<string, (params: Params) => string>;

export type NoteCode = keyof typeof NOTE_MESSAGES;

export function reviewMessage(code: ReviewCode, params: Params = {}): string {
  return REVIEW_MESSAGES[code](params);
}

export function noteMessage(code: NoteCode, params: Params = {}): string {
  return NOTE_MESSAGES[code](params);
}

/** Whether a code read from outside (a catalogue file, a correction) names a known review code. */
export function isReviewCode(code: string): code is ReviewCode {
  return Object.hasOwn(REVIEW_MESSAGES, code);
}
