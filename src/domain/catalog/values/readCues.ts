import type { Comparator, Direction } from "../types";

/** What a word or symbol right before a value says about it. */
export interface Cue {
  readonly phrase: string;
  readonly comparator?: Comparator;
  /** Direction the cue states outright ("giảm", "xuống", "duy trì"). */
  readonly direction?: Direction;
  /** Direction the cue only implies ("dưới" → decrease, "đạt" → increase). */
  readonly implied?: Direction;
  /** The value is a level the measure reaches ("xuống", "còn", "đạt", "chiếm"). */
  readonly level?: boolean;
  /** The value is a change ("giảm 20%", "tăng 10%", "gấp 1,5 lần"). */
  readonly change?: boolean;
  readonly annual?: boolean;
  /** An action verb ("trồng"): not a cue by itself, but the cue scan goes through it. */
  readonly action?: boolean;
}

// "dưới 5%", "không quá 5%" state a level, so "giảm dưới 15%" (002 L294) is not a change.
const LESS: Omit<Cue, "phrase"> = { comparator: "<", implied: "decrease", level: true };
const AT_MOST: Omit<Cue, "phrase"> = { comparator: "<=", implied: "decrease", level: true };
const MORE: Omit<Cue, "phrase"> = { comparator: ">", implied: "increase" };
const AT_LEAST: Omit<Cue, "phrase"> = { comparator: ">=", implied: "increase" };
const ABOUT: Omit<Cue, "phrase"> = { comparator: "~" };
const REACH: Omit<Cue, "phrase"> = { level: true, implied: "increase" };
const BE: Omit<Cue, "phrase"> = { level: true };
const DOWN_TO: Omit<Cue, "phrase"> = { level: true, direction: "decrease" };
const UP_TO: Omit<Cue, "phrase"> = { level: true, direction: "increase" };
const CUT: Omit<Cue, "phrase"> = { change: true, direction: "decrease" };
const RAISE: Omit<Cue, "phrase"> = { change: true, direction: "increase" };
const KEEP: Omit<Cue, "phrase"> = { direction: "maintain" };
const NEUTRAL: Omit<Cue, "phrase"> = {};
const ANNUAL: Omit<Cue, "phrase"> = { annual: true };
const ACTION: Omit<Cue, "phrase"> = { action: true };

const TABLE: ReadonlyArray<readonly [string, Omit<Cue, "phrase">]> = [
  ["<=", AT_MOST],
  ["≤", AT_MOST],
  ["<", LESS],
  [">=", AT_LEAST],
  ["≥", AT_LEAST],
  [">", MORE],
  ["dưới", LESS],
  ["thấp hơn", LESS],
  ["nhỏ hơn", LESS],
  ["ít hơn", LESS],
  ["không quá", AT_MOST],
  ["không vượt quá", AT_MOST],
  ["tối đa", AT_MOST],
  ["tối đa là", AT_MOST],
  ["trên", MORE],
  ["hơn", MORE],
  ["cao hơn", MORE],
  ["lớn hơn", MORE],
  ["nhiều hơn", MORE],
  ["vượt", MORE],
  ["ít nhất", AT_LEAST],
  ["tối thiểu", AT_LEAST],
  ["tối thiểu là", AT_LEAST],
  ["không thấp hơn", AT_LEAST],
  ["không dưới", AT_LEAST],
  ["không ít hơn", AT_LEAST],
  ["khoảng", ABOUT],
  ["gần", ABOUT],
  ["xấp xỉ", ABOUT],
  ["cơ bản", ABOUT],
  ["trên dưới", ABOUT],
  ["đạt", REACH],
  ["đạt được", REACH],
  ["đạt mức", REACH],
  ["đạt tỷ lệ", REACH],
  ["đạt tỉ lệ", REACH],
  ["đạt tốc độ", REACH],
  ["đạt trên", { ...MORE, level: true }],
  ["là", BE],
  ["bằng", BE],
  ["ở mức", BE],
  ["ở tỷ lệ", BE],
  ["ở tỉ lệ", BE],
  ["chiếm", BE],
  ["chiếm tỷ lệ", BE],
  ["còn", DOWN_TO],
  ["chỉ còn", DOWN_TO],
  ["xuống", DOWN_TO],
  ["giảm xuống", DOWN_TO],
  ["hạ xuống", DOWN_TO],
  ["lên", UP_TO],
  ["tăng lên", UP_TO],
  ["nâng lên", UP_TO],
  ["giảm", CUT],
  ["giảm thêm", CUT],
  ["giảm được", CUT],
  ["giảm thiểu", CUT],
  ["tăng", RAISE],
  ["tăng thêm", RAISE],
  ["gia tăng", RAISE],
  ["gấp", { change: true }],
  ["duy trì", KEEP],
  ["ổn định", KEEP],
  ["giữ vững", KEEP],
  ["giữ ổn định", KEEP],
  ["duy trì ổn định", KEEP],
  ["bình quân", NEUTRAL],
  ["trung bình", NEUTRAL],
  ["có", NEUTRAL],
  ["đưa", NEUTRAL],
  ["phấn đấu", NEUTRAL],
  ["phân đấu", NEUTRAL],
  ["đảm bảo", NEUTRAL],
  ["bảo đảm", NEUTRAL],
  ["cụ thể", NEUTRAL],
  ["từ", NEUTRAL],
  ["được", NEUTRAL],
  ["đến", NEUTRAL],
  ["hàng năm", ANNUAL],
  ["hằng năm", ANNUAL],
  ["mỗi năm", ANNUAL],
  ["trồng", ACTION],
  ["trồng mới", ACTION],
  ["tạo", ACTION],
  ["đào tạo", ACTION],
  ["xây dựng", ACTION],
  ["phát triển", ACTION],
  ["hỗ trợ", ACTION],
  ["thu hút", ACTION],
  ["giải quyết việc làm cho", ACTION],
];

