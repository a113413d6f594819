import { letterCount, normalizeText } from "../../text/normalizeVietnamese";
import { startsLikeAgency } from "./startsLikeAgency";
import { trimEnd, trimStart } from "../../text/trimEdges";

/**
 * Splitting a "Chủ trì" / "Phối hợp" cell into agency names.
 *
 * Commas and "và" separate agencies, but they also occur inside names ("Sở Văn hóa, Thể thao và
 * Du lịch", "Sở Kế hoạch và Đầu tư", "UBND các huyện, thị xã, thành phố"). Two sources of protection:
 * 1. the directory: the longest run of pieces that spells a known name wins;
 * 2. a rule: a piece is a new agency only when it starts like one ("Sở …", "UBND …", "các tổ chức …"),
 *    so "Thể thao và Du lịch", "thị xã", "Đầu tư" stay attached to what precedes them.
 * Shared prefixes are expanded ("Sở: Xây dựng, Kế hoạch và Đầu tư" → two Sở), and with a directory so
 * is an implied one ("Sở Tài chính, Công Thương" → "Sở Tài chính", "Sở Công Thương").
 */

/** What splitting needs from a directory: whether a name is known. AgencyDirectory satisfies it. */
export interface KnownNames {
  knows(name: string): boolean;
  /** No known name has more letters and digits than this; splitting skips longer runs without asking. */
  readonly maxLetters?: number;
}

export interface AgencyListEntry {
  /** The name as written (normalised), without its qualifier. */
  readonly name: string;
  /** A scope the document attaches to this agency: "(giáo dục đại học)", "chủ trì thực hiện nhiệm vụ …". */
  readonly qualifier: string | null;
}

// A tag holds no "<": so a scan for its end stops at the next "<", and a run of unclosed "<" is not quadratic.
const BLOCK_TAG = /<\/?(?:p|ul|ol|li|br|div|tr|td|table)\b[^<>]*>/giu;
const ANY_TAG = /<[^<>]*>/gu;
const ENTITIES: Readonly<Record<string, string>> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };
const LABEL =
  /^(?:[-+*•]\s*)*(?:cơ quan|đơn vị)?\s*(?:chủ trì|phối hợp)(?:\s+thực hiện(?:\s+tại tỉnh)?)?\s*:\s*/iu;
const TRAILING_CLAUSE = /\s+((?:chủ trì|phối hợp|căn cứ|theo chức năng|trên cơ sở)(?:[\s,.:].*)?)$/iu;
const PREFIX_LIST = /^(?:các\s+)?(sở|ban|bộ)\s*:\s*(.+)$/iu;
const LIST_MARKER = /^(?:[-+•*]\s*)+/u;
// Leading and trailing punctuation; a trailing " -" is what is left of "Sở Y tế. - Phối hợp: …".
const LEADING_PUNCTUATION = /[\s.,;:]/u;
const TRAILING_PUNCTUATION = /[\s.,;:/\-–]/u;

function trimPunctuation(text: string): string {
  return trimEnd(trimStart(text, LEADING_PUNCTUATION), TRAILING_PUNCTUATION);
}

/** Lines of plain text: tags become line breaks (block) or nothing (inline), markdown emphasis goes. */
function plainLines(text: string): string[] {
  const plain = text
    .normalize("NFC")
    .replace(BLOCK_TAG, "\n")
    .replace(ANY_TAG, "")
    .replace(/&(?:nbsp|amp|lt|gt|quot);/gu, (e) => ENTITIES[e] ?? e)
    .replace(/\*\*|__/gu, "");
  return plain.split(/\r?\n/u).map(normalizeText);
}

/** Segments: separated by ";" and by list dashes at the start or after a full stop or colon. */
function segmentsOf(line: string): string[] {
  return line
    .split(/;|(?:^|(?<=[.:]))\s*[-+•]\s+/u)
    .map((s) => trimPunctuation(s.replace(LIST_MARKER, "").replace(LABEL, "")).trim())
    .filter((s) => s !== "");
}

interface Pieces {
  readonly atoms: readonly string[];
  /** separators[k] joins atoms[k] and atoms[k + 1]. */
  readonly separators: readonly ("," | "và")[];
}

const COMMA_IN_PARENS = "\u0000";

/** Pieces between commas and the word "và"; commas inside parentheses are kept. */
function piecesOf(segment: string): Pieces {
  let depth = 0;
  let guarded = "";
  for (const c of segment) {
    if (c === "(") depth += 1;
    if (c === ")") depth = Math.max(0, depth - 1);
    guarded += c === "," && depth > 0 ? COMMA_IN_PARENS : c;
  }
  const atoms: string[] = [];
  const separators: ("," | "và")[] = [];
  const re = /\s*,\s*|\s+và\s+/gu;
  let last = 0;
  for (const m of guarded.matchAll(re)) {
    atoms.push(guarded.slice(last, m.index));
    separators.push(m[0].includes(",") ? "," : "và");
    last = (m.index ?? 0) + m[0].length;
  }
  atoms.push(guarded.slice(last));
  const restore = (s: string): string => s.split(COMMA_IN_PARENS).join(",").trim();
  return { atoms: atoms.map(restore), separators };
}

