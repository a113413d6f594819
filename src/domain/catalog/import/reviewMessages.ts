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

export function reviewMessage(code: string, params: Params = {}): string {
  switch (code) {
    case "assignment_on_wrong_row":
      return params.row
        ? `Khối phân công (Chủ trì/Phối hợp) nằm ở dòng của ${p(params, "row")}, nhưng cơ quan chủ trì khớp với ${p(params, "unit")}; đã gắn cho ${p(params, "unit")}. Cần xác nhận.`
        : `Khối phân công nằm trên dòng tiêu đề mục tiêu, không thuộc nhiệm vụ nào; đã gắn cho ${p(params, "unit")} vì cơ quan chủ trì khớp. Cần xác nhận.`;
    case "assignment_ambiguous":
      return `Khối phân công nằm ở dòng của ${p(params, "row", "một tiêu đề")}, nhưng có thể thuộc nhiều nhiệm vụ (cùng cơ quan chủ trì); chưa gắn cho nhiệm vụ nào.`;
    case "lead_differs":
      return params.bodyLead
        ? `Cơ quan chủ trì của nhiệm vụ ${p(params, "unit")} trong phụ lục (${p(params, "appendixLead", "không ghi")}) khác với phần nhiệm vụ của kế hoạch (${p(params, "bodyLead")}); danh mục giữ theo phụ lục, cần xác nhận.`
        : `Cơ quan chủ trì ghi trong phụ lục (${p(params, "appendixLead")}) khác với danh sách phân công chủ trì ở phần Tổ chức thực hiện cho ${p(params, "unit")}; chưa chọn bên nào.`;
    case "deadline_differs":
      return `Thời hạn của nhiệm vụ ${p(params, "unit")} trong phụ lục ("${p(params, "appendixDue", "không ghi")}") khác với phần nhiệm vụ của kế hoạch ("${p(params, "bodyDue")}"); danh mục giữ theo phụ lục, cần xác nhận.`;
    case "year_repeated":
      return `Mục tiêu ${p(params, "target")} ghi hai giá trị khác nhau (${p(params, "first")} và ${p(params, "second")}) cho cùng chỉ tiêu "${p(params, "label")}" và cùng năm ${p(params, "year")}; năm của giá trị sau có thể ghi nhầm, chưa gán năm.`;
    case "numbering_gap":
      return `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể ${p(params, "missing")} (sau ${p(params, "before")} là ${p(params, "after")}): văn bản bỏ sót hoặc đánh số nhầm.`;
    case "text_truncated":
      return `Nội dung nhiệm vụ ${p(params, "unit")} có một gạch đầu dòng bị cắt giữa câu ("${p(params, "text")}"); phần còn lại không có trong văn bản.`;
    case "values_in_goal_without_targets":
      return `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể đánh số, nhưng phần nhiệm vụ nêu giá trị cần đạt (${p(params, "values")}); chưa đưa vào danh mục chỉ tiêu.`;
    case "goal_title_differs":
      return `Tên mục tiêu ${p(params, "goal")} ở phần đầu kế hoạch ("${p(params, "bodyTitle")}") khác với phụ lục (dòng ${p(params, "appendixLine")}: "${p(params, "appendixTitle")}"); danh mục dùng tên ở phần đầu.`;
    case "no_accountable_lead":
      return `Ô chủ trì của ${p(params, "unit")} chỉ ghi chung "các đơn vị liên quan", không nêu cơ quan chịu trách nhiệm.`;
    case "assignment_unplaced":
      return "Khối phân công không gắn được với nhiệm vụ nào.";
    case "duplicate_unit":
      return `Mã ${p(params, "unit")} xuất hiện hai lần trong bảng.`;
    case "label_outside_target":
      return `Mục "${p(params, "letter")}." đứng ngoài mọi mục tiêu cụ thể.`;
    case "text_outside_goal":
      return "Đoạn văn trong phụ lục đứng trước mục tiêu đầu tiên; không gắn được.";
    case "orphan_assignment_fragment":
      return "Phần cuối của một danh sách cơ quan phối hợp bị tách khỏi khối phân công (ngắt trang); phần đầu không có trong văn bản.";
    case "listed_unit_not_in_appendix":
      return `Danh sách phân công chủ trì có ${p(params, "unit")} nhưng phụ lục không có mục này.`;
    case "source_truncated":
      return `Văn bản bị cắt ở cuối (sau ${p(params, "unit")}): câu cuối dở dang, phần phân công và phần kết thúc không có.`;
    case "missing_assignment_block":
      return `Phụ lục không có khối phân công cho ${p(params, "unit")}: cơ quan chủ trì lấy từ danh sách phân công (${p(params, "listedLead")}), cơ quan phối hợp chưa rõ.`;
    case "missing_lead":
      return params.sharedWith
        ? `${p(params, "unit")} không có khối phân công riêng; khối phân công của ${p(params, "sharedWith")} đứng ngay sau cả hai tiêu đề (có thể là ô gộp dùng chung). Chưa gán.`
        : `${p(params, "unit")} không có cơ quan chủ trì trong văn bản.`;
    case "unit_not_in_lead_list":
      return `${p(params, "unit")} không có trong danh sách phân công chủ trì; cơ quan chủ trì lấy từ phụ lục.`;
    case "task_without_text":
      return `${p(params, "unit")} có phân công nhưng không có nội dung nhiệm vụ.`;
    case "row_boundary_ambiguous":
      return `Dòng ${p(params, "fromLine")}–${p(params, "toLine")} của ${p(params, "unit")} có thể là nội dung thực hiện của hàng trước hoặc nhiệm vụ của hàng sau (bảng mất ranh giới cột); đã chia theo quy tắc gạch đầu dòng.`;
    case "row_unrecognised":
      return "Dòng trong bảng phụ lục không đọc được (không phải nhóm, nhiệm vụ hay dòng nối tiếp).";
    case "target_without_lead":
      return `Mục tiêu ${p(params, "target")} không có cơ quan chủ trì trong văn bản.`;
    case "unknown_agency":
      return `Không tìm thấy cơ quan "${p(params, "name")}" trong danh mục cơ quan.`;
    case "ambiguous_agency":
      return `Tên "${p(params, "name")}" có thể chỉ nhiều cơ quan; chưa chọn.`;
    case "lead_unresolved":
      return `Không xác định được cơ quan chủ trì của ${p(params, "unit")} (tên không có trong danh mục).`;
    case "year_typo":
    case "number_format":
    case "unit_suspect":
    case "invalid_date":
    case "deadline_unrecognised":
      return valueAmbiguityMessage(code, p(params, "text"));
    case "count_mismatch":
      return `Văn bản nêu mục tiêu ${p(params, "goal")} gồm ${p(params, "stated")} mục tiêu cụ thể, nhưng đọc được ${p(params, "imported")}.`;
    case "total_mismatch":
      return `Văn bản nêu tổng cộng ${p(params, "stated")} mục tiêu cụ thể, nhưng đọc được ${p(params, "imported")}.`;
    case "document_number_missing":
      return "Văn bản không ghi số hiệu (để trống hoặc không có dòng \"Số:\").";
    case "issue_date_missing":
      return "Văn bản không ghi ngày ban hành.";
    case "province_unknown":
      return "Không xác định được tỉnh ban hành; tên cơ quan chỉ được đối chiếu với các cơ quan trung ương.";
    case "reporting_deadline_missing":
      return "Văn bản không quy định hạn báo cáo hằng năm của các cơ quan.";
    case "reporting_frequency_missing":
      return "Văn bản không quy định kỳ báo cáo (báo cáo theo mốc thời gian của từng nhiệm vụ).";
    case "goal_without_targets":
      return `Mục tiêu ${p(params, "goal")} không có mục tiêu cụ thể được đánh số; nhiệm vụ gắn trực tiếp với mục tiêu.`;
    case "no_appendix_found":
      return "Không nhận ra bảng phụ lục phân công nhiệm vụ; chỉ đọc được thông tin chung.";
    case "empty_document":
      return "Văn bản trống.";
    case "correction_evidence_mismatch":
      return `Chỉnh sửa ${p(params, "correction")} không được áp dụng: trích dẫn không khớp với dòng ${p(params, "line")} của văn bản.`;
    case "correction_unmatched":
      return `Chỉnh sửa ${p(params, "correction")} không còn ứng với mục cần xem lại nào; chưa áp dụng.`;
    case "correction_invalid":
      return `Chỉnh sửa ${p(params, "correction")} không áp dụng được: ${p(params, "reason")}.`;
    default:
      return `Cần xem lại (${code}).`;
  }
}

export function noteMessage(code: string, params: Params = {}): string {
  switch (code) {
    case "consolidated_deadline_not_set":
      return "Văn bản không quy định hạn nộp báo cáo tổng hợp (chỉ nêu tổng hợp hằng năm).";
    case "review_years_not_set":
      return "Văn bản không nêu năm sơ kết, tổng kết.";
    case "no_specific_targets":
      return "Văn bản không có mục tiêu cụ thể đánh số; danh mục chỉ gồm nhiệm vụ.";
    case "national_values_as_reference":
      return `Mục tiêu ${p(params, "target")}: ${p(params, "values")} là giá trị của cả nước, ghi làm tham chiếu, không phải chỉ tiêu của tỉnh.`;
    case "unspecified_agency_not_lead":
      return `Ô chủ trì của ${p(params, "unit")} ghi thêm "các đơn vị liên quan" (không chỉ đích danh cơ quan nào): ghi vào cơ quan phối hợp; chủ trì là các cơ quan được nêu tên.`;
    case "agency_deadline_exclusive":
      return `Hạn báo cáo ghi "trước ngày ${p(params, "date")}": ngày cuối cùng được nộp là ngày hôm trước.`;
    default:
      return code;
  }
}
