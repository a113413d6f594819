/**
 * The text of a Word document (the XML parts of a .docx), laid out the way the plan importer reads
 * pasted text: one line per paragraph, one line per table row with its cells separated by tabs.
 *
 * - A cell spanning n grid columns is followed by n − 1 empty cells, and a cell merged into the one
 *   above is empty, so columns stay aligned with the header ("Phân công trách nhiệm⇥⇥…", 004 L427).
 * - A cell of several paragraphs keeps them as `<p>…</p>`, the markup the bundled sources carry and
 *   the importer already reads as paragraph boundaries; tabs and line breaks in a cell become spaces.
 * - A table of at most two rows and two columns is layout (the letterhead: issuer | national motto;
 *   the signature: recipients | signer): its cells are written out as paragraphs, in reading order.
 * - A nested table's rows become paragraphs of the cell that holds it.
 * - Automatic numbering is written out ("1.", "a)", "1.2."), followed by a space, never a tab, so a
 *   numbered paragraph is not taken for a table row; bullets become "-" (or "+", "•", "*" as drawn).
 * - Deleted text, field codes and the fallback copy of drawings are skipped.
 */
export interface WordXmlParts {
  /** word/document.xml */
  readonly document: string;
  /** word/numbering.xml, when the document has automatic numbering. */
  readonly numbering?: string | null;
  /** word/styles.xml, for numbering that paragraph styles carry (numbered headings). */
  readonly styles?: string | null;
}

interface Tag {
  readonly name: string;
  readonly attributes: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
}

/** Why a part of a Word document is refused rather than read: each would cost time or memory out of proportion. */
export type WordXmlProblem =
  /** A DTD: Word never writes one, and its entities could expand without bound ("billion laughs"). */
  | "doctype"
  /** Unclosed or mismatched markup: Word itself would not open the file. */
  | "malformed"
  | "too_deep"
  /** A merged cell or a grid offset wider than Word's 63 columns. */
  | "table_too_wide"
  /** A numbering start beyond the 32767 Word allows. */
  | "numbering_out_of_range";

export class WordXmlError extends Error {
  constructor(readonly problem: WordXmlProblem) {
    super(`Word document refused: ${problem}`);
    this.name = "WordXmlError";
  }
}

export const WORD_LIMITS = {
  /** Word tables have at most 63 columns. */
  columns: 63,
  /** Word numbers a list from 0 to 32767. */
  numberingStart: 32767,
  /** Elements inside elements; real documents nest a few dozen deep. */
  depth: 1000,
} as const;

const NAME = /[A-Za-z_][\w.:-]*/y;

/** The end of what starts at `from` (just past `terminator`), or a refusal when the document ends first. */
function endOf(xml: string, terminator: string, from: number): number {
  const at = xml.indexOf(terminator, from);
  if (at < 0) throw new WordXmlError("malformed");
  return at + terminator.length;
}

/** Past the ">" that closes a tag, skipping quoted attribute values (they may hold ">"). */
function tagEnd(xml: string, from: number): number {
  let index = from;
  while (index < xml.length) {
    const c = xml.charCodeAt(index);
    if (c === 62 /* > */) return index + 1;
    index = c === 34 /* " */ || c === 39 /* ' */ ? endOf(xml, xml.charAt(index), index + 1) : index + 1;
  }
  throw new WordXmlError("malformed");
}

/**
 * Tags, CDATA and text, in one forward pass: every construct is scanned once to its end, so unclosed
 * markup costs as much as its length (a pattern that retried from every "<" made it quadratic). Tags must
 * nest; a DTD is refused, and entities other than the five of XML and character references stay as written.
 */
