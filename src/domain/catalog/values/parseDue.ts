import type { Due, DueConvention, DueKind } from "../types";
import { dayBefore, endOfMonth, endOfMonthBefore, isoDate, isValidDayMonth, pad2 } from "./calendar";
import { normalizePlanText } from "./normalizePlanText";
import type { ValueAmbiguity } from "./valueAmbiguity";
import { yearRangeCandidates } from "./yearRangeCandidates";
import { trimEnd } from "../../text/trimEdges";

export interface DueContext {
  /** First and last year of the plan: used for "hằng năm" and open-ended deadlines. */
  readonly planFrom?: number | null;
  readonly planTo?: number | null;
}

export interface ParsedDue extends Due {
  /** Set when the text is wrong or unclear; the importer records a review item. */
  readonly ambiguity?: ValueAmbiguity;
  /** Further deadlines written in the same cell, e.g. 003 L349 "Giai đoạn 2021 – 2025, riêng … trong Quý IV/2021." */
  readonly parts?: readonly Due[];
  /** "MM-DD" of a yearly date, as written ("15/11 hàng năm" → "11-15"). */
  readonly dayMonth?: string;
}

/**
 * Reads a task's deadline cell (003, 004) or a deadline phrase (000–002).
 *
 * Rules:
 * - "Năm 2023" / "trong năm 2023": year; from = to = 2023; by 2023-12-31.
 *   "Đến năm 2025": from null. "Trước năm 2025": by 2024-12-31, to 2024. "Từ năm 2020": from 2020, to and by null.
 * - "2023 - 2030", "Giai đoạn 2021 – 2025", "từ năm 2021 đến năm 2025": period; by = 31/12 of the end year.
 *   A backward range ("2021-2020") is never corrected: from/to/by stay null and the ambiguity
 *   "year_typo" lists yearRangeCandidates.
 * - "Quý III/2021", "trong Quý IV năm 2021": quarter; by = last day of the quarter.
 *   "Trước Quý IV năm 2022" is strict: by = last day of the quarter before (2022-09-30).
 * - "Tháng 6/2022", "trong tháng 10 năm 2021": month; by = last day of that month.
 *   "Trước tháng 3/2025" is strict: by = last day of the month before (2025-02-28).
 *   "6 tháng đầu năm 2022" is a month deadline by 2022-06-30.
 * - "30/6/2022", "ngày 30 tháng 6 năm 2022": date. "Trước ngày 15/12/2022" is strict (2022-12-14).
 * - "15/11 hàng năm", "ngày 15 tháng 11 hằng năm": annual with dayMonth "11-15" (as written, see parseDayMonth).
 * - "Hằng năm", "Hàng năm", "định kỳ hằng năm": annual.
 * - "Thường xuyên", "Trong thời gian/quá trình thực hiện Nghị quyết": continuous. Annual and continuous
 *   take from/to from the plan period with `convention: "plan-period"`; by is null.
 * - "(Báo cáo) theo quy định", bare "định kỳ": vague, with null years: the plan sets no time of its own.
 * - Every "trước …" deadline carries `convention: "before-exclusive"` (by = the last day before).
 * - Several deadlines in one cell: the one the cell starts with wins (003 L349); otherwise the first
 *   quarter, month or date wins over periods and years, which in prose are often programme names
 *   ("thời kỳ 2021 - 2030"). Other quarters, months and dates go to `parts`.
 * - Blank or null: unspecified with nulls. Text with no readable deadline: unspecified with the
 *   ambiguity "deadline_unrecognised".
 */
