import type { Agency } from "../../agency";
import type { AgencyId, LeadScope, SourceRef } from "../../types";
import { foldForMatching } from "../../../text/normalizeVietnamese";
import type { AgencyResolver, SplitName } from "../agencyResolver";
import type { DraftName, DraftReview } from "../draft";

/**
 * Stage 1 of resolveDraft: printed agency names → ids. The book remembers every name that matched no single
 * agency (where it was first printed, how often, its candidates) and every id used, for the review items and
 * the catalogue's agency list.
 */
export interface NameResolution {
  readonly ids: AgencyId[];
  readonly unresolved: string[];
  readonly scopes: LeadScope[];
}

export interface NameBook {
  resolve(names: readonly (SplitName | DraftName)[], source: SourceRef): NameResolution;
  /** One review item per name that matched no single agency. */
  reviewUnknown(): DraftReview[];
  readonly used: ReadonlySet<string>;
}

interface Unknown {
  readonly name: string;
  readonly source: SourceRef;
  readonly candidates: readonly string[];
  readonly doubtful: boolean;
  readonly count: number;
}

export function createNameBook(resolver: AgencyResolver, agencies: readonly Agency[]): NameBook {
  const used = new Set<string>();
  const unknown = new Map<string, Unknown>();

  const remember = (name: string, where: SourceRef, candidates: readonly string[], doubtful: boolean): void => {
    const key = foldForMatching(name);
    const known = unknown.get(key);
    unknown.set(key, { name, source: known?.source ?? where, candidates, doubtful, count: (known?.count ?? 0) + 1 });
  };

  const resolve = (names: readonly (SplitName | DraftName)[], source: SourceRef): NameResolution => {
    const ids: AgencyId[] = [];
    const unresolved: string[] = [];
    const scopes: LeadScope[] = [];
    for (const name of names) {
      const resolved = resolver.resolve(name.name);
      if (resolved.id === null) {
        unresolved.push(name.name);
        remember(name.name, "source" in name ? name.source : source, resolved.candidates, resolved.doubtful === true);
        continue;
      }
      const id = resolved.id as AgencyId;
      used.add(id);
      if (!ids.includes(id)) ids.push(id);
      if (name.scope !== null && !scopes.some((scope) => scope.agency === id && scope.scope === name.scope)) {
        scopes.push({ agency: id, scope: name.scope });
      }
    }
    return { ids, unresolved, scopes };
  };

  // A name that is no real body's ("Sở Quốc phòng", 001 L275: a doubtful spelling with one candidate) is never
  // mapped silently, however likely the intended body: the officer confirms it once, with a resolveName correction.
  const agencyName = (id: string): string => agencies.find((agency) => agency.id === id)?.name ?? id;
  const reviewUnknown = (): DraftReview[] =>
    [...unknown.values()].map((entry) => ({
      code:
        entry.candidates.length > 1 ? "ambiguous_agency" : entry.doubtful ? "agency_name_doubtful" : "unknown_agency",
      subject: { kind: "agency", id: entry.name },
      params: {
        name: entry.name,
        uses: entry.count,
        ...(entry.doubtful ? { candidateNames: entry.candidates.map(agencyName).join("; ") } : {}),
      },
      source: entry.source,
      candidates: entry.candidates,
    }));

  return { resolve, reviewUnknown, used };
}