function* tokens(xml: string): Generator<Tag | string> {
  const open: string[] = [];
  let index = 0;
  while (index < xml.length) {
    const lt = xml.indexOf("<", index);
    if (lt !== index) {
      const end = lt < 0 ? xml.length : lt;
      yield decodeEntities(xml.slice(index, end));
      index = end;
      continue;
    }
    if (xml.startsWith("<!--", index)) index = endOf(xml, "-->", index + 4);
    else if (xml.startsWith("<?", index)) index = endOf(xml, "?>", index + 2);
    else if (xml.startsWith("<![CDATA[", index)) {
      const end = endOf(xml, "]]>", index + 9);
      yield xml.slice(index + 9, end - 3);
      index = end;
    } else if (xml.startsWith("<!", index))
      throw new WordXmlError(/^<!DOCTYPE/i.test(xml.slice(index, index + 9)) ? "doctype" : "malformed");
    else {
      const closing = xml.charCodeAt(index + 1) === 47; /* / */
      NAME.lastIndex = index + (closing ? 2 : 1);
      const name = NAME.exec(xml)?.[0];
      if (name === undefined) throw new WordXmlError("malformed");
      const end = tagEnd(xml, NAME.lastIndex);
      // No "<" inside a tag, quoted or not: "<w:p <w:p …" is unclosed tags, not one tag with odd attributes.
      const nextLt = xml.indexOf("<", NAME.lastIndex);
      if (nextLt >= 0 && nextLt < end) throw new WordXmlError("malformed");
      const selfClosing = !closing && xml.charCodeAt(end - 2) === 47;
      const attributes = xml.slice(NAME.lastIndex, selfClosing ? end - 2 : end - 1);
      if (closing) {
        if (open.pop() !== name) throw new WordXmlError("malformed");
      } else if (!selfClosing) {
        open.push(name);
        if (open.length > WORD_LIMITS.depth) throw new WordXmlError("too_deep");
      }
      yield { name, attributes, closing, selfClosing };
      index = end;
    }
  }
  if (open.length > 0) throw new WordXmlError("malformed");
}

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED[name] ?? whole;
    const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex ?? "", 16);
    return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const attributePatterns = new Map<string, RegExp>();

function attribute(tag: Tag, name: string): string | null {
  let pattern = attributePatterns.get(name);
  if (pattern === undefined) {
    pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attributePatterns.set(name, pattern);
  }
  const match = pattern.exec(tag.attributes);
  if (match === null) return null;
  return decodeEntities(match[1] ?? match[2] ?? "");
}

function intAttribute(tag: Tag, name: string): number | null {
  const value = attribute(tag, name);
  if (value === null || !/^-?\d+$/.test(value)) return null;
  return Number(value);
}

/** A count of grid columns (a span, cells before or after a row): refused past Word's widest table. */
function columnCount(tag: Tag, name: string, fallback: number): number {
  const value = intAttribute(tag, name) ?? fallback;
  if (value > WORD_LIMITS.columns) throw new WordXmlError("table_too_wide");
  return value;
}

/** A numbering start: refused past what Word allows, so no counter runs to a billion. */
function startValue(tag: Tag): number | null {
  const value = intAttribute(tag, "w:val");
  if (value !== null && Math.abs(value) > WORD_LIMITS.numberingStart) throw new WordXmlError("numbering_out_of_range");
  return value;
}

/** Word's list levels are 0 to 8. */
const LEVELS = 9;

// ---- numbering ----

interface Level {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  readonly legal: boolean;
}

interface Numbering {
  readonly abstractLevels: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly nums: ReadonlyMap<string, { readonly abstractId: string; readonly startOverrides: ReadonlyMap<number, number> }>;
}

function readNumbering(xml: string | null | undefined): Numbering {
  const abstractLevels = new Map<string, Map<number, Level>>();
  const nums = new Map<string, { abstractId: string; startOverrides: Map<number, number> }>();
  if (!xml) return { abstractLevels, nums };
  let abstractId: string | null = null;
  let numId: string | null = null;
  let overrideLevel: number | null = null;
  let level: { ilvl: number; start: number; format: string; text: string; legal: boolean } | null = null;
  for (const token of tokens(xml)) {
    if (typeof token === "string") continue;
    const opening = !token.closing;
    switch (token.name) {
      case "w:abstractNum":
        abstractId = opening && !token.selfClosing ? attribute(token, "w:abstractNumId") : null;
        break;
      case "w:num":
        numId = opening && !token.selfClosing ? attribute(token, "w:numId") : null;
        if (numId !== null) nums.set(numId, { abstractId: "", startOverrides: new Map() });
        break;
      case "w:abstractNumId":
        if (numId !== null && opening) nums.get(numId)!.abstractId = attribute(token, "w:val") ?? "";
        break;
      case "w:lvlOverride":
        overrideLevel = opening && !token.selfClosing ? intAttribute(token, "w:ilvl") : null;
        break;
      case "w:startOverride": {
        const start = startValue(token);
        if (numId !== null && overrideLevel !== null && overrideLevel >= 0 && overrideLevel < LEVELS && start !== null) {
          nums.get(numId)!.startOverrides.set(overrideLevel, start);
        }
        break;
      }
      case "w:lvl":
        if (opening && !token.selfClosing && abstractId !== null && overrideLevel === null) {
          level = { ilvl: intAttribute(token, "w:ilvl") ?? 0, start: 1, format: "decimal", text: "", legal: false };
        } else if (token.closing && level !== null && abstractId !== null) {
          const levels = abstractLevels.get(abstractId) ?? new Map<number, Level>();
          if (level.ilvl >= 0 && level.ilvl < LEVELS) levels.set(level.ilvl, level);
          abstractLevels.set(abstractId, levels);
          level = null;
        }
        break;
      case "w:start":
        if (level !== null && opening) level.start = startValue(token) ?? 1;
        break;
      case "w:numFmt":
        if (level !== null && opening) level.format = attribute(token, "w:val") ?? "decimal";
        break;
      case "w:lvlText":
        if (level !== null && opening) level.text = attribute(token, "w:val") ?? "";
        break;
      case "w:isLgl":
        if (level !== null && opening) level.legal = attribute(token, "w:val") !== "0" && attribute(token, "w:val") !== "false";
        break;
      default:
        break;
    }
  }
  return { abstractLevels, nums };
}

