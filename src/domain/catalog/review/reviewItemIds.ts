import type { ReviewItem } from "../types";

/**
 * Review items carry no id of their own, yet a decision on one must find it again in a later session or a
 * returned workbook. An item is named by what it is about and where it was read: "unit_suspect:target:3.1:L247".
 * Two items alike in all of that (two values on one line) are told apart by their order: "…:L247#2".
 */
export function reviewItemIds(review: readonly ReviewItem[]): string[] {
  const seen = new Map<string, number>();
  return review.map((item) => {
    const base = `${item.code}:${item.subject.kind}:${item.subject.id ?? ""}:L${item.source.line}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : `${base}#${count}`;
  });
}
