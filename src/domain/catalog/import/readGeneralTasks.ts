import type { AgencyId, Due, Task, TaskId } from "../types";
import { parseDue, type DueContext } from "../values/parseDue";
import type { AgencyResolver } from "./agencyResolver";
import { cleanInlineText } from "./cleanInlineText";
import { sourceRef } from "./draft";
import { dueFromMilestones, readTaskMilestones } from "./readTaskMilestones";
import type { SourceDocument } from "./sourceDocument";

/**
 * The plan-wide tasks of the body's "Nhiệm vụ chủ yếu thực hiện trong giai đoạn …" sections (001 III.1–2,
 * L61–76; 002 IV.1–2, L98–124). An item that names who acts collectively ("Trong quý II năm 2018 các sở,
 * ngành, địa phương hoàn thành …", 002 L102; "các Sở, ban ngành và UBND các huyện, thị xã lồng ghép …", 001
 * L63) is a task for all provincial departments and district committees, with `origin: "body"`. Items that
 * name no one are aims of the plan, not assignments: they stay out, and so does the item that sets the
 * reporting regime (read into `reporting`, 002 L110).
 *
 * Ids are "<roman>.<n>.<item>" (IV.1.b; 001's dashes are numbered: III.1.1). The deadline is a deadline
 * opening one of the item's clauses, else the section's own period ("giai đoạn 2018 - 2020").
 */
const SECTION = /^(?:([IVX]+)\.\s+)?(\d)\.\s+((?:Các\s+)?nhiệm vụ chủ yếu.*)$/iu;
const PART = /^([IVX]+)\.\s+\S/u;
const ITEM = /^(?:([a-zđ])\)|[-–])\s*(.+)$/u;
/** The departments as the ones who act: early in the item, not the object of "cho", "của", "với" (001 L65). */
const DEPARTMENTS = /(?<!(?:cho|của|với)\s)các sở,?\s*(?:ban,?\s*)?ngành(?![\p{L}])/iu;
const ACTOR_WITHIN = 60;
const DISTRICTS = /(?<![\p{L}])(?:địa phương|UBND các huyện|Ủy ban nhân dân các huyện)/iu;

export interface GeneralTaskContext extends DueContext {
  readonly resolver: AgencyResolver;
  /** Lines the reporting regime was read from: an item there is the regime, not a task. */
  readonly reportingLines: ReadonlySet<number>;
}

export function readGeneralTasks(
  document: SourceDocument,
  beforeLine: number,
  context: GeneralTaskContext,
): readonly Task[] {
  const tasks: Task[] = [];
  const collective = collectiveLead(context.resolver);
  let part: string | null = null;
  let section: { id: string; title: string; due: Due; count: number } | null = null;
  for (const line of document.lines.slice(0, Math.max(0, beforeLine - 1))) {
    const text = cleanInlineText(line.text).replace(/\*\*/gu, "");
    const heading = SECTION.exec(text);
    if (heading !== null) {
      part = heading[1] ?? part;
      const id = `${part ?? ""}${part === null ? "" : "."}${heading[2]}`;
      section = { id, title: `${id} ${heading[3]}`, due: withoutAmbiguity(parseDue(heading[3]!, context)), count: 0 };
      continue;
    }
    if (PART.test(text)) part = PART.exec(text)![1]!;
    if (section === null) continue;
    if (/^(?:[IVX]+|\d)\.\s/u.test(text)) {
      section = null;
      continue;
    }
    const item = ITEM.exec(text);
    if (item === null) continue;
    section.count += 1;
    const actor = DEPARTMENTS.exec(item[2]!);
    if (
      actor === null ||
      actor.index > ACTOR_WITHIN ||
      context.reportingLines.has(line.number) ||
      collective.length === 0
    )
      continue;
    const milestones = readTaskMilestones(item[2]!, { line: line.number }, document, context);
    tasks.push({
      id: `${section.id}.${item[1] ?? section.count}` as TaskId,
      goal: null,
      target: null,
      group: section.title,
      text: item[2]!,
      lead: DISTRICTS.test(item[2]!) ? collective : collective.slice(0, 1),
      partners: [],
      due: dueFromMilestones(milestones) ?? section.due,
      outputs: [],
      source: sourceRef(line.number, item[2]!),
      origin: "body",
      ...(milestones.length > 0 ? { milestones } : {}),
    });
  }
  return tasks;
}

/** The province's "Các sở, ban, ngành cấp tỉnh" and district committees, as the directory spells them. */
function collectiveLead(resolver: AgencyResolver): readonly AgencyId[] {
  const departments = resolver.resolve("Các sở, ban, ngành cấp tỉnh").id;
  const districts = resolver.resolve("UBND các huyện, thị xã, thành phố").id;
  if (departments === null) return [];
  return (districts === null ? [departments] : [departments, districts]) as AgencyId[];
}

function withoutAmbiguity(due: ReturnType<typeof parseDue>): Due {
  const { ambiguity: _ambiguity, ...kept } = due;
  return kept;
}