interface NumberingRef {
  readonly numId: string;
  readonly ilvl: number;
}

/** Paragraph styles that carry numbering (numbered headings), with their basedOn chain resolved. */
function readStyleNumbering(xml: string | null | undefined): ReadonlyMap<string, NumberingRef> {
  const own = new Map<string, { id: string; numId: string | null; ilvl: number | null; basedOn: string | null }>();
  if (!xml) return new Map();
  let style: { id: string; numId: string | null; ilvl: number | null; basedOn: string | null } | null = null;
  for (const token of tokens(xml)) {
    if (typeof token === "string") continue;
    if (token.name === "w:style") {
      if (!token.closing && !token.selfClosing && attribute(token, "w:type") === "paragraph") {
        style = { id: attribute(token, "w:styleId") ?? "", numId: null, ilvl: null, basedOn: null };
      } else if (token.closing && style !== null) {
        own.set(style.id, style);
        style = null;
      }
    } else if (style !== null && !token.closing) {
      if (token.name === "w:basedOn") style.basedOn = attribute(token, "w:val");
      else if (token.name === "w:numId") style.numId = attribute(token, "w:val");
      else if (token.name === "w:ilvl") style.ilvl = intAttribute(token, "w:val");
    }
  }
  const resolved = new Map<string, NumberingRef>();
  for (const id of own.keys()) {
    let numId: string | null = null;
    let ilvl: number | null = null;
    const seen = new Set<string>();
    for (let current = own.get(id); current !== undefined && !seen.has(current.id); current = own.get(current.basedOn ?? "")) {
      seen.add(current.id);
      numId ??= current.numId;
      ilvl ??= current.ilvl;
    }
    if (numId !== null && numId !== "0") resolved.set(id, { numId, ilvl: ilvl ?? 0 });
  }
  return resolved;
}

const ROMAN: readonly [number, string][] = [
  [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
  [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
];

function roman(value: number): string {
  let rest = value;
  let out = "";
  for (const [amount, digits] of ROMAN) {
    while (rest >= amount) {
      out += digits;
      rest -= amount;
    }
  }
  return out;
}

/** Past "zzzzzzzzzz" a letter label would be a wall of letters: the number is written instead. */
const MAX_LETTER_VALUE = 26 * 10;

/** a … z, then aa … zz, as Word counts letters. */
function letters(value: number): string {
  if (value < 1 || value > MAX_LETTER_VALUE) return String(value);
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function formatNumber(value: number, format: string): string {
  switch (format) {
    case "lowerLetter":
      return letters(value);
    case "upperLetter":
      return letters(value).toUpperCase();
    case "lowerRoman":
      return roman(value);
    case "upperRoman":
      return roman(value).toUpperCase();
    case "decimalZero":
      return value < 10 ? `0${value}` : String(value);
    case "none":
      return "";
    default:
      return String(value);
  }
}

const DRAWN_BULLETS = new Set(["-", "+", "•", "*", "–"]);

/**
 * Counters of automatic numbering. Word continues a list across numbering instances of the same
 * abstract list; an instance with a start override restarts it where it is first used.
 */
class NumberingCounters {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly numbering: Numbering) {}

  label(ref: NumberingRef): string {
    const num = this.numbering.nums.get(ref.numId);
    if (num === undefined) return "";
    const levels = this.numbering.abstractLevels.get(num.abstractId);
    const level = levels?.get(ref.ilvl);
    if (levels === undefined || level === undefined) return "";
    if (level.format === "bullet") {
      const drawn = level.text.trim();
      return DRAWN_BULLETS.has(drawn) ? drawn : "-";
    }
    const counts = this.counters.get(num.abstractId) ?? [];
    this.counters.set(num.abstractId, counts);
    if (!this.started.has(ref.numId)) {
      this.started.add(ref.numId);
      for (const [ilvl, start] of num.startOverrides) counts[ilvl] = start - 1;
    }
    counts[ref.ilvl] = (counts[ref.ilvl] ?? (levels.get(ref.ilvl)?.start ?? 1) - 1) + 1;
    counts.length = ref.ilvl + 1;
    return level.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const ilvl = Number(digit) - 1;
      const shown = levels.get(ilvl);
      const value = counts[ilvl] ?? shown?.start ?? 1;
      return formatNumber(value, level.legal ? "decimal" : (shown?.format ?? "decimal"));
    });
  }
}

