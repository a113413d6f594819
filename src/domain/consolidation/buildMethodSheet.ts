import type { CellValue } from "../grid/cellValue";
import { presentSheet } from "../sheet/presentation";
import type { SheetSpec, StyleSpec } from "../sheet/sheetSpec";
import { formatNumberVi } from "../text/vietnameseFormat";
import { PROGRESS_PROFILE_LABELS, PROGRESS_STATUS_LABELS, REPORT_GROUP_COLORS, REPORT_GROUP_LABELS } from "./progressMessages";
import { reportGroup, type ProgressProfile, type ProgressStatus } from "./progressStatus";

/** The consolidation workbook's sheet that tells the reader how each progress status was reached, in Vietnamese. */

export const METHOD_SHEET_NAME = "Phương pháp đánh giá";

export interface MethodSheetOptions {
  /** Names the document in the printed footer, e.g. "Báo cáo tổng hợp năm 2026". */
  readonly documentTitle: string;
  readonly name?: string;
}

type Line =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "section"; readonly text: string }
  | { readonly kind: "item"; readonly label: string; readonly text: string }
  | { readonly kind: "status"; readonly status: ProgressStatus; readonly rule: string };

/** 90 characters in all: the sheet prints portrait on A4. */
const COLUMN_WIDTHS = [22, 52, 16] as const;
const SECTION_FILL = "#DDEBF7";

export function buildMethodSheet(profile: ProgressProfile, options: MethodSheetOptions): SheetSpec {
  const lines = methodLines(profile);
  const values: CellValue[][] = [];
  const styles: StyleSpec[] = [];
  const merges: string[] = [];
  lines.forEach((line, index) => {
    const row = index + 1;
    if (line.kind === "title" || line.kind === "section") {
      values.push([line.text, null, null]);
      merges.push(`A${row}:C${row}`);
      styles.push(line.kind === "title" ? { address: `A${row}`, bold: true, fontSize: 13 } : { address: `A${row}:C${row}`, bold: true, fill: SECTION_FILL });
    } else if (line.kind === "item") {
      values.push([line.label, line.text, null]);
      merges.push(`B${row}:C${row}`);
      styles.push({ address: `A${row}`, bold: true });
    } else {
      const group = reportGroup(line.status);
      values.push([PROGRESS_STATUS_LABELS[line.status].vi, line.rule, REPORT_GROUP_LABELS[group].vi]);
      styles.push({ address: `A${row}`, bold: true }, { address: `C${row}`, fill: REPORT_GROUP_COLORS[group] });
    }
  });
  return presentSheet(
    {
      name: options.name ?? METHOD_SHEET_NAME,
      values,
      columns: COLUMN_WIDTHS.map((width) => ({ width, wrap: true })),
      styles,
      merges,
    },
    { documentTitle: options.documentTitle, headerRows: 0 },
  );
}

const n = (value: number) => formatNumberVi(value);

