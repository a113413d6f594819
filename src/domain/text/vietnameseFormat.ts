/**
 * Numbers and dates in the text the add-in composes, written as Vietnamese documents write them: a decimal comma,
 * a dot between thousands ("100.000", "9,5"), ranges with an en dash ("9,5–10") and dates as dd/mm/yyyy.
 * Cells that hold real numbers or dates keep them as numbers with a number format; this is for text only.
 */

export interface NumberTextOptions {
  /** Thousands separators ("100.000"); off for years and codes. Default true. */
  readonly grouping?: boolean;
  /**
   * Every digit JavaScript prints, without rounding (exponent notation stays as such), so that the text reads back
   * as the same number; by default up to 6 decimals.
   */
  readonly exact?: boolean;
}

/** 9.5 → "9,5"; 100000 → "100.000"; -0.25 → "-0,25". Up to 6 decimals, trailing zeros dropped. */
export function formatNumberVi(value: number, options: NumberTextOptions = {}): string {
  if (!Number.isFinite(value)) return String(value);
  // Whole numbers under a thousand (percentages, counts) read the same in both languages.
  if (Number.isInteger(value) && value > -1000 && value < 1000) return String(value);
  if (options.exact && /e/i.test(String(value))) return String(value);
  // toFixed writes exponent notation from 10^21 on ("1e+308"): written as a power of ten instead.
  if (Math.abs(value) >= 1e21) return powerOfTenVi(value);
  const sign = value < 0 ? "-" : "";
  const digits = options.exact ? String(Math.abs(value)) : Math.abs(value).toFixed(6).replace(/\.?0+$/, "");
  const [whole = "0", fraction] = digits.split(".");
  const grouped = options.grouping === false ? whole : whole.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${sign}${grouped}${fraction ? `,${fraction}` : ""}`;
}

const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** -1e308 → "-1 × 10³⁰⁸"; 1.5e22 → "1,5 × 10²²". */
function powerOfTenVi(value: number): string {
  const [mantissa = "0", exponent = "0"] = value.toExponential(6).split("e");
  const power = [...String(Number(exponent))].map((digit) => SUPERSCRIPT[Number(digit)] ?? digit).join("");
  return `${formatNumberVi(Number(mantissa))} × 10${power}`;
}

/**
 * A figure with its unit as Vietnamese text writes it: "54,7%" and "9,5%/năm" with the sign against the number,
 * "120 tỷ đồng" with a space; text figures as they are.
 */
export function formatQuantityVi(value: number | string, unit: string | null): string {
  const shown = typeof value === "number" ? formatNumberVi(value) : value;
  const trimmed = unit?.trim() ?? "";
  if (trimmed === "") return shown;
  return trimmed.startsWith("%") ? `${shown}${trimmed}` : `${shown} ${trimmed}`;
}

/** 9.5 and 10 → "9,5–10"; a missing end is left out ("9,5"). */
export function formatRangeVi(from: number | null, to: number | null, options: NumberTextOptions = {}): string {
  const parts = [from, to].filter((value): value is number => value !== null).map((value) => formatNumberVi(value, options));
  return parts.join("–");
}

/** "2025-02-28" → "28/02/2025"; text that is not an ISO date is returned as it is. */
export function formatDateVi(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** A plan's yearly deadline "02-28" (month-day) → "28/02". */
export function formatDayMonthVi(monthDay: string): string {
  const match = /^(\d{2})-(\d{2})$/.exec(monthDay);
  return match ? `${match[2]}/${match[1]}` : monthDay;
}

/** A moment in the local time of the machine that runs the add-in: "04/12/2026 19:05". */
export function formatDateTimeVi(moment: Date): string {
  const two = (value: number) => String(value).padStart(2, "0");
  const date = `${two(moment.getDate())}/${two(moment.getMonth() + 1)}/${moment.getFullYear()}`;
  return `${date} ${two(moment.getHours())}:${two(moment.getMinutes())}`;
}

/** The local calendar day of a moment as "yyyy-mm-dd", for "as of" comparisons (not UTC, which is still the day before until 7 am in Hanoi). */
export function localIsoDate(moment: Date): string {
  const two = (value: number) => String(value).padStart(2, "0");
  return `${moment.getFullYear()}-${two(moment.getMonth() + 1)}-${two(moment.getDate())}`;
}
