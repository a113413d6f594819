import type { Agency, AgencySuccession } from "../../domain/catalog/agency";

/** The agency directory and the successor mapping, which the pane needs only once a plan or a section is opened. */
export interface AgencyData {
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
}

/** Loads the bundled agency data (data/agencies.json, data/agency-successors.json) as its own chunk, off the first screen. */
export async function loadBundledAgencyData(): Promise<AgencyData> {
  const { bundledAgencies, bundledSuccessions } = await import(
    /* webpackChunkName: "agencies" */ "../../domain/catalog/agencies/bundledAgencies"
  );
  return { agencies: bundledAgencies, successions: bundledSuccessions };
}
