import type { CellValue } from "../../src/domain/grid/cellValue";
import type { SheetSpec, WorkbookChange } from "../../src/workbook/port";

export const PLAN_SHEET = "Chỉ tiêu";

/** Title row, header row, then goal blocks: a goal row followed by nine target rows (grouped). */
export const FIRST_DATA_ROW = 3;

export const HEADERS = [
  "Mã",
  "Mục tiêu",
  "Chỉ tiêu",
  "Đơn vị",
  "Năm",
  "Giá trị",
  "Cơ quan chủ trì",
  "Cơ quan phối hợp",
  "Sản phẩm",
  "Tiến độ",
  "Ngày cập nhật",
  "Ghi chú",
] as const;

const STATUSES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] as const;

/** Row `index` (0-based among data rows). Phrases from data/sources/000-thanhhoa-sdg-2017.txt line 295 and 300. */
function dataRow(index: number): CellValue[] {
  const goal = Math.floor(index / 10) + 1;
  const target = index % 10;
  if (target === 0) return [String(goal), `Mục tiêu ${goal}`, null, null, null, null, null, null, null, null, null, null];
  return [
    `${goal}.${target}`,
    `Mục tiêu ${goal}`,
    "Giảm tỷ lệ hộ nghèo xuống dưới 5% theo tiêu chí nghèo đa chiều",
    "%",
    2030,
    5,
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Kế hoạch và Đầu tư",
    "Báo cáo năm",
    STATUSES[index % 3]!,
    null,
    null,
  ];
}

export function planValues(dataRows: number): CellValue[][] {
  return [
    ["KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH NGHỊ SỰ 2030 TỈNH THANH HÓA"],
    [...HEADERS],
    ...Array.from({ length: dataRows }, (_row, index) => dataRow(index)),
  ];
}

/** Target rows of each goal block, 1-based sheet rows. */
export function planRowGroups(dataRows: number): { from: number; to: number }[] {
  const groups: { from: number; to: number }[] = [];
  for (let start = 0; start < dataRows; start += 10) {
    const from = FIRST_DATA_ROW + start + 1;
    const to = FIRST_DATA_ROW + Math.min(start + 9, dataRows - 1);
    if (to >= from) groups.push({ from, to });
  }
  return groups;
}

/** A full-featured plan sheet of `dataRows` rows below a title and a header row. */
export function planSheetSpec(dataRows: number): SheetSpec {
  const last = FIRST_DATA_ROW + dataRows - 1;
  return {
    name: PLAN_SHEET,
    position: 0,
    tabColor: "#1F6E43",
    values: planValues(dataRows),
    columns: [
      { width: 8, numberFormat: "@" },
      { width: 30, wrap: true },
      { width: 60, wrap: true },
      { width: 8 },
      { width: 8, numberFormat: "0" },
      { width: 10, numberFormat: "0.0" },
      { width: 30, wrap: true },
      { width: 40, wrap: true },
      { width: 20 },
      { width: 16 },
      { width: 14, numberFormat: "dd/mm/yyyy" },
      { width: 40, wrap: true, hidden: false },
    ],
    freeze: { rows: 2, columns: 1 },
    merges: ["A1:L1"],
    styles: [
      { address: "A1", bold: true, fontSize: 14, horizontal: "center" },
      { address: "A2:L2", bold: true, fill: "#D9E2F3", wrap: true, vertical: "center", rowHeight: 30 },
    ],
    tables: [{ name: "ChiTieu", address: `A2:L${last}`, style: "TableStyleMedium2", showBandedRows: true, showFilterButton: true }],
    validations: [
      {
        address: `J${FIRST_DATA_ROW}:J${last}`,
        rule: { kind: "list", source: STATUSES.join(",") },
        prompt: { title: "Tiến độ", message: "Chọn tiến độ thực hiện" },
        error: { title: "Giá trị không hợp lệ", message: "Chọn một giá trị trong danh sách", style: "stop" },
      },
      { address: `E${FIRST_DATA_ROW}:E${last}`, rule: { kind: "wholeNumber", min: 2015, max: 2050 } },
      { address: `F${FIRST_DATA_ROW}:F${last}`, rule: { kind: "decimal", min: 0 } },
      { address: `K${FIRST_DATA_ROW}:K${last}`, rule: { kind: "date", min: "2017-01-01" } },
      { address: `L${FIRST_DATA_ROW}:L${last}`, rule: { kind: "textLength", max: 500 } },
      { address: `D${FIRST_DATA_ROW}:D${last}`, rule: { kind: "custom", formula: "=LEN(D3)<=20" } },
    ],
    conditionalFormats: [
      { kind: "textEquals", address: `J${FIRST_DATA_ROW}:J${last}`, text: "Hoàn thành", fill: "#C6EFCE", fontColor: "#006100" },
      { kind: "textEquals", address: `J${FIRST_DATA_ROW}:J${last}`, text: "Chưa thực hiện", fill: "#FFC7CE", bold: true },
      { kind: "dataBar", address: `F${FIRST_DATA_ROW}:F${last}`, color: "#638EC6" },
    ],
    rowGroups: planRowGroups(dataRows),
    protection: { unlocked: [`J${FIRST_DATA_ROW}:L${last}`], password: "khdt2030" },
  };
}

/** The changes a plan injection makes: the sheet, metadata and a name for the target codes. */
export function planChanges(dataRows: number): WorkbookChange[] {
  const last = FIRST_DATA_ROW + dataRows - 1;
  return [
    { kind: "writeSheet", sheet: planSheetSpec(dataRows) },
    { kind: "setMetadata", entries: { "plan.id": "thanhhoa-sdg-2017", "template.version": "1" } },
    { kind: "setName", name: "MaChiTieu", reference: `'${PLAN_SHEET}'!$A$${FIRST_DATA_ROW}:$A$${last}` },
  ];
}
