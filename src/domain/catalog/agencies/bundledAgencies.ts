import type { Agency, AgencySuccession } from "../agency";
import agenciesJson from "../../../../data/agencies.json";
import successionsJson from "../../../../data/agency-successors.json";
import { createAgencyDirectory, type AgencyDirectory } from "./agencyDirectory";

/**
 * The agency data shipped with the add-in (data/agencies.json, data/agency-successors.json).
 * JSON imports type "kind" as string, so the shape is asserted here and checked by the data tests
 * (checkAgencies / checkAgencySuccessions and the JSON schemas).
 */
export const bundledAgencies = agenciesJson as unknown as readonly Agency[];
export const bundledSuccessions = successionsJson as unknown as readonly AgencySuccession[];

let directory: AgencyDirectory | undefined;

/** The directory of the bundled agencies, built once. */
export function bundledAgencyDirectory(): AgencyDirectory {
  directory ??= createAgencyDirectory(bundledAgencies);
  return directory;
}
