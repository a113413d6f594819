import type { Comparator, Direction, Indicator } from "../types";
import { findQuantities, type Quantity } from "./findQuantities";
import { findYearMarkers, type YearMarker } from "./findYearMarkers";
import { normalizePlanText } from "./normalizePlanText";
import { readCues, type Cue, type CueZone } from "./readCues";
import type { ValueAmbiguity } from "./valueAmbiguity";
import { trimEnd, trimStart } from "../../text/trimEdges";

export interface IndicatorContext {
  /** Target year to use when the text names none (e.g. the plan's end year). */
  readonly year?: number | null;
  /** The plan's end year: offered as a candidate when a year range is a typo. */
  readonly planTo?: number | null;
}

/** An Indicator as read from text, with what the importer needs to review it. */
export interface ParsedIndicator extends Indicator {
  /** The phrase the value was read from: always known when read from text. */
  readonly text: string;
  readonly ambiguity?: ValueAmbiguity;
}

/**
 * Reads the quantitative values of one target's text ("Đến năm 2030, giảm tỷ lệ hộ nghèo xuống
 * dưới 5%"), one indicator per value, in text order.
 *
 * Rules (see the README of this folder for the full list):
 * - Numbers are Vietnamese (parseVietnameseNumber); a unit is what follows the number: "%", "%/năm",
 *   "‰", a rate "/100.000 trẻ đẻ sống", a share of a total "/13 đơn vị cấp huyện", a ratio "30/70%"
 *   (value 30, ratio [30, 70]), a measure with its scale word kept ("triệu cây xanh phân tán/năm",
 *   "tỷ USD", "ha rừng/năm"), "lần", or a counted noun ("doanh nghiệp khoa học công nghệ").
 * - Comparator from the words right before the value (dưới/< → "<", không quá/tối đa → "<=",
 *   trên/> → ">", ít nhất/tối thiểu/"… trở lên" → ">=", khoảng/cơ bản → "~", a range → "between"),
 *   otherwise "=". Direction from the verb (giảm/xuống/còn → decrease, tăng/lên/nâng → increase,
 *   duy trì/ổn định → maintain), else implied by the comparator or by "đạt"; null when nothing says.
 * - Year: a marker after the value in the same clause ("đạt 31% vào năm 2020"), else the last marker
 *   before it ("Đến năm 2025, …" carries over), else context.year. "Giai đoạn A - B" gives year B and
 *   period {A, B}; a backward range gives year null and a "year_typo" ambiguity.
 * - Not values: years, dates, document numbers, ages ("dưới 5 tuổi"), durations, list numbers,
 *   "nhóm 40% dân số", numbers inside "(theo …)" definitions. Counts and bare numbers need a cue
 *   word or a year marker earlier in the sentence, so "phát triển 4 trung tâm kinh tế" is skipped.
 * - Vague comparisons with a national benchmark and no number ("cao hơn tốc độ tăng bình quân quốc
 *   gia") give one indicator with value null and `benchmark`; other vague phrases ("tăng đáng kể")
 *   give nothing.
 */
export function parseIndicators(text: string, context: IndicatorContext = {}): readonly ParsedIndicator[] {
  const reading = readText(text, context);
  if (reading === null) return [];
  const carry: Carry = { consumed: 0, previous: null, listHead: null };
  return reading.quantities.flatMap((q, index) => readQuantity(reading, carry, q, reading.quantities[index + 1]));
}

/** Stage 1: the text prepared once — year markers, numbers with their units, definitions to skip. */
interface Reading {
  readonly src: string;
  readonly low: string;
  readonly markers: readonly YearMarker[];
  readonly quantities: readonly Quantity[];
  readonly skipped: ReadonlyArray<readonly [number, number]>;
  readonly context: IndicatorContext;
}

/** What one value hands to the next: how far the text is used, the last label, the open list head. */
interface Carry {
  consumed: number;
  previous: { readonly label: string; readonly clause: number; readonly action: string | null } | null;
  listHead: { readonly head: string; readonly clause: number } | null;
}

