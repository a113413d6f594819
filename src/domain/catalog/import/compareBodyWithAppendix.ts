import type { Task } from "../types";
import { parseDue } from "../values/parseDue";
import type { AgencyResolver } from "./agencyResolver";
import type { DraftReview } from "./draft";
import { indexBody, itemsNoRowHolds, matchBodyItem } from "./matchBodyItems";
import { readBodyAssignments, type BodyItem, type BodySection } from "./readBodyAssignments";
import type { SourceDocument } from "./sourceDocument";

/**
 * Plans whose appendix table repeats tasks the body assigns in prose (003, 004) can disagree
 * with themselves: the body names Sở Thông tin và Truyền thông as lead (003 L76) where the table
 * names others (L315), or sets "trong Quý IV năm 2021" (L190) where the table says "Báo cáo theo
 * quy định". The catalogue keeps the table's reading; every disagreement becomes a review item
 * with both readings as candidates.
 */
export interface BodyComparisonContext {
  readonly resolver: AgencyResolver;
  /** Agencies that name no one in particular ("các đơn vị liên quan"): never compared as leads. */
  readonly unspecified: ReadonlySet<string>;
  /** An agency's name for messages and candidates. */
  readonly nameOf: (id: string) => string;
  readonly appendixStartLine: number;
  readonly planFrom: number | null;
  readonly planTo: number | null;
}

/** A reporting deadline in body prose: "trong Quý IV năm 2021", "trước tháng 9 năm 2021". */
const DEADLINE_PHRASE = /(?:trước|trong)\s+(?:trong\s+)?(?:quý\s+[IVX]+|tháng\s+\d{1,2})(?:\s+năm\s+|\/)\d{4}/giu;

interface Phrase {
  readonly text: string;
  readonly item: BodyItem;
  readonly by: string;
}

function wordsOf(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 1),
  );
}

function clausesOf(item: BodyItem): string[] {
  return item.text.split(/;\s*/u);
}

/** The clause of a body item (split at ";") that shares most words with the row, or -1 on a tie. */
function bestClause(item: BodyItem, rowText: string): number {
  const row = wordsOf(rowText);
  const scores = clausesOf(item).map((clause) => [...wordsOf(clause)].filter((word) => row.has(word)).length);
  const top = Math.max(...scores);
  return scores.filter((score) => score === top).length === 1 ? scores.indexOf(top) : -1;
}

/**
 * The body's deadline for a row. An item one row stands for gives its only deadline; an item several
 * rows share (003 L226 holds 7.1 "… giai đoạn 2021 - 2025" and 7.2 "… trước Quý IV năm 2022") gives
 * each row only the deadline in its own clause.
 */
function deadlineFor(item: BodyItem, rowText: string, shared: boolean, context: BodyComparisonContext): Phrase | null {
  const clauses = clausesOf(item);
  const found = clauses.flatMap((clause, index) =>
    [...clause.matchAll(DEADLINE_PHRASE)].map((match) => ({ text: match[0], index })),
  );
  if (found.length === 0) return null;
  let chosen = found.length === 1 && !shared ? found[0]! : null;
  if (chosen === null) {
    const own = bestClause(item, rowText);
    const inClause = found.filter((phrase) => phrase.index === own);
    chosen = inClause.length === 1 ? inClause[0]! : null;
  }
  if (chosen === null) return null;
  const due = parseDue(chosen.text, { planFrom: context.planFrom, planTo: context.planTo });
  return due.by === null ? null : { text: chosen.text, item, by: due.by };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

export interface BodyComparison {
  readonly review: readonly DraftReview[];
  /** Tasks with a named lead that only the body states (003 L112): the catalogue imports them too. */
  readonly bodyOnly: readonly BodyItem[];
  readonly sections: readonly BodySection[];
}

export function compareBodyWithAppendix(
  document: SourceDocument,
  tasks: readonly Task[],
  context: BodyComparisonContext,
): BodyComparison {
  const sections = readBodyAssignments(document, context.appendixStartLine, context.resolver);
  if (sections.every((section) => section.items.length === 0)) return { review: [], bodyOnly: [], sections };
  const review: DraftReview[] = [];
  const names = (ids: readonly string[]) => ids.map(context.nameOf).join("; ");
  const idList = (ids: readonly string[]) => ids.join(" ");
  const body = indexBody(sections);
  const matches = tasks.map((task) => ({ task, match: matchBodyItem(task.text, body) }));
  const rowsPerItem = new Map<BodyItem, number>();
  for (const { match } of matches)
    for (const item of match?.items ?? []) rowsPerItem.set(item, (rowsPerItem.get(item) ?? 0) + 1);
  for (const { task, match } of matches) {
    if (match === null) continue;

    const bodyLead = [...new Set(match.items.flatMap((item) => item.leadIds))].filter(
      (id) => !context.unspecified.has(id),
    );
    const appendixLead: string[] = task.lead.filter((id) => !context.unspecified.has(id));
    if (bodyLead.length > 0 && !sameSet(bodyLead, appendixLead)) {
      // Cite the body paragraph that names a lead the table leaves out, else the first one.
      const cited =
        match.items.find((item) => item.leadIds.some((id) => !appendixLead.includes(id))) ?? match.items[0]!;
      const bodyLeadText = [...new Set(match.items.map((item) => item.leadText))].join("; ");
      review.push({
        code: "lead_differs",
        subject: { kind: "task", id: task.id },
        params: {
          unit: task.id,
          appendixLead: names(appendixLead),
          bodyLead: bodyLeadText,
          missingInAppendix: idList(bodyLead.filter((id) => !appendixLead.includes(id))),
          missingInBody: idList(appendixLead.filter((id) => !bodyLead.includes(id))),
        },
        source: { line: cited.leadLine, quote: cited.leadText },
        candidates: [names(appendixLead), names(bodyLead)],
      });
    }

    // A row standing for a whole section or for several items has no single body deadline.
    if (match.section !== null || match.items.length !== 1) continue;
    const item = match.items[0]!;
    const phrase = deadlineFor(item, task.text, (rowsPerItem.get(item) ?? 0) > 1, context);
    if (phrase === null) continue;
    const appendixDates = [task.due.by, ...(task.due.parts ?? []).map((part) => part.by)].filter(
      (by): by is string => by !== null,
    );
    if (appendixDates.includes(phrase.by)) continue;
    review.push({
      code: "deadline_differs",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id, appendixDue: task.due.text, bodyDue: phrase.text },
      source: {
        line: phrase.item.line,
        ...(phrase.item.endLine !== phrase.item.line ? { endLine: phrase.item.endLine } : {}),
        quote: phrase.text,
      },
      candidates: [task.due.text ?? "", phrase.text],
    });
  }
  const bodyOnly = itemsNoRowHolds(
    body,
    tasks.map((task) => task.text),
    new Set(rowsPerItem.keys()),
  ).filter((item) => item.leadIds.length > 0);
  return { review, bodyOnly, sections };
}
