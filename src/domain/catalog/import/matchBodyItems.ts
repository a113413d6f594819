import { foldForMatching } from "../../text/normalizeVietnamese";
import type { BodyItem, BodySection } from "./readBodyAssignments";

/**
 * Pairs appendix rows with the body paragraphs that state the same task. The appendix condenses
 * ("Đề án nâng cao chất lượng giáo dục khu vực miền núi tỉnh Thanh Hóa.") what the body writes in
 * full ("+ Xây dựng Đề án nâng cao chất lượng giáo dục khu vực miền núi tỉnh Thanh Hóa, báo cáo UBND
 * tỉnh trước tháng 12 năm 2021."), so a row matches the body item that holds most of its word pairs.
 * A row that repeats a section's own title (003 row 1) stands for every item of that section.
 */
export interface BodyMatch {
  readonly items: readonly BodyItem[];
  /** The section whose title the row repeats, when it stands for the whole section. */
  readonly section: BodySection | null;
  readonly score: number;
}

/** Share of the row's word pairs the body item holds, for a match. */
const MIN_SCORE = 0.6;
/** How much better than the runner-up the best item must be. */
const MIN_MARGIN = 0.15;

function wordPairs(text: string): Set<string> {
  const words = foldForMatching(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/u)
    .filter((word) => word !== "");
  const pairs = new Set<string>();
  for (let index = 1; index < words.length; index += 1) pairs.add(`${words[index - 1]} ${words[index]}`);
  return pairs;
}

function share(row: ReadonlySet<string>, body: ReadonlySet<string>): number {
  if (row.size === 0) return 0;
  let shared = 0;
  for (const pair of row) if (body.has(pair)) shared += 1;
  return shared / row.size;
}

function union(sets: readonly ReadonlySet<string>[]): Set<string> {
  const all = new Set<string>();
  for (const set of sets) for (const pair of set) all.add(pair);
  return all;
}

/**
 * Word pairs, each with the positions of the texts that hold it. Matching a row then visits only
 * the texts that share a pair with it, so the work grows with the document, not with rows × items.
 */
interface PairIndex {
  readonly pairs: readonly ReadonlySet<string>[];
  readonly holders: ReadonlyMap<string, readonly number[]>;
}

function indexPairs(texts: readonly string[]): PairIndex {
  const pairs = texts.map(wordPairs);
  const holders = new Map<string, number[]>();
  pairs.forEach((set, position) => {
    for (const pair of set) {
      const list = holders.get(pair);
      if (list === undefined) holders.set(pair, [position]);
      else list.push(position);
    }
  });
  return { pairs, holders };
}

/** How many of `pairs` each indexed text holds, for the texts that hold at least one, in document order. */
function sharedCounts(pairs: ReadonlySet<string>, index: PairIndex): [position: number, shared: number][] {
  const counts = new Map<number, number>();
  for (const pair of pairs)
    for (const position of index.holders.get(pair) ?? []) counts.set(position, (counts.get(position) ?? 0) + 1);
  return [...counts].sort((a, b) => a[0] - b[0]);
}

/** The body's section titles and items with their word pairs, computed once for every appendix row. */
export interface BodyIndex {
  readonly sections: readonly BodySection[];
  readonly titles: PairIndex;
  readonly items: readonly BodyItem[];
  readonly tasks: PairIndex;
}

export function indexBody(sections: readonly BodySection[]): BodyIndex {
  const items = sections.flatMap((section) => section.items);
  return {
    sections,
    titles: indexPairs(sections.map((section) => section.title)),
    items,
    tasks: indexPairs(items.map((item) => item.task)),
  };
}

function sameLead(items: readonly BodyItem[]): boolean {
  const first = [...(items[0]?.leadIds ?? [])].sort().join("|");
  return items.every((item) => [...item.leadIds].sort().join("|") === first);
}

/** The first section whose title the row repeats (both ways, 90% of word pairs), when it has items. */
function sectionTitled(row: ReadonlySet<string>, body: BodyIndex): BodySection | null {
  for (const [position, shared] of sharedCounts(row, body.titles)) {
    const title = body.titles.pairs[position]!;
    const section = body.sections[position]!;
    if (shared / row.size >= 0.9 && shared / title.size >= 0.9 && section.items.length > 0) return section;
  }
  return null;
}

export function matchBodyItem(rowText: string, body: BodyIndex): BodyMatch | null {
  const row = wordPairs(rowText);
  if (row.size < 2) return null;
  const section = sectionTitled(row, body);
  if (section !== null) return { items: section.items, section, score: 1 };
  // Items that share no pair with the row score 0 both ways and can neither match nor merge.
  const scored = sharedCounts(row, body.tasks)
    .map(([position, shared]) => {
      const pairs = body.tasks.pairs[position]!;
      const score = shared / row.size;
      const inside = shared / pairs.size;
      // Ranked by both shares: the row's pairs in the item, and the item's pairs in the row.
      return { item: body.items[position]!, pairs, score, inside, rank: score + inside };
    })
    .sort((a, b) => b.rank - a.rank);
  const best = scored.find((entry) => entry.score >= MIN_SCORE);
  if (best !== undefined) {
    const close = scored.filter((entry) => best.rank - entry.rank < MIN_MARGIN && entry.score >= MIN_SCORE);
    if (close.length === 1) return { items: [best.item], section: null, score: best.score };
    // Near-equal items under one lead (003 L284/L286, both the military's): the row stands for them all.
    const items = close.map((entry) => entry.item);
    return sameLead(items) ? { items, section: null, score: best.score } : null;
  }
  // A row that merges several body items (004 IV.1 holds the "+" items of L166–172).
  const merged = scored.filter((entry) => entry.inside >= MIN_SCORE);
  if (merged.length < 2) return null;
  const score = share(row, union(merged.map((entry) => entry.pairs)));
  return score >= MIN_SCORE ? { items: merged.map((entry) => entry.item), section: null, score } : null;
}

/**
 * Body items no appendix row states (003 L112: the agriculture programme Sở NN&PTNT leads): no row matched
 * them, and no row holds most of their word pairs (004 rows merge several "+" items, L114 in row 2).
 */
export function itemsNoRowHolds(
  body: BodyIndex,
  rowTexts: readonly string[],
  matched: ReadonlySet<BodyItem>,
): readonly BodyItem[] {
  const rows = indexPairs(rowTexts);
  return body.items.filter((item, position) => {
    if (matched.has(item)) return false;
    const pairs = body.tasks.pairs[position]!;
    return pairs.size > 0 && sharedCounts(pairs, rows).every(([, shared]) => shared / pairs.size < MIN_SCORE);
  });
}
