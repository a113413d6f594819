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
import { sourceRef, type DraftName, type DraftPlan, type DraftReview } from "./draft";
import { findNumberingGaps } from "./findNumberingGaps";
import { findValueConflicts } from "./findValueConflicts";
import { backwardRange, describeValue, findRepeatedYears, readTargetValues } from "./readTargetValues";
import { noteMessage, reviewMessage } from "./reviewMessages";
import { splitLeadText } from "./splitLeadText";
import { splitOutputs } from "./splitOutputs";
import { readTaskIndicators } from "./readTaskIndicators";
import { dueFromMilestones, readTaskMilestones } from "./readTaskMilestones";
import type { SourceDocument } from "./sourceDocument";

/**
 * Turns a family's draft into catalogue goals, targets and tasks: agency names become ids,
 * target texts become indicators, deadline cells become Due values. Whatever cannot be
 * resolved with confidence becomes a review item; nothing is guessed.
 */
export interface ResolveContext {
  readonly resolver: AgencyResolver;
  /** The plan text, to cite the lines of deadlines read from task texts; null when not at hand. */
  readonly document?: SourceDocument | null;
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
  return Object.fromEntries(
    Object.entries(value).filter(([key, entry]) => !drop.includes(key) && entry !== undefined),
  ) as T;
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
  const unknownNames = new Map<
    string,
    { name: string; source: SourceRef; candidates: readonly string[]; doubtful: boolean; count: number }
  >();

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
        unknownNames.set(key, {
          name: name.name,
          source: known?.source ?? where,
          candidates: resolved.candidates,
          doubtful: resolved.doubtful === true,
          count: (known?.count ?? 0) + 1,
        });
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

  const unspecified = unspecifiedAgencies(context.agencies);
  const agencyNames = (ids: readonly string[]): string =>
    ids.map((id) => context.agencies.find((agency) => agency.id === id)?.name ?? id).join("; ");
  const tasks: Task[] = draft.tasks.map((task) => {
    const named = resolveNames(task.leadNames, task.source);
    // "… và các đơn vị liên quan" in a lead cell (004 L431) names no one who answers for the task:
    // it takes part, the agencies named beside it lead.
    const vague = named.ids.filter((id) => unspecified.has(id));
    const lead = vague.length > 0 ? { ...named, ids: named.ids.filter((id) => !unspecified.has(id)) } : named;
    if (vague.length > 0 && lead.ids.length > 0) {
      notes.push({
        code: "unspecified_agency_not_lead",
        message: noteMessage("unspecified_agency_not_lead", { unit: task.id }),
        source: task.leadNames[0]?.source ?? task.source,
      });
    } else if (vague.length > 0) {
      review.push({
        code: "no_accountable_lead",
        subject: { kind: "task", id: task.id },
        params: { unit: task.id },
        source: task.leadNames[0]?.source ?? task.source,
        candidates: [],
      });
    }
    const partnerNames = task.partnersText === null ? [] : splitLeadText(task.partnersText, context.resolver);
    const partners = resolveNames(partnerNames, task.partnersSource ?? task.source);
    const partnerIds = [...partners.ids, ...vague.filter((id) => !partners.ids.includes(id))].filter(
      (id) => !lead.ids.includes(id),
    );
    // A lead printed again among its own partners (002 L1430) leads; the repetition is kept as a note.
    const leadAsPartner = partners.ids.filter((id) => lead.ids.includes(id));
    if (leadAsPartner.length > 0) {
      notes.push({
        code: "lead_among_partners",
        message: noteMessage("lead_among_partners", { unit: task.id, agencies: agencyNames(leadAsPartner) }),
        source: task.partnersSource ?? task.source,
      });
    }
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
    const cellDue: Due = stripParsed(parsedDue, ["ambiguity"]);
    // No deadline column (000–002): the task's own text may date it ("Đến năm 2018, hoàn thành …").
    const milestones =
      task.dueText === null
        ? readTaskMilestones(task.text, task.source, context.document ?? null, {
            planFrom: context.planFrom,
            planTo: context.planTo,
          })
        : [];
    const due: Due = dueFromMilestones(milestones) ?? cellDue;
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
    if (named.ids.length === 0 && task.leadNames.length > 0) {
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
      ...(task.partnersSource !== null && task.partnersSource.line !== task.source.line
        ? { partnersSource: task.partnersSource }
        : {}),
      ...(milestones.length > 0 ? { milestones } : {}),
    };
  });

