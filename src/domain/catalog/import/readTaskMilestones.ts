import type { Due, Milestone } from "../types";
import { parseDue, type DueContext } from "../values/parseDue";
import { cleanInlineText } from "./cleanInlineText";
import type { SourceDocument } from "./sourceDocument";

/**
 * Deadlines a task writes in its own text when the plan has no deadline column (000–002): "Đến năm 2018,
 * hoàn thành …" (002 L1688), "Hàng năm, Ban Chỉ đạo … xây dựng Kế hoạch" (002 L482), one per sub-item
 * ("+ Đến năm 2020 …", "+ Giai đoạn 2020-2030 …", 002 L906–934).
 *
 * Only a cue that opens a clause counts (after ". ", "; ", ": ", "- ", "+ ", "* " or at the start, optionally
 * after "Phấn đấu" or "Thực hiện"): inside a clause, "đến năm 2020" is mostly a programme's name ("Quy
 * hoạch … đến năm 2020, tầm nhìn đến năm 2030") and no deadline of the task.
 */
const OPENER = String.raw`(?:^|[.;:]\s+|[-+*•]\s*|\(\d+\)\.?\s*)`;
const LEAD_IN = String.raw`(?:(?:phấn đấu|thực hiện|tổ chức thực hiện)\s+)?`;
const CUE = String.raw`(?:(?:đến|trong|trước|từ)\s+)?(?:năm\s+(?:19|20)\d\d(?:\s*(?:-|–|đến(?: năm)?)\s*(?:19|20)\d\d)?|quý\s+[ivx\d]+(?:\/|\s+năm\s+)(?:19|20)\d\d|tháng\s+\d{1,2}(?:\/|\s+năm\s+)(?:19|20)\d\d)|giai đoạn\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|từ\s+(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d|h[àằ]ng năm`;
const MILESTONE = new RegExp(`${OPENER}${LEAD_IN}(${CUE})(?=[\\s,:.;]|$)`, "giu");
/** A capital cue after a plain space opens a sentence whose full stop the table lost (002 L330 "… sống Đến năm 2030:"). */
const CAPITAL_CUE = new RegExp(`(?<=\\s)(${CUE})(?=[\\s,:.;]|$)`, "giu");
const CLAUSE_END = /[.;](?:\s|$)|\s[-+*]\s/u;

export function readTaskMilestones(
  text: string,
  where: { readonly line: number; readonly endLine?: number },
  document: SourceDocument | null,
  context: DueContext,
): readonly Milestone[] {
  const milestones: Milestone[] = [];
  let searchFrom = where.line;
  for (const { cue, start } of findCues(text)) {
    const due = parseDue(cue, context);
    if (due.kind === "unspecified" || due.ambiguity !== undefined) continue;
    const clause = clauseFrom(text, start);
    const line = lineHolding(document, cue, searchFrom, where.endLine ?? where.line);
    if (line !== null) searchFrom = line;
    const { ambiguity: _ambiguity, ...kept } = due;
    const read: Due = kept;
    milestones.push({ due: read, text: clause, ...(line !== null ? { line } : {}) });
  }
  return milestones;
}

/** The task's deadline when the milestones are all it has: the latest dated one, else the yearly one. */
export function dueFromMilestones(milestones: readonly Milestone[]): Due | null {
  const dated = milestones.filter((milestone) => milestone.due.by !== null);
  if (dated.length > 0) return dated.reduce((latest, next) => (next.due.by! >= latest.due.by! ? next : latest)).due;
  return milestones[0]?.due ?? null;
}

function findCues(text: string): { cue: string; start: number }[] {
  const found = new Map<number, string>();
  for (const match of text.matchAll(MILESTONE)) {
    const cue = match[1]!;
    found.set((match.index ?? 0) + match[0].length - cue.length, cue);
  }
  for (const match of text.matchAll(CAPITAL_CUE)) {
    const cue = match[1]!;
    const first = cue.charAt(0);
    if (first !== first.toLocaleUpperCase("vi") || found.has(match.index ?? 0)) continue;
    found.set(match.index ?? 0, cue);
  }
  return [...found].sort(([a], [b]) => a - b).map(([start, cue]) => ({ cue, start }));
}

function clauseFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const end = rest.slice(1).search(CLAUSE_END);
  const clause = (end < 0 ? rest : rest.slice(0, end + 1)).trim();
  return clause.length > 200 ? `${clause.slice(0, 199)}…` : clause;
}

/** The first line from `from` to `to` whose text holds `phrase` (case and markup aside). */
export function lineHolding(document: SourceDocument | null, phrase: string, from: number, to: number): number | null {
  if (document === null) return null;
  const wanted = phrase.toLowerCase().replace(/\s+/gu, " ");
  for (let number = from; number <= Math.max(from, to); number += 1) {
    const line = document.lines[number - 1];
    if (line === undefined) break;
    if (cleanInlineText(line.text).toLowerCase().includes(wanted)) return number;
  }
  return null;
}
