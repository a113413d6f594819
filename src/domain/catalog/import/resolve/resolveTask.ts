import type { AgencyId, Due, GoalCode, TargetCode, Task, TaskId } from "../../types";
import { parseDue } from "../../values/parseDue";
import { yearRangeCandidates } from "../../values/yearRangeCandidates";
import type { DraftTask } from "../draft";
import { noteMessage } from "../reviewMessages";
import { dueFromMilestones, readTaskMilestones } from "../readTaskMilestones";
import { splitLeadText } from "../splitLeadText";
import { splitOutputs } from "../splitOutputs";
import type { NameResolution } from "./nameBook";
import { agencyNames, type ResolveStage } from "./stage";

/**
 * Stage 2 of resolveDraft: one draft task → a catalogue task. Its lead and partners become ids (a vague
 * "các đơn vị liên quan" lead takes part, never leads), its deadline cell or, with no cell, the deadlines
 * its text opens clauses with, become `due` and `milestones`. What is unclear is a review item.
 */
export function resolveTask(task: DraftTask, stage: ResolveStage): Task {
  const named = stage.names.resolve(task.leadNames, task.source);
  const { lead, vague } = leadOf(task, named, stage);
  const partnerNames = task.partnersText === null ? [] : splitLeadText(task.partnersText, stage.context.resolver);
  const partners = stage.names.resolve(partnerNames, task.partnersSource ?? task.source);
  const partnerIds = [...partners.ids, ...vague.filter((id) => !partners.ids.includes(id))].filter(
    (id) => !lead.ids.includes(id),
  );
  noteLeadAmongPartners(task, lead, partners, stage);
  const { due, milestones } = dueOf(task, stage);
  reviewBackwardRanges(task, stage);
  if (named.ids.length === 0 && task.leadNames.length > 0) {
    stage.review.push({
      code: "lead_unresolved",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id, names: lead.unresolved.join("; ") },
      source: task.leadNames[0]!.source,
      candidates: [],
    });
  }
  return {
    id: task.id as TaskId,
    goal: task.goal as GoalCode | null,
    target: task.target as TargetCode | null,
    group: task.group,
    text: task.text,
    lead: lead.ids,
    partners: partnerIds,
    due,
    outputs: splitOutputs(task.outputsText),
    source: task.source,
    ...(lead.scopes.length > 0 ? { leadScopes: lead.scopes } : {}),
    ...(lead.unresolved.length > 0 ? { unresolvedLead: lead.unresolved } : {}),
    ...(partners.unresolved.length > 0 ? { unresolvedPartners: partners.unresolved } : {}),
    ...(task.partnersSource !== null && task.partnersSource.line !== task.source.line
      ? { partnersSource: task.partnersSource }
      : {}),
    ...(milestones.length > 0 ? { milestones } : {}),
  };
}

/**
 * "… và các đơn vị liên quan" in a lead cell (004 L431) names no one who answers for the task: it takes part,
 * the agencies named beside it lead (a note); alone it is `no_accountable_lead`.
 */
function leadOf(
  task: DraftTask,
  named: NameResolution,
  stage: ResolveStage,
): { lead: NameResolution; vague: AgencyId[] } {
  const vague = named.ids.filter((id) => stage.unspecified.has(id));
  if (vague.length === 0) return { lead: named, vague };
  const lead = { ...named, ids: named.ids.filter((id) => !stage.unspecified.has(id)) };
  const source = task.leadNames[0]?.source ?? task.source;
  if (lead.ids.length > 0) {
    stage.notes.push({
      code: "unspecified_agency_not_lead",
      message: noteMessage("unspecified_agency_not_lead", { unit: task.id }),
      source,
    });
  } else {
    stage.review.push({
      code: "no_accountable_lead",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id },
      source,
      candidates: [],
    });
  }
  return { lead, vague };
}

/** A lead printed again among its own partners (002 L1608) leads; the repetition is kept as a note. */
function noteLeadAmongPartners(
  task: DraftTask,
  lead: NameResolution,
  partners: NameResolution,
  stage: ResolveStage,
): void {
  const leadAsPartner = partners.ids.filter((id) => lead.ids.includes(id));
  if (leadAsPartner.length === 0) return;
  stage.notes.push({
    code: "lead_among_partners",
    message: noteMessage("lead_among_partners", { unit: task.id, agencies: agencyNames(stage, leadAsPartner) }),
    source: task.partnersSource ?? task.source,
  });
}

/** The deadline cell (003, 004), or with no deadline column (000–002) the milestones of the task's text. */
function dueOf(task: DraftTask, stage: ResolveStage): { due: Due; milestones: ReturnType<typeof readTaskMilestones> } {
  const period = { planFrom: stage.context.planFrom, planTo: stage.context.planTo };
  const { ambiguity, ...cellDue } = parseDue(task.dueText, period);
  if (ambiguity !== undefined) {
    stage.review.push({
      code: ambiguity.reason,
      subject: { kind: "task", id: task.id },
      params: { text: task.dueText, unit: task.id },
      source: task.source,
      candidates: ambiguity.candidates,
    });
  }
  const milestones =
    task.dueText === null ? readTaskMilestones(task.text, task.source, stage.context.document ?? null, period) : [];
  return { due: dueFromMilestones(milestones) ?? cellDue, milestones };
}

/** A year range that runs backwards in a task ("Giai đoạn 2021-2020", 002 L426) is kept as printed. */
function reviewBackwardRanges(task: DraftTask, stage: ResolveStage): void {
  for (const match of task.text.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/gu)) {
    const from = Number(match[1]);
    const to = Number(match[2]);
    if (to >= from) continue;
    const at = match.index ?? 0;
    const around = task.text.slice(Math.max(0, at - 60), at + match[0].length + 60).trim();
    stage.review.push({
      code: "year_typo",
      subject: { kind: "task", id: task.id },
      params: { text: match[0], unit: task.id },
      source: { ...task.source, quote: around },
      candidates: yearRangeCandidates(from, to, stage.context.planTo),
    });
  }
}