// ---- document ----

interface Paragraph {
  text: string;
  numId: string | null;
  ilvl: number | null;
  style: string | null;
}

interface Cell {
  readonly paragraphs: string[];
  span: number;
}

interface Row {
  readonly cells: Cell[];
  gridAfter: number;
}

interface Table {
  readonly rows: Row[];
}

// Elements whose content is not document text: tracked-change records, the fallback copy of a
// drawing (its preferred copy is read), field codes, footnote marks.
const SKIPPED = new Set([
  "mc:Fallback",
  "w:pPrChange",
  "w:rPrChange",
  "w:tblPrChange",
  "w:trPrChange",
  "w:tcPrChange",
  "w:sectPrChange",
  "w:numberingChange",
  "w:instrText",
  "w:delText",
]);

function cellText(cell: Cell): string {
  const paragraphs = cell.paragraphs.map((text) => text.replace(/[\t\n]+/g, " ").trim()).filter((text) => text !== "");
  if (paragraphs.length <= 1) return paragraphs[0] ?? "";
  return paragraphs.map((text) => `<p>${text}</p>`).join("");
}

function rowCells(row: Row): string[] {
  const out: string[] = [];
  for (const cell of row.cells) {
    out.push(cellText(cell));
    for (let extra = 1; extra < cell.span; extra += 1) out.push("");
  }
  for (let extra = 0; extra < row.gridAfter; extra += 1) out.push("");
  return out;
}

function isLayoutTable(table: Table): boolean {
  return table.rows.length <= 2 && table.rows.every((row) => row.cells.length <= 2 && row.cells.every((cell) => cell.span <= 2));
}

/**
 * The text without leading and trailing line breaks. A scan from both ends: /\n+$/ retries from every break of
 * a long run that text follows, quadratic in a paragraph of a million <w:br/> before one word.
 */
function trimLineBreaks(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) === 10) start += 1;
  while (end > start && text.charCodeAt(end - 1) === 10) end -= 1;
  return text.slice(start, end);
}

