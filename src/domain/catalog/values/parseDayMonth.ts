import { isValidDayMonth, pad2 } from "./calendar";
import { normalizePlanText } from "./normalizePlanText";

export interface DayMonthMatch {
  /** "MM-DD" as written: "trước ngày 01/12" gives "12-01". */
  readonly dayMonth: string;
  /** True for "trước ngày …": the last permitted day is the day before. */
  readonly before: boolean;
  /** True when "hàng năm"/"hằng năm"/"định kỳ" marks it as a yearly date. */
  readonly yearly: boolean;
  /** Offset in the normalised text, and the matched phrase. */
  readonly index: number;
  readonly text: string;
}

/**
 * The first yearly reporting date in a phrase, as "MM-DD": "chậm nhất vào 15 tháng 11 hàng năm"
 * (000 L228) → "11-15", "trước ngày 01/12 hằng năm" (002 L156) → "12-01", "định kỳ ngày 15/11
 * hàng năm" (004 L408) → "11-15". The importer fills reporting.agencyDeadline with it.
 *
 * Rules:
 * - The date is returned as written. "trước ngày 01/12" means the last permitted day is 30/11;
 *   findDayMonths reports that as `before`, and the caller decides how to show it.
 * - A day/month counts only with a deadline cue: "ngày", "trước", "chậm nhất", "vào", "hạn",
 *   "định kỳ" before it, or "hàng năm"/"hằng năm" after it. This keeps rates ("45/100.000"),
 *   ratios ("30/70%") and fractions ("6/13 đơn vị") out.
 * - A day/month followed by a year ("ngày 17 tháng 10 năm 2017", "30/6/2022") is a one-off date,
 *   not a yearly one: it is skipped (parseDue reads those).
 * - Days that do not exist in the month ("31/4") are skipped; 29/02 is accepted.
 */
export function parseDayMonth(text: string): string | null {
  return findDayMonths(text)[0]?.dayMonth ?? null;
}

/** Every yearly day/month in a phrase, in order. 002 L110 holds two: 01/12 for agencies, 15/12 for the province. */
export function findDayMonths(text: string): readonly DayMonthMatch[] {
  const clean = normalizePlanText(text);
  const low = clean.toLowerCase();
  const out: DayMonthMatch[] = [];
  DAY_MONTH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DAY_MONTH.exec(low)) !== null) {
    const cue = (m[1] ?? "").trim();
    const day = Number(m[2] ?? m[4]);
    const month = Number(m[3] ?? m[5]);
    if (m.index > 0 && /[\d/]/.test(low.charAt(m.index - 1))) continue;
    const tail = low.slice(m.index + m[0].length);
    if (/^\s*(?:\/\s*\d|năm\s+\d|\d)/.test(tail)) continue;
    const yearly = /^\s*,?\s*(?:hàng|hằng|mỗi) năm/.test(tail) || cue.includes("định kỳ");
    if (cue === "" && !yearly) continue;
    if (!isValidDayMonth(day, month)) continue;
    out.push({
      dayMonth: `${pad2(month)}-${pad2(day)}`,
      before: /trước/.test(cue),
      yearly,
      index: m.index,
      text: (low.length === clean.length ? clean : low).slice(m.index, m.index + m[0].length),
    });
  }
  return out;
}

const CUE = String.raw`(?:(?:trước|chậm nhất(?: là)?(?: vào)?|vào|hạn|định kỳ(?: vào)?|đến)\s+)?ngày\s+|(?:trước|chậm nhất(?: là)?(?: vào)?|vào|hạn|định kỳ(?: vào)?)\s+`;
const DAY_MONTH = new RegExp(
  String.raw`(${CUE})?(?:(\d{1,2})\s*\/\s*(\d{1,2})|(\d{1,2})\s+tháng\s+(\d{1,2}))(?![\d,.]*\d)`,
  "g",
);