/**
 * Whether the run of pieces from..to (with `extra` letters of an implied prefix) may be a known
 * name. Splitting tries every run, longest first, so a long list asks about many long runs; a run
 * with more letters than the longest known name is answered here without building or folding it.
 * A run holding "(" is always asked: its parenthetical is dropped before the lookup.
 */
function runFilter(pieces: Pieces, known: KnownNames): (from: number, to: number, extra: number) => boolean {
  const max = known.maxLetters;
  if (max === undefined) return () => true;
  const letters = [0];
  const parens = [0];
  pieces.atoms.forEach((atom, k) => {
    const separator = k > 0 && pieces.separators[k - 1] === "và" ? 2 : 0;
    letters.push(letters[k]! + letterCount(atom) + separator);
    parens.push(parens[k]! + (atom.includes("(") ? 1 : 0));
  });
  return (from, to, extra) => {
    if (parens[to + 1]! - parens[from]! > 0) return true;
    // The separator before `from` is not part of the run.
    const before = from > 0 && pieces.separators[from - 1] === "và" ? 2 : 0;
    return letters[to + 1]! - letters[from]! - before + extra <= max;
  };
}

function joinPieces(pieces: Pieces, from: number, to: number): string {
  let out = pieces.atoms[from] ?? "";
  for (let k = from; k < to; k += 1) {
    const sep = pieces.separators[k] === "," ? ", " : " và ";
    out += sep + (pieces.atoms[k + 1] ?? "");
  }
  return out;
}

const LINE_BREAK = /[\n\r\u2028\u2029]/u;

/**
 * The name before a trailing "(…)" and the text inside it: "Sở Giáo dục và Đào tạo (giáo dục đại học)".
 * A scan back from the end, so a candidate without a trailing ")" costs nothing; splitSegment asks this
 * of every run of pieces it tries. The parenthetical holds no "(" or ")", and a non-blank name on one
 * line precedes it.
 */
export function withoutParenthetical(name: string): AgencyListEntry {
  const none = { name, qualifier: null };
  if (name.charCodeAt(name.length - 1) !== 41 /* ) */) return none;
  const open = name.lastIndexOf("(", name.length - 2);
  if (open < 0) return none;
  const inside = name.slice(open + 1, -1);
  if (inside.includes(")")) return none;
  const before = name.slice(0, open).trimEnd();
  if (before === "" || LINE_BREAK.test(before)) return none;
  return { name: trimPunctuation(before), qualifier: normalizeText(inside) };
}

const SPLIT_HEAD =
  /\s(?=(?:Sở|Ban|Bộ|UBND|Ủy ban|Uỷ ban|Công an|Ngân hàng|Đài|Hội|Liên đoàn|Tỉnh đoàn|Mặt trận|Viện|Tòa án|Trung tâm|Thanh tra|Chi nhánh|Bảo hiểm|Cục|BCH)\s)/u;

/** "Sở Lao động - Thương binh và Xã hội Sở Tài chính" (a comma missing): split where both sides are known. */
function splitRunTogether(name: string, known: KnownNames): string[] {
  if (known.knows(name)) return [name];
  const re = new RegExp(SPLIT_HEAD.source, "gu");
  for (const m of name.matchAll(re)) {
    const left = name.slice(0, m.index).trim();
    const right = name.slice((m.index ?? 0) + 1).trim();
    if (known.knows(left)) {
      const rest = splitRunTogether(right, known);
      if (rest.every((r) => known.knows(r))) return [left, ...rest];
    }
  }
  return [name];
}

/** The capitalised prefix of a shared-prefix list, as it reads before each item ("Sở"). */
function capitalise(prefix: string): string {
  return prefix.charAt(0).toUpperCase() + prefix.slice(1).toLowerCase();
}