/** Where one value sits: its clause, the cue words before it, and how far its label may reach. */
interface Place {
  readonly clause: number;
  readonly paren: number;
  readonly regionStart: number;
  readonly zone: CueZone;
  readonly zoneStart: number;
  readonly limit: number;
}

function readText(text: string, context: IndicatorContext): Reading | null {
  const s = prepare(text);
  if (!/[\d]|đôi|nửa|cả nước|quốc gia|toàn quốc/iu.test(s)) return null;
  const low = s.toLowerCase();
  const src = low.length === s.length ? s : low;
  return {
    src,
    low,
    markers: findYearMarkers(low, context.planTo ?? null),
    quantities: findQuantities(src, low),
    skipped: definitionSpans(low),
    context,
  };
}

/** Stage 2, per number: is it a value (a cue, not a count of times), then its label, then its reading. */
function readQuantity(r: Reading, carry: Carry, q: Quantity, next: Quantity | undefined): ParsedIndicator[] {
  const { low } = r;
  if (r.skipped.some(([a, b]) => q.start >= a && q.start < b)) return [];
  const clause = clauseStart(low, q.start);
  const paren = openParen(low, q.start);
  const regionStart = Math.max(clause, carry.consumed, paren + 1);
  const zone = readCues(blankMarkers(low, regionStart, q.start, r.markers));
  if (!hasCue(q, zone.cues, r.markers, sentenceStart(low, q.start))) return [];
  if (isCountOfTimes(q, zone.cues, low)) return [];
  const place: Place = {
    clause,
    paren,
    regionStart,
    zone,
    zoneStart: regionStart + zone.start,
    limit: Math.min(next?.start ?? low.length, delimiterAfter(low, q.end)),
  };
  const named = nameValue(r, carry, q, place);
  carry.consumed = Math.max(q.end, named.textEnd);
  const base = measureValue(r, q, place, named);
  carry.previous = { label: named.label, clause, action: named.action };
  return splitSharedLabel(base.label).map((part) => ({ ...base, label: part }));
}

interface Named {
  readonly label: string;
  readonly textStart: number;
  readonly textEnd: number;
  readonly orMore: Comparator | undefined;
  readonly action: string | null;
  readonly leadingVerb: string | null;
}

/** Stage 3: the label — words before the cues, or the phrase after the value when nothing stands before it. */
function nameValue(r: Reading, carry: Carry, q: Quantity, place: Place): Named {
  const { src, low, markers } = r;
  const { clause, zone, zoneStart, limit, paren } = place;
  const { previous } = carry;
  const before = cleanLabel(src, low, place.regionStart, zoneStart, markers);
  let label = before.label;
  let textStart = before.start;
  let textEnd = q.end;
  let orMore = q.orMore;
  const opener = OPENERS.has(zone.cues[zone.cues.length - 1]?.phrase ?? "") && q.unitKind === "percent";
  if (label === "" || q.measuredAfter === true || opener) {
    const counted = q.unitKind === "count" || q.unitKind === "fraction";
    const after = cleanAfter(src, low, counted ? countNounStart(low, q) : q.end, limit, markers);
    if (after.orMore !== undefined) orMore = orMore ?? after.orMore;
    if (after.label !== "" && (label === "" || !/^(?:là|được|đạt)(?:\s|$)/u.test(after.label))) {
      label = counted && zone.action === null ? `Số ${after.label}` : after.label;
      textStart = zoneStart;
      textEnd = Math.max(textEnd, after.end);
    }
  }
  // "phát triển 80 công trình cấp nước" (002 L910): the verb and the counted noun name it.
  const trailingAction = /(?:^|\s)(phát triển|xây dựng|trồng mới|trồng|đào tạo|hỗ trợ|tạo)$/iu.exec(label);
  if (trailingAction && (q.unitKind === "count" || q.unitKind === "measure") && q.unit !== null) {
    const noun = unitNoun(q.unit) || cleanAfter(src, low, q.end, limit, markers).label;
    if (noun !== "") {
      label = `${trailingAction[1] ?? ""} ${noun}`;
      textStart = Math.max(0, zoneStart - (trailingAction[0].trim().length + 1));
    }
  }
  const action = zone.action ?? (previous !== null && previous.clause === clause ? previous.action : null);
  if (label === "" && action !== null && q.unit !== null) label = `${action} ${unitNoun(q.unit)}`.trim();
  if (label === "" && paren >= 0) label = cleanLabel(src, low, Math.max(clause, carry.consumed), paren, markers).label;
  if (label === "" && previous !== null) label = previous.label;
  if (label === "" && q.benchmark !== undefined) label = q.benchmark;
  if (before.sub && previous !== null && previous.clause === clause && label !== "")
    label = `${previous.label}, trong đó ${label}`;
  if (before.head !== null) {
    carry.listHead = { head: before.head, clause };
    if (label !== "" && words(label) <= 6) label = `${before.head}: ${label}`;
  } else if (carry.listHead !== null && carry.listHead.clause === clause && words(label) <= 6 && label !== "") {
    label = `${carry.listHead.head}: ${label}`;
  }
  return { label, textStart: Math.min(textStart, zoneStart), textEnd, orMore, action, leadingVerb: before.leadingVerb };
}

