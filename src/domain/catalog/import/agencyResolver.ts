import type { Agency } from "../agency";
import { createAgencyDirectory, type AgencyDirectory } from "../agencies/agencyDirectory";
import { splitAgencyEntries, type KnownNames } from "../agencies/splitAgencyList";
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

// Building a directory folds every spelling of every agency; imports that share an agency list share it.
const directories = new WeakMap<readonly Agency[], AgencyDirectory>();

function directoryOf(agencies: readonly Agency[]): AgencyDirectory {
  const known = directories.get(agencies);
  if (known !== undefined) return known;
  const directory = createAgencyDirectory(agencies);
  directories.set(agencies, directory);
  return directory;
}

/** Splitting asks about the same runs of pieces for every cell that lists the same partners: fold each once. */
function rememberingKnownNames(directory: AgencyDirectory): KnownNames {
  const answers = new Map<string, boolean>();
  return {
    maxLetters: directory.maxLetters,
    knows: (name) => {
      const known = answers.get(name);
      if (known !== undefined) return known;
      const answer = directory.knows(name);
      answers.set(name, answer);
      return answer;
    },
  };
}

export function createAgencyResolver(agencies: readonly Agency[], province: string | null): AgencyResolver {
  const directory = directoryOf(agencies);
  const knownNames = rememberingKnownNames(directory);
  // Most rows repeat cells and names already seen (the same partners, row after row): split and match each once.
  const splits = new Map<string, readonly SplitName[]>();
  const resolved = new Map<string, ResolvedName>();
  return {
    split: (text) => {
      const known = splits.get(text);
      if (known !== undefined) return known;
      const names = splitAgencyEntries(text, knownNames).map((entry) => ({
        name: entry.name,
        scope: scopeOf(entry.qualifier),
      }));
      splits.set(text, names);
      return names;
    },
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
