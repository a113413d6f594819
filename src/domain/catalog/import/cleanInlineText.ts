/**
 * Cleaning of one cell or paragraph: HTML fragments and Markdown emphasis left by the
 * conversion to text, NBSP inside keywords ("Mục\u00a0tiêu"), runs of spaces.
 * Only known tags are removed: in 002 "<20/100.000" is a less-than sign, not markup.
 */
const KNOWN_TAG = /<\/?(?:ul|ol|li|p|i|b|em|strong|u|span|div|br|sup|sub)\b[^<>]*\/?>/gi;

export function stripMarkup(text: string): string {
  return text
    .replace(KNOWN_TAG, " ")
    .replace(/\*\*|__/g, "")
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$|[.,;:)])/g, "$1")
    .replace(/^#{1,6}\s+/, "");
}

export function normalizeSpaces(text: string): string {
  return text
    .replace(/[\u00a0\u2007\u202f\t]/g, " ")
    .replace(/[\u200b\u200c\u200d\ufeff]/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

/** Markup removed, NBSP turned into spaces, whitespace collapsed; NFC. */
export function cleanInlineText(text: string): string {
  return normalizeSpaces(stripMarkup(text.normalize("NFC")));
}
