import type { AgencySuccession } from "../agency";
import type { AgencyId } from "../types";

export interface SuccessorResolution {
  /** The bodies that hold the duty on the date: the agency itself when nothing replaced it. */
  readonly current: readonly AgencyId[];
  /** The successions followed, in the order they were applied. */
  readonly chain: readonly AgencySuccession[];
  /** True when following the successions came back to a body already passed (a data error). */
  readonly cycle: boolean;
}

/** The succession that applies to `id` on `onDate`: the latest one already in effect. */
function successionOf(id: AgencyId, successions: readonly AgencySuccession[], onDate: string): AgencySuccession | undefined {
  let found: AgencySuccession | undefined;
  for (const s of successions) {
    if (s.from !== id || s.effective > onDate) continue;
    if (found === undefined || s.effective > found.effective) found = s;
  }
  return found;
}

/**
 * Who holds an agency's duties on `onDate` (ISO yyyy-mm-dd): follows successions in effect by then,
 * through chains (Sở KH&ĐT Đắk Nông → Sở Tài chính Đắk Nông → Sở Tài chính Lâm Đồng) and splits
 * (one body → several), and stops where a chain would revisit a body.
 */
export function resolveSuccessor(
  id: AgencyId,
  successions: readonly AgencySuccession[],
  onDate: string,
): SuccessorResolution {
  const current: AgencyId[] = [];
  const chain: AgencySuccession[] = [];
  let cycle = false;

  function follow(at: AgencyId, path: readonly AgencyId[]): void {
    const succession = successionOf(at, successions, onDate);
    const next = succession?.to.filter((to) => !path.includes(to) && to !== at) ?? [];
    if (succession !== undefined && next.length < succession.to.length) cycle = true;
    if (succession === undefined || next.length === 0) {
      if (!current.includes(at)) current.push(at);
      return;
    }
    if (!chain.includes(succession)) chain.push(succession);
    for (const to of next) follow(to, [...path, at]);
  }

  follow(id, []);
  return { current, chain, cycle };
}