export function parseDue(text: string | null, context: DueContext = {}): ParsedDue {
  // `text` keeps the plan's wording and punctuation; only HTML residue and extra spaces go.
  const raw = (text ?? "").normalize("NFC").replace(HTML_TAG, " ").replace(/\s+/g, " ").trim();
  const clean = trimEnd(normalizePlanText(raw), /[.;,]/);
  if (clean.length === 0) return { text: null, kind: "unspecified", from: null, to: null, by: null };
  const low = clean.toLowerCase();
  const planFrom = context.planFrom ?? null;
  const planTo = context.planTo ?? null;

  const found = findDeadlines(low, planTo);
  const primary = pickPrimary(found);
  if (primary !== undefined) {
    const parts = found
      .filter((m) => m !== primary && FINE.has(m.due.kind))
      .map((m) => withText(m.due, (low.length === clean.length ? clean : low).slice(m.start, m.end)));
    const due = primary.due.kind === "annual" ? { ...primary.due, ...planPeriod(planFrom, planTo) } : primary.due;
    return {
      ...due,
      text: raw,
      ...(primary.ambiguity ? { ambiguity: primary.ambiguity } : {}),
      ...(primary.dayMonth ? { dayMonth: primary.dayMonth } : {}),
      ...(parts.length > 0 ? { parts } : {}),
    };
  }
  if (ANNUAL.test(low)) return { text: raw, kind: "annual", by: null, ...planPeriod(planFrom, planTo) };
  if (CONTINUOUS.test(low)) return { text: raw, kind: "continuous", by: null, ...planPeriod(planFrom, planTo) };
  if (VAGUE.test(low)) return { text: raw, kind: "vague", from: null, to: null, by: null };
  return {
    text: raw,
    kind: "unspecified",
    from: null,
    to: null,
    by: null,
    ambiguity: { reason: "deadline_unrecognised", candidates: [] },
  };
}

interface Found {
  readonly start: number;
  readonly end: number;
  readonly due: Due;
  readonly ambiguity?: ValueAmbiguity;
  readonly dayMonth?: string;
}

const HTML_TAG = /<\/?[a-zA-Z][^<>]*>/g;
const FINE: ReadonlySet<DueKind> = new Set<DueKind>(["date", "month", "quarter"]);
const ANNUAL = /(?:hàng|hằng|mỗi) năm|thường niên/;
const CONTINUOUS = /thường xuyên|liên tục|trong (?:suốt )?(?:thời gian|quá trình) (?:thực hiện|triển khai)/;
const VAGUE = /theo quy định|định kỳ/;

/** Years the text does not give, taken from the plan period and marked so. */
function planPeriod(
  from: number | null,
  to: number | null,
): { from: number | null; to: number | null; convention?: DueConvention } {
  return from === null && to === null ? { from, to } : { from, to, convention: "plan-period" };
}

const BEFORE: { readonly convention: DueConvention } = { convention: "before-exclusive" };

const Y = String.raw`((?:19|20|21)\d\d)`;
const QUARTERS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };

type Builder = (m: RegExpExecArray, planTo: number | null) => Omit<Found, "start" | "end">;

/** Most specific first: a span taken by an earlier matcher is not matched again. */
const MATCHERS: ReadonlyArray<readonly [RegExp, Builder]> = [
  [new RegExp(String.raw`(trước |chậm nhất |đến )?(?:ngày )?(\d{1,2})\/(\d{1,2})\/${Y}`, "g"), buildDate],
  [new RegExp(String.raw`(trước |chậm nhất |đến )?ngày (\d{1,2}) tháng (\d{1,2}) năm ${Y}`, "g"), buildDate],
  [/(?:ngày )?(\d{1,2})(?:\/| tháng )(\d{1,2}),? (?:hàng|hằng|mỗi) năm/g, buildRecurring],
  [new RegExp(String.raw`6 tháng (đầu|cuối) năm ${Y}`, "g"), buildHalfYear],
  [new RegExp(String.raw`(trước (?:trong )?|trong |đến )?tháng (\d{1,2})(?:\/| năm )${Y}`, "g"), buildMonth],
  [new RegExp(String.raw`(trước |trong |đến )?quý (iv|iii|ii|i|[1-4])(?:\/| năm )${Y}`, "g"), buildQuarter],
  [new RegExp(String.raw`(?:(?:giai đoạn|thời kỳ|từ năm|từ) )?${Y} ?(?:-|đến(?: năm)?) ?${Y}`, "g"), buildPeriod],
  [new RegExp(String.raw`(?:(trước|đến|trong|vào|cuối|hết|từ) )?năm ${Y}`, "g"), buildYear],
  [new RegExp(String.raw`^${Y}$`, "g"), buildYear],
];

