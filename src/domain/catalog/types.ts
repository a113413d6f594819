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
  /** The period the value belongs to ("giai đoạn 2021 - 2025"); year is its end. */
  readonly period?: { readonly from: number; readonly to: number };
  /** A change against a baseline ("giảm 20 - 25%", "tăng gấp 1,5 lần"), not a level. */
  readonly change?: boolean;
  /** The value applies every year ("hằng năm", "%/năm", "… /năm"). */
  readonly annual?: boolean;
  /** The parts of a ratio ("30/70%" → [30, 70]); value is the first part. */
  readonly ratio?: readonly number[];
  /** Baseline year of a change ("so với năm 2010"). */
  readonly baseYear?: number;
  /** What the value is compared with when it is not a number ("mức bình quân của cả nước", "kịch bản cơ sở"). */
  readonly benchmark?: string;
  /** The line the value was read from, when it is not the target's own line (a sub-point, a dated line). */
  readonly line?: number;
}

/** An agency whose share of a target or task is limited to a scope (000 4.3: "giáo dục đại học"). */
export interface LeadScope {
  readonly agency: AgencyId;
  readonly scope: string;
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
  /** Scopes of co-leads, when the plan splits a target between them. */
  readonly leadScopes?: readonly LeadScope[];
  /** The year a prose target inherits from "Đến năm 2025, …" (003). */
  readonly year?: number | null;
  /**
   * Values the plan quotes for the whole country, kept as context and never judged against: the
   * national target a heading restates before "Tỉnh Quảng Ninh:" (002 3.1), or a share "của quốc
   * gia" (002 7.2). The province's own values are in `indicators`.
   */
  readonly nationalIndicators?: readonly Indicator[];
}

/**
 * "vague": the plan sets no time of its own ("Báo cáo theo quy định": another rule sets it); years stay null.
 * "continuous" and "annual" take their years from the plan period, and say so (`convention: "plan-period"`).
 */
export type DueKind =
  "year" | "period" | "quarter" | "month" | "date" | "annual" | "continuous" | "vague" | "unspecified";

/**
 * How a deadline was read where the text leaves a choice, so nothing is silently assumed.
 * "before-exclusive": "Trước tháng 9/2021" (also "trước Quý …", "trước ngày …", "trước năm …") means done before
 * the month starts: `by` is the last day before it (2021-08-31). "plan-period": the text gives no years
 * ("Hằng năm", "Trong thời gian thực hiện Nghị quyết"); from/to are the plan's period.
 */
export type DueConvention = "before-exclusive" | "plan-period";

export interface Due {
  /** As written in the plan, or null when the plan gives none. */
  readonly text: string | null;
  readonly kind: DueKind;
  readonly from: number | null;
  readonly to: number | null;
  /** ISO date (yyyy-mm-dd) by which the task is due, when the text implies one. */
  readonly by: string | null;
  /** Further deadlines in the same cell (003 L349: "Giai đoạn 2021 – 2025, riêng … trong Quý IV/2021"). */
  readonly parts?: readonly Due[];
  /** "MM-DD" of a yearly date ("15/11 hàng năm" → "11-15"). */
  readonly dayMonth?: string;
  /** Set when from/to/by rest on a reading convention rather than on the words alone. */
  readonly convention?: DueConvention;
}

/** A deadline a task writes in its own text ("Đến năm 2018, hoàn thành …", 002 L1688), one per sub-item. */
export interface Milestone {
  readonly due: Due;
  /** The clause the deadline opens, as written. */
  readonly text: string;
  readonly line?: number;
}

/**
 * Where a task was read: the appendix table (the default, field absent) or the plan's body only, where a
 * lead is named in prose and no appendix row repeats the task (003 L112).
 */
