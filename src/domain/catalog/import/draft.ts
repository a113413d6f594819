import type { SourceRef } from "../types";
import type { ReviewCode } from "./reviewMessages";

/**
 * What a family rule reads from a document, before agencies, values and deadlines are resolved.
 * Texts are cleaned (no markup) but otherwise as printed; every item keeps its source lines.
 */
export interface DraftGoal {
  readonly code: string;
  readonly title: string;
  readonly source: SourceRef;
}

export interface DraftTarget {
  readonly code: string;
  readonly goal: string;
  readonly text: string;
  readonly source: SourceRef;
  /** The year context a clause inherits ("Đến năm 2025, …; …"): 003 writes targets in prose. */
  readonly year?: number | null;
  /**
   * The period a clause inherits from "Giai đoạn 2021 - 2025, …; …" (003 L102): a value averaged over it
   * ("bình quân hàng năm tăng 10%") belongs to that period as much as the clause that names it.
   */
  readonly period?: { readonly from: number; readonly to: number };
  /** Lead named for the target itself (003 prose has none). Task leads roll up when absent. */
  readonly leadText?: string | null;
  /**
   * Where the target's values are stated, each read on its own with its own line and year (002: the
   * heading, each lettered sub-point, the dated lines of the "Nhiệm vụ" column). When absent, the
   * values are read from `text`.
   */
  readonly statements?: readonly DraftStatement[];
}

/** One passage that states values of a target. */
export interface DraftStatement {
  readonly text: string;
  readonly line: number;
  /** The year a bare value inherits from a header line before it ("- Đến năm 2020" then "+ 95% …"). */
  readonly year: number | null;
  /** The values are the country's, quoted as a reference ("Tỉnh Quảng Ninh:" follows them, 002 L326). */
  readonly national?: boolean;
}

export interface DraftTask {
  readonly id: string;
  readonly goal: string | null;
  readonly target: string | null;
  readonly group: string | null;
  readonly text: string;
  /** Lead names as decided by the family rule (already split where the plan lists several). */
  readonly leadNames: readonly DraftName[];
  readonly partnersText: string | null;
  readonly partnersSource: SourceRef | null;
  readonly dueText: string | null;
  readonly outputsText: string | null;
  readonly source: SourceRef;
  /** How the assignment block was tied to this unit ("position", "sequence", "lead-match"), or null. */
  readonly placement: string | null;
}

/** One agency name as printed, with where it was read and an optional scope ("giáo dục đại học"). */
export interface DraftName {
  readonly name: string;
  readonly scope: string | null;
  readonly source: SourceRef;
}

export interface DraftReview {
  readonly code: ReviewCode;
  readonly subject: { readonly kind: "plan" | "goal" | "target" | "task" | "agency"; readonly id: string | null };
  readonly params: Readonly<Record<string, string | number | null>>;
  readonly source: SourceRef;
  readonly candidates: readonly string[];
}

export interface DraftPlan {
  readonly goals: readonly DraftGoal[];
  readonly targets: readonly DraftTarget[];
  readonly tasks: readonly DraftTask[];
  readonly review: readonly DraftReview[];
  /** Per-goal target counts the document states about itself ("Gồm 4 mục tiêu cụ thể"). */
  readonly statedTargetCounts: Readonly<Record<string, number>> | null;
  readonly statedTotalTargets: number | null;
  readonly stats: Readonly<Record<string, number>>;
}

export function sourceRef(line: number, quote: string, endLine?: number): SourceRef {
  const short = quote.length > 160 ? `${quote.slice(0, 157)}…` : quote;
  return endLine !== undefined && endLine !== line ? { line, endLine, quote: short } : { line, quote: short };
}
