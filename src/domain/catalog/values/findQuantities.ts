import type { Comparator } from "../types";
import { parseVietnameseNumber, VIETNAMESE_NUMERAL } from "./parseVietnameseNumber";

/**
 * One number the text states with its unit, before label, comparator and year are worked out.
 * Offsets are into the normalised text; `start` is where the value begins, `end` where all that
 * belongs to it ends (unit, "trở lên", "so với …").
 */
export interface Quantity {
  readonly start: number;
  readonly end: number;
  readonly unitStart: number;
  readonly unitEnd: number;
  readonly value: number | null;
  readonly valueMax: number | null;
  readonly written: string;
  readonly unit: string | null;
  readonly unitKind: UnitKind;
  readonly ratio?: readonly number[];
  /** "trở lên" → ">=", "trở xuống" → "<=": written after the unit. */
  readonly orMore?: Comparator;
  /** Comparator fixed by the form itself (ranks, benchmarks). */
  readonly comparator?: Comparator;
  /** A change against a baseline by the form itself ("gấp đôi", "một nửa", "so với …"). */
  readonly change?: boolean;
  readonly baseYear?: number;
  readonly benchmark?: string;
  /** The thing measured is written after the value ("tăng gấp đôi tốc độ …", "giảm một nửa chất thải …"). */
  readonly measuredAfter?: boolean;
}

export type UnitKind =
  "percent" | "rate" | "ratio" | "fraction" | "measure" | "count" | "times" | "rank" | "level" | "benchmark" | "none";

const NUM = VIETNAMESE_NUMERAL;
const NUMBER_OR_RANGE = new RegExp(String.raw`(${NUM})(?:\s*-\s*(${NUM}))?`, "g");

/** Words right before a number that make it a code, a date, an age or a name, not a target value. */
const NOT_A_VALUE_BEFORE =
  /(?:^|[^\p{L}])(?:số|mục tiêu|chỉ tiêu|điều|khoản|điểm|lần thứ|khóa|khoá|quyết định|nghị định|nghị quyết|thông tư|chỉ thị|chương trình|iso|qcvn|tcvn|loại|nhóm|top|giai đoạn|thời kỳ|năm|tháng|quý|ngày|giá cố định|giá so sánh|tầm nhìn|mức độ|cấp độ|quốc lộ|tỉnh lộ|hạng)\s*$/u;
/** A threshold that qualifies a noun, not a target: "tàu lớn hơn 5.000 tấn" (003 L352), "nguồn thải trên 1.000 m3/ngày đêm" (002 L922), "cụm điểm dân cư dưới 20 hộ" (002 L974). */
const QUALIFIER_BEFORE =
  /(?:tàu|tàu cá|tàu thuyền|phương tiện|nguồn thải|dân cư|công suất|trọng tải|quy mô)\s+(?:lớn hơn|nhỏ hơn|trên|dưới|từ)\s*$/u;
/** Units that make a number a duration, an age or a rank in a list, never a target. */
const NOT_A_VALUE_UNIT =
  /^\s*(?:tuổi|năm|tháng|ngày|giờ|phút|loại|lần thứ|thứ|kỳ|khóa|khoá|cv|mục tiêu|nhiệm vụ|giải pháp|chỉ tiêu|nội dung|điều|khoản)(?![\p{L}\d])/u;

const MEASURES = /^\s*(usd|đô la|đồng|vnđ|ha|héc ta|km2|km|m2|m3|tấn|tạ|kg|mw|kwh|gwh|tỷ kwh|lít|lần)(?![\p{L}\d])/u;
const SCALE = /^\s*(nghìn|ngàn|vạn|triệu|tỷ|tỉ)(?![\p{L}\d])/u;
const SLASH_SUFFIX = /^\s*\/\s*((?:1\s|1\.000\s|100\.000\s)?[\p{L}]+(?:\s[\p{L}]+)?)/u;
/** Words that end a noun phrase used as unit or label. */
// prettier-ignore
const STOP_WORDS = new Set([
  "đạt", "được", "có", "trở", "và", "trong", "theo", "so", "vào", "đến", "xuống", "lên", "tăng", "giảm", "là",
  "thực", "hoàn", "ra", "với", "thì", "để", "nhằm", "do", "thông", "tham", "trên", "dưới", "khoảng", "chiếm", "sử",
  "áp", "ở", "tại", "của", "năm", "hoặc", "cho", "đã", "sẽ", "bị", "từ", "tới", "gồm", "như", "trừ", "mỗi", "hằng",
  "hàng", "cả", "tổng", "nhưng", "còn", "bằng", "vượt", "phấn", "phải", "cần", "mới", "tiếp", "đưa", "gắn",
]);