/** Stage 4: year, comparator, direction, change, unit and what to review, for a named value. */
function measureValue(r: Reading, q: Quantity, place: Place, named: Named): ParsedIndicator {
  const cues = place.zone.cues;
  const year = yearFor(q, r.markers, r.low, place.limit);
  const comparator = comparatorFor(q, cues, named.orMore);
  const direction = directionFor(q, cues, named.leadingVerb, comparator, named.orMore);
  const change = q.change === true || isChange(cues, named.leadingVerb, q);
  const unit = unitWithDenominator(q.unit, named.label);
  const annual = cues.some((c) => c.annual === true) || /\/năm$/.test(unit ?? "") || year.marker?.kind === "annual";
  const ambiguity = year.marker?.ambiguity ?? unitAmbiguity(named.label, q);
  return {
    label: capitalise(named.label),
    unit,
    comparator,
    value: q.value,
    valueMax: comparator === "between" ? q.valueMax : null,
    year: year.marker !== undefined ? year.marker.year : (r.context.year ?? null),
    direction,
    text: r.src.slice(named.textStart, named.textEnd).replace(/^[\s,;:.+-]+|[\s,;:]+$|\s+và$/g, ""),
    ...(year.marker?.period ? { period: year.marker.period } : {}),
    ...(change ? { change: true } : {}),
    ...(annual ? { annual: true } : {}),
    ...(q.ratio ? { ratio: q.ratio } : {}),
    ...(q.baseYear !== undefined ? { baseYear: q.baseYear } : {}),
    ...(q.benchmark !== undefined ? { benchmark: q.benchmark } : {}),
    ...(ambiguity ? { ambiguity } : {}),
  };
}

/** The text between two offsets with year markers blanked, so "phấn đấu đến năm 2030 đạt 100%" reads as "phấn đấu … đạt". */
function blankMarkers(low: string, from: number, to: number, markers: readonly YearMarker[]): string {
  let text = low.slice(from, to);
  for (const m of markers) {
    if (m.start >= from && m.end <= to) {
      text = text.slice(0, m.start - from) + " ".repeat(m.end - m.start) + text.slice(m.end - from);
    }
  }
  return text;
}

/** Cues that open a clause ("Đảm bảo 100% lãnh đạo …", "phấn đấu 90% đối tượng …"): the measured thing follows the value. */
const OPENERS: ReadonlySet<string> = new Set(["có", "phấn đấu", "phân đấu", "đảm bảo", "bảo đảm", "đưa"]);

/** "số bác sỹ/1 vạn dân đạt 13 bác sỹ" (003 L184): the unit is "bác sỹ/1 vạn dân". */
function unitWithDenominator(unit: string | null, label: string): string | null {
  if (unit === null || unit.includes("/")) return unit;
  const m = /([^\s/]+(?:\s[^\s/]+)?)\s*\/\s*([^/,;]+)$/u.exec(label);
  if (m === null) return unit;
  const numerator = (m[1] ?? "").toLowerCase();
  return numerator.endsWith(unit.toLowerCase()) ? `${unit}/${(m[2] ?? "").trim()}` : unit;
}

const LABEL_EDGE = /[\s,;:.+-]/;

