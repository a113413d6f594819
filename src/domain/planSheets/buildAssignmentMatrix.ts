import type { AgencyId, GoalCode, PlanCatalog } from "../catalog/types";

export type AssignmentRole = "lead" | "partner" | null;

export interface AssignmentItem {
  readonly kind: "target" | "task";
  readonly code: string;
  readonly goal: GoalCode | null;
  readonly text: string;
  /** One entry per agency, in `agencies` order. */
  readonly roles: readonly AssignmentRole[];
}

export interface AgencyColumn {
  readonly agency: AgencyId;
  readonly leadCount: number;
  readonly partnerCount: number;
}

export interface AssignmentMatrix {
  /** Agencies ordered by how much they lead, then support, then by id. */
  readonly agencies: readonly AgencyColumn[];
  /** Targets then tasks, in plan order; only those with at least one assignment. */
  readonly items: readonly AssignmentItem[];
}

/**
 * Targets and tasks × agencies: who leads (chủ trì) and who supports (phối hợp) each item. Items are rows and
 * agencies columns, so the sheet grows downwards with the plan. An agency listed as both lead and partner of
 * one item counts as lead.
 */
export function buildAssignmentMatrix(catalog: PlanCatalog): AssignmentMatrix {
  const entries = [
    ...catalog.targets.map((target) => ({ kind: "target" as const, code: target.code as string, goal: target.goal, text: target.text, lead: target.lead, partners: target.partners })),
    ...catalog.tasks.map((task) => ({ kind: "task" as const, code: task.id as string, goal: task.goal, text: task.text, lead: task.lead, partners: task.partners })),
  ].filter((entry) => entry.lead.length + entry.partners.length > 0);

  const counts = new Map<AgencyId, { lead: number; partner: number }>();
  const rolesOf = entries.map((entry) => {
    const roles = new Map<AgencyId, "lead" | "partner">();
    entry.partners.forEach((agency) => roles.set(agency, "partner"));
    entry.lead.forEach((agency) => roles.set(agency, "lead"));
    for (const [agency, role] of roles) {
      const count = counts.get(agency) ?? { lead: 0, partner: 0 };
      count[role]++;
      counts.set(agency, count);
    }
    return roles;
  });

  const agencies = [...counts.entries()]
    .map(([agency, count]) => ({ agency, leadCount: count.lead, partnerCount: count.partner }))
    .sort((a, b) => b.leadCount - a.leadCount || b.partnerCount - a.partnerCount || a.agency.localeCompare(b.agency));
  const items = entries.map((entry, index) => ({
    kind: entry.kind,
    code: entry.code,
    goal: entry.goal,
    text: entry.text,
    roles: agencies.map((column) => rolesOf[index]!.get(column.agency) ?? null),
  }));
  return { agencies, items };
}