  const targets: Target[] = draft.targets.map((target) => {
    const read = readTargetValues(target, context.planTo);
    read.forEach(({ indicator, statement }, index) => {
      if (indicator.ambiguity === undefined) return;
      // A year typo is quoted as printed ("2021-2020"), not as the value it spoils.
      const range = indicator.ambiguity.reason === "year_typo" ? backwardRange(statement.text) : null;
      review.push({
        code: indicator.ambiguity.reason,
        subject: { kind: "target", id: target.code },
        params: { text: range ?? indicator.text, indicator: index, target: target.code },
        source: target.statements === undefined ? target.source : sourceRef(statement.line, statement.text),
        candidates: indicator.ambiguity.candidates,
      });
    });
    const provincial = read.filter((entry) => !entry.national);
    const national = read.filter((entry) => entry.national);
    // Only the country's values (002 7.2): the province tracks something, but the text does not say what.
    if (national.length > 0 && provincial.length === 0) {
      review.push({
        code: "national_values_only",
        subject: { kind: "target", id: target.code },
        params: { target: target.code, values: national.map((entry) => describeValue(entry.value)).join("; ") },
        source: sourceRef(national[0]!.statement.line, national[0]!.statement.text),
        candidates: national.map((entry) => describeValue(entry.value)),
      });
    }
    const repeated = findRepeatedYears(target.code, provincial, context.planTo);
    review.push(...repeated.review);
    const indicators: Indicator[] = repeated.values.map((entry) => entry.value);
    if (national.length > 0) {
      notes.push({
        code: "national_values_as_reference",
        message: noteMessage("national_values_as_reference", {
          target: target.code,
          values: national.map((entry) => describeValue(entry.value)).join("; "),
        }),
        source: sourceRef(national[0]!.statement.line, national[0]!.statement.text),
      });
    }
    const own = target.leadText ? resolveNames(splitLeadText(target.leadText, context.resolver), target.source) : null;
    const related = tasks.filter((task) => task.target === target.code);
    const lead: AgencyId[] = [...(own?.ids ?? [])];
    const scopes: LeadScope[] = [...(own?.scopes ?? [])];
    for (const task of related) {
      for (const id of task.lead) if (!lead.includes(id)) lead.push(id);
      for (const scope of task.leadScopes ?? []) scopes.push(scope);
    }
    const partners: AgencyId[] = [];
    for (const task of related)
      for (const id of task.partners) if (!lead.includes(id) && !partners.includes(id)) partners.push(id);
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
      ...(national.length > 0 ? { nationalIndicators: national.map((entry) => entry.value) } : {}),
    };
  });
  const tasksWithValues = tasks.map((task) => withTaskValues(task, targets, review, context));
  // A backward range read as a target value (002 L426) is not raised again for the task that holds it.
  const targetTypos = new Set(
    review
      .filter((item) => item.code === "year_typo" && item.subject.kind === "target")
      .map((item) => `${item.subject.id}@${item.source.line}`),
  );
  for (let index = review.length - 1; index >= 0; index -= 1) {
    const item = review[index]!;
    if (item.code !== "year_typo" || item.subject.kind !== "task") continue;
    const task = tasks.find((candidate) => candidate.id === item.subject.id);
    if (task?.target != null && targetTypos.has(`${task.target}@${item.source.line}`)) review.splice(index, 1);
  }

  // A name that is no real body's ("Sở Quốc phòng", 001 L275: a doubtful spelling with one candidate) is never
  // mapped silently, however likely the intended body: the officer confirms it once, with a resolveName correction.
  const agencyName = (id: string): string => context.agencies.find((agency) => agency.id === id)?.name ?? id;
  for (const [, unknown] of unknownNames) {
    review.push({
      code:
        unknown.candidates.length > 1
          ? "ambiguous_agency"
          : unknown.doubtful
            ? "agency_name_doubtful"
            : "unknown_agency",
      subject: { kind: "agency", id: unknown.name },
      params: {
        name: unknown.name,
        uses: unknown.count,
        ...(unknown.doubtful ? { candidateNames: unknown.candidates.map(agencyName).join("; ") } : {}),
      },
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

  review.push(...findNumberingGaps(targets));
  review.push(...findValueConflicts(targets));
  const goalsWithTargets = new Set(targets.map((target) => target.goal as string));
  // A goal with no coded targets whose tasks state values (001 L695 "Đến năm 2020, cơ bản 100% hộ gia
  // đình được tiếp cận với điện"): the values are not read as indicators without a target to hold them.
  if (draft.targets.length > 0) {
    for (const goal of draft.goals) {
      if (goalsWithTargets.has(goal.code)) continue;
      for (const task of tasks.filter((candidate) => candidate.goal === goal.code && candidate.target === null)) {
        const values = parseIndicators(task.text, { planTo: context.planTo }).filter(
          (indicator) => indicator.value !== null,
        );
        if (values.length === 0) continue;
        review.push({
          code: "values_in_goal_without_targets",
          subject: { kind: "goal", id: goal.code },
          params: {
            goal: goal.code,
            unit: task.id,
            values: values.map((indicator) => describeValue(indicator)).join("; "),
          },
          source: task.source ?? goal.source,
          candidates: [],
        });
      }
    }
  }
  for (const goal of draft.goals) {
    if (goalsWithTargets.has(goal.code) || draft.targets.length === 0) continue;
    if (!tasks.some((task) => task.goal === goal.code)) continue;
    notes.push({
      code: "goal_without_targets",
      message: noteMessage("goal_without_targets", { goal: goal.code }),
      source: goal.source,
    });
  }
  if (draft.targets.length === 0)
    notes.push({ code: "no_specific_targets", message: noteMessage("no_specific_targets") });

  const agencies: AgencyRef[] = context.agencies
    .filter((agency) => used.has(agency.id))
    .map((agency) => ({ id: agency.id, name: agency.name, shortName: agency.shortName }))
    .sort((a, b) => a.id.localeCompare(b.id));

  return {
    goals: draft.goals.map((goal) => ({
      code: goal.code as GoalCode,
      title: cleanGoalTitle(goal.title),
      source: goal.source,
    })),
    targets,
    tasks: tasksWithValues,
    review: review.map(toReviewItem),
    notes,
    agencies,
  };
}

/** Agencies that name no one in particular ("Các cơ quan, đơn vị liên quan", "Các sở, ngành liên quan"). */
export function unspecifiedAgencies(agencies: readonly Agency[]): ReadonlySet<string> {
  return new Set(
    agencies
      .filter((agency) => agency.kind === "group" && /liên quan$/u.test(foldForMatching(agency.name)))
      .map((agency) => agency.id),
  );
}

/** A footnote or page mark left at the end of a title ("… lao động theo vùng (10)", 001 L938). */
function cleanGoalTitle(title: string): string {
  return title.replace(/\s*\(\d{1,3}\)$/u, "").trim();
}

/**
 * The task with the numbers its text commits to (`readTaskIndicators`); a number that may be context is a
 * review item, and so is a value the reader finds doubtful (unit, number format).
 */
function withTaskValues(task: Task, targets: readonly Target[], review: DraftReview[], context: ResolveContext): Task {
  const held = targets.find((target) => target.code === task.target)?.indicators ?? [];
  const source = task.source ?? { line: 1, quote: task.id };
  const values = readTaskIndicators(task.text, source, held, context.document ?? null, context.planTo);
  for (const { indicator, source: at } of values.unclear) {
    review.push({
      code: "task_value_unclear",
      subject: { kind: "task", id: task.id },
      params: { unit: task.id, value: describeValue(indicator), text: indicator.text },
      source: at,
      candidates: [describeValue(indicator)],
    });
  }
  for (const { indicator, ambiguity, source: at } of values.ambiguous) {
    // A backward year range in a task is raised once, by the task's own check.
    if (ambiguity.reason === "year_typo") continue;
    review.push({
      code: ambiguity.reason,
      subject: { kind: "task", id: task.id },
      params: { text: indicator.text, unit: task.id },
      source: at,
      candidates: ambiguity.candidates,
    });
  }
  return values.indicators.length > 0 ? { ...task, indicators: values.indicators } : task;
}
