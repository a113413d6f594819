import type { ValueAmbiguity } from "./valueAmbiguity";

/**
 * Vietnamese number formats, as the plans write them:
 * - "," is the decimal mark: "54,5" = 54.5, "6,0" = 6, "0,5" = 0.5.
 * - "." groups thousands, and only when every group after it has exactly three digits:
 *   "100.000" = 100000, "3.000" = 3000, "1.500" = 1500 (never 1.5), "1.234,5" = 1234.5.
 * - Leading zeros are padding: "01" = 1, "07" = 7.
 * - A dot followed by 1, 2 or 4+ digits ("1.5", "3.10") is not a Vietnamese number. In these
 *   documents such strings are codes ("Mục tiêu 1.5"), so the plain parser returns null and the
 *   strict parser reports a "number_format" ambiguity with the decimal-point reading as candidate.
 * - "1,234.5" (English grouping) and "1,234,567" are rejected the same way.
 * - Only the numeral is parsed. Scale words are units, not multipliers: "6,0 triệu cây" is the
 *   value 6 in the unit "triệu cây" (see parseIndicators and unitScale), so "6,0 triệu" → null here.
 */
export function parseVietnameseNumber(text: string): number | null {
  return parseVietnameseNumberStrict(text).value;
}

export interface ParsedNumber {
  readonly value: number | null;
  readonly ambiguity?: ValueAmbiguity;
}

/** The digits of one Vietnamese numeral, for use inside larger patterns (no anchors, no groups). */
export const VIETNAMESE_NUMERAL = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;

const PLAIN = /^\d+(?:,\d+)?$/;
const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const DECIMAL_POINT = /^\d+\.\d+$/;
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;

export function parseVietnameseNumberStrict(text: string): ParsedNumber {
  const s = text.normalize("NFC").trim();
  if (s.length === 0 || s.length > 40) return { value: null };
  if (PLAIN.test(s)) return { value: toNumber(s.replace(",", ".")) };
  if (GROUPED.test(s)) return { value: toNumber(s.replace(/\./g, "").replace(",", ".")) };
  if (DECIMAL_POINT.test(s)) {
    return { value: null, ambiguity: { reason: "number_format", candidates: [String(Number(s))] } };
  }
  if (ENGLISH_GROUPED.test(s)) {
    return { value: null, ambiguity: { reason: "number_format", candidates: [String(Number(s.replace(/,/g, "")))] } };
  }
  return { value: null };
}

function toNumber(s: string): number | null {
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}