/** Longest phrases first, so "giảm xuống" wins over "xuống". */
const CUES: readonly Cue[] = TABLE.map(([phrase, info]) => ({ phrase, ...info })).sort(
  (a, b) => b.phrase.length - a.phrase.length,
);

/** Cue words that must not be read as cues after these words ("giá trị tăng thêm" is a noun). */
const NOT_AFTER: ReadonlyArray<readonly [string, RegExp]> = [
  ["tăng thêm", /giá trị\s*$/],
  ["tăng", /giá trị\s*$/],
];

export interface CueZone {
  /** Nearest to the value first; action verbs are not included. */
  readonly cues: readonly Cue[];
  /** The action verb among the cue words, if any ("trồng"). */
  readonly action: string | null;
  /** Offset in `before` where the cue words begin; the label ends here. */
  readonly start: number;
}

/**
 * Reads the comparator, verb and adverb words written right before a value, walking backwards
 * from the value: "giảm tỷ suất tử vong trẻ dưới 1 tuổi xuống dưới 21,5%" gives [dưới, xuống]
 * and stops at "tuổi", so the "dưới" of the label is not taken. `before` is lower-case.
 * Action verbs ("trồng") are walked through when a real cue lies beyond them ("bình quân trồng
 * 6,0 triệu cây"); alone they are part of the label ("phục vụ phát triển 4 trung tâm").
 */
export function readCues(before: string): CueZone {
  const found: { cue: Cue; start: number }[] = [];
  let end = before.length;
  for (;;) {
    const head = before.slice(0, end).replace(/[\s,]+$/, "");
    const cue = CUES.find((c) => head.endsWith(c.phrase) && startsWord(head, c.phrase) && allowed(head, c));
    if (cue === undefined) break;
    end = head.length - cue.phrase.length;
    found.push({ cue, start: end });
  }
  while (found.length > 0 && found[found.length - 1]?.cue.action === true) found.pop();
  const last = found[found.length - 1];
  return {
    cues: found.filter((f) => f.cue.action !== true).map((f) => f.cue),
    action: found.find((f) => f.cue.action === true)?.cue.phrase ?? null,
    start: last === undefined ? before.length : last.start,
  };
}

function startsWord(head: string, phrase: string): boolean {
  if (/^[<>≤≥]/.test(phrase)) return true;
  const before = head.charAt(head.length - phrase.length - 1);
  return before === "" || !/[\p{L}\d]/u.test(before);
}

function allowed(head: string, cue: Cue): boolean {
  const rest = head.slice(0, head.length - cue.phrase.length);
  return !NOT_AFTER.some(([phrase, re]) => phrase === cue.phrase && re.test(rest));
}
