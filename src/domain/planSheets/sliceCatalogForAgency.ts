import type { AgencyId, PlanCatalog } from "../catalog/types";

/**
 * The part of a plan one agency leads or supports: its targets and tasks, the goals they belong to, and the
 * review items about them (plus those about the plan as a whole).
 */
export function sliceCatalogForAgency(catalog: PlanCatalog, agency: AgencyId): PlanCatalog {
  const involves = (item: { readonly lead: readonly AgencyId[]; readonly partners: readonly AgencyId[] }) =>
    item.lead.includes(agency) || item.partners.includes(agency);
  const targets = catalog.targets.filter(involves);
  const tasks = catalog.tasks.filter(involves);
  const goals = new Set<string>([...targets.map((target) => target.goal), ...tasks.flatMap((task) => (task.goal ? [task.goal] : []))]);
  const subjects = new Set([...targets.map((target) => `target:${target.code}`), ...tasks.map((task) => `task:${task.id}`)]);
  return {
    ...catalog,
    goals: catalog.goals.filter((goal) => goals.has(goal.code)),
    targets,
    tasks,
    review: catalog.review.filter(
      (item) => item.subject.kind === "plan" || subjects.has(`${item.subject.kind}:${item.subject.id ?? ""}`) || (item.subject.kind === "agency" && item.subject.id === agency),
    ),
  };
}