/** Every quantity in the text, in order. `low` is `text` lower-cased (same length). */
export function findQuantities(text: string, low: string): readonly Quantity[] {
  const found: Quantity[] = [];
  const taken = (start: number, end: number): boolean => found.some((q) => start < q.end && end > q.start);
  const push = (q: Quantity): void => {
    if (!taken(q.start, q.end)) found.push(q);
  };

  for (const m of low.matchAll(RANK)) {
    const start = m.index ?? 0;
    push({
      start,
      end: start + m[0].length,
      unitStart: start,
      unitEnd: start + m[0].length,
      value: Number(m[1]),
      valueMax: null,
      written: m[1] ?? "",
      unit: "thứ hạng",
      unitKind: "rank",
      comparator: "<=",
    });
  }
  for (const m of low.matchAll(LEVEL)) {
    const start = (m.index ?? 0) + m[0].indexOf(m[1] ?? "");
    const unitStart = m.index ?? 0;
    push({
      start: unitStart,
      end: start + (m[1] ?? "").length,
      unitStart,
      unitEnd: unitStart + m[0].indexOf(m[1] ?? "") - 1,
      value: Number(m[1]),
      valueMax: null,
      written: m[1] ?? "",
      unit: "cấp độ",
      unitKind: "level",
    });
  }
  for (const m of low.matchAll(DOUBLE)) {
    const start = (m.index ?? 0) + m[0].indexOf("gấp");
    push({
      start,
      end: (m.index ?? 0) + m[0].length,
      unitStart: start,
      unitEnd: (m.index ?? 0) + m[0].length,
      value: 2,
      valueMax: null,
      written: "gấp đôi",
      unit: "lần",
      unitKind: "times",
      change: true,
      measuredAfter: true,
    });
  }
  for (const m of low.matchAll(HALF)) {
    const start = m.index ?? 0;
    push({
      start,
      end: start + m[0].length,
      unitStart: start,
      unitEnd: start + m[0].length,
      value: 50,
      valueMax: null,
      written: "một nửa",
      unit: "%",
      unitKind: "percent",
      change: true,
      measuredAfter: true,
    });
  }
  for (const m of low.matchAll(BENCHMARK)) {
    const phrase = m[2] ?? "";
    if (/\d/.test(phrase)) continue;
    const start = m.index ?? 0;
    push({
      start,
      end: start + m[0].length,
      unitStart: start,
      unitEnd: start,
      value: null,
      valueMax: null,
      written: "",
      unit: null,
      unitKind: "benchmark",
      comparator: BENCHMARK_COMPARATORS[m[1] ?? ""] ?? ">",
      benchmark: text
        .slice(start + m[0].length - phrase.length, start + m[0].length)
        .replace(/"/g, "")
        .trim(),
    });
  }

  NUMBER_OR_RANGE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NUMBER_OR_RANGE.exec(low)) !== null) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const q = readQuantity(text, low, m, start, numberEnd);
    if (q === null || taken(q.start, q.end)) continue;
    found.push(q);
    NUMBER_OR_RANGE.lastIndex = Math.max(NUMBER_OR_RANGE.lastIndex, q.end);
  }
  return found.sort((a, b) => a.start - b.start);
}

const RANK =
  /(?:đứng\s+)?(?:trong\s+)?(?:nhóm|top)\s+(\d{1,2})\s+(?:tỉnh|địa phương)(?:,\s*thành(?:\s+phố)?)?\s+(?:dẫn đầu|đứng đầu)(?:\s+(?:của\s+)?cả nước)?/g;
