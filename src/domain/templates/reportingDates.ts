import type { PlanCatalog, Task } from "../catalog/types";

/**
 * Dates a template carries: each plan's deadline for agencies' returns in the reporting year, the earliest of them,
 * and the cut-off date of the figures. The officer may replace either; every choice made for them is noted.
 */

export type ReportingNote =
  /** Plans set different deadlines; the earliest is used. */
  | { readonly code: "deadlines_differ"; readonly chosen: string; readonly deadlines: readonly { readonly planId: string; readonly deadline: string }[] }
  /** No plan sets a deadline for agencies and the officer gave none. */
  | { readonly code: "deadline_not_set" }
  /** The officer's deadline replaces the plans' own. */
  | { readonly code: "deadline_edited"; readonly fromPlans: string | null }
  /** No cut-off was given: the last day of the month before the deadline (or 14/12, NĐ 09/2019) is used. */
  | { readonly code: "cutoff_defaulted"; readonly cutoff: string }
  | { readonly code: "cutoff_after_deadline"; readonly cutoff: string; readonly deadline: string };

export interface ReportingDates {
  /** ISO yyyy-mm-dd. */
  readonly cutoff: string;
  /** ISO yyyy-mm-dd, or null when neither the plans nor the officer set one. */
  readonly deadline: string | null;
  readonly perPlan: readonly { readonly planId: string; readonly deadline: string | null }[];
  readonly notes: readonly ReportingNote[];
}

export interface ReportingDateEdits {
  /** ISO yyyy-mm-dd. */
  readonly cutoff?: string | null;
  readonly deadline?: string | null;
}

/** The last day agencies may send their return for `year` under a plan's regime; null when the plan sets none. */
export function planDeadline(plan: PlanCatalog, year: number): string | null {
  const regime = plan.reporting as Partial<PlanCatalog["reporting"]> | undefined;
  const dayMonth = typeof regime?.agencyDeadline === "string" ? /^(\d{2})-(\d{2})$/.exec(regime.agencyDeadline) : null;
  if (!dayMonth) return null;
  const date = Date.UTC(year, Number(dayMonth[1]) - 1, Number(dayMonth[2]));
  if (Number.isNaN(date)) return null;
  // "trước ngày 15/11": the last permitted day is 14/11.
  return isoOf(regime?.agencyDeadlineExclusive === true ? date - DAY : date);
}

export function resolveReportingDates(plans: readonly PlanCatalog[], year: number, edits: ReportingDateEdits = {}): ReportingDates {
  const perPlan = plans.map((plan) => ({ planId: plan.id as string, deadline: planDeadline(plan, year) }));
  const set = perPlan.filter((entry): entry is { planId: string; deadline: string } => entry.deadline !== null);
  const earliest = set.map((entry) => entry.deadline).sort()[0] ?? null;
  const notes: ReportingNote[] = [];
  if (new Set(set.map((entry) => entry.deadline)).size > 1 && earliest) notes.push({ code: "deadlines_differ", chosen: earliest, deadlines: set });

  let deadline = earliest;
  if (edits.deadline) {
    if (edits.deadline !== earliest) notes.push({ code: "deadline_edited", fromPlans: earliest });
    deadline = edits.deadline;
  } else if (deadline === null) {
    notes.push({ code: "deadline_not_set" });
  }

  let cutoff = edits.cutoff ?? null;
  if (!cutoff) {
    cutoff = deadline ? lastDayOfPreviousMonth(deadline) : `${year}-12-14`;
    notes.push({ code: "cutoff_defaulted", cutoff });
  }
  if (deadline && cutoff > deadline) notes.push({ code: "cutoff_after_deadline", cutoff, deadline });
  return { cutoff, deadline, perPlan, notes };
}

/**
 * When a task is due, as the template shows it. The catalogue's due fields are still growing (new kinds,
 * milestones, tasks read from the body only), so they are read here alone, and anything unexpected gives null.
 */
export function readDue(task: Task): { readonly text: string | null; readonly by: string | null } {
  const due = (task as { readonly due?: unknown }).due;
  if (typeof due !== "object" || due === null) return { text: null, by: null };
  const { text, by, from, to } = due as Record<string, unknown>;
  const by_ = typeof by === "string" && /^\d{4}-\d{2}-\d{2}$/.test(by) ? by : null;
  if (typeof text === "string" && text.trim() !== "") return { text: text.trim(), by: by_ };
  if (typeof from === "number" && typeof to === "number") return { text: from === to ? String(to) : `${from} - ${to}`, by: by_ };
  if (typeof to === "number") return { text: String(to), by: by_ };
  return { text: by_ ? vietnameseDate(by_) : null, by: by_ };
}

const DAY = 86_400_000;

function isoOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function lastDayOfPreviousMonth(iso: string): string {
  const [year, month] = iso.split("-").map(Number) as [number, number];
  return isoOf(Date.UTC(year, month - 1, 1) - DAY);
}

/** "2026-11-15" → "15/11/2026". */
export function vietnameseDate(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split("-");
  return `${day}/${month}/${year}`;
}

/** "15/11/2026" (or "5/1/2026") → "2026-11-15"; null when it is not a real date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return isoOf(date.getTime());
}
