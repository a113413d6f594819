import type { Indicator, Target } from "../types";
import { foldForSearch } from "../../text/foldForSearch";
import type { DraftReview } from "./draft";
import { describeValue } from "./readTargetValues";

/**
 * Two targets that state the same measure with different values for the same year, or one of them with no
 * year (002 6.3 "Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom và xử lý 100%" against 12.5 "… 95%" by
 * 2020): the plan contradicts itself, and a person says which holds. The same measure means every word of
 * the shorter label (four words at least, "tỷ lệ" aside) is in the other; shares "trong đó …" and changes
 * ("tăng 20%") are parts or deltas, not levels, and are never compared.
 */
const MIN_WORDS = 4;

interface Level {
  readonly target: Target;
  readonly indicator: Indicator;
  readonly words: ReadonlySet<string>;
}

export function findValueConflicts(targets: readonly Target[]): DraftReview[] {
  const levels: Level[] = targets.flatMap((target) =>
    target.indicators
      .filter(
        (indicator) => indicator.value !== null && indicator.change !== true && !/trong đó/iu.test(indicator.label),
      )
      .map((indicator) => ({ target, indicator, words: wordsOf(indicator.label) })),
  );
  const review: DraftReview[] = [];
  levels.forEach((first, index) => {
    for (const second of levels.slice(index + 1)) {
      if (!conflict(first, second)) continue;
      review.push({
        code: "values_conflict",
        subject: { kind: "target", id: first.target.code },
        params: {
          target: first.target.code,
          other: second.target.code,
          first: describeValue(first.indicator),
          second: describeValue(second.indicator),
        },
        source: first.target.source ?? { line: 1, quote: first.target.code },
        candidates: [describeValue(first.indicator), describeValue(second.indicator)],
      });
    }
  });
  return review;
}

function conflict(a: Level, b: Level): boolean {
  if (
    a.target.code === b.target.code ||
    a.indicator.unit !== b.indicator.unit ||
    a.indicator.value === b.indicator.value
  ) {
    return false;
  }
  const years = a.indicator.year === b.indicator.year || a.indicator.year === null || b.indicator.year === null;
  const [shorter, longer] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  return years && shorter.size >= MIN_WORDS && [...shorter].every((word) => longer.has(word));
}

function wordsOf(label: string): ReadonlySet<string> {
  const words = foldForSearch(label)
    .replace(/^ty le\s+/u, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "");
  return new Set(words);
}
