import type { Brand } from "../brand";

/**
 * The plan catalogue: one action plan as structured, reviewable data.
 * Field names marked CONTRACT are relied on by other parts of the project and by outside
 * tools (data/schema/plan-catalog.schema.json): add fields freely, never rename these.
 */

export type PlanId = Brand<string, "PlanId">;
export type AgencyId = Brand<string, "AgencyId">;
/** "1" … "17" for SDG-style plans; a roman group ("VIII") where a plan has no numbered goals. */
export type GoalCode = Brand<string, "GoalCode">;
/** "1.1", "12.4"; unique within a plan. */
export type TargetCode = Brand<string, "TargetCode">;
/** Composite, unique within a plan: "1.4.a", "VIII.5.3". */
export type TaskId = Brand<string, "TaskId">;

/** Where in the source text something came from (1-based lines, as `sed -n` counts them). */
export interface SourceRef {
  readonly line: number;
  readonly endLine?: number;
  /** A short verbatim excerpt, enough for an officer to find the passage. */
  readonly quote: string;
}

export type Comparator = "<" | "<=" | ">" | ">=" | "=" | "~" | "between";
export type Direction = "increase" | "decrease" | "maintain";

/** One quantitative value a target states, e.g. "dưới 5% năm 2030". CONTRACT. */
export interface Indicator {
  readonly label: string;
  readonly unit: string | null;
  readonly comparator: Comparator | null;
  readonly value: number | null;
  /** Upper bound when comparator is "between". */
  readonly valueMax: number | null;
  readonly year: number | null;
  readonly direction: Direction | null;
  /** The phrase the value was read from. */
  readonly text?: string;
}

export interface Goal {
  readonly code: GoalCode;
  readonly title: string;
  readonly source?: SourceRef;
}

export interface Target {
  readonly code: TargetCode;
  readonly goal: GoalCode;
  readonly text: string;
  readonly quantitative: boolean;
  readonly indicators: readonly Indicator[];
  readonly lead: readonly AgencyId[];
  readonly partners: readonly AgencyId[];
  readonly source?: SourceRef;
}

export type DueKind = "year" | "period" | "quarter" | "month" | "date" | "annual" | "continuous" | "unspecified";

export interface Due {
  /** As written in the plan, or null when the plan gives none. */
  readonly text: string | null;
  readonly kind: DueKind;
  readonly from: number | null;
  readonly to: number | null;
  /** ISO date (yyyy-mm-dd) by which the task is due, when the text implies one. */
  readonly by: string | null;
}

export interface Task {
  readonly id: TaskId;
  readonly goal: GoalCode | null;
  readonly target: TargetCode | null;
  /** The plan's own grouping heading (e.g. "VIII.5 Lĩnh vực nông nghiệp"), or null. */
  readonly group: string | null;
  readonly text: string;
  readonly lead: readonly AgencyId[];
  readonly partners: readonly AgencyId[];
  readonly due: Due;
  readonly outputs: readonly string[];
  readonly source?: SourceRef;
}

export type ReportingFrequency = "annual" | "semiannual" | "quarterly" | "monthly";

export interface ReportingRegime {
  readonly frequency: ReportingFrequency | null;
  /** "MM-DD": when agencies send their returns. */
  readonly agencyDeadline: string | null;
  /** "MM-DD": when the consolidated report is due. */
  readonly consolidatedDeadline: string | null;
  /** Years of mid-term or final reviews. */
  readonly reviews: readonly number[];
  readonly evidence?: readonly SourceRef[];
}

/** Something a person must confirm: the importer records it instead of guessing. */
export interface ReviewItem {
  /** snake_case, e.g. "assignment_on_wrong_row", "year_typo", "lead_differs". */
  readonly code: string;
  readonly subject: { readonly kind: "plan" | "goal" | "target" | "task" | "agency"; readonly id: string | null };
  /** What is wrong or unclear, in Vietnamese. */
  readonly message: string;
  readonly source: SourceRef;
  /** The readings a person can choose between. */
  readonly candidates: readonly string[];
}

export interface PlanCatalog {
  readonly id: PlanId;
  readonly title: string;
  readonly province: string;
  readonly issuer: string;
  readonly documentNumber: string | null;
  /** ISO date (yyyy-mm-dd). */
  readonly issuedOn: string | null;
  readonly period: { readonly from: number | null; readonly to: number | null };
  readonly reporting: ReportingRegime;
  readonly goals: readonly Goal[];
  readonly targets: readonly Target[];
  readonly tasks: readonly Task[];
  readonly review: readonly ReviewItem[];
}
