import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../domain/catalog/types";
import { distributeDuties, type DutyDistribution } from "../../domain/templates/distributeDuties";
import { canonicalJson, domainSha256, type TextDigest } from "../../domain/templates/sha256";
import { rowKeyId } from "../../domain/validation/inputLayout";
import { knownRowKeys } from "./catalogRows";

/**
 * What validating a round works out once for all its returns, from the catalogues alone: who receives which row on a
 * day, which rows each catalogue knows, the agencies by id. Each return's own rows are still rebuilt from these (a
 * few milliseconds); keeping them would only help an agency that sends twice. One cache serves one run (a CLI call,
 * a consolidation, a pane's batch). Every entry remembers the very objects it was computed from (catalogues,
 * successions, agencies) and is recomputed when given others, so a cache handed a changed catalogue never answers
 * with stale rows.
 */
export interface ValidationCache {
  distribution(catalogs: readonly PlanCatalog[], successions: readonly AgencySuccession[], asOf: string, choices: Readonly<Record<string, readonly AgencyId[]>>): DutyDistribution;
  /** rowKeyId of every row the catalogue can put in a template (see knownRowKeys). */
  knownIds(catalog: PlanCatalog): ReadonlySet<string>;
  directory(agencies: readonly Agency[]): ReadonlyMap<AgencyId, Agency>;
  /** How the run hashes catalogues and locked content: the domain's own SHA-256 unless the platform has a faster one. */
  readonly digest: TextDigest;
}

export interface ValidationCacheOptions {
  /** A native SHA-256 (the CLI's node:crypto); it must give the domain's digests. */
  readonly digest?: TextDigest;
}

export function createValidationCache(options: ValidationCacheOptions = {}): ValidationCache {
  const memo = new IdentityMemo();
  return {
    digest: options.digest ?? domainSha256,
    distribution: (catalogs, successions, asOf, choices) =>
      memo.get(
        "distribution",
        [asOf, canonicalJson(choices), ...catalogs.map((plan) => plan.id)].join("\u0000"),
        [...catalogs, successions],
        () => distributeDuties(catalogs, { successions, asOf, choices }),
      ),
    knownIds: (catalog) => memo.get("known", catalog.id, [catalog], () => new Set(knownRowKeys([catalog]).map(rowKeyId))),
    directory: (agencies) => memo.get("directory", "", [agencies], () => new Map(agencies.map((agency) => [agency.id, agency]))),
  };
}

/** Values by kind and key, each valid only for the exact input objects it was computed from. */
class IdentityMemo {
  private readonly entries = new Map<string, { readonly inputs: readonly object[]; readonly value: unknown }>();

  get<V>(kind: string, key: string, inputs: readonly object[], compute: () => V): V {
    const id = `${kind}\u0001${key}`;
    const found = this.entries.get(id);
    if (found && found.inputs.length === inputs.length && found.inputs.every((input, index) => input === inputs[index])) return found.value as V;
    const value = compute();
    this.entries.set(id, { inputs, value });
    return value;
  }
}
