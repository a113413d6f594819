import type { Agency } from "../../domain/catalog/agency";
import { foldForSearch } from "../../domain/text/foldForSearch";

/**
 * How the CLI finds agencies from what an officer types: an id or a name, accents optional
 * ("so y te" is "Sở Y tế"). Doubtful aliases are left out: they may mean another body.
 */

function spellingsOf(agency: Agency): readonly string[] {
  return [...new Set([agency.id, agency.name, agency.shortName, ...agency.aliases].map(foldForSearch).filter((s) => s !== ""))];
}

/** The agencies whose id, name, short name or an alias is `text`, after folding. */
export function agenciesNamed(text: string, agencies: readonly Agency[]): readonly Agency[] {
  const folded = foldForSearch(text);
  return folded === "" ? [] : agencies.filter((agency) => spellingsOf(agency).includes(folded));
}

/** The agencies where every word of `query` begins a word of the id, name, short name or an alias (all of them for an empty query). */
export function agenciesMatching(query: string, agencies: readonly Agency[]): readonly Agency[] {
  const words = [...tokensOf(foldForSearch(query))];
  return agencies.filter((agency) => {
    const tokens = spellingsOf(agency).flatMap((spelling) => [...tokensOf(spelling)]);
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  });
}

function tokensOf(folded: string): ReadonlySet<string> {
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
}

/** Edits (insert, delete, replace, swap two neighbours) from one spelling to the other: "sty" is one swap from "syt". */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_row, i) => Array.from({ length: b.length + 1 }, (_cell, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const replace = rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, replace);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}

/** 0–1: how close one spelling is letter by letter; only a near miss (a typo or two) counts. */
function typoCloseness(query: string, spelling: string): number {
  const closeness = 1 - editDistance(query, spelling) / Math.max(query.length, spelling.length);
  return closeness >= 0.75 ? closeness : 0;
}

/**
 * 0–1: the share of the typed words an agency's spellings contain, each word weighted by how rare it is among
 * the candidates, so that "sở" or "tỉnh" alone, which half the agencies share, counts for little.
 */
function wordCoverage(queryTokens: ReadonlySet<string>, tokens: ReadonlySet<string>, weight: (token: string) => number): number {
  const total = [...queryTokens].reduce((sum, token) => sum + weight(token), 0);
  const shared = [...queryTokens].filter((token) => tokens.has(token)).reduce((sum, token) => sum + weight(token), 0);
  return total === 0 ? 0 : shared / total;
}

/** Below this an agency is not worth suggesting. */
const MIN_SIMILARITY = 0.5;

/** Up to `limit` of `agencies` closest to `text` by shared words or a near-miss spelling, closest first. */
export function closestAgencies(text: string, agencies: readonly Agency[], limit = 5): readonly Agency[] {
  const query = foldForSearch(text);
  if (query === "") return [];
  const tokenSets = new Map(agencies.map((agency) => [agency, new Set(spellingsOf(agency).flatMap((spelling) => [...tokensOf(spelling)]))]));
  const frequency = new Map<string, number>();
  for (const tokens of tokenSets.values()) for (const token of tokens) frequency.set(token, (frequency.get(token) ?? 0) + 1);
  const weight = (token: string) => Math.log(1 + agencies.length / Math.max(1, frequency.get(token) ?? 0));
  const queryTokens = tokensOf(query);
  return agencies
    .map((agency) => {
      const typo = Math.max(...spellingsOf(agency).map((spelling) => typoCloseness(query, spelling)));
      return { agency, score: Math.max(typo, wordCoverage(queryTokens, tokenSets.get(agency)!, weight)) };
    })
    .filter((entry) => entry.score >= MIN_SIMILARITY)
    .sort((a, b) => b.score - a.score || a.agency.name.localeCompare(b.agency.name, "vi"))
    .slice(0, limit)
    .map((entry) => entry.agency);
}
