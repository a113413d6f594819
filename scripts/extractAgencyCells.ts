/**
 * Finds the agency lists of the five bundled plan documents, so that the agency directory's coverage
 * can be checked by a test rather than by eye. It is a candidate extractor, not the importer: it
 * knows each layout just well enough to cut out the "Chủ trì" / "Phối hợp" cells (with page-break
 * continuations joined), the agency subjects of the body's task bullets, and the prose of the
 * "Tổ chức thực hiện" sections.
 */

export type CellRole = "lead" | "partner";

/** One list of agencies as the document writes it. */
export interface AgencyCell {
  readonly file: string;
  /** 1-based line where the cell starts. */
  readonly line: number;
  readonly role: CellRole;
  readonly text: string;
}

/** A passage of prose whose agency mentions are scanned (e.g. "Tổ chức thực hiện"). */
export interface ProsePassage {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface SourceAgencyText {
  readonly cells: readonly AgencyCell[];
  readonly prose: readonly ProsePassage[];
}

/** Province slugs of the bundled documents, by file-name prefix. */
export const PROVINCE_OF_FILE: Readonly<Record<string, string>> = {
  "000": "thanhhoa",
  "001": "daknong",
  "002": "quangninh",
  "003": "thanhhoa",
  "004": "thanhhoa",
};

export function provinceOfFile(file: string): string {
  const province = PROVINCE_OF_FILE[file.slice(0, 3)];
  if (province === undefined) throw new Error(`No province known for ${file}`);
  return province;
}

// "Chủ trì:", "<i>Chủ trì:</i>", "**Chủ trì:**", "Cơ quan chủ trì:", "Cơ quan Phối hợp:".
const LABEL = /(?:cơ quan[\s\u00a0]*)?(chủ trì|phối hợp)[\s\u00a0]*(?:<\/i>|\*\*)?[\s\u00a0]*:(?:[\s\u00a0]*(?:<\/i>|\*\*))?/giu;

function roleOf(label: string): CellRole {
  return label.toLowerCase().includes("chủ trì") ? "lead" : "partner";
}

/** Every labelled list inside one text: from each label to the next label or the end. */
function labelledLists(file: string, line: number, text: string): AgencyCell[] {
  const found = [...text.matchAll(LABEL)];
  return found.map((m, k) => {
    const start = (m.index ?? 0) + m[0].length;
    const next = found[k + 1]?.index ?? text.length;
    // A list ends at the next label, or where a task list (<ul>) starts.
    const ul = text.slice(start, next).search(/<ul\b/u);
    const end = ul < 0 ? next : start + ul;
    return { file, line, role: roleOf(m[1] ?? ""), text: text.slice(start, end) };
  });
}

const TCTH_HEADING = /^(?:#+\s*)?(?:\*\*)?\s*[IVX]+\.\s*T[ỔỔ] CH[ỨỨ]C TH[ỰỰ]C HI[ỆỆ]N|^(?:#+\s*)?[IVX]+\.\s*Tổ chức thực hiện/u;
const TCTH_END = /^\s*(?:\*\*)?\s*(?:Nơi nhận|Noi nhận|PHỤ LỤC|Phụ lục|## PHỤ LỤC|TM\.)|^\tNơi nhận/u;

/** The "Tổ chức thực hiện" section as one passage per non-empty line. */
function organisationSection(file: string, lines: readonly string[]): ProsePassage[] {
  const start = lines.findIndex((l) => TCTH_HEADING.test(l));
  if (start < 0) return [];
  const passages: ProsePassage[] = [];
  for (let i = start + 1; i < lines.length; i += 1) {
    const text = lines[i] ?? "";
    if (TCTH_END.test(text)) break;
    if (text.trim() !== "") passages.push({ file, line: i + 1, text });
  }
  return passages;
}

// ---------------------------------------------------------------- 000: two tab columns, page breaks
const HEADER_000 = /^Nhiệm vụ\tPhân công trách nhiệm/u;
const NEW_UNIT = /^\s*(?:<p>|<i>|<ul[^>]*>|\s|-)*(?:Mục tiêu|[a-d]\.|Chủ trì|Phối hợp)/iu;

const SENTENCE_END = /[.;:](?:\s|<\/?(?:p|i|ul)[^>]*>)*$/u;

/** Joins a column cut by a page break; the tags around the cut are dropped so names rejoin. */
function joinCut(head: string, tail: string): string {
  const left = head.replace(/(?:\s|<\/p>|<\/?ul[^>]*>)+$/u, "");
  const right = tail.replace(/^(?:\s|<p>|<ul[^>]*>)+/u, "");
  return `${left} ${right}`;
}

function appendix000(file: string, lines: readonly string[]): AgencyCell[] {
  const first = lines.findIndex((l) => HEADER_000.test(l));
  interface Row {
    readonly line: number;
    readonly cols: string[];
  }
  const rows: Row[] = [];
  let afterHeader = false;
  for (let i = first; i >= 0 && i < lines.length; i += 1) {
    const text = lines[i] ?? "";
    if (HEADER_000.test(text)) {
      afterHeader = true;
      continue;
    }
    if (text.trim() === "") continue;
    const cols = text.split("\t");
    const previous = rows[rows.length - 1];
    if (afterHeader && previous !== undefined) {
      // A page break cut the previous row: a column continues where it stopped unless the previous
      // text ended a sentence (then the continuation is an orphan or new content: its own row).
      const offset = Math.max(0, previous.cols.length - cols.length);
      const leftover = cols.map(() => "");
      cols.forEach((col, k) => {
        const head = previous.cols[k + offset] ?? "";
        if (col.trim() === "") return;
        if (head.trim() !== "" && !SENTENCE_END.test(head) && !NEW_UNIT.test(col)) {
          previous.cols[k + offset] = joinCut(head, col);
        } else {
          leftover[k] = col;
        }
      });
      afterHeader = false;
      if (leftover.some((c) => c.trim() !== "")) rows.push({ line: i + 1, cols: leftover });
      continue;
    }
    afterHeader = false;
    rows.push({ line: i + 1, cols });
  }
  return rows.flatMap((row) => row.cols.flatMap((col) => labelledLists(file, row.line, col)));
}

/** Section III.1.i of 000: "- Sở Y tế chủ trì thực hiện các mục tiêu: …". */
function leadList000(file: string, lines: readonly string[]): AgencyCell[] {
  const cells: AgencyCell[] = [];
  lines.forEach((text, i) => {
    const m = /^\s*-\s*(.+?)\s+chủ trì thực hiện (?:các )?mục tiêu:/u.exec(text);
    if (m?.[1] !== undefined) cells.push({ file, line: i + 1, role: "lead", text: m[1] });
  });
  return cells;
}

// ---------------------------------------------------------------- 001, 002: one label per line
const LINE_LABEL = /^[\s\u00a0]*(?:[-*][\s\u00a0]*)?(?:cơ quan[\s\u00a0]*)?(chủ trì|phối hợp)[\s\u00a0]*:(.*)$/iu;

function lineLabels(file: string, lines: readonly string[]): AgencyCell[] {
  const cells: AgencyCell[] = [];
  lines.forEach((text, i) => {
    const m = LINE_LABEL.exec(text);
    if (m !== null) cells.push({ file, line: i + 1, role: roleOf(m[1] ?? ""), text: m[2] ?? "" });
  });
  return cells;
}

// ---------------------------------------------------------------- 003, 004: TSV tables
interface TableLayout {
  readonly isHeader: (cols: readonly string[]) => boolean;
  readonly lead: number;
  readonly partner: number;
}

const LAYOUT_003: TableLayout = {
  isHeader: (cols) => /Số TT/u.test(cols[0] ?? ""),
  lead: 2,
  partner: 3,
};
const LAYOUT_004: TableLayout = {
  isHeader: (cols) =>
    cols[0] === "STT" || (cols[0] === "" && /Đơn vị chủ trì/u.test(cols[2] ?? "")) || (cols[0] === "1" && cols[1] === "2"),
  lead: 2,
  partner: 3,
};

function table(file: string, lines: readonly string[], layout: TableLayout): AgencyCell[] {
  const first = lines.findIndex((l) => layout.isHeader(l.split("\t")));
  interface Row {
    readonly line: number;
    lead: string;
    partner: string;
  }
  const rows: Row[] = [];
  for (let i = first; i >= 0 && i < lines.length; i += 1) {
    const text = lines[i] ?? "";
    const cols = text.split("\t");
    if (cols.length < 4 || layout.isHeader(cols)) continue;
    const lead = cols[layout.lead] ?? "";
    const partner = cols[layout.partner] ?? "";
    const previous = rows[rows.length - 1];
    if ((cols[0] ?? "").trim() === "" && previous !== undefined) {
      // A continuation row (empty STT) completes the cells a page break cut.
      previous.lead = `${previous.lead} ${lead}`.trim();
      previous.partner = `${previous.partner} ${partner}`.trim();
      continue;
    }
    rows.push({ line: i + 1, lead, partner });
  }
  return rows.flatMap((row) => [
    ...(row.lead.trim() === "" ? [] : [{ file, line: row.line, role: "lead" as const, text: row.lead }]),
    ...(row.partner.trim() === "" ? [] : [{ file, line: row.line, role: "partner" as const, text: row.partner }]),
  ]);
}

/**
 * Body bullets of 003/004 that name their agencies first: "- Sở Công Thương chủ trì, phối hợp …",
 * "- Sở Lao động - Thương binh và Xã hội; UBND các huyện, thị xã, thành phố trên cơ sở chức năng …".
 */
const SUBJECT_END =
  /\s+(?:chủ trì|căn cứ|theo chức năng|trên cơ sở|chủ động|triển khai|thực hiện|đầu tư xây dựng|xây dựng các)(?=[\s,.:;]|$)|:\s*$/u;

const BODY_SUBJECT = /^(?:Sở|Ban|UBND|Các sở|Đài|Ngân hàng|Trung tâm|Văn phòng|Công an|Bộ Chỉ huy)\s/u;

function bodyBullets(file: string, lines: readonly string[], until: number): AgencyCell[] {
  const cells: AgencyCell[] = [];
  for (let i = 0; i < until && i < lines.length; i += 1) {
    const text = (lines[i] ?? "").replace(/^\s*-\s+/u, "");
    if (!BODY_SUBJECT.test(text)) continue;
    const end = SUBJECT_END.exec(text);
    if (end === null) continue;
    cells.push({ file, line: i + 1, role: "lead", text: text.slice(0, end.index) });
  }
  return cells;
}

/** The agency lists and the organisation prose of one bundled document. */
export function extractAgencyText(file: string, text: string): SourceAgencyText {
  const lines = text.split("\n");
  const prose = organisationSection(file, lines);
  const appendixStart = lines.findIndex((l) => /^(?:#+\s*)?(?:PHỤ LỤC|Phụ lục)\s*$/u.test(l.trim()));
  switch (file.slice(0, 3)) {
    case "000":
      return { cells: [...appendix000(file, lines), ...leadList000(file, lines)], prose };
    case "001":
    case "002":
      return { cells: lineLabels(file, lines), prose };
    case "003":
      return { cells: [...table(file, lines, LAYOUT_003), ...bodyBullets(file, lines, appendixStart)], prose };
    case "004":
      return { cells: [...table(file, lines, LAYOUT_004), ...bodyBullets(file, lines, appendixStart)], prose };
    default:
      throw new Error(`No layout known for ${file}`);
  }
}