function methodLines(profile: ProgressProfile): Line[] {
  const { high, medium, low } = profile;
  return [
    { kind: "title", text: "PHƯƠNG PHÁP ĐÁNH GIÁ TIẾN ĐỘ ĐẠT MỤC TIÊU" },
    { kind: "item", label: "Bộ ngưỡng đang dùng", text: `${PROGRESS_PROFILE_LABELS[profile.id].vi}: ${n(high)} / ${n(medium)} / ${n(low)}` },
    { kind: "item", label: "Nguồn phương pháp", text: "Phương pháp của Cơ quan Thống kê Canada, được nền tảng Open SDG áp dụng (sdg-build, ProgressMeasure.py); bộ ngưỡng UNSD theo Biểu đồ tiến độ SDG của Liên Hợp Quốc." },
    { kind: "section", text: "1. Chỉ tiêu cần đạt một mức vào năm mục tiêu" },
    { kind: "item", label: "Tỷ số CR", text: "CR = CR_a / CR_r: tốc độ tăng thực tế bình quân năm chia cho tốc độ tăng cần thiết bình quân năm." },
    { kind: "item", label: "Tốc độ thực tế CR_a", text: "(giá trị năm báo cáo / giá trị năm gốc) ^ (1 / (năm báo cáo − năm gốc)) − 1" },
    { kind: "item", label: "Tốc độ cần thiết CR_r", text: "(giá trị mục tiêu / giá trị năm gốc) ^ (1 / (năm mục tiêu − năm gốc)) − 1" },
    { kind: "item", label: "Chỉ tiêu càng thấp càng tốt", text: "Đổi dấu: CR = −CR_a / |CR_r| (tỷ lệ hộ nghèo, tỷ suất tử vong, thứ hạng…)." },
    { kind: "item", label: "Năm gốc", text: "Giá trị năm gốc ghi trong danh mục hoặc báo cáo năm trước; nếu không có: năm gốc chỉ tiêu nêu (\"so với năm 2015\") hoặc năm trước kỳ kế hoạch, nếu không có số liệu năm đó thì năm đầu tiên có số liệu sau đó." },
    { kind: "item", label: "Khi không tính được tốc độ kép", text: "Giá trị năm gốc hoặc mục tiêu bằng 0, hoặc hai giá trị khác dấu: dùng mức thay đổi bình quân mỗi năm, CR = (thay đổi thực tế mỗi năm) / (thay đổi cần thiết mỗi năm). Giá trị đổi dấu ngược chiều mục tiêu được xếp \"Đi ngược mục tiêu\"." },
    { kind: "section", text: "2. Xếp loại (thứ tự xét từ trên xuống)" },
    { kind: "status", status: "not_reported", rule: "Không có số liệu của năm báo cáo." },
    { kind: "status", status: "target_achieved", rule: "Giá trị năm báo cáo đã đạt mục tiêu; được ưu tiên hơn mọi xu hướng." },
    { kind: "status", status: "not_achieved", rule: "Đã đến năm mục tiêu (hoặc hết giai đoạn) mà chưa đạt." },
    { kind: "status", status: "insufficient_data", rule: "Ít hơn hai năm số liệu (năm gốc và năm báo cáo), hoặc giai đoạn chưa có số liệu." },
    { kind: "status", status: "substantial_progress", rule: `CR ≥ ${n(high)}` },
    { kind: "status", status: "moderate_progress", rule: `${n(medium)} ≤ CR < ${n(high)}` },
    { kind: "status", status: "limited_progress", rule: `${n(low)} ≤ CR < ${n(medium)}` },
    { kind: "status", status: "deterioration", rule: `CR < ${n(low)}` },
    { kind: "section", text: "3. Trường hợp đặc biệt" },
    { kind: "item", label: "Bình quân giai đoạn", text: "\"Tăng trưởng bình quân 9,5–10%/năm\": so bình quân các năm đã báo cáo trong giai đoạn với mức cần đạt, tỷ số = bình quân / mục tiêu. Hết giai đoạn: đạt nếu bình quân đạt mục tiêu, ngược lại là không đạt. Một năm số liệu là đủ để tính bình quân." },
    { kind: "item", label: "Lũy kế giai đoạn", text: "\"Tổng vốn đầu tư 2021–2025 đạt 750.000 tỷ đồng\": cộng số liệu từng năm (hoặc lấy số lũy kế mới nhất, nếu đơn vị báo cáo số lũy kế); ước cả giai đoạn = bình quân mỗi năm đã thực hiện × số năm của giai đoạn; tỷ số = ước cả giai đoạn / tổng cần đạt. Đạt ngay khi tổng đã thực hiện đạt mục tiêu." },
    { kind: "item", label: "Khoảng giá trị", text: "Nằm trong khoảng, hoặc vượt khoảng theo chiều mong muốn, là đạt; tốc độ cần thiết tính tới đầu gần của khoảng. Chỉ tiêu cơ cấu (\"chiếm 5,9%\") được xét theo chiều từ năm gốc tới mục tiêu; đã trong khoảng mà ra khỏi khoảng là đi ngược mục tiêu." },
    { kind: "item", label: "Mức trần", text: "Giá trị vượt 100% (hoặc vượt tổng số, như 111/111 xã) được tính bằng mức trần." },
    { kind: "item", label: "Thay đổi so với năm gốc", text: "\"Giảm một nửa\", \"giảm 20–25%\", \"tăng gấp 1,5 lần\": mức cần đạt = giá trị năm gốc × (1 − 50%), × (1 − 20%), × 1,5." },
    { kind: "item", label: "Chỉ tiêu hằng năm", text: "\"Hằng năm có 80% số xã đạt chuẩn\": năm báo cáo không đạt là không đạt." },
    { kind: "item", label: "Mục tiêu không có số", text: `Xét theo các nhiệm vụ: tỷ lệ nhiệm vụ hoàn thành hoặc đúng tiến độ trên số nhiệm vụ có báo cáo, so với các ngưỡng ${n(high)} / ${n(medium)}; nhiệm vụ quá hạn chưa xong tính là chậm; tất cả nhiệm vụ hoàn thành là đạt mục tiêu.` },
  ];
}
