import { EMPTY_CELL, type CellRead } from "../../../src/domain/grid/cellRead";
import {
  DEFAULT_STATUS_OPTIONS,
  type InputContext,
  type InputLayout,
  type InputRow,
  type LocatedCell,
} from "../../../src/domain/validation/inputLayout";

/** Cells as the workbook layer reads them. */
export const empty = (): CellRead => EMPTY_CELL;
export const num = (value: number, numberFormat: string | null = "General"): CellRead => ({ ...EMPTY_CELL, kind: "number", value, numberFormat });
export const percentCell = (stored: number): CellRead => num(stored, "0%");
export const text = (value: string): CellRead => ({ ...EMPTY_CELL, kind: "text", value });
export const date = (iso: string): CellRead => ({ ...EMPTY_CELL, kind: "date", value: iso, numberFormat: "dd/mm/yyyy" });
export const bool = (value: boolean): CellRead => ({ ...EMPTY_CELL, kind: "boolean", value });
export const errorCell = (code: string, formula: string | null = null): CellRead => ({ ...EMPTY_CELL, kind: "error", value: code, formula });

/**
 * A return laid out like the progress sheet of a template: code in A, status in D, progress in E, completion
 * date in F, result so far in G, full-year estimate in H, notes in I. Row n of the rows given is sheet row n + 7.
 */
export const SHEET = "Tiến độ";
export const COLUMNS = { status: "D", progress: "E", completedOn: "F", result: "G", estimate: "H", notes: "I" } as const;

export const LAYOUT: InputLayout = {
  fields: [
    { id: "status", label: "Tình trạng", kind: "status", required: true, options: DEFAULT_STATUS_OPTIONS },
    { id: "progress", label: "Tiến độ (%)", kind: "percent", required: true },
    { id: "completedOn", label: "Ngày hoàn thành", kind: "date", required: false },
    { id: "result", label: "Kết quả đến nay", kind: "number", required: false, min: 0 },
    { id: "estimate", label: "Ước cả năm", kind: "number", required: false, min: 0 },
    { id: "notes", label: "Ghi chú", kind: "text", required: false },
  ],
  roles: { status: "status", progress: "progress", resultToDate: "result", fullYearEstimate: "estimate" },
};

export const CONTEXT: InputContext = { file: "so-y-te.xlsx", layout: LAYOUT, planStart: "2026-01-01", cutoff: "2026-11-30" };

export type RowCells = Partial<Record<keyof typeof COLUMNS, CellRead>>;

export const FIRST_ROW = 8;

/** A well-filled row: in progress at 60%, a result of 120 and an estimate of 150. */
export const GOOD: RowCells = { status: text("Đang triển khai"), progress: num(60), result: num(120), estimate: num(150) };

export function located(column: string, sheetRow: number, cell: CellRead, sheet = SHEET): LocatedCell {
  return { sheet, address: `${column}${sheetRow}`, cell };
}

/** A row of plan "kh-01" with code `code` at sheet row `sheetRow`, holding the given cells. */
export function row(code: string, sheetRow: number, cells: RowCells, extra: Partial<InputRow> = {}): InputRow {
  const byField: Record<string, LocatedCell> = {};
  for (const [field, cell] of Object.entries(cells) as [keyof typeof COLUMNS, CellRead][]) {
    byField[field] = located(COLUMNS[field], sheetRow, cell);
  }
  return { key: { plan: "kh-01", code }, codeCell: located("A", sheetRow, text(code)), cells: byField, ...extra };
}

/** One row at sheet row 8 with GOOD's cells and the given ones over them. */
export function oneRow(cells: RowCells, extra: Partial<InputRow> = {}): InputRow[] {
  return [row("1.1", FIRST_ROW, { ...GOOD, ...cells }, extra)];
}
