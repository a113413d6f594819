import type { Agency } from "../agency";
import { foldForMatching, letterCount } from "../../text/normalizeVietnamese";

/**
 * The outcome of looking a name up. "exact": the name is the agency's canonical name (after folding);
 * "alias": it is its short name or one of its listed spellings; "unknown": no single agency fits, and
 * `candidates` lists the agencies the name could mean (empty when none). The directory never picks
 * between two candidates: the importer turns "unknown" into a review item.
 */
export type AgencyMatch =
  | { readonly kind: "exact" | "alias"; readonly agency: Agency; readonly name: string }
  | {
      readonly kind: "unknown";
      readonly name: string;
      readonly candidates: readonly Agency[];
      /** The name is a listed doubtful spelling: it names no real body, the candidates are who it likely means. */
      readonly doubtful?: boolean;
    };

export interface AgencyDirectory {
  /** Looks `name` up among the agencies of `province` first, then among national bodies. */
  match(name: string, province: string | null): AgencyMatch;
  byId(id: string): Agency | undefined;
  /** True when some agency of any province has this name, short name or alias (after folding). */
  knows(name: string): boolean;
  /** Letters and digits of the longest known spelling (see splitAgencyEntries). */
  readonly maxLetters: number;
  /** Every folded spelling the directory knows, longest first (for scanning prose). */
  readonly spellings: readonly string[];
  /** The agencies that carry one folded spelling. */
  agenciesSpelled(folded: string): readonly Agency[];
  readonly all: readonly Agency[];
}

function spellingsOf(agency: Agency): readonly string[] {
  const folded = [agency.name, agency.shortName, ...agency.aliases].map(foldForMatching).filter((s) => s !== "");
  return [...new Set(folded)];
}

function addTo(index: Map<string, Agency[]>, spelling: string, agency: Agency): void {
  const list = index.get(spelling);
  if (list === undefined) index.set(spelling, [agency]);
  else if (!list.includes(agency)) list.push(agency);
}

export function createAgencyDirectory(agencies: readonly Agency[]): AgencyDirectory {
  const bySpelling = new Map<string, Agency[]>();
  const byDoubtfulSpelling = new Map<string, Agency[]>();
  const byId = new Map<string, Agency>();
  for (const agency of agencies) {
    byId.set(agency.id, agency);
    for (const spelling of spellingsOf(agency)) addTo(bySpelling, spelling, agency);
    for (const doubtful of agency.doubtfulAliases ?? []) addTo(byDoubtfulSpelling, foldForMatching(doubtful), agency);
  }
  const spellings = [...new Set([...bySpelling.keys(), ...byDoubtfulSpelling.keys()])].sort(
    (a, b) => b.length - a.length || a.localeCompare(b),
  );

  function found(agency: Agency, name: string, folded: string): AgencyMatch {
    const kind = foldForMatching(agency.name) === folded ? "exact" : "alias";
    return { kind, agency, name };
  }

  function match(name: string, province: string | null): AgencyMatch {
    const folded = foldForMatching(name);
    const candidates = bySpelling.get(folded) ?? [];
    // A doubtful spelling in this province: offer both readings, never pick one.
    const doubtful = (byDoubtfulSpelling.get(folded) ?? []).filter((a) => province === null || a.province === province);
    if (doubtful.length > 0) return { kind: "unknown", name, candidates: [...doubtful, ...candidates], doubtful: true };
    // Province-scoped bodies first, national bodies second; bodies of other provinces never match.
    const tiers =
      province === null
        ? [candidates.filter((a) => a.province === null), candidates]
        : [candidates.filter((a) => a.province === province), candidates.filter((a) => a.province === null)];
    for (const tier of tiers) {
      if (tier.length === 1 && tier[0] !== undefined) return found(tier[0], name, folded);
      if (tier.length > 1) return { kind: "unknown", name, candidates: tier };
    }
    return { kind: "unknown", name, candidates };
  }

  return {
    match,
    byId: (id) => byId.get(id),
    knows: (name) => {
      const folded = foldForMatching(name);
      return bySpelling.has(folded) || byDoubtfulSpelling.has(folded);
    },
    maxLetters: Math.max(0, ...spellings.map(letterCount)),
    spellings,
    agenciesSpelled: (folded) => [...(bySpelling.get(folded) ?? []), ...(byDoubtfulSpelling.get(folded) ?? [])],
    all: agencies,
  };
}