const LEVEL = /(?:cấp độ|mức độ)\s+(\d)(?!\d)/g;
const DOUBLE = /(?:gấp|lên)\s+đôi/g;
const HALF = /một\s+nửa/g;
const BENCHMARK =
  /(bằng hoặc cao hơn|bằng hoặc vượt|bằng và vượt|không thấp hơn|cao hơn|thấp hơn)\s+((?:(?![;.(])[^;.(])*?(?:cả nước|quốc gia|toàn quốc))/g;
const BENCHMARK_COMPARATORS: Readonly<Record<string, Comparator>> = {
  "bằng hoặc cao hơn": ">=",
  "bằng hoặc vượt": ">=",
  "bằng và vượt": ">=",
  "không thấp hơn": ">=",
  "cao hơn": ">",
  "thấp hơn": "<",
};

function readQuantity(
  text: string,
  low: string,
  m: RegExpExecArray,
  start: number,
  numberEnd: number,
): Quantity | null {
  const prev = low.charAt(start - 1);
  if (start > 0 && /[\p{L}\d.,/:\-_]/u.test(prev)) return null;
  if (NOT_A_VALUE_BEFORE.test(low.slice(Math.max(0, start - 16), start))) return null;
  if (QUALIFIER_BEFORE.test(low.slice(Math.max(0, start - 30), start))) return null;
  const first = m[1] ?? "";
  const second = m[2];
  const value = parseVietnameseNumber(first);
  const valueMax = second === undefined ? null : parseVietnameseNumber(second);
  if (value === null) return null;
  let end = numberEnd;
  const tail = low.slice(numberEnd);
  // Codes and dates: "1396/QĐ-UBND", "58-NQ/TW", "25/5/2015", "53/2016/TT-BCA", "(1)".
  if (/^\s*[/-]\s*[\p{L}]/u.test(tail) && !/^\s*\/\s*(?:năm|ngày|người|ha|vạn|1 vạn)(?![\p{L}])/u.test(tail))
    return null;
  if (/^\/\d{1,4}\//.test(tail)) return null;
  if (/^\.\d/.test(tail)) return null; // "1.1", "3.10": codes, not Vietnamese numbers
  if (prev === "(" && /^\)/.test(tail)) return null;
  if (NOT_A_VALUE_UNIT.test(tail)) return null;
  if (second !== undefined && valueMax === null) return null;
  if (second !== undefined && /^\s*\/\s*\d/.test(tail)) return null;

  let unit: string | null = null;
  let unitKind: UnitKind = "none";
  let unitStart = numberEnd;
  let ratio: number[] | undefined;
  let r: RegExpExecArray | null;

  if ((r = /^\s*%(?:\s*\/\s*năm(?![\p{L}]))?/u.exec(tail)) !== null) {
    unitStart = numberEnd + r[0].indexOf("%");
    unit = r[0].includes("năm") ? "%/năm" : "%";
    unitKind = "percent";
    end = numberEnd + r[0].length;
  } else if ((r = /^\s*‰/.exec(tail)) !== null) {
    unitStart = numberEnd + r[0].indexOf("‰");
    unit = "‰";
    unitKind = "percent";
    end = numberEnd + r[0].length;
  } else if (
    second === undefined &&
    (r = new RegExp(String.raw`^\s*\/\s*(${NUM})(?![\d/])(\s*%)?`).exec(tail)) !== null
  ) {
    const denominatorText = r[1] ?? "";
    const denominator = parseVietnameseNumber(denominatorText);
    if (denominator === null || denominator === 0) return null;
    const afterDenominator = numberEnd + r[0].length;
    const labelBefore = low.slice(Math.max(0, start - 40), start);
    if (r[2] !== undefined || (value + denominator === 100 && /t[ỷỉ] lệ[^;.]*$/.test(labelBefore))) {
      ratio = [value, denominator];
      unit = "%";
      unitKind = "ratio";
      unitStart = numberEnd;
      end = afterDenominator;
    } else {
      const isRate = denominator >= 100 && /^10*$/.test(String(denominator));
      if (!isRate && value > denominator) return null; // "22/3" is a day and month, not a share
      const noun = readNounPhrase(low, afterDenominator, 6);
      unitStart = numberEnd;
      unit = text.slice(numberEnd, noun.end).replace(/\s+/g, " ").trim();
      unitKind = isRate ? "rate" : "fraction";
      end = noun.end;
      if (!isRate && noun.words === 0) return null;
    }
  } else {
    const scale = SCALE.exec(tail);
    let at = numberEnd + (scale ? scale[0].length : 0);
    const measure = MEASURES.exec(low.slice(at));
    if (measure) {
      at += measure[0].length;
      const suffix = readSlashSuffix(low, at);
      if (suffix !== null) {
        at = suffix;
      } else {
        // "ha rừng/năm" and "triệu m3 gỗ," keep their noun; "m3/ngày đêm bằng giải pháp" does not.
        const noun = readNounPhrase(low, at, 4);
        const suffixAfterNoun = noun.words > 0 ? readSlashSuffix(low, noun.end) : null;
        if (suffixAfterNoun !== null) at = suffixAfterNoun;
        else if (noun.words > 0 && noun.words <= 2 && /^\s*(?:[,;.)]|$)/.test(low.slice(noun.end))) at = noun.end;
      }
      unitKind = measure[1] === "lần" ? "times" : "measure";
    } else {
      const noun = readNounPhrase(low, at, 6);
      if (noun.words > 0) {
        const suffix = readSlashSuffix(low, noun.end);
        at = suffix ?? noun.end;
        unitKind = scale ? "measure" : "count";
      } else if (scale) {
        unitKind = "measure";
      }
    }
    if (unitKind !== "none") {
      unitStart = numberEnd + (/^\s*/.exec(tail)?.[0].length ?? 0);
      unit = text
        .slice(unitStart, at)
        .replace(/\s+/g, " ")
        .replace(/\s*\/\s*/g, "/")
        .trim();
      end = at;
    }
  }

  const unitEnd = end;
  if (isYear(first) && (second === undefined || isYear(second)) && (unitKind === "none" || unitKind === "count")) {
    return null;
  }

  let orMore: Comparator | undefined;
  const more = /^\s*trở\s+(lên|xuống)/.exec(low.slice(end));
  if (more) {
    orMore = more[1] === "lên" ? ">=" : "<=";
    end += more[0].length;
  }
  let baseYear: number | undefined;
  let benchmark: string | undefined;
  let change: boolean | undefined;
  const compared = /^\s*,?\s*so với\s+((?:(?![;.,(]).)*)/.exec(low.slice(end));
  if (compared) {
    const phrase = compared[1] ?? "";
    const year = /^(?:cuối\s+|đầu\s+)?(?:năm\s+)?((?:19|20)\d\d)(?!\d)/.exec(phrase.trim());
    const phraseStart = end + compared[0].length - phrase.length;
    if (year) baseYear = Number(year[1]);
    else
      benchmark = text
        .slice(phraseStart, phraseStart + phrase.length)
        .replace(/"/g, "")
        .trim();
    change = true;
    end += compared[0].length;
  }

  if (valueMax !== null && valueMax < value) return null; // "20 - 5" is not a range of values
  return {
    start,
    end,
    unitStart,
    unitEnd,
    value,
    valueMax,
    written: low.slice(start, numberEnd).replace(/\s+/g, " ").trim(),
    unit,
    unitKind,
    ...(ratio ? { ratio } : {}),
    ...(orMore ? { orMore } : {}),
    ...(change ? { change } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
    ...(benchmark !== undefined ? { benchmark } : {}),
  };
}

function isYear(written: string): boolean {
  return /^(?:19|20|21)\d\d$/.test(written);
}

/** Reads lower-case words from `at` until a stop word or punctuation; at most `maxWords`. */
export function readNounPhrase(
  low: string,
  at: number,
  maxWords: number,
): { readonly end: number; readonly words: number } {
  let end = at;
  let words = 0;
  const word = /^\s*([\p{L}][\p{L}\d]*)/u;
  while (words < maxWords) {
    const w = word.exec(low.slice(end, end + 40));
    if (!w) break;
    const token = w[1] ?? "";
    if (STOP_WORDS.has(token)) break;
    end += w[0].length;
    words += 1;
  }
  return { end, words };
}

/** "/năm", "/ngày đêm", "/1 vạn dân" right after `at`; returns the new end or null. */
function readSlashSuffix(low: string, at: number): number | null {
  const s = SLASH_SUFFIX.exec(low.slice(at, at + 30));
  if (!s) return null;
  const words = (s[1] ?? "").split(/\s+/);
  // Keep the second word only when it belongs to the denominator ("ngày đêm", "vạn dân").
  if (words.length === 2 && !/^(?:đêm|dân|người|hộ|ha)$/.test(words[1] ?? "") && !/^\d/.test(words[0] ?? "")) {
    return at + s[0].length - (words[1] ?? "").length - 1;
  }
  return at + s[0].length;
}