function findDeadlines(low: string, planTo: number | null): Found[] {
  const found: Found[] = [];
  for (const [pattern, build] of MATCHERS) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(low)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (!found.some((f) => start < f.end && end > f.start)) found.push({ start, end, ...build(m, planTo) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function pickPrimary(found: readonly Found[]): Found | undefined {
  const first = found[0];
  if (first !== undefined && first.start === 0) return first;
  return (
    found.find((f) => FINE.has(f.due.kind) || f.dayMonth !== undefined) ??
    found.find((f) => f.due.kind === "period") ??
    found[0]
  );
}

function buildDate(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const cue = (m[1] ?? "").trim();
  const day = Number(m[2]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  if (!isValidDayMonth(day, month, year)) return invalid("date", year, `${day}/${month}/${year}`);
  if (cue === "trước") {
    const before = dayBefore(year, month, day);
    return { due: { ...due("date", null, before.year, before.iso), ...BEFORE } };
  }
  return { due: due("date", cue === "" ? year : null, year, isoDate(year, month, day)) };
}

function buildRecurring(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const day = Number(m[1]);
  const month = Number(m[2]);
  if (!isValidDayMonth(day, month)) {
    return { due: due("annual", null, null, null), ambiguity: { reason: "invalid_date", candidates: [] } };
  }
  return { due: due("annual", null, null, null), dayMonth: `${pad2(month)}-${pad2(day)}` };
}

function buildHalfYear(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const year = Number(m[2]);
  return { due: due("month", year, year, endOfMonth(year, m[1] === "đầu" ? 6 : 12)) };
}

function buildMonth(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const cue = (m[1] ?? "").trim();
  const month = Number(m[2]);
  const year = Number(m[3]);
  if (month < 1 || month > 12) return invalid("month", year, `${month}/${year}`);
  if (cue.startsWith("trước")) {
    const before = endOfMonthBefore(year, month);
    return { due: { ...due("month", null, before.year, before.iso), ...BEFORE } };
  }
  return { due: due("month", cue === "đến" ? null : year, year, endOfMonth(year, month)) };
}

function buildQuarter(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const cue = (m[1] ?? "").trim();
  const quarter = QUARTERS[m[2] ?? ""] ?? 0;
  const year = Number(m[3]);
  if (cue === "trước") {
    const before = endOfMonthBefore(year, quarter * 3 - 2);
    return { due: { ...due("quarter", null, before.year, before.iso), ...BEFORE } };
  }
  return { due: due("quarter", cue === "đến" ? null : year, year, endOfMonth(year, quarter * 3)) };
}

function buildPeriod(m: RegExpExecArray, planTo: number | null): Omit<Found, "start" | "end"> {
  const from = Number(m[1]);
  const to = Number(m[2]);
  if (from > to) {
    return {
      due: due("period", null, null, null),
      ambiguity: { reason: "year_typo", candidates: yearRangeCandidates(from, to, planTo) },
    };
  }
  return { due: due("period", from, to, isoDate(to, 12, 31)) };
}

function buildYear(m: RegExpExecArray): Omit<Found, "start" | "end"> {
  const cue = m.length > 2 ? (m[1] ?? "") : "";
  const year = Number(m.length > 2 ? m[2] : m[1]);
  if (cue === "trước") return { due: { ...due("year", null, year - 1, isoDate(year - 1, 12, 31)), ...BEFORE } };
  // "Từ năm 2020, xem xét …" (002 L654) starts then and names no end: no end year, no date.
  if (cue === "từ") return { due: due("year", year, null, null) };
  const from = cue === "đến" || cue === "cuối" || cue === "hết" ? null : year;
  return { due: due("year", from, year, isoDate(year, 12, 31)) };
}

function invalid(kind: DueKind, year: number, written: string): Omit<Found, "start" | "end"> {
  return { due: due(kind, null, year, null), ambiguity: { reason: "invalid_date", candidates: [written] } };
}

function due(kind: DueKind, from: number | null, to: number | null, by: string | null): Due {
  return { text: null, kind, from, to, by };
}

function withText(d: Due, text: string): Due {
  return { ...d, text };
}