/** A label without the punctuation and spaces at its ends. */
function trimLabelEdges(label: string): string {
  return trimEnd(trimStart(label, LABEL_EDGE), LABEL_EDGE);
}

function prepare(text: string): string {
  if (typeof text !== "string") return "";
  // A run of spaces holding a line break is a clause break. Matched run by run: /\s*\n\s*/ retries from every
  // space of a long run without a break, quadratic in the run.
  return normalizePlanText(text.replace(/\s+/g, (run) => (run.includes("\n") ? "; " : run)))
    .replace(/^(?:[-+*]\s*)?(?:mục tiêu|chỉ tiêu)(?:\s+số)?\s*\d+(?:\.\d+)*[a-zđ]?\s*[:.]?\s*/iu, "")
    .slice(0, 20000);
}

/** "(theo …)" and "(trừ …)" define or exclude; their numbers are not targets (000 L295 "1,25 USD/ngày"). */
function definitionSpans(low: string): ReadonlyArray<readonly [number, number]> {
  const out: [number, number][] = [];
  for (const m of low.matchAll(/\((?:theo|trừ|không bao gồm)[^()]*\)/g)) {
    out.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  return out;
}

function clauseStart(low: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    const c = low.charAt(i);
    if (c === ";" || (c === "." && isSentenceDot(low, i))) return i + 1;
  }
  return 0;
}

function sentenceStart(low: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    if (low.charAt(i) === "." && isSentenceDot(low, i)) return i + 1;
  }
  return 0;
}

function isSentenceDot(low: string, i: number): boolean {
  return !/\d/.test(low.charAt(i - 1)) || !/\d/.test(low.charAt(i + 1));
}

/** The "(" the offset sits inside, or -1. */
function openParen(low: string, at: number): number {
  for (let i = at - 1; i >= 0; i -= 1) {
    const c = low.charAt(i);
    if (c === ")" || c === ";") return -1;
    if (c === "(") return i;
  }
  return -1;
}

/** The first clause delimiter at or after `from`. */
function delimiterAfter(low: string, from: number): number {
  for (let i = from; i < low.length; i += 1) {
    const c = low.charAt(i);
    if (c === ";" || c === ":" || c === "(" || c === ")" || (c === "." && isSentenceDot(low, i))) return i;
  }
  return low.length;
}

/** Counts, shares and bare numbers need a cue, so descriptive counts ("4 trung tâm") are not read as targets. */
function hasCue(q: Quantity, cues: readonly Cue[], markers: readonly YearMarker[], sentence: number): boolean {
  if (["percent", "rate", "ratio", "measure", "times", "rank", "level", "benchmark"].includes(q.unitKind)) return true;
  if (cues.length > 0 || q.orMore !== undefined) return true;
  if (q.unitKind === "none") return false;
  return markers.some((m) => m.start >= sentence && m.end <= q.start);
}

/**
 * "được ít nhất 4 lần chăm sóc sức khỏe trước sinh" (000 L355) counts visits, it is not a multiplier.
 * A multiplier has "gấp", a baseline ("so với …") or nothing after "lần".
 */
function isCountOfTimes(q: Quantity, cues: readonly Cue[], low: string): boolean {
  if (q.unitKind !== "times" || q.change === true || cues.some((c) => c.phrase === "gấp")) return false;
  return /^\s+[\p{L}]/u.test(low.slice(q.end)) && !/^\s+(?:và|so|trở)\s/u.test(low.slice(q.end));
}

const LEADING_VERB =
  /^(giảm thiểu|giảm|tăng(?!\s+(?:trưởng|cường|tốc))|nâng cao|nâng|hạ|kiềm chế|duy trì|ổn định|giữ vững)\s+/u;
const LEADING_FILLER =
  /^(?:[,;:+\-.]\s*|và\s+|cụ thể\s*[,:]?\s*|phấn đấu\s+|phân đấu\s+|phân đầu\s+|đảm bảo\s+|bảo đảm\s+|toàn tỉnh\s+|có\s+|là\s+|thì\s+|với\s+|đạt được\s+|đạt\s+|đưa\s+|của\s+|riêng\s+|dần\s+|từng bước\s+|tiếp tục\s+|đáng kể\s+|trong đó\s*[,:]?\s*)/u;
