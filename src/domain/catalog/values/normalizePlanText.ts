/**
 * Prepares a piece of plan text for value matching: NFC, HTML residue removed, dashes and
 * spaces made plain. A "<" before a digit or a space is a less-than sign (002 L328 "<20/100.000",
 * L330 "< 13/1000"), so only real tags are stripped.
 */
export function normalizePlanText(text: string): string {
  return text
    .normalize("NFC")
    .replace(/<\/?[a-zA-Z][^<>]*>/g, " ")
    .replace(/\*\*|__/g, " ")
    .replace(/[\u2013\u2014\u2212]/g, "-")
    .replace(/[\u00a0\u2000-\u200b\u202f\t]/g, " ")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, " ")
    .trim();
}
