import type { PlanCatalog, ReviewItem } from "../types";
import { reviewItemIds } from "./reviewItemIds";

export interface ReviewEntry {
  /** Stable id, see reviewItemIds. */
  readonly id: string;
  readonly item: ReviewItem;
}

/** The review items about one thing: the whole plan, an agency name, a goal, a target or a task. */
export interface ReviewSubject {
  readonly kind: ReviewItem["subject"]["kind"];
  readonly id: string | null;
  /** The goal's title, the target's or task's text; null for the plan, an agency name, or an id the catalogue lacks. */
  readonly title: string | null;
  readonly entries: readonly ReviewEntry[];
}

export type ReviewScope = "plan" | "goal" | "item";

export interface ReviewSection {
  readonly scope: ReviewScope;
  readonly subjects: readonly ReviewSubject[];
}

const SCOPE_OF_KIND: Readonly<Record<ReviewItem["subject"]["kind"], ReviewScope>> = {
  plan: "plan",
  agency: "plan",
  goal: "goal",
  target: "item",
  task: "item",
};

/**
 * Every review item of the plan, each exactly once: first those about the whole plan (and printed agency
 * names), then those about a goal, then those about a target or task, subjects in the catalogue's order.
 */
export function groupReviewItems(catalog: PlanCatalog): ReviewSection[] {
  const ids = reviewItemIds(catalog.review);
  const bySubject = new Map<string, { kind: ReviewItem["subject"]["kind"]; id: string | null; entries: ReviewEntry[] }>();
  catalog.review.forEach((item, index) => {
    const key = subjectKey(item.subject.kind, item.subject.id);
    const subject = bySubject.get(key) ?? { kind: item.subject.kind, id: item.subject.id, entries: [] };
    subject.entries.push({ id: ids[index]!, item });
    bySubject.set(key, subject);
  });

  const order = catalogueOrder(catalog);
  const titles = subjectTitles(catalog);
  const subjects = [...bySubject.entries()]
    .map(([key, subject]) => ({ ...subject, key, title: titles.get(key) ?? null }))
    .sort((a, b) => (order.get(a.key) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.key) ?? Number.MAX_SAFE_INTEGER));

  const scopes: ReviewScope[] = ["plan", "goal", "item"];
  return scopes
    .map((scope) => ({
      scope,
      subjects: subjects
        .filter((subject) => SCOPE_OF_KIND[subject.kind] === scope)
        .map(({ kind, id, title, entries }) => ({ kind, id, title, entries })),
    }))
    .filter((section) => section.subjects.length > 0);
}

function subjectKey(kind: string, id: string | null): string {
  return `${kind}:${id ?? ""}`;
}

/** Position of each subject in the plan: the plan first, then goals, targets and tasks as the catalogue lists them. */
function catalogueOrder(catalog: PlanCatalog): Map<string, number> {
  const keys = [
    subjectKey("plan", null),
    ...catalog.goals.map((goal) => subjectKey("goal", goal.code)),
    ...catalog.targets.map((target) => subjectKey("target", target.code)),
    ...catalog.tasks.map((task) => subjectKey("task", task.id)),
  ];
  return new Map(keys.map((key, index) => [key, index]));
}

function subjectTitles(catalog: PlanCatalog): Map<string, string> {
  return new Map([
    ...catalog.goals.map((goal) => [subjectKey("goal", goal.code), goal.title] as const),
    ...catalog.targets.map((target) => [subjectKey("target", target.code), target.text] as const),
    ...catalog.tasks.map((task) => [subjectKey("task", task.id), task.text] as const),
  ]);
}
