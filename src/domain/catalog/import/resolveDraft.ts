import type { Agency } from "../agency";
import type {
  AgencyId,
  AgencyRef,
  Due,
  Goal,
  GoalCode,
  Indicator,
  LeadScope,
  PlanNote,
  ReviewItem,
  SourceRef,
  Target,
  TargetCode,
  Task,
  TaskId,
} from "../types";
import { parseDue } from "../values/parseDue";
import { parseIndicators } from "../values/parseIndicators";
import { yearRangeCandidates } from "../values/yearRangeCandidates";
import { foldForMatching } from "../../text/normalizeVietnamese";
import type { AgencyResolver, SplitName } from "./agencyResolver";
import type { DraftName, DraftPlan, DraftReview } from "./draft";
import { noteMessage, reviewMessage } from "./reviewMessages";
import { splitLeadText } from "./splitLeadText";
import { splitOutputs } from "./splitOutputs";

/**
 * Turns a family's draft into catalogue goals, targets and tasks: agency names become ids,
 * target texts become indicators, deadline cells become Due values. Whatever cannot be
 * resolved with confidence becomes a review item; nothing is guessed.
 */
export interface ResolveContext {
  readonly resolver: AgencyResolver;
  readonly agencies: readonly Agency[];
  readonly planFrom: number | null;
  readonly planTo: number | null;
}

export interface ResolvedParts {
  readonly goals: readonly Goal[];
  readonly targets: readonly Target[];
  readonly tasks: readonly Task[];
  readonly review: readonly ReviewItem[];
  readonly notes: readonly PlanNote[];
  readonly agencies: readonly AgencyRef[];
}

export function toReviewItem(draft: DraftReview): ReviewItem {
  const params = Object.fromEntries(Object.entries(draft.params).filter(([, value]) => value !== undefined));
  return {
    code: draft.code,
    subject: draft.subject,
    message: reviewMessage(draft.code, params),
    source: draft.source,
    candidates: draft.candidates,
    ...(Object.keys(params).length > 0 ? { params } : {}),
  };
}

function stripParsed<T extends object>(value: T, drop: readonly string[]): T {
  return Object.fromEntries(Object.entries(value).filter(([key, entry]) => !drop.includes(key) && entry !== undefined)) as T;
}

interface NameResolution {
  readonly ids: AgencyId[];
  readonly unresolved: string[];
  readonly scopes: LeadScope[];
}

