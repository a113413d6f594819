import type { AgencyResolver } from "./agencyResolver";
import { cleanInlineText } from "./cleanInlineText";
import { continuesParagraph } from "./continuesParagraph";
import type { SourceDocument } from "./sourceDocument";
import { splitLeadText } from "./splitLeadText";

/**
 * The tasks a plan body assigns in prose before its appendix table repeats them (003 II.1–10,
 * 004 III.1–8): "- Sở Thông tin và Truyền thông chủ trì, phối hợp với … thực hiện …" is one task;
 * "- Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các đơn vị liên quan:" heads the "+ …" items under
 * it. The agencies named before the verb ("chủ trì", "căn cứ chức năng …", "trên cơ sở …") lead.
 * A numbered section heading ("1. Công tác quán triệt …", "8.1. Năng lượng") holds its items.
 */
export interface BodyItem {
  /** Section number as printed ("1", "8.1"). */
  readonly section: string;
  readonly text: string;
  /** The text without its assignment clause ("Sở X chủ trì, phối hợp với các đơn vị liên quan"). */
  readonly task: string;
  readonly line: number;
  readonly endLine: number;
  /** The lead as printed ("Sở Thông tin và Truyền thông"), and every name in it resolved. */
  readonly leadText: string;
  readonly leadIds: readonly string[];
  /** Where the lead is named: the item's own line, or the heading line "… chủ trì, phối hợp …:" above it. */
  readonly leadLine: number;
}

export interface BodySection {
  readonly number: string;
  readonly title: string;
  readonly line: number;
  readonly items: readonly BodyItem[];
}

const SECTION = /^(?:#+\s*)?(?:\*\*)?\s*(\d{1,2}(?:\.\d{1,2})?)\.\s+(?:\*\*)?(\S.*?)(?:\*\*)?$/u;
const BULLET = /^(?:[-–]\s*)?([-–+])\s*(.*)$/u;
/** Where the names of the lead end: the verb of the assignment. */
const LEAD_END =
  /\s(?:chủ trì|căn cứ|theo chức năng|trên cơ sở|chủ động|tiếp tục|triển khai|thực hiện|tham mưu)(?=[\s,.:;]|$)/u;
/** The last paragraph before the body's part on organisation: "III. TỔ CHỨC THỰC HIỆN" (003), "IV." (004). */
const END_OF_TASKS = /^(?:#+\s*)?(?:\*\*)?\s*[IVX]+\.\s*(?:\*\*)?\s*TỔ CHỨC THỰC HIỆN/u;
const START_OF_TASKS =
  /^(?:#+\s*)?(?:\*\*)?\s*[IVX]+\.\s*(?:\*\*)?\s*(?:NHIỆM VỤ|CÁC NHIỆM VỤ|NHIỆM VỤ, GIẢI PHÁP|NHIỆM VỤ VÀ GIẢI PHÁP)/u;

/** "chủ trì, phối hợp với các đơn vị liên quan", "căn cứ chức năng, nhiệm vụ được giao": the clause after the lead. */
const ASSIGNMENT_CLAUSE =
  /^(?:(?:chủ trì|căn cứ|theo|trên cơ sở)\s*,?\s*)?(?:(?:chúc|chức) năng,? nhiệm vụ được giao,?\s*)?(?:(?:chủ trì,?\s*)?phối hợp với (?:các )?(?:cơ quan, )?(?:đơn vị|đơn vi)(?: có)? liên quan,?\s*)?/iu;

function taskOf(text: string, leadText: string | null): string {
  if (leadText === null || !text.startsWith(leadText)) return text;
  return text.slice(leadText.length).trim().replace(ASSIGNMENT_CLAUSE, "").trim();
}

interface Paragraph {
  readonly line: number;
  endLine: number;
  text: string;
}

/** Body paragraphs between the task part's heading and "TỔ CHỨC THỰC HIỆN", page-break splits joined. */
function taskParagraphs(document: SourceDocument, stopLine: number): Paragraph[] {
  const out: Paragraph[] = [];
  let inside = false;
  for (const line of document.lines.slice(0, Math.max(0, stopLine - 1))) {
    const text = cleanInlineText(line.text);
    if (text === "") continue;
    if (START_OF_TASKS.test(text)) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (END_OF_TASKS.test(text)) break;
    const previous = out[out.length - 1];
    const continues = continuesParagraph(text, previous?.text, (heading) => SECTION.test(heading.replace(/\*\*/g, "")));
    if (previous !== undefined && continues) {
      previous.text = `${previous.text} ${text}`;
      previous.endLine = line.number;
      continue;
    }
    out.push({ line: line.number, endLine: line.number, text });
  }
  return out;
}

function leadOf(text: string, resolver: AgencyResolver): { leadText: string; leadIds: string[] } | null {
  const end = LEAD_END.exec(text);
  if (end === null || end.index === 0) return null;
  const leadText = text
    .slice(0, end.index)
    .replace(/[,;:]\s*$/u, "")
    .trim();
  const names = splitLeadText(leadText, resolver);
  if (names.length === 0) return null;
  // The first name must be an agency, or the words before the verb are a task, not a lead.
  if (resolver.resolve(names[0]!.name).id === null) return null;
  const ids: string[] = [];
  for (const name of names) {
    const resolved = resolver.resolve(name.name);
    if (resolved.id !== null && !ids.includes(resolved.id)) ids.push(resolved.id);
  }
  return { leadText, leadIds: ids };
}

export function readBodyAssignments(
  document: SourceDocument,
  stopLine: number,
  resolver: AgencyResolver,
): readonly BodySection[] {
  const sections: { number: string; title: string; line: number; items: BodyItem[] }[] = [];
  let header: { leadText: string; leadIds: string[]; leadLine: number } | null = null;
  for (const paragraph of taskParagraphs(document, stopLine)) {
    const plain = paragraph.text.replace(/\*\*/g, "").trim();
    const heading = SECTION.exec(plain);
    if (heading !== null && !/^[-–+]/u.test(plain)) {
      sections.push({ number: heading[1]!, title: heading[2]!.trim(), line: paragraph.line, items: [] });
      header = null;
      continue;
    }
    const section = sections[sections.length - 1];
    if (section === undefined) continue;
    const bullet = BULLET.exec(plain);
    const body = bullet === null ? plain : bullet[2]!.trim();
    const marker = bullet?.[1] ?? null;
    const lead = marker === "+" ? null : leadOf(body, resolver);
    if (lead !== null) {
      // "… chủ trì, phối hợp với các đơn vị liên quan:" heads the items after it.
      if (/:$/u.test(body)) {
        header = { ...lead, leadLine: paragraph.line };
        continue;
      }
      header = null;
      const task = taskOf(body, lead.leadText);
      section.items.push({
        section: section.number,
        text: body,
        task,
        line: paragraph.line,
        endLine: paragraph.endLine,
        ...lead,
        leadLine: paragraph.line,
      });
      continue;
    }
    if (header !== null && marker !== null) {
      section.items.push({
        section: section.number,
        text: body,
        task: body,
        line: paragraph.line,
        endLine: paragraph.endLine,
        ...header,
      });
    }
  }
  return sections;
}
