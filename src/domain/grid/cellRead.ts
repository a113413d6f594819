import type { CellValue } from "./cellValue";

/**
 * What a cell really holds, as validation needs to know it: a date from a number, 45% from 45, the error
 * #N/A from the text "#N/A", a formula from its cached result.
 */
export type CellKind = "empty" | "number" | "text" | "boolean" | "date" | "error";

export interface CellRead {
  readonly kind: CellKind;
  /**
   * number: the number as stored (45% is 0.45, see numberFormat); text: the text; boolean; error: its code
   * ("#REF!"); date: the calendar date and time as ISO "yyyy-mm-dd" or "yyyy-mm-ddThh:mm:ss" (whatever date
   * system the file uses); empty: null. For a formula, the cached result.
   */
  readonly value: CellValue;
  /** "=SUM(B2:B9)" when the cell holds a formula; null otherwise. */
  readonly formula: string | null;
  /** The cell's number format code ("General", "0%", "dd/mm/yyyy"); null where the file carries none. */
  readonly numberFormat: string | null;
  /** The merged area the cell belongs to ("B2:D2"), or null. */
  readonly merged: string | null;
  /** Whether the cell is locked when its sheet is protected; null where the format cannot say (.xls, .csv). */
  readonly locked: boolean | null;
  /** True when the cell's row or column is hidden. */
  readonly hidden: boolean;
  /** The cell's comment or note as plain text, or null. */
  readonly comment: string | null;
}

/** Typed cells, row-major, from the top-left of what was asked (A1 for a whole sheet). */
export type CellGrid = readonly (readonly CellRead[])[];

export const EMPTY_CELL: CellRead = {
  kind: "empty",
  value: null,
  formula: null,
  numberFormat: null,
  merged: null,
  locked: null,
  hidden: false,
  comment: null,
};
