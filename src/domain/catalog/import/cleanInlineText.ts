/**
 * Cleaning of one cell or paragraph: HTML fragments and Markdown emphasis left by the
 * conversion to text, NBSP inside keywords ("Mục\u00a0tiêu"), runs of spaces.
 * Only known tags are removed: in 002 "<20/100.000" is a less-than sign, not markup.
 */
const KNOWN_TAG = /<\/?(?:ul|ol|li|p|i|b|em|strong|u|span|div|br|sup|sub)\b[^<>]*\/?>/gi;

export function stripMarkup(text: string): string {
  let out = text.includes("<") ? text.replace(KNOWN_TAG, " ") : text;
  if (out.includes("*") || out.includes("__")) {
    out = out.replace(/\*\*|__/g, "").replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])/g, "$1");
  }
  return out.charCodeAt(0) === 35 /* # */ ? out.replace(/^#{1,6}\s+/, "") : out;
}

export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

// Several readers clean the same lines (identity, lead list, counts, goals, reporting): keep the last results.
const recent = new Map<string, string>();

/** Markup removed, NBSP turned into spaces, whitespace collapsed; NFC. */
export function cleanInlineText(text: string): string {
  const known = recent.get(text);
  if (known !== undefined) return known;
  const cleaned = normalizeSpaces(stripMarkup(text.normalize("NFC")));
  if (recent.size > 20000) recent.clear();
  recent.set(text, cleaned);
  return cleaned;
}
