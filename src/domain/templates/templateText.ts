import type { Inheritance } from "./distributeDuties";
import { vietnameseDate, type ReportingNote } from "./reportingDates";

/** Everything a template says to the agency filling it, in Vietnamese, kept apart from how sheets are built. */

export const STATUSES = [
  "Hoàn thành",
  "Hoàn thành chậm",
  "Đang thực hiện đúng tiến độ",
  "Đang thực hiện chậm tiến độ",
  "Chưa triển khai",
] as const;

export const SELF_ASSESSMENTS = [
  "Đã đạt hoặc vượt mục tiêu",
  "Có khả năng đạt mục tiêu",
  "Khó có khả năng đạt mục tiêu",
  "Chưa có số liệu để đánh giá",
] as const;

export const SHEET_TITLES = {
  cover: "Thông tin chung",
  instructions: "Hướng dẫn",
  indicators: "Chỉ tiêu chủ trì",
  leadTasks: "Nhiệm vụ chủ trì",
  partnerTasks: "Nhiệm vụ phối hợp",
  lists: "DanhMuc",
} as const;

export const SECTION_HEADINGS = {
  indicators: "Biểu 1. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU DO CƠ QUAN CHỦ TRÌ THEO DÕI",
  leadTasks: "Biểu 2. TIẾN ĐỘ THỰC HIỆN CÁC NHIỆM VỤ DO CƠ QUAN CHỦ TRÌ",
  partnerTasks: "Biểu 3. KẾT QUẢ PHỐI HỢP THỰC HIỆN CÁC NHIỆM VỤ",
} as const;

export const COVER_LABELS = {
  title: (year: number) => `BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH NĂM ${year}`,
  subtitle: (agency: string) => `(Mẫu biểu dành cho ${agency})`,
  agency: "Cơ quan báo cáo",
  agencyId: "Mã cơ quan",
  plan: "Kế hoạch",
  year: "Năm báo cáo",
  cutoff: "Thời gian chốt số liệu",
  deadline: "Hạn gửi báo cáo",
  noDeadline: "Chưa quy định; theo văn bản đề nghị báo cáo",
  recipient: "Nơi nhận báo cáo",
  counts: "Số dòng cần điền",
  inherited: "Nhiệm vụ nhận từ cơ quan đã sắp xếp",
  note: "Lưu ý",
  fillerHeading: "THÔNG TIN NGƯỜI ĐIỀN BIỂU",
  person: "Họ và tên, chức vụ người điền",
  phone: "Số điện thoại",
  email: "Thư điện tử (email)",
} as const;

export function defaultRecipient(province: string): string {
  return `UBND tỉnh ${province} (qua cơ quan đầu mối theo dõi kế hoạch)`;
}

export function planLine(plan: { readonly documentNumber: string | null; readonly issuedOn: string | null; readonly title: string }): string {
  const number = plan.documentNumber ? `${plan.documentNumber}${plan.issuedOn ? ` ngày ${vietnameseDate(plan.issuedOn)}` : ""}: ` : "";
  return `${number}${plan.title}`;
}

export function countsLine(counts: { readonly indicators: number; readonly leadTasks: number; readonly partnerTasks: number }): string {
  return `${counts.indicators} chỉ tiêu; ${counts.leadTasks} nhiệm vụ chủ trì; ${counts.partnerTasks} nhiệm vụ phối hợp`;
}

/** "Nhận từ Sở NN&PTNT (sáp nhập 2025)"; a split says so, and an uncertain mapping says it is unconfirmed. */
export function inheritanceText(inherited: readonly Inheritance[], shortName: (id: string) => string): string | null {
  if (inherited.length === 0) return null;
  return inherited
    .map((entry) => {
      const how = entry.split ? (entry.chosen ? "chia tách" : "chia tách, chưa phân giao") : "sáp nhập";
      const details = [`${how} ${entry.effective.slice(0, 4)}`];
      if (entry.chosen) details.push("theo phân giao của cơ quan theo dõi");
      if (entry.uncertain) details.push("CHƯA XÁC NHẬN");
      return `Nhận từ ${shortName(entry.from)} (${details.join(", ")})`;
    })
    .join("; ");
}

export function reportingNoteText(note: ReportingNote, planLabel: (id: string) => string): string {
  switch (note.code) {
    case "deadlines_differ":
      return `Các kế hoạch quy định hạn khác nhau (${note.deadlines
        .map((entry) => `${planLabel(entry.planId)}: ${vietnameseDate(entry.deadline)}`)
        .join("; ")}); mẫu biểu dùng hạn sớm nhất ${vietnameseDate(note.chosen)}.`;
    case "deadline_not_set":
      return "Các kế hoạch chưa quy định hạn gửi báo cáo của cơ quan; đề nghị gửi theo văn bản đề nghị báo cáo.";
    case "deadline_edited":
      return note.fromPlans
        ? `Hạn gửi do cơ quan theo dõi ấn định (kế hoạch quy định ${vietnameseDate(note.fromPlans)}).`
        : "Hạn gửi do cơ quan theo dõi ấn định.";
    case "cutoff_defaulted":
      return `Số liệu tính đến hết ngày ${vietnameseDate(note.cutoff)}; phần còn lại của năm ghi vào cột ước thực hiện cả năm.`;
    case "cutoff_after_deadline":
      return `Thời gian chốt số liệu (${vietnameseDate(note.cutoff)}) sau hạn gửi (${vietnameseDate(note.deadline)}): số liệu sau hạn gửi là số ước.`;
  }
}

