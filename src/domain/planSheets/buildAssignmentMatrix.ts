import type { AgencyId, PlanCatalog } from "../catalog/types";

export type AssignmentRole = "lead" | "partner" | null;

export interface AssignmentItem {
  readonly kind: "target" | "task";
  readonly code: string;
}

export interface AssignmentRow {
  readonly agency: AgencyId;
  readonly leadCount: number;
  readonly partnerCount: number;
  /** One entry per item, in `items` order. */
  readonly roles: readonly AssignmentRole[];
}

export interface AssignmentMatrix {
  readonly items: readonly AssignmentItem[];
  /** Agencies ordered by how much they lead, then support, then by id. */
  readonly rows: readonly AssignmentRow[];
}

/**
 * Agencies × targets and tasks: who leads (chủ trì) and who supports (phối hợp) each item. Only items with at
 * least one assignment get a column; an agency that both leads and supports one item counts as lead.
 */
export function buildAssignmentMatrix(catalog: PlanCatalog): AssignmentMatrix {
  const assigned = [
    ...catalog.targets.map((target) => ({ item: { kind: "target" as const, code: target.code as string }, lead: target.lead, partners: target.partners })),
    ...catalog.tasks.map((task) => ({ item: { kind: "task" as const, code: task.id as string }, lead: task.lead, partners: task.partners })),
  ].filter((entry) => entry.lead.length + entry.partners.length > 0);

  const agencies = new Map<AgencyId, AssignmentRole[]>();
  assigned.forEach((entry, column) => {
    const mark = (agency: AgencyId, role: "lead" | "partner") => {
      let roles = agencies.get(agency);
      if (!roles) {
        roles = Array<AssignmentRole>(assigned.length).fill(null);
        agencies.set(agency, roles);
      }
      if (roles[column] !== "lead") roles[column] = role;
    };
    entry.partners.forEach((agency) => mark(agency, "partner"));
    entry.lead.forEach((agency) => mark(agency, "lead"));
  });

  const rows = [...agencies.entries()].map(([agency, roles]) => ({
    agency,
    roles,
    leadCount: roles.filter((role) => role === "lead").length,
    partnerCount: roles.filter((role) => role === "partner").length,
  }));
  rows.sort((a, b) => b.leadCount - a.leadCount || b.partnerCount - a.partnerCount || a.agency.localeCompare(b.agency));
  return { items: assigned.map((entry) => entry.item), rows };
}