const TRAILING_FILLER =
  /(?:\s+|^)(?:và|đạt|là|chiếm|còn|thì|của|có|được|tăng|giảm|bình quân|trung bình|hàng năm|hằng năm|trên địa bàn(?: tỉnh)?|toàn tỉnh|phấn đấu|phân đấu|cho|duy trì|ổn định|giữ vững)\s*[,:]?\s*$/u;
/** Words a measured quantity's name starts with; used to drop a preamble before it. */
const MEASURE_NOUN =
  /^(?:tỷ lệ|tỉ lệ|tỷ số|tỉ số|tỷ suất|tỷ trọng|số|chỉ số|tốc độ|tổng|giá trị|thu nhập|năng suất|sản lượng|diện tích|cơ cấu|kim ngạch|grdp|gdp|mức|độ che phủ|thu ngân sách|lượng|quy mô|tuổi thọ)(?=\s|$)/u;

interface LabelPart {
  readonly label: string;
  /** Offset of the label's first character in the text, or `to` when empty. */
  readonly start: number;
  readonly leadingVerb: string | null;
  /** The words before a colon, for list items ("cơ cấu các ngành kinh tế trong GRDP"). */
  readonly head: string | null;
  /** The region opened with "trong đó": a part of the previous value. */
  readonly sub: boolean;
}

