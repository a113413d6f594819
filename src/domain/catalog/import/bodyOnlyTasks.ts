import type { AgencyId, Due, GoalCode, Task, TaskId } from "../types";
import { parseDue, type DueContext } from "../values/parseDue";
import type { AgencyResolver } from "./agencyResolver";
import { sourceRef } from "./draft";
import type { BodyItem, BodySection } from "./readBodyAssignments";
import { splitLeadText } from "./splitLeadText";

/**
 * Tasks that only the plan's body states, with a named lead (003 L112 "Sở Nông nghiệp và PTNT chủ trì …:
 * + Tham mưu triển khai … Chương trình phát triển nông nghiệp và xây dựng nông thôn mới …"). They become
 * catalogue tasks with `origin: "body"` and their source lines, so no department is left leading nothing.
 * Ids are "<section>.B<n>" (3.B1): the section's number and the body item's rank among those of its section.
 * Partners are the names after "phối hợp với" when every one of them is an agency; a deadline is read only
 * from an explicit "trong/trước Quý …, tháng …" phrase (a programme's "giai đoạn 2021 - 2025" is its name).
 */
export interface BodyTaskContext extends DueContext {
  readonly resolver: AgencyResolver;
  /** Goal codes of the catalogue: a body section numbered like a goal belongs to it. */
  readonly goals: readonly string[];
}

const PARTNERS =
  /phối hợp với\s+(.+?)(?=\s+(?:nghiên cứu|tham mưu|triển khai|thực hiện|tổ chức|xây dựng|trong việc|để|nhằm)\b|[:;.]|$)/u;
const DEADLINE = /(?:trước|trong)\s+(?:trong\s+)?(?:quý\s+[IVX]+|tháng\s+\d{1,2})(?:\s+năm\s+|\/)\d{4}/iu;

export function bodyOnlyTasks(
  items: readonly BodyItem[],
  sections: readonly BodySection[],
  context: BodyTaskContext,
): readonly Task[] {
  const rank = new Map<string, number>();
  return items.map((item) => {
    const section = sections.find((candidate) => candidate.number === item.section);
    const count = (rank.get(item.section) ?? 0) + 1;
    rank.set(item.section, count);
    const goal = item.section.split(".")[0]!;
    const lead = item.leadIds as readonly AgencyId[];
    return {
      id: `${item.section}.B${count}` as TaskId,
      goal: context.goals.includes(goal) ? (goal as GoalCode) : null,
      target: null,
      group: section === undefined ? null : `${section.number} ${section.title}`,
      text: item.task,
      lead,
      partners: partnersOf(item.text, context.resolver).filter((id) => !lead.includes(id)),
      due: dueOf(item.text, context),
      outputs: [],
      source: sourceRef(item.line, item.text, item.endLine),
      origin: "body",
    };
  });
}

function partnersOf(text: string, resolver: AgencyResolver): readonly AgencyId[] {
  const phrase = PARTNERS.exec(text)?.[1];
  if (phrase === undefined) return [];
  const ids = splitLeadText(phrase, resolver).map((name) => resolver.resolve(name.name).id);
  return ids.every((id) => id !== null) ? ([...new Set(ids)] as AgencyId[]) : [];
}

function dueOf(text: string, context: DueContext): Due {
  const phrase = DEADLINE.exec(text)?.[0] ?? null;
  const { ambiguity: _ambiguity, ...due } = parseDue(phrase, context);
  return due;
}
