import { foldForSearch } from "../../text/foldForSearch";
import type { AgencyId, GoalCode, PlanCatalog, ReviewItem, Target, Task } from "../types";

export interface CatalogFilter {
  /** Words to find in codes, texts, indicator labels, deadlines and outputs; accents optional. */
  readonly query: string;
  readonly goal: GoalCode | null;
  readonly agency: AgencyId | null;
  /** With `agency`: only where it leads, only where it supports, or either. */
  readonly role: "lead" | "partner" | "any";
  readonly quantitativeOnly: boolean;
  readonly reviewOnly: boolean;
}

export const NO_FILTER: CatalogFilter = { query: "", goal: null, agency: null, role: "any", quantitativeOnly: false, reviewOnly: false };

export interface FilteredCatalog {
  readonly targets: readonly Target[];
  readonly tasks: readonly Task[];
  /** Review items by "target:1.1" / "task:VIII.5.3", for showing next to each item. */
  readonly reviewBySubject: ReadonlyMap<string, readonly ReviewItem[]>;
}

/** The targets and tasks an officer asked to see; every criterion must hold. */
export function filterCatalogItems(catalog: PlanCatalog, filter: CatalogFilter): FilteredCatalog {
  const reviewBySubject = new Map<string, ReviewItem[]>();
  for (const item of catalog.review) {
    const key = `${item.subject.kind}:${item.subject.id ?? ""}`;
    reviewBySubject.set(key, [...(reviewBySubject.get(key) ?? []), item]);
  }
  const words = foldForSearch(filter.query).split(" ").filter(Boolean);
  const matchesWords = (haystack: string) => {
    const folded = foldForSearch(haystack);
    return words.every((word) => folded.includes(word));
  };
  const matchesAgency = (item: { readonly lead: readonly AgencyId[]; readonly partners: readonly AgencyId[] }) => {
    if (!filter.agency) return true;
    const leads = item.lead.includes(filter.agency);
    const supports = item.partners.includes(filter.agency);
    return filter.role === "lead" ? leads : filter.role === "partner" ? supports : leads || supports;
  };

  const targets = catalog.targets.filter(
    (target) =>
      (!filter.goal || target.goal === filter.goal) &&
      (!filter.quantitativeOnly || target.quantitative) &&
      (!filter.reviewOnly || reviewBySubject.has(`target:${target.code}`)) &&
      matchesAgency(target) &&
      matchesWords([target.code, target.text, ...target.indicators.map((indicator) => `${indicator.label} ${indicator.unit ?? ""}`)].join(" ")),
  );
  // Tasks carry no numbers of their own: "quantitative only" keeps the tasks of quantitative targets.
  const quantitativeTargets = new Set(catalog.targets.filter((target) => target.quantitative).map((target) => target.code as string));
  const tasks = catalog.tasks.filter(
    (task) =>
      (!filter.goal || task.goal === filter.goal) &&
      (!filter.quantitativeOnly || (task.target !== null && quantitativeTargets.has(task.target))) &&
      (!filter.reviewOnly || reviewBySubject.has(`task:${task.id}`)) &&
      matchesAgency(task) &&
      matchesWords([task.id, task.group ?? "", task.text, task.due.text ?? "", ...task.outputs].join(" ")),
  );
  return { targets, tasks, reviewBySubject };
}
