import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import { resolveSuccessor } from "../../domain/catalog/agencies/resolveSuccessor";
import type { AgencyId, PlanCatalog } from "../../domain/catalog/types";
import { localIsoDate } from "../../domain/text/vietnameseFormat";

/**
 * The agencies that lead or support some target or task of the plan: exactly those for which
 * sliceCatalogForAgency keeps something, so those `inject --agency` can write a part for.
 */
export function agencyIdsInPlan(catalog: PlanCatalog): ReadonlySet<AgencyId> {
  return new Set([...catalog.targets, ...catalog.tasks].flatMap((item) => [...item.lead, ...item.partners]));
}

export interface Successors {
  readonly holders: readonly AgencyId[];
  /** True when a succession followed is our best reading rather than a documented fact. */
  readonly uncertain: boolean;
}

/** Who holds the agency's duties on `onDate` when mergers moved them; null when it still holds them itself. */
export function successorsOf(agency: AgencyId, successions: readonly AgencySuccession[], onDate: string): Successors | null {
  const resolution = resolveSuccessor(agency, successions, onDate);
  const holders = resolution.current.filter((id) => id !== agency);
  if (resolution.chain.length === 0 || holders.length === 0) return null;
  return { holders, uncertain: resolution.chain.some((succession) => succession.uncertain) };
}

/** The plan's agencies whose duties `agency` holds today (Sở Tài chính took over Sở Kế hoạch và Đầu tư). */
export function predecessorsInPlan(
  agency: AgencyId,
  planAgencies: readonly Agency[],
  successions: readonly AgencySuccession[],
  onDate: string,
): readonly Agency[] {
  return planAgencies.filter((candidate) => successorsOf(candidate.id, successions, onDate)?.holders.includes(agency) === true);
}

/** Today as yyyy-mm-dd on this machine's calendar, the date successions are resolved on. */
export function todayIso(): string {
  return localIsoDate(new Date());
}
