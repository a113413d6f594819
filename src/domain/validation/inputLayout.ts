import type { CellRead } from "../grid/cellRead";
import type { Direction } from "../catalog/types";

/**
 * What value checks need to know about a return, whatever the template's layout: which inputs a row has,
 * what each accepts, and where each was found. The template reader fills these in; the checks never look at
 * the sheet themselves.
 */

interface FieldBase {
  /** Stable within a layout ("progress", "status", "completedOn"); rows key their cells by it. */
  readonly id: string;
  /** The column header the officer sees, used in messages ("Tiến độ (%)"). */
  readonly label: string;
  readonly required: boolean;
}

/** A share in percent points, 0–100 unless bounds are given. Accepts 45, 45% (0.45 with a % format), "45%". */
export interface PercentField extends FieldBase {
  readonly kind: "percent";
  readonly min?: number;
  readonly max?: number;
  /** Whether 0.45 is suspected of meaning 45% (percent_scale_suspect); off for growth rates, where 0.45% is normal. */
  readonly suspectFraction?: boolean;
}

/** A quantity; `min: 0` makes it non-negative. */
export interface NumberField extends FieldBase {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
}

/** One of a list of statuses, matched without regard to case or accents (with a warning when accents differ). */
export interface StatusField extends FieldBase {
  readonly kind: "status";
  readonly options: readonly StatusOption[];
}

/** A calendar date, within [planStart, cutoff] of the context. */
export interface DateField extends FieldBase {
  readonly kind: "date";
}

/** Free text: only `required` is checked. */
export interface TextField extends FieldBase {
  readonly kind: "text";
}

export type InputField = PercentField | NumberField | StatusField | DateField | TextField;

export interface StatusOption {
  readonly label: string;
  /** The progress (percent points, inclusive) this status allows; none when any progress fits. */
  readonly progress?: { readonly min: number; readonly max: number };
}

/** The statuses of an action plan's tasks, with the progress each implies. A template may bring its own. */
export const DEFAULT_STATUS_OPTIONS: readonly StatusOption[] = [
  { label: "Chưa triển khai", progress: { min: 0, max: 0 } },
  { label: "Đang triển khai" },
  { label: "Hoàn thành", progress: { min: 100, max: 100 } },
];

/** Which fields play a part in the rules that compare two inputs of a row. Ids refer to `fields`. */
export interface FieldRoles {
  readonly progress?: string;
  readonly status?: string;
  readonly resultToDate?: string;
  readonly fullYearEstimate?: string;
}

export interface InputLayout {
  readonly fields: readonly InputField[];
  readonly roles?: FieldRoles;
}

/** A row of a return is the plan item it reports on: the plan and the item's code ("1.4.a"). */
export interface RowKey {
  readonly plan: string;
  readonly code: string;
}

export function rowKeyId(key: RowKey): string {
  return `${key.plan}\u0000${key.code}`;
}

/** A cell as read, and where it was. */
export interface LocatedCell {
  readonly sheet: string;
  /** A1 address of the cell. */
  readonly address: string;
  readonly cell: CellRead;
}

/** What the catalogue and last year's consolidation say about one input of a row, for plausibility. */
export interface FieldReference {
  readonly lastYear?: number | null;
  readonly target?: number | null;
  readonly direction?: Direction | null;
}

export interface InputRow {
  readonly key: RowKey;
  /** The cell holding the row's code, where row rules (unknown, duplicate, not assigned) point. */
  readonly codeCell?: LocatedCell;
  /** The row's input cells by field id. A field with no cell here was not found and is not checked. */
  readonly cells: Readonly<Record<string, LocatedCell>>;
  /** References by field id (values in the field's unit; percent fields in points). */
  readonly references?: Readonly<Record<string, FieldReference>>;
  /** The task's deadline (ISO date), for task_overdue. */
  readonly deadline?: string | null;
}

export interface InputContext {
  readonly file: string | null;
  readonly layout: InputLayout;
  /** First day of the plan (ISO date); dates before it are wrong. */
  readonly planStart: string | null;
  /** The reporting cut-off (ISO date): dates after it are wrong, deadlines before it are past. */
  readonly cutoff: string | null;
}