export function wordXmlToText(parts: WordXmlParts): string {
  const counters = new NumberingCounters(readNumbering(parts.numbering));
  const styleNumbering = readStyleNumbering(parts.styles);
  const lines: string[] = [];
  const tables: Table[] = [];
  const paragraphs: Paragraph[] = [];
  let skipped: string | null = null;
  let skipDepth = 0;
  let inText = false;
  let inRun = 0;
  let inParagraphProperties = false;

  const paragraph = (): Paragraph | undefined => paragraphs[paragraphs.length - 1];
  const table = (): Table | undefined => tables[tables.length - 1];
  const row = (): Row | undefined => table()?.rows[table()!.rows.length - 1];
  const cell = (): Cell | undefined => row()?.cells[row()!.cells.length - 1];

  function emit(text: string): void {
    const target = cell();
    if (target !== undefined) target.paragraphs.push(text);
    // One by one: spreading a paragraph of a million line breaks into push() would overflow the stack.
    else for (const line of text.split("\n")) lines.push(line);
  }

  function finishParagraph(done: Paragraph): void {
    const ref: NumberingRef | null =
      done.numId !== null
        ? done.numId === "0"
          ? null
          : { numId: done.numId, ilvl: done.ilvl ?? 0 }
        : done.style !== null
          ? (styleNumbering.get(done.style) ?? null)
          : null;
    const label = ref === null ? "" : counters.label(ref);
    const text = label === "" ? done.text : `${label} ${done.text}`;
    const outer = paragraph();
    // A paragraph inside another (a text box): its text joins the outer one on a line of its own.
    if (outer !== undefined) outer.text += `\n${text}\n`;
    else emit(trimLineBreaks(text));
  }

  function finishTable(done: Table): void {
    const outerCell = cell();
    if (outerCell !== undefined) {
      for (const doneRow of done.rows) outerCell.paragraphs.push(rowCells(doneRow).filter((text) => text !== "").join(" "));
    } else if (isLayoutTable(done)) {
      for (const doneRow of done.rows) for (const doneCell of doneRow.cells) for (const text of doneCell.paragraphs) emit(text);
    } else {
      for (const doneRow of done.rows) lines.push(rowCells(doneRow).join("\t"));
    }
  }

  for (const token of tokens(parts.document)) {
    if (skipped !== null) {
      if (typeof token !== "string" && token.name === skipped && !token.selfClosing) skipDepth += token.closing ? -1 : 1;
      if (skipDepth === 0) skipped = null;
      continue;
    }
    if (typeof token === "string") {
      if (inText) {
        const open = paragraph();
        if (open !== undefined) open.text += token;
      }
      continue;
    }
    if (SKIPPED.has(token.name)) {
      if (!token.closing && !token.selfClosing) {
        skipped = token.name;
        skipDepth = 1;
      }
      continue;
    }
    const open = !token.closing;
    switch (token.name) {
      case "w:p":
        if (open && !token.selfClosing) paragraphs.push({ text: "", numId: null, ilvl: null, style: null });
        else if (open && token.selfClosing) emit("");
        else {
          const done = paragraphs.pop();
          if (done !== undefined) finishParagraph(done);
        }
        break;
      case "w:pPr":
        inParagraphProperties = open && !token.selfClosing;
        break;
      case "w:pStyle":
        if (inParagraphProperties && paragraph() !== undefined) paragraph()!.style = attribute(token, "w:val");
        break;
      case "w:numId":
        if (inParagraphProperties && paragraph() !== undefined) paragraph()!.numId = attribute(token, "w:val");
        break;
      case "w:ilvl":
        if (inParagraphProperties && paragraph() !== undefined) paragraph()!.ilvl = intAttribute(token, "w:val");
        break;
      case "w:r":
        if (!token.selfClosing) inRun += open ? 1 : -1;
        break;
      case "w:t":
        inText = open && !token.selfClosing;
        break;
      case "w:tab":
      case "w:ptab":
        // w:tab outside a run is a tab stop definition, not a character.
        if (inRun > 0 && open && paragraph() !== undefined) paragraph()!.text += "\t";
        break;
      case "w:br":
      case "w:cr":
        if (inRun > 0 && open && paragraph() !== undefined) paragraph()!.text += "\n";
        break;
      case "w:noBreakHyphen":
        if (inRun > 0 && open && paragraph() !== undefined) paragraph()!.text += "-";
        break;
      case "w:tbl":
        if (open && !token.selfClosing) tables.push({ rows: [] });
        else if (token.closing) {
          const done = tables.pop();
          if (done !== undefined) finishTable(done);
        }
        break;
      case "w:tr":
        if (open && !token.selfClosing) table()?.rows.push({ cells: [], gridAfter: 0 });
        break;
      case "w:gridBefore": {
        const count = columnCount(token, "w:val", 0);
        for (let k = 0; k < count; k += 1) row()?.cells.push({ paragraphs: [], span: 1 });
        break;
      }
      case "w:gridAfter": {
        const target = row();
        if (target !== undefined) target.gridAfter = Math.max(0, columnCount(token, "w:val", 0));
        break;
      }
      case "w:tc":
        if (open && !token.selfClosing) row()?.cells.push({ paragraphs: [], span: 1 });
        break;
      case "w:gridSpan": {
        const target = cell();
        if (target !== undefined && open) target.span = Math.max(1, columnCount(token, "w:val", 1));
        break;
      }
      default:
        break;
    }
  }
  return lines.join("\n");
}
