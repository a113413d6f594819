import type { Agency } from "../agency";
import { createAgencyDirectory, type AgencyDirectory } from "../agencies/agencyDirectory";
import { splitAgencyEntries } from "../agencies/splitAgencyList";
import { foldForMatching } from "../../text/normalizeVietnamese";

/**
 * What the importer needs from the agency directory (data/agencies.json): split a cell into
 * names (commas inside names protected, shared prefixes expanded) and find the agency a name
 * means within the plan's province. Family rules only see this interface.
 */
export interface ResolvedName {
  /** The agency id, or null when no single agency fits. */
  readonly id: string | null;
  /** Ids the name could mean when it is ambiguous. */
  readonly candidates: readonly string[];
  /** The printed name is a doubtful spelling (data/agencies.json `doubtfulAliases`): it names no real body. */
  readonly doubtful?: boolean;
}

export interface SplitName {
  readonly name: string;
  /** A scope the plan attaches to this agency: "(giáo dục đại học)". */
  readonly scope: string | null;
}

export interface AgencyResolver {
  split(text: string): readonly SplitName[];
  resolve(name: string): ResolvedName;
}

/** "Thanh Hóa" → "thanhhoa", the province slug agency ids start with. */
export function provinceSlug(province: string): string {
  return province
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

function scopeOf(qualifier: string | null): string | null {
  if (qualifier === null) return null;
  const scope = qualifier
    .replace(/^(?:chủ trì|phối hợp)(?:\s+thực hiện)?(?:\s+(?:nhiệm vụ|mục tiêu))?\s*/iu, "")
    .trim();
  return scope === "" ? null : scope;
}

export function createAgencyResolver(agencies: readonly Agency[], province: string | null): AgencyResolver {
  const directory: AgencyDirectory = createAgencyDirectory(agencies);
  // Most rows repeat names already seen (the same partners, row after row): match each name once.
  const resolved = new Map<string, ResolvedName>();
  return {
    split: (text) =>
      splitAgencyEntries(text, directory).map((entry) => ({ name: entry.name, scope: scopeOf(entry.qualifier) })),
    resolve: (name) => {
      const known = resolved.get(name);
      if (known !== undefined) return known;
      const match = directory.match(name, province);
      const result: ResolvedName =
        match.kind === "unknown"
          ? {
              id: null,
              candidates: match.candidates.map((agency) => agency.id),
              ...(match.doubtful ? { doubtful: true } : {}),
            }
          : { id: match.agency.id, candidates: [] };
      resolved.set(name, result);
      return result;
    },
  };
}

/** Whether two printed names mean the same agency; unknown names compare by folded text. */
export function sameAgency(resolver: AgencyResolver, a: string, b: string): boolean {
  const left = resolver.resolve(a);
  const right = resolver.resolve(b);
  if (left.id !== null && right.id !== null) return left.id === right.id;
  return foldForMatching(a) === foldForMatching(b);
}
