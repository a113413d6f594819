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
  lead: "Chủ trì",
  partners: "Phối hợp",
  unresolved: "chưa xác định",
  unclear: "chưa rõ (xem phần Cần xem lại)",
  tasks: "Nhiệm vụ",
  due: "Hạn",
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
    "  plan-tracker catalog list [--data <thư mục>]",
    "  plan-tracker catalog show <mã kế hoạch> [--json] [--data <thư mục>]",
    "  plan-tracker catalog import <tệp .txt> [--out <tệp .json>] [--id <mã>] [--agencies <tệp>] [--corrections <tệp>]",
    "",
    "Thư mục dữ liệu mặc định: data/plans (tính từ thư mục hiện tại).",
  ].join("\n");
}

export function errorMessage(code: string, detail = ""): string {
  switch (code) {
    case "unknown_subcommand":
      return `Lệnh không hợp lệ: ${detail}`;
    case "missing_plan_id":
      return "Thiếu mã kế hoạch.";
    case "plan_not_found":
      return `Không có kế hoạch "${detail}". Dùng "plan-tracker catalog list" để xem các mã.`;
    case "missing_file":
      return "Thiếu đường dẫn tệp văn bản kế hoạch.";
    case "unreadable":
      return `Không đọc được tệp ${detail}.`;
    case "docx_unsupported":
      return `Chưa đọc trực tiếp được tệp .docx (${detail}). Hãy mở bằng Word, lưu thành văn bản (.txt, UTF-8) rồi nhập lại.`;
    case "bad_json":
      return `Tệp ${detail} không phải JSON hợp lệ.`;
    default:
      return detail;
  }
}
