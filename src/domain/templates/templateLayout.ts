import type { TemplateSection } from "./distributeDuties";

/**
 * The fixed layout of a template, format version 1 (docs/template-format.md). Builders and readers share it,
 * so a column cannot move on one side only.
 */

export const TEMPLATE_FORMAT = "plan-tracker/progress-template";
/** Bumped when a sheet, column or metadata key that readers rely on changes meaning or place. */
export const TEMPLATE_FORMAT_VERSION = 1;

/**
 * Row 1 title, row 2 who and when, row 3 column headers (1-based). From row 4: for each plan a heading row (column A
 * empty) and then its data rows, each with its key in column A.
 */
export const HEADER_ROW = 3;
export const FIRST_BODY_ROW = 4;

export type ColumnKind = "text" | "number" | "percent" | "date" | "status" | "assessment";

export interface TemplateColumn {
  /** Stable name used in metadata, the documentation and returns. */
  readonly id: string;
  readonly header: string;
  readonly width: number;
  /** Locked columns carry the plan; input columns are what the agency fills in. */
  readonly input: boolean;
  readonly kind: ColumnKind;
}

const locked = (id: string, header: string, width: number): TemplateColumn => ({ id, header, width, input: false, kind: "text" });
const input = (id: string, header: string, width: number, kind: ColumnKind = "text"): TemplateColumn => ({ id, header, width, input: true, kind });

const KEY = locked("key", "Khóa dòng", 14);
const PLAN = locked("plan", "Kế hoạch", 14);
const RECEIVED = locked("received", "Nguồn giao", 22);

export const SECTION_COLUMNS: Readonly<Record<TemplateSection, readonly TemplateColumn[]>> = {
  indicators: [
    KEY,
    PLAN,
    locked("code", "Mã chỉ tiêu", 9),
    locked("target", "Mục tiêu, chỉ tiêu", 48),
    locked("indicator", "Giá trị cần đạt theo kế hoạch", 30),
    locked("unit", "Đơn vị tính", 11),
    locked("targetValue", "Giá trị mục tiêu", 12),
    locked("targetYear", "Năm mục tiêu", 9),
    locked("baseline", "Mốc so sánh", 16),
    RECEIVED,
    input("result", "Kết quả đến thời gian chốt số liệu", 15, "number"),
    input("estimate", "Ước thực hiện cả năm", 15, "number"),
    input("source", "Nguồn số liệu", 22),
    input("assessment", "Tự đánh giá", 24, "assessment"),
    input("note", "Ghi chú", 26),
  ],
  leadTasks: [
    KEY,
    PLAN,
    locked("code", "Mã nhiệm vụ", 9),
    locked("task", "Nội dung nhiệm vụ", 55),
    locked("due", "Thời hạn", 14),
    locked("outputs", "Sản phẩm dự kiến", 28),
    RECEIVED,
    input("status", "Tình trạng", 24, "status"),
    input("percent", "Tỷ lệ hoàn thành (%)", 12, "percent"),
    input("completedOn", "Ngày hoàn thành", 13, "date"),
    input("documents", "Văn bản, sản phẩm (số, ngày)", 28),
    input("difficulties", "Khó khăn, vướng mắc", 28),
    input("proposals", "Đề xuất, kiến nghị", 28),
  ],
  partnerTasks: [
    KEY,
    PLAN,
    locked("code", "Mã nhiệm vụ", 9),
    locked("task", "Nội dung nhiệm vụ", 55),
    locked("lead", "Cơ quan chủ trì", 24),
    locked("due", "Thời hạn", 14),
    RECEIVED,
    input("status", "Tình trạng", 24, "status"),
    input("contribution", "Kết quả phối hợp", 34),
    input("difficulties", "Khó khăn, đề xuất", 30),
  ],
};

/**
 * What the result and estimate columns ask for: the reporting year's own figure ("kết quả đến thời gian chốt số liệu",
 * "ước thực hiện cả năm"), not a running total since the period began. Consolidation sums a cumulative target's years.
 */
export const RESULT_IS_RUNNING_TOTAL = false;

/** Cells of the cover sheet the agency fills in, by id. */
export const COVER_INPUTS = ["person", "phone", "email"] as const;
export type CoverInput = (typeof COVER_INPUTS)[number];
