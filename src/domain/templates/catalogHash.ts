import type { PlanCatalog } from "../catalog/types";
import { canonicalJson, sha256Joined, type TextDigest } from "./sha256";

/**
 * Catalogues are immutable data, and validating a round compares every return with the same few: hashing a large one
 * costs tens of milliseconds, so each object is hashed once.
 */
const hashes = new WeakMap<PlanCatalog, string>();

/** SHA-256 of a catalogue's canonical JSON: a return names exactly the catalogue its template was made from. */
export function catalogHash(catalog: PlanCatalog, digest: TextDigest = sha256Joined): string {
  let hash = hashes.get(catalog);
  if (hash === undefined) {
    hash = digest([canonicalJson(catalog)], "");
    hashes.set(catalog, hash);
  }
  return hash;
}
