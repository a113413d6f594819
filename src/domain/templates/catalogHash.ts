import type { PlanCatalog } from "../catalog/types";
import { domainSha256, writeCanonicalJson, type TextDigest } from "./sha256";

/**
 * Catalogues are immutable data, and validating a round compares every return with the same few: hashing a large one
 * costs tens of milliseconds, so each object is hashed once.
 */
const hashes = new WeakMap<PlanCatalog, string>();

/** SHA-256 of a catalogue's canonical JSON: a return names exactly the catalogue its template was made from. */
export function catalogHash(catalog: PlanCatalog, digest: TextDigest = domainSha256): string {
  let hash = hashes.get(catalog);
  if (hash === undefined) {
    const hasher = digest();
    writeCanonicalJson(catalog, (piece) => hasher.update(piece));
    hash = hasher.hex();
    hashes.set(catalog, hash);
  }
  return hash;
}