export function resolveDraft(draft: DraftPlan, context: ResolveContext): ResolvedParts {
  const review: DraftReview[] = [...draft.review];
  const notes: PlanNote[] = [];
  const used = new Set<string>();
  const unknownNames = new Map<string, { name: string; source: SourceRef; candidates: readonly string[]; count: number }>();

  const resolveNames = (names: readonly (SplitName | DraftName)[], source: SourceRef): NameResolution => {
    const ids: AgencyId[] = [];
    const unresolved: string[] = [];
    const scopes: LeadScope[] = [];
    for (const name of names) {
      const resolved = context.resolver.resolve(name.name);
      if (resolved.id === null) {
        unresolved.push(name.name);
        const key = foldForMatching(name.name);
        const known = unknownNames.get(key);
        const where = "source" in name ? name.source : source;
        unknownNames.set(key, { name: name.name, source: known?.source ?? where, candidates: resolved.candidates, count: (known?.count ?? 0) + 1 });
        continue;
      }
      const id = resolved.id as AgencyId;
      used.add(id);
      if (!ids.includes(id)) ids.push(id);
      if (name.scope !== null && !scopes.some((scope) => scope.agency === id && scope.scope === name.scope)) {
        scopes.push({ agency: id, scope: name.scope });
      }
    }
    return { ids, unresolved, scopes };
  };

  const tasks: Task[] = draft.tasks.map((task) => {
    const lead = resolveNames(task.leadNames, task.source);
    const partnerNames = task.partnersText === null ? [] : splitLeadText(task.partnersText, context.resolver);
    const partners = resolveNames(partnerNames, task.partnersSource ?? task.source);
    const partnerIds = partners.ids.filter((id) => !lead.ids.includes(id));
    const parsedDue = parseDue(task.dueText, { planFrom: context.planFrom, planTo: context.planTo });
    if (parsedDue.ambiguity !== undefined) {
      review.push({
        code: parsedDue.ambiguity.reason,
        subject: { kind: "task", id: task.id },
        params: { text: task.dueText, unit: task.id },
        source: task.source,
        candidates: parsedDue.ambiguity.candidates,
      });
    }
    const due: Due = stripParsed(parsedDue, ["ambiguity"]);
    // A year range that runs backwards in a task ("Giai đoạn 2021-2020", 002 L426) is kept as printed.
    for (const match of task.text.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/gu)) {
      const from = Number(match[1]);
      const to = Number(match[2]);
      if (to >= from) continue;
      const at = match.index ?? 0;
      const around = task.text.slice(Math.max(0, at - 60), at + match[0].length + 60).trim();
      review.push({
        code: "year_typo",
        subject: { kind: "task", id: task.id },
        params: { text: match[0], unit: task.id },
        source: { ...task.source, quote: around },
        candidates: yearRangeCandidates(from, to, context.planTo),
      });
    }
    if (lead.ids.length === 0 && task.leadNames.length > 0) {
      review.push({
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
      ...(task.partnersSource !== null && task.partnersSource.line !== task.source.line ? { partnersSource: task.partnersSource } : {}),
    };
  });

  const targets: Target[] = draft.targets.map((target) => {
    const parsed = parseIndicators(target.text, { year: target.year ?? null, planTo: context.planTo });
    parsed.forEach((indicator, index) => {
      if (indicator.ambiguity === undefined) return;
      review.push({
        code: indicator.ambiguity.reason,
        subject: { kind: "target", id: target.code },
        params: { text: indicator.text, indicator: index, target: target.code },
        source: target.source,
        candidates: indicator.ambiguity.candidates,
      });
    });
    const indicators: Indicator[] = parsed.map((indicator) => stripParsed(indicator, ["ambiguity"]));
    const own = target.leadText ? resolveNames(splitLeadText(target.leadText, context.resolver), target.source) : null;
    const related = tasks.filter((task) => task.target === target.code);
    const lead: AgencyId[] = [...(own?.ids ?? [])];
    const scopes: LeadScope[] = [...(own?.scopes ?? [])];
    for (const task of related) {
      for (const id of task.lead) if (!lead.includes(id)) lead.push(id);
      for (const scope of task.leadScopes ?? []) scopes.push(scope);
    }
    const partners: AgencyId[] = [];
    for (const task of related) for (const id of task.partners) if (!lead.includes(id) && !partners.includes(id)) partners.push(id);
    return {
      code: target.code as TargetCode,
      goal: target.goal as GoalCode,
      text: target.text,
      quantitative: indicators.length > 0,
      indicators,
      lead,
      partners,
      source: target.source,
      ...(scopes.length > 0 ? { leadScopes: scopes } : {}),
      ...(target.year !== undefined ? { year: target.year } : {}),
    };
  });

  for (const [, unknown] of unknownNames) {
    review.push({
      code: unknown.candidates.length > 1 ? "ambiguous_agency" : "unknown_agency",
      subject: { kind: "agency", id: unknown.name },
      params: { name: unknown.name, uses: unknown.count },
      source: unknown.source,
      candidates: unknown.candidates,
    });
  }

  // Every target and task has a lead, or a review item that says why not.
  const covered = new Set(review.map((item) => `${item.subject.kind}:${item.subject.id}`));
  for (const task of tasks) {
    if (task.lead.length > 0 || covered.has(`task:${task.id}`)) continue;
    review.push({
      code: "missing_lead",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id },
      source: task.source ?? { line: 1, quote: task.id },
      candidates: [],
    });
  }
  for (const target of targets) {
    if (target.lead.length > 0) continue;
    const taskCovered = tasks.some((task) => task.target === target.code && covered.has(`task:${task.id}`));
    if (covered.has(`target:${target.code}`) || taskCovered) continue;
    review.push({
      code: "target_without_lead",
      subject: { kind: "target", id: target.code },
      params: { target: target.code },
      source: target.source ?? { line: 1, quote: target.code },
      candidates: [],
    });
  }

  const goalsWithTargets = new Set(targets.map((target) => target.goal as string));
  for (const goal of draft.goals) {
    if (goalsWithTargets.has(goal.code) || draft.targets.length === 0) continue;
    if (!tasks.some((task) => task.goal === goal.code)) continue;
    notes.push({ code: "goal_without_targets", message: reviewMessage("goal_without_targets", { goal: goal.code }), source: goal.source });
  }
  if (draft.targets.length === 0) notes.push({ code: "no_specific_targets", message: noteMessage("no_specific_targets") });

  const agencies: AgencyRef[] = context.agencies
    .filter((agency) => used.has(agency.id))
    .map((agency) => ({ id: agency.id, name: agency.name, shortName: agency.shortName }))
    .sort((a, b) => a.id.localeCompare(b.id));

  return {
    goals: draft.goals.map((goal) => ({ code: goal.code as GoalCode, title: goal.title, source: goal.source })),
    targets,
    tasks,
    review: review.map(toReviewItem),
    notes,
    agencies,
  };
}
