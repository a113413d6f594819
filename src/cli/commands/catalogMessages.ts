/** Vietnamese labels and messages of `plan-tracker catalog`, apart from the command logic. */
export const LABELS = {
  province: "Tỉnh",
  issuer: "Cơ quan ban hành",
  number: "Số",
  issuedOn: "Ngày ban hành",
  period: "Thời kỳ",
  notGiven: "không ghi",
  reporting: "Chế độ báo cáo",
  frequency: "Kỳ báo cáo",
  agencyDeadline: "Hạn báo cáo của các cơ quan",
  consolidatedDeadline: "Hạn báo cáo tổng hợp",
  reviews: "Sơ kết, tổng kết",
  evidence: "Căn cứ",
  notSet: "văn bản không quy định",
  goal: "Mục tiêu",
  target: "Mục tiêu cụ thể",
  indicators: "Chỉ tiêu",
  nationalIndicators: "Mức cả nước (tham chiếu)",
  lead: "Chủ trì",
  partners: "Phối hợp",
  unresolved: "chưa xác định",
  unclear: "chưa rõ (xem phần Cần xem lại)",
  tasks: "Nhiệm vụ",
  due: "Hạn",
  dueVague: "văn bản không nêu thời điểm",
  dueFromPlan: "năm lấy theo thời kỳ kế hoạch",
  dueBefore: "\"trước\" hiểu là hết ngày trước mốc ghi",
  milestones: "Mốc trong nội dung",
  fromBody: "nhiệm vụ ghi trong phần nội dung, không có trong phụ lục",
  outputs: "Sản phẩm",
  group: "Nhóm",
  review: "Cần xem lại",
  candidates: "Lựa chọn",
  corrections: "Chỉnh sửa đã áp dụng",
  notes: "Ghi chú",
  line: "dòng",
  none: "không có",
  plans: "Các kế hoạch",
  goals: "mục tiêu",
  targets: "mục tiêu cụ thể",
  taskCount: "nhiệm vụ",
  reviewCount: "mục cần xem lại",
  withValues: "có chỉ tiêu số",
  withLead: "có cơ quan chủ trì",
  docxLines:
    "Số dòng tính theo văn bản đọc từ tệp .docx: mỗi đoạn văn là một dòng, mỗi hàng của bảng là một dòng " +
    "(dùng --text để lưu văn bản này).",
} as const;

export const FREQUENCY: Readonly<Record<string, string>> = {
  annual: "hằng năm",
  semiannual: "6 tháng",
  quarterly: "hằng quý",
  monthly: "hằng tháng",
};

export const DIRECTION: Readonly<Record<string, string>> = { increase: "tăng", decrease: "giảm", maintain: "duy trì" };

export function usage(): string {
  return [
    "Cách dùng:",
    "  plan-tracker catalog list                    Liệt kê các kế hoạch có sẵn, với số mục tiêu, nhiệm vụ, mục cần xem lại",
    "  plan-tracker catalog show <mã kế hoạch>      Xem một kế hoạch: mục tiêu, chỉ tiêu, cơ quan chủ trì, hạn, sản phẩm",
    "        [--json]                               In nguyên tệp JSON của kế hoạch",
    "  plan-tracker catalog import <tệp .txt|.docx> Đọc một văn bản kế hoạch, in số lượng và các mục cần xem lại",
    "        [--out <tệp .json>]                    Lưu danh mục đọc được",
    "        [--text <tệp .txt>]                    Lưu văn bản đã đọc (với tệp .docx), để đối chiếu số dòng",
    "        [--id <mã>] [--corrections <tệp .json>] [--agencies <tệp .json>]",
    "",
    "  --data <thư mục>  Thư mục dữ liệu (plans/, agencies.json); mặc định là thư mục data/ đi kèm Theo dõi kế hoạch.",
    "",
    "Ví dụ:",
    "  plan-tracker catalog show thanhhoa-sdg-2017",
    "  plan-tracker catalog import ke-hoach.docx --out ke-hoach.json",
  ].join("\n");
}

export function errorMessage(code: string, detail = ""): string {
  switch (code) {
    case "unknown_subcommand":
      return `Lệnh không hợp lệ: ${detail}`;
    case "missing_plan_id":
      return "Thiếu mã kế hoạch.";
    case "missing_file":
      return "Thiếu đường dẫn tệp văn bản kế hoạch.";
    case "unreadable":
      return `Không đọc được tệp ${detail}.`;
    case "not_word_document":
      return `Tệp ${detail} là tệp nén nhưng không phải văn bản Word (.docx).`;
    case "legacy_doc":
      return `Tệp ${detail} là văn bản Word 97–2003 (.doc). Hãy mở bằng Word hoặc LibreOffice, lưu thành .docx rồi nhập lại.`;
    // A .docx refused before or while reading it: each would cost time or memory out of proportion.
    case "too_large":
      return `Tệp ${detail} khi giải nén vượt quá giới hạn đọc (văn bản chính tối đa 64 MB). Hãy kiểm tra lại tệp, hoặc lưu văn bản thành .txt rồi nhập lại.`;
    case "doctype":
      return `Tệp ${detail} có khai báo DTD (<!DOCTYPE>), điều Word không bao giờ ghi; tệp bị từ chối để tránh mở rộng thực thể. Hãy mở bằng Word, lưu lại thành .docx rồi nhập lại.`;
    case "malformed":
      return `Tệp ${detail} có thẻ XML không đóng hoặc lồng sai, nên không phải văn bản Word hợp lệ. Hãy mở bằng Word hoặc LibreOffice, lưu lại thành .docx rồi nhập lại.`;
    case "too_deep":
      return `Tệp ${detail} có cấu trúc lồng nhau quá sâu (hơn 1.000 cấp). Hãy mở bằng Word, lưu lại thành .docx hoặc .txt rồi nhập lại.`;
    case "table_too_wide":
      return `Tệp ${detail} có ô gộp hoặc hàng bảng rộng hơn 63 cột, giới hạn của Word. Hãy kiểm tra các bảng trong văn bản rồi lưu lại.`;
    case "numbering_out_of_range":
      return `Tệp ${detail} có đánh số tự động bắt đầu từ giá trị quá lớn (Word cho phép tối đa 32.767). Hãy sửa số bắt đầu của danh sách rồi lưu lại.`;
    case "not_utf8":
      return `Tệp ${detail} không phải văn bản UTF-8. Hãy lưu lại dưới dạng văn bản thuần (.txt) với mã UTF-8, hoặc dùng tệp .docx.`;
    case "bad_json":
      return `Tệp ${detail} không phải JSON hợp lệ.`;
    case "output_is_input":
      return `${detail} là chính tệp kế hoạch đang nhập: Theo dõi kế hoạch không ghi đè tệp gốc. Hãy chọn một tên tệp khác.`;
    default:
      return detail;
  }
}