export const INSTRUCTIONS: readonly string[] = [
  "HƯỚNG DẪN ĐIỀN MẪU BIỂU",
  "",
  "1. Mẫu biểu gồm các trang: Thông tin chung; Biểu 1 (chỉ tiêu cơ quan chủ trì theo dõi); Biểu 2 (nhiệm vụ cơ quan chủ trì); Biểu 3 (nhiệm vụ cơ quan phối hợp). Trang nào cơ quan không có phần việc thì không có trong tệp.",
  "2. Chỉ điền vào các ô nền vàng. Các ô khác (mã, nội dung, mục tiêu, thời hạn) đã được khóa để giữ đúng nội dung kế hoạch; không cần mật khẩu để mở khóa, nhưng đề nghị không sửa.",
  "3. Không thêm, xóa, đổi thứ tự dòng hay cột, không đổi tên trang tính. Cột “Khóa dòng” dùng để tổng hợp tự động: giữ nguyên.",
  "4. Biểu 1: ghi kết quả đến thời gian chốt số liệu và ước thực hiện cả năm bằng số, cùng đơn vị tính của chỉ tiêu (không ghi kèm đơn vị, không dùng dấu chấm ngăn cách hàng nghìn). Chỉ tiêu không có giá trị định lượng thì ghi kết quả bằng lời. Ghi rõ nguồn số liệu và chọn mức tự đánh giá trong danh sách.",
  "5. Biểu 2: chọn tình trạng trong danh sách; tỷ lệ hoàn thành từ 0 đến 100; ngày hoàn thành theo dạng ngày/tháng/năm (chỉ ghi khi đã hoàn thành); ghi số, ngày của văn bản, sản phẩm đã ban hành; nêu khó khăn, vướng mắc và đề xuất, kiến nghị.",
  "6. Biểu 3: chọn tình trạng, ghi tóm tắt kết quả phối hợp và khó khăn, đề xuất (nếu có).",
  "7. Cột “Nguồn giao” cho biết nhiệm vụ mà cơ quan nhận từ cơ quan đã sáp nhập hoặc chia tách năm 2025. Nếu ghi “CHƯA XÁC NHẬN” hoặc nhiệm vụ không thuộc chức năng của cơ quan, đề nghị ghi rõ vào cột Ghi chú hoặc Khó khăn, vướng mắc và báo cơ quan theo dõi.",
  "8. Điền họ tên, số điện thoại và thư điện tử của người điền ở trang Thông tin chung để cơ quan theo dõi liên hệ khi cần.",
  "9. Có thể điền bằng Excel, WPS hoặc LibreOffice; lưu lại đúng định dạng .xlsx và gửi tệp về nơi nhận trước hạn ghi ở trang Thông tin chung.",
];

export const PROMPTS = {
  result: { title: "Kết quả", message: "Ghi số liệu đến thời gian chốt số liệu, cùng đơn vị tính của chỉ tiêu." },
  estimate: { title: "Ước cả năm", message: "Ghi số ước thực hiện cả năm, cùng đơn vị tính của chỉ tiêu." },
  source: { title: "Nguồn số liệu", message: "Ghi nguồn: thống kê, báo cáo ngành, điều tra… kèm năm số liệu." },
  assessment: { title: "Tự đánh giá", message: "Chọn một mức trong danh sách." },
  status: { title: "Tình trạng", message: "Chọn một tình trạng trong danh sách." },
  percent: { title: "Tỷ lệ hoàn thành", message: "Ghi số từ 0 đến 100 (không ghi dấu %)." },
  completedOn: { title: "Ngày hoàn thành", message: "Ghi ngày dạng ngày/tháng/năm, trong thời gian thực hiện kế hoạch." },
  documents: { title: "Văn bản, sản phẩm", message: "Ghi số, ngày, trích yếu văn bản hoặc sản phẩm đã hoàn thành." },
  difficulties: { title: "Khó khăn, vướng mắc", message: "Nêu ngắn gọn khó khăn, vướng mắc và nguyên nhân (nếu có)." },
  proposals: { title: "Đề xuất, kiến nghị", message: "Nêu đề xuất, kiến nghị và cơ quan cần giải quyết (nếu có)." },
  contribution: { title: "Kết quả phối hợp", message: "Tóm tắt phần việc cơ quan đã phối hợp thực hiện trong năm." },
  note: { title: "Ghi chú", message: "Ghi thêm thông tin cần thiết, ví dụ số liệu ước hoặc chỉ tiêu không thuộc chức năng của cơ quan." },
  person: { title: "Người điền biểu", message: "Ghi họ và tên, chức vụ của người điền biểu." },
  phone: { title: "Số điện thoại", message: "Ghi số điện thoại liên hệ của người điền biểu." },
  email: { title: "Thư điện tử", message: "Ghi địa chỉ thư điện tử của người điền biểu." },
} as const;

export const ERRORS = {
  list: { title: "Giá trị không có trong danh sách", message: "Hãy chọn một giá trị trong danh sách thả xuống." },
  number: { title: "Cần ghi số", message: "Ô này cần một số (không ghi kèm đơn vị tính)." },
  nonNegative: { title: "Cần ghi số không âm", message: "Ô này cần một số lớn hơn hoặc bằng 0, không ghi kèm đơn vị tính." },
  percent: { title: "Tỷ lệ không hợp lệ", message: "Tỷ lệ hoàn thành là một số từ 0 đến 100." },
  date: { title: "Ngày không hợp lệ", message: "Ghi ngày dạng ngày/tháng/năm, trong thời gian thực hiện kế hoạch." },
  text: { title: "Nội dung quá dài", message: "Hãy ghi ngắn gọn hơn." },
} as const;