export type TaskOrigin = "appendix" | "body";

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
  readonly leadScopes?: readonly LeadScope[];
  /** Names printed as lead or partner that match no agency (each has a review item). */
  readonly unresolvedLead?: readonly string[];
  readonly unresolvedPartners?: readonly string[];
  /** Where the partner list was read (it may sit on another row than the task, see review). */
  readonly partnersSource?: SourceRef;
  /** Numbers the task's text commits to ("Phấn đấu đến năm 2030 có trên 30% dân số …"), beyond its target's. */
  readonly indicators?: readonly Indicator[];
  /** Deadlines written in the task's text; when the plan has no deadline column, `due` is the latest. */
  readonly milestones?: readonly Milestone[];
  /** "body": the task is written only in the plan's body (no appendix row). Absent: from the appendix. */
  readonly origin?: TaskOrigin;
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
  /** True when the text says "trước ngày …": the last permitted day is the day before. */
  readonly agencyDeadlineExclusive?: boolean | null;
  readonly consolidatedDeadlineExclusive?: boolean | null;
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
  /** Values the message was built from, for tools and re-rendering. */
  readonly params?: Readonly<Record<string, string | number | null>>;
}

/** A fact about the plan worth showing, not a doubt: e.g. "no consolidated deadline is set". */
export interface PlanNote {
  readonly code: string;
  readonly message: string;
  readonly source?: SourceRef;
}

/**
 * A documented decision from data/corrections/<planId>.json, applied on import. It cites its
 * evidence in the source text and resolves the review item it names; it stays visible here.
 */
export type CorrectionDecision =
  /** The importer's reading stands (e.g. an assignment placed by its lead). */
  | { readonly kind: "confirm" }
  | { readonly kind: "setLead"; readonly agencies: readonly AgencyId[] }
  | { readonly kind: "setPartners"; readonly agencies: readonly AgencyId[] }
  /** Move the assignment block read at `line` to the subject task (lead and partners). */
  | { readonly kind: "moveAssignment"; readonly line: number }
  | { readonly kind: "setIndicatorYear"; readonly indicator: number; readonly year: number }
  | { readonly kind: "setText"; readonly field: "group" | "text" | "title"; readonly value: string }
  /** A printed name that matches no single agency (subject: the name) means this agency wherever it occurs. */
  | { readonly kind: "resolveName"; readonly agency: AgencyId };

export interface Correction {
  readonly id: string;
  /** The review item this decides (code and subject id), or null for a correction no item asked for. */
  readonly resolves: { readonly code: string; readonly subject: string | null } | null;
  /** Subject of the decision when it differs from `resolves.subject` (or when resolves is null). */
  readonly subject?: { readonly kind: "plan" | "goal" | "target" | "task" | "agency"; readonly id: string | null };
  readonly decision: CorrectionDecision;
  /** Quotes with line numbers; each quote must occur on its line or the correction is not applied. */
  readonly evidence: readonly SourceRef[];
  /** Why: what the evidence shows (Vietnamese or English). */
  readonly note: string;
}

export interface PlanCorrections {
  readonly planId: string;
  readonly corrections: readonly Correction[];
}

/** How the catalogue was read: family rule, source file, what the document states about itself. */
export interface CatalogSource {
  readonly name: string | null;
  readonly family: string;
  readonly lines: number;
  readonly endsWithNewline: boolean;
  /** Target counts the document states about itself (000 L118–134), by goal. */
  readonly statedTargetCounts?: Readonly<Record<string, number>> | null;
  readonly statedTotalTargets?: number | null;
  /** Where each identity field was read. */
  readonly evidence?: Readonly<Record<string, SourceRef>>;
}

/** An agency the catalogue refers to, named so the JSON reads on its own. */
export interface AgencyRef {
  readonly id: AgencyId;
  readonly name: string;
  readonly shortName: string;
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
  readonly source?: CatalogSource;
  readonly notes?: readonly PlanNote[];
  /** Corrections applied on import (each resolved a review item, or set what the text left open). */
  readonly corrections?: readonly Correction[];
  /** Every agency id used above, with its name. */
  readonly agencies?: readonly AgencyRef[];
}