function splitPrefixList(prefix: string, rest: string, known: KnownNames | undefined): string[] {
  const pieces = piecesOf(rest);
  const mayBeKnown = known === undefined ? () => true : runFilter(pieces, known);
  const prefixLetters = letterCount(prefix);
  const names: string[] = [];
  let i = 0;
  while (i < pieces.atoms.length) {
    // "… Nông nghiệp và PTNT và các đơn vị liên quan": the list ends where an agency of its own starts.
    if (startsLikeAgency(pieces.atoms[i] ?? "")) {
      names.push(...splitSegment(joinPieces(pieces, i, pieces.atoms.length - 1), known));
      break;
    }
    let end = -1;
    if (known !== undefined) {
      for (let j = pieces.atoms.length - 1; j >= i; j -= 1) {
        if (!mayBeKnown(i, j, prefixLetters)) continue;
        if (known.knows(`${prefix} ${joinPieces(pieces, i, j)}`)) {
          end = j;
          break;
        }
      }
    }
    if (end < 0) {
      // Without a known name, only commas separate the items: "Kế hoạch và Đầu tư" stays whole.
      end = i;
      while (
        end < pieces.separators.length &&
        pieces.separators[end] === "và" &&
        !startsLikeAgency(pieces.atoms[end + 1] ?? "")
      ) {
        end += 1;
      }
    }
    names.push(`${prefix} ${joinPieces(pieces, i, end)}`);
    i = end + 1;
  }
  return names;
}

function splitSegment(segment: string, known: KnownNames | undefined): string[] {
  const prefixed = PREFIX_LIST.exec(segment);
  if (prefixed !== null && prefixed[1] !== undefined && prefixed[2] !== undefined) {
    return splitPrefixList(capitalise(prefixed[1]), prefixed[2], known);
  }
  const pieces = piecesOf(segment);
  const mayBeKnown = known === undefined ? () => true : runFilter(pieces, known);
  const names: string[] = [];
  let impliedPrefix: string | null = null;
  let i = 0;
  while (i < pieces.atoms.length) {
    let end = -1;
    let name = "";
    if (known !== undefined) {
      // 1. The longest run of pieces that is a known name.
      for (let j = pieces.atoms.length - 1; j >= i && end < 0; j -= 1) {
        if (!mayBeKnown(i, j, 0)) continue;
        const candidate = joinPieces(pieces, i, j);
        if (known.knows(withoutParenthetical(candidate).name)) [end, name] = [j, candidate];
      }
      // 2. After "Sở X," a bare "Công Thương" means "Sở Công Thương".
      if (end < 0 && impliedPrefix !== null && pieces.separators[i - 1] === ",") {
        const prefixLetters = letterCount(impliedPrefix);
        for (let j = pieces.atoms.length - 1; j >= i && end < 0; j -= 1) {
          if (!mayBeKnown(i, j, prefixLetters)) continue;
          const candidate = `${impliedPrefix} ${joinPieces(pieces, i, j)}`;
          if (known.knows(withoutParenthetical(candidate).name)) [end, name] = [j, candidate];
        }
      }
    }
    if (end < 0) {
      // 3. The rule: extend over pieces that do not start like an agency.
      end = i;
      while (end + 1 < pieces.atoms.length && !startsLikeAgency(pieces.atoms[end + 1] ?? "")) end += 1;
      name = joinPieces(pieces, i, end);
    }
    const words = /^(Sở|Ban)\s/u.exec(name);
    impliedPrefix = words?.[1] ?? (startsLikeAgency(name) ? null : impliedPrefix);
    names.push(name);
    i = end + 1;
  }
  return names;
}

/** A trailing clause as a qualifier; a bare "chủ trì." (redundant after a lead label) is none. */
function qualifierOf(clause: string): string | null {
  const text = trimPunctuation(normalizeText(clause));
  return /^(?:chủ trì|phối hợp)$/iu.test(text) ? null : text;
}

/**
 * Splits one list of agencies into entries, keeping each entry's scope qualifier apart.
 * Strips HTML tags, markdown emphasis, a leading "Chủ trì:"/"Phối hợp:" label, list markers and
 * trailing punctuation. Pass the directory to protect known names and expand implied prefixes.
 */
export function splitAgencyEntries(text: string, known?: KnownNames): readonly AgencyListEntry[] {
  const entries: AgencyListEntry[] = [];
  for (const line of plainLines(text)) {
    for (const segment of segmentsOf(line)) {
      const clause = TRAILING_CLAUSE.exec(segment);
      const body = clause === null ? segment : trimPunctuation(segment.slice(0, clause.index));
      const names = splitSegment(body, known).flatMap((n) => (known === undefined ? [n] : splitRunTogether(n, known)));
      names.forEach((raw, k) => {
        const entry = withoutParenthetical(trimPunctuation(raw));
        const trailing = clause !== null && k === names.length - 1 ? qualifierOf(clause[1] ?? "") : null;
        if (entry.name !== "") entries.push({ name: entry.name, qualifier: entry.qualifier ?? trailing });
      });
    }
  }
  return entries;
}

/** splitAgencyEntries without the qualifiers: the agency names of one list, in document order. */
export function splitAgencyList(text: string, known?: KnownNames): readonly string[] {
  return splitAgencyEntries(text, known).map((e) => e.name);
}
