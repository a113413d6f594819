import type { PlanCatalog } from "../catalog/types";
import { canonicalJson, sha256Text } from "./sha256";

/** SHA-256 of a catalogue's canonical JSON: a return names exactly the catalogue its template was made from. */
export function catalogHash(catalog: PlanCatalog): string {
  return sha256Text(canonicalJson(catalog));
}
