import type { Agency } from "../agency";
import type { AgencyDirectory } from "./agencyDirectory";
import { normalizeText, unifyToneMarks } from "../../text/normalizeVietnamese";

/** One place in prose where a known agency spelling occurs. Offsets index `normalizeText(text)`. */
export interface AgencyMention {
  readonly start: number;
  readonly end: number;
  /** The words as written. */
  readonly text: string;
  /** The agencies this spelling belongs to (several when provinces share it). */
  readonly agencies: readonly Agency[];
}

interface Token {
  readonly folded: string;
  readonly start: number;
  readonly end: number;
}

// Words (with "&" for "KH&ĐT") and single punctuation marks; dashes become one token so that
// "chính trị-xã hội" and "chính trị - xã hội" read alike.
const TOKEN = /[\p{L}\p{N}&]+|[^\s\p{L}\p{N}]/gu;

function tokensOf(text: string): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    folded: unifyToneMarks(m[0].toLowerCase()).replace(/[‐‑‒–—]/u, "-"),
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
  spelling: string | null;
}

function buildTrie(spellings: readonly string[]): TrieNode {
  const root: TrieNode = { next: new Map(), spelling: null };
  for (const spelling of spellings) {
    let node = root;
    for (const token of tokensOf(spelling)) {
      let child = node.next.get(token.folded);
      if (child === undefined) {
        child = { next: new Map(), spelling: null };
        node.next.set(token.folded, child);
      }
      node = child;
    }
    if (node !== root) node.spelling = spelling;
  }
  return root;
}

// One trie per directory: building it walks every spelling.
const tries = new WeakMap<AgencyDirectory, TrieNode>();

function trieOf(directory: AgencyDirectory): TrieNode {
  let trie = tries.get(directory);
  if (trie === undefined) {
    trie = buildTrie(directory.spellings);
    tries.set(directory, trie);
  }
  return trie;
}

/**
 * Finds the known agency spellings in a piece of prose ("Sở Kế hoạch và Đầu tư chủ trì, phối hợp với
 * các ngành, UBND các huyện, thị xã, thành phố"), longest match first, whole words only.
 */
export function findAgencyMentions(text: string, directory: AgencyDirectory): readonly AgencyMention[] {
  const normalized = normalizeText(text);
  const tokens = tokensOf(normalized);
  const trie = trieOf(directory);
  const mentions: AgencyMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node: TrieNode | undefined = trie;
    let best: { end: number; spelling: string } | null = null;
    for (let j = i; j < tokens.length && node !== undefined; j += 1) {
      node = node.next.get(tokens[j]?.folded ?? "");
      if (node?.spelling != null) best = { end: j, spelling: node.spelling };
    }
    const first = tokens[i];
    const last = best === null ? undefined : tokens[best.end];
    if (best === null || first === undefined || last === undefined) {
      i += 1;
      continue;
    }
    mentions.push({
      start: first.start,
      end: last.end,
      text: normalized.slice(first.start, last.end),
      agencies: directory.agenciesSpelled(best.spelling),
    });
    i = best.end + 1;
  }
  return mentions;
}
