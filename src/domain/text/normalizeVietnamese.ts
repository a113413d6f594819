import { trimEnd } from "./trimEdges";

/**
 * Text normalisation for Vietnamese names and labels.
 *
 * The plan documents mix NFC text with NBSP, odd spaces, old-style tone placement ("hoá", "thuỷ")
 * and trailing punctuation. `normalizeText` makes text comparable without changing what it says;
 * `foldForMatching` produces a key for equality tests (case and tone placement folded, diacritics kept).
 */

// NBSP, the Unicode space separators, tabs and line breaks all count as one space.
const ODD_SPACES = /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/gu;
// Zero-width characters carry no meaning in names: drop them.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/** NFC, zero-width characters removed, every run of whitespace (NBSP included) → one space, trimmed. */
export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(ZERO_WIDTH, "").replace(ODD_SPACES, " ").trim();
}

const TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"; // sắc, huyền, hỏi, ngã, nặng

/**
 * Old-style tone placement puts the mark on the second vowel of an open "oa", "oe" or "uy"
 * ("hoá", "khoẻ", "thuỷ"); the new style puts it on the first ("hóa", "khỏe", "thủy"). Both are
 * correct Vietnamese, so matching folds the old style to the new one. Only open syllables move
 * ("hoàn", "toán" are the same in both styles), and "qu" is a consonant ("quý" never moves).
 */
const OLD_TONE_PLACEMENT = /(?<!q)([ou])([aáàảãạeéèẻẽẹyýỳỷỹỵ])(?!\p{L})/gu;

function moveToneToFirstVowel(match: string, first: string, second: string): string {
  const decomposed = second.normalize("NFD");
  const base = decomposed.charAt(0);
  const mark = [...decomposed.slice(1)].find((c) => TONE_MARKS.includes(c));
  if (mark === undefined) return match;
  // "oa", "oe" and "uy" are the only pairs whose old and new placement differ.
  const pair = first + base;
  if (pair !== "oa" && pair !== "oe" && pair !== "uy") return match;
  return (first + mark).normalize("NFC") + base;
}

/** Old-style tone placement moved to the new style ("hoá" → "hóa", "thuỷ" → "thủy"); expects lower case. */
export function unifyToneMarks(lowerCase: string): string {
  return lowerCase.replace(OLD_TONE_PLACEMENT, moveToneToFirstVowel);
}

const LEADING_MARKERS = /^[\s\-+*•–—.,;:]+/u;
const TRAILING_PUNCTUATION = /[\s\-+*•–—.,;:!?…/]/u;
const DASHES = /\s*[-‐‑‒–—]\s*/gu;

/**
 * A key for comparing names: normalizeText, lower case, old/new tone placement unified, dashes
 * with or without spaces made " - ", and leading list markers and trailing punctuation (".;:,")
 * removed. Diacritics are otherwise kept: "Sở Y tế" and "Sở Ý tế" stay different.
 */
export function foldForMatching(s: string): string {
  const folded = normalizeText(s)
    .toLowerCase()
    .replace(OLD_TONE_PLACEMENT, moveToneToFirstVowel)
    .replace(DASHES, " - ")
    .replace(LEADING_MARKERS, "");
  return trimEnd(folded, TRAILING_PUNCTUATION);
}

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** How many letters and digits a text holds; foldForMatching keeps every one of them and adds none. */
export function letterCount(text: string): number {
  return text.replace(NOT_LETTER_OR_DIGIT, "").length;
}
