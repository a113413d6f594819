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

/**
 * A number an agency typed into a return, as text. Unlike plan text, a return holds no codes, so a decimal
 * point is read as one: "12.5" is 12.5. What stays ambiguous is a single group of three digits after one
 * separator, "1.234" or "1,234": a thousand in one convention, a decimal in the other. Those are reported with
 * both readings, never guessed.
 */
export type EnteredNumber =
  | {
      readonly kind: "number";
      readonly value: number;
      /** True when the text ends in "%": the value is in percent points ("45%" → 45). */
      readonly percent: boolean;
      /** Which convention the separators show; "plain" when there are none ("45", "-3"). */
      readonly style: "vietnamese" | "english" | "plain";
    }
  | {
      readonly kind: "ambiguous";
      /** The Vietnamese reading ("1.234" → 1234) and the English one (→ 1.234), in that order. */
      readonly readings: readonly [vietnamese: number, english: number];
      readonly percent: boolean;
    }
  | { readonly kind: "not_a_number" };

const NOT_A_NUMBER: EnteredNumber = { kind: "not_a_number" };
/** NBSP, narrow NBSP and thin spaces are what spreadsheets and word processors put between thousands. */
const ODD_SPACES = /[\u00a0\u2007\u2009\u202f]/g;
const SIGN = /^([-+\u2212])\s*/;
const PERCENT = /\s*%$/;
/** Groups of three after spaces: "1 234", "1 234 567,5", "12 345.25". */
const SPACE_GROUPED = /^\d{1,3}(?: \d{3})+(?:([,.])\d+)?$/;
const DIGITS = /^\d+$/;
/** One separator followed by exactly three digits, after a leading group that could start a grouped number. */
const ONE_GROUP = /^[1-9]\d{0,2}[.,]\d{3}$/;
const VIETNAMESE_MULTI_GROUPED = /^[1-9]\d{0,2}(?:\.\d{3}){2,}$/;
const VIETNAMESE_GROUPED_DECIMAL = /^[1-9]\d{0,2}(?:\.\d{3})+,\d+$/;
const ENGLISH_MULTI_GROUPED = /^[1-9]\d{0,2}(?:,\d{3}){2,}$/;
const ENGLISH_GROUPED_DECIMAL = /^[1-9]\d{0,2}(?:,\d{3})+\.\d+$/;

export function readEnteredNumber(text: string): EnteredNumber {
  let s = text.normalize("NFC").replace(ODD_SPACES, " ").trim();
  if (s.length === 0 || s.length > 40) return NOT_A_NUMBER;
  const percent = PERCENT.test(s);
  s = s.replace(PERCENT, "");
  const sign = SIGN.exec(s);
  const negative = sign !== null && sign[1] !== "+";
  if (sign) s = s.slice(sign[0].length);
  const reading = readUnsigned(s);
  if (reading === null) return NOT_A_NUMBER;
  const signed = (n: number): number => (negative && n !== 0 ? -n : n);
  if (reading.kind === "ambiguous") {
    return { kind: "ambiguous", readings: [signed(reading.readings[0]), signed(reading.readings[1])], percent };
  }
  return { kind: "number", value: signed(reading.value), percent, style: reading.style };
}

type UnsignedReading =
  | { readonly kind: "number"; readonly value: number; readonly style: "vietnamese" | "english" | "plain" }
  | { readonly kind: "ambiguous"; readonly readings: readonly [number, number] };

function readUnsigned(s: string): UnsignedReading | null {
  const spaced = SPACE_GROUPED.exec(s);
  if (spaced) {
    const decimalMark = spaced[1];
    const value = toNumber(s.replace(/ /g, "").replace(",", "."));
    const style = decimalMark === "," ? "vietnamese" : decimalMark === "." ? "english" : "plain";
    return value === null ? null : { kind: "number", value, style };
  }
  if (DIGITS.test(s)) return number(s, "plain");
  if (ONE_GROUP.test(s)) {
    const asThousands = toNumber(s.replace(/[.,]/, ""));
    const asDecimal = toNumber(s.replace(",", "."));
    if (asThousands === null || asDecimal === null) return null;
    // "1.234": thousands in Vietnamese, a decimal in English; "1,234" the other way round.
    return { kind: "ambiguous", readings: s.includes(".") ? [asThousands, asDecimal] : [asDecimal, asThousands] };
  }
  if (PLAIN.test(s)) return number(s.replace(",", "."), "vietnamese");
  if (VIETNAMESE_MULTI_GROUPED.test(s) || VIETNAMESE_GROUPED_DECIMAL.test(s)) {
    return number(s.replace(/\./g, "").replace(",", "."), "vietnamese");
  }
  if (DECIMAL_POINT.test(s)) return number(s, "english");
  if (ENGLISH_MULTI_GROUPED.test(s) || ENGLISH_GROUPED_DECIMAL.test(s)) return number(s.replace(/,/g, ""), "english");
  return null;
}

function number(s: string, style: "vietnamese" | "english" | "plain"): UnsignedReading | null {
  const value = toNumber(s);
  return value === null ? null : { kind: "number", value, style };
}