/** Label from the words before a value: markers, parentheses, fillers and verbs removed. */
function cleanLabel(src: string, low: string, from: number, to: number, markers: readonly YearMarker[]): LabelPart {
  // The label starts after the last year marker that has words after it: "Đến năm 2025, tỷ trọng …",
  // "bao gồm … và đến năm 2020 đạt được diện bao phủ" (002 L224). A marker right before the cue words
  // stays out of the label ("tổng huy động vốn … giai đoạn 2021 - 2025 đạt", 003 L172).
  let start = from;
  let end = to;
  for (const m of markers) {
    if (m.start < from || m.end > to) continue;
    const rest = low.slice(m.end, to);
    if (/[\p{L}\d]/u.test(rest) || /^\s*[,:]/.test(rest)) {
      start = Math.max(start, m.end + (/^[\s,:]*/.exec(rest)?.[0].length ?? 0));
    } else {
      end = Math.min(end, m.start);
    }
  }
  if (end < start) end = start;
  let lower = low.slice(start, end);
  let original = src.slice(start, end);
  let head: string | null = null;
  const colon = lower.lastIndexOf(":");
  if (colon >= 0) {
    const headText = original.slice(0, colon).replace(/\s+/g, " ").trim();
    if (words(headText) <= 8 && headText !== "") head = headText;
    lower = lower.slice(colon + 1);
    original = original.slice(colon + 1);
  }
  const sub = /^[\s,]*trong đó(?=[\s,:]|$)/u.test(lower);
  let part = strip(stripParentheses(lower), stripParentheses(original));
  // A preamble of actions before the measured thing: keep the thing
  // ("…, đẩy mạnh trồng và tái sinh rừng, đưa độ che phủ rừng lên khoảng 54,5%" → "độ che phủ rừng").
  if (!MEASURE_NOUN.test(part.lower)) {
    const cuts = [...part.lower.matchAll(/,\s+|\s+để\s+/gu)].map((m) => (m.index ?? 0) + m[0].length);
    const measured = cuts.filter((c) => MEASURE_NOUN.test(strip(part.lower.slice(c), part.label.slice(c)).lower));
    const cut =
      measured.length > 0 ? measured[measured.length - 1] : words(part.label) > 12 ? cuts[cuts.length - 1] : undefined;
    if (cut !== undefined) {
      const rest = strip(part.lower.slice(cut), part.label.slice(cut));
      part = { ...rest, verb: rest.verb ?? part.verb };
    }
  }
  const label = trimLabelEdges(
    part.label
      .replace(/["“”]/g, "")
      .replace(/\s+trên địa bàn(?: tỉnh)?(?=\s|$)/gu, "")
      .replace(/\s+/g, " "),
  );
  const found = low.slice(start, end).indexOf(label.slice(0, 12).toLowerCase());
  return {
    label,
    start: label === "" ? to : start + Math.max(0, found),
    leadingVerb: part.verb,
    head,
    sub,
  };
}

/** Drops fillers and verbs at both ends; returns the verb it dropped first, for the direction. */
function strip(lowerIn: string, labelIn: string): { lower: string; label: string; verb: string | null } {
  let lower = lowerIn;
  let label = labelIn;
  let verb: string | null = null;
  for (let guard = 0; guard < 12; guard += 1) {
    const t = lower.trimStart();
    const cut = lower.length - t.length;
    const v = LEADING_VERB.exec(t);
    const m = v ?? LEADING_FILLER.exec(t);
    if (!m) break;
    if (v && verb === null) verb = v[1] ?? null;
    lower = t.slice(m[0].length);
    label = label.slice(cut + m[0].length);
  }
  for (let guard = 0; guard < 8; guard += 1) {
    const m = TRAILING_FILLER.exec(lower);
    if (!m) break;
    lower = lower.slice(0, m.index);
    label = label.slice(0, m.index);
  }
  return { lower: lower.trim(), label: label.trim(), verb };
}

/** The phrase after a value, used as label when nothing stands before it ("100% số hộ gia đình có nhà tiêu …"). */
function cleanAfter(
  src: string,
  low: string,
  from: number,
  limit: number,
  markers: readonly YearMarker[],
): { label: string; end: number; orMore?: Comparator } {
  let end = limit;
  // A year written after the value ("đạt 32,3% vào năm 2030") is not what is measured.
  const marker = markers.find((m) => m.start >= from && m.start < limit);
  if (marker !== undefined) end = marker.start;
  const inner = low.slice(from, limit);
  const stop =
    /,?\s+trong đó|,\s*(?:đến|năm|giai đoạn)\s|\s+so với\s|\s+thông qua\s|(?:,|\s+và)\s*(?:giảm|tăng(?!\s+trưởng)|đưa|nâng|có|đạt|duy trì|đảm bảo|bảo đảm|phấn đấu|mở rộng|xây dựng|phát triển|thực hiện|hoàn thành|tiến tới|từng bước|chấm dứt)\s/u.exec(
      inner,
    );
  if (stop) end = from + stop.index;
  while (end > from && /[\s,]/.test(low.charAt(end - 1))) end -= 1;
  if (/\svà$/.test(low.slice(from, end))) end -= 3;
  let label = src.slice(from, end);
  let orMore: Comparator | undefined;
  // "80% số xã, phường, thị trấn trở lên" (003 L278); not "tàu cá từ 90CV trở lên" (002 L280).
  const more = /(?:^|\s)trở lên(?=\s|$)/u.exec(label.toLowerCase());
  if (more && !/\d\S*\s*$|(?:^|\s)từ\s/u.test(label.slice(0, more.index).toLowerCase())) {
    orMore = ">=";
    label = label.slice(0, more.index) + label.slice(more.index + more[0].length);
  }
  label = trimLabelEdges(
    stripParentheses(label)
      .replace(/["“”]/g, "")
      .replace(/^\s*(?:của|là)\s+/u, "")
      .replace(/\s+(?:và|,)\s*$/u, "")
      .replace(/\s+/g, " "),
  );
  const capped = label.split(" ");
  if (capped.length > 24) label = `${capped.slice(0, 24).join(" ")} …`;
  return { label, end, ...(orMore ? { orMore } : {}) };
}

/** Where the counted noun begins: "89 xã đạt chuẩn" → "xã …"; "6/13 đơn vị" → "đơn vị …". */
function countNounStart(low: string, q: Quantity): number {
  const unitText = low.slice(q.unitStart);
  const skip = /^\s*(?:\/\s*[\d.]+\s*)?/.exec(unitText)?.[0].length ?? 0;
  return q.unitStart + skip;
}

/** "ha rừng/năm" → "rừng"; "triệu cây xanh phân tán/năm" → "cây xanh phân tán". */
function unitNoun(unit: string): string {
  return unit
    .replace(/\/.*$/, "")
    .replace(/^(?:nghìn|ngàn|vạn|triệu|tỷ|tỉ)\s+/u, "")
    .replace(/^(?:ha|km2|km|m2|m3|tấn|tạ|kg)(?:\s+|$)/u, "")
    .trim();
}

function stripParentheses(text: string): string {
  let out = text;
  for (let guard = 0; guard < 5 && /\([^()]*\)/.test(out); guard += 1) out = out.replace(/\s*\([^()]*\)/g, "");
  return out.replace(/\s*\([^()]*$/, "");
}

function words(text: string): number {
  return text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
}

function yearFor(q: Quantity, markers: readonly YearMarker[], low: string, limit: number): { marker?: YearMarker } {
  // Only a year written right after the value belongs to it: "đạt 31% vào năm 2020" (002 L976),
  // "dưới 5% năm 2030"; in "đạt 50%, năm 2030 đạt 70%" the second year opens the next clause.
  const post = markers.find((m) => m.start >= q.end && m.start < limit && m.kind === "year");
  if (post !== undefined && /^\s*(?:(?:vào|trong|đến|cho)\s+)?$/.test(low.slice(q.end, post.start))) {
    return { marker: post };
  }
  const pre = [...markers].reverse().find((m) => m.end <= q.start);
  return pre === undefined ? {} : { marker: pre };
}

function comparatorFor(q: Quantity, cues: readonly Cue[], orMore: Comparator | undefined): Comparator | null {
  if (q.comparator !== undefined) return q.comparator;
  if (q.value === null) return null;
  if (q.valueMax !== null) return "between";
  const cue = cues.find((c) => c.comparator !== undefined);
  if (cue?.comparator !== undefined) return cue.comparator;
  return orMore ?? "=";
}

function directionFor(
  q: Quantity,
  cues: readonly Cue[],
  leadingVerb: string | null,
  comparator: Comparator | null,
  orMore: Comparator | undefined,
): Direction | null {
  const stated = cues.find((c) => c.direction !== undefined)?.direction;
  if (stated !== undefined) return stated;
  if (leadingVerb !== null) return VERB_DIRECTION[leadingVerb] ?? null;
  if (q.unitKind === "rank") return null;
  const implied = cues.find((c) => c.implied !== undefined)?.implied;
  if (implied !== undefined) return implied;
  if (comparator === "<" || comparator === "<=") return "decrease";
  if (comparator === ">" || comparator === ">=" || orMore === ">=") return "increase";
  return null;
}

const VERB_DIRECTION: Readonly<Record<string, Direction>> = {
  giảm: "decrease",
  "giảm thiểu": "decrease",
  hạ: "decrease",
  "kiềm chế": "decrease",
  tăng: "increase",
  nâng: "increase",
  "nâng cao": "increase",
  "duy trì": "maintain",
  "ổn định": "maintain",
  "giữ vững": "maintain",
};

/** A change ("giảm 20%") rather than a level ("giảm … xuống dưới 5%"). */
function isChange(cues: readonly Cue[], leadingVerb: string | null, q: Quantity): boolean {
  const decisive = cues.find((c) => c.change === true || c.level === true);
  if (decisive !== undefined) return decisive.change === true;
  const verbChanges = leadingVerb !== null && /^(?:giảm|tăng)/.test(leadingVerb);
  return verbChanges && (q.unitKind === "percent" || q.unitKind === "times");
}

/** Infant and under-five mortality printed in "%" (001 L247) are almost certainly per mille. */
function unitAmbiguity(label: string, q: Quantity): ValueAmbiguity | undefined {
  if (q.unit !== "%" || !/t[ỷỉ] suất tử vong/iu.test(label)) return undefined;
  return { reason: "unit_suspect", candidates: [`${q.written}%`, `${q.written}‰`] };
}

/** "chỉ số A, chỉ số B và chỉ số C" sharing one value (003 L172) become one indicator each. */
function splitSharedLabel(label: string): readonly string[] {
  if (!/^chỉ số\s/iu.test(label)) return [label];
  const parts = label.split(/\s*(?:,|\svà)\s+(?=chỉ số\s)/iu).map((p) => p.trim());
  return parts.length > 1 ? parts.map(capitalise) : [label];
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
