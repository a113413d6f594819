import type { ReviewItem } from "../types";
import type { SourceDocument } from "./sourceDocument";

/**
 * Source references keep short quotes, but an officer deciding a review item needs the whole passage: a quote cut
 * with "…" is completed from its line(s) in the document. A quote that cannot be found again stays as it was.
 */
export function completeReviewQuotes(review: readonly ReviewItem[], document: SourceDocument): ReviewItem[] {
  return review.map((item) => {
    const quote = item.source.quote;
    if (!quote.endsWith("…")) return item;
    // Quotes are built from cleaned cell text: compare with runs of spaces, tabs and line breaks as one space.
    const prefix = collapse(quote.slice(0, -1));
    const last = item.source.endLine ?? item.source.line;
    const passage = collapse(
      document.lines
        .filter((line) => line.number >= item.source.line && line.number <= last)
        .map((line) => line.text)
        .join(" "),
    );
    const at = passage.indexOf(prefix);
    if (at < 0) return item;
    return { ...item, source: { ...item.source, quote: passage.slice(at) } };
  });
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
