import type { AgencyId, GoalCode, Indicator, LeadScope, Target, TargetCode, Task } from "../../types";
import { sourceRef, type DraftTarget } from "../draft";
import {
  backwardRange,
  describeValue,
  findRepeatedYears,
  readTargetValues,
  type TargetValue,
} from "../readTargetValues";
import { noteMessage } from "../reviewMessages";
import { splitLeadText } from "../splitLeadText";
import type { ResolveStage } from "./stage";

/**
 * Stage 3 of resolveDraft: one draft target → a catalogue target. Its values are read statement by statement;
 * the country's values are set aside as a reference (and asked about when they are all there is); its lead
 * and partners roll up from its tasks.
 */
export function resolveTarget(target: DraftTarget, tasks: readonly Task[], stage: ResolveStage): Target {
  const read = readTargetValues(target, stage.context.planTo);
  reviewValueAmbiguities(target, read, stage);
  const provincial = read.filter((entry) => !entry.national);
  const national = read.filter((entry) => entry.national);
  setAsideNationalValues(target, provincial, national, stage);
  const repeated = findRepeatedYears(target.code, provincial, stage.context.planTo);
  stage.review.push(...repeated.review);
  const indicators: Indicator[] = repeated.values.map((entry) => entry.value);
  const { lead, partners, scopes } = rollUpAgencies(target, tasks, stage);
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
}

function reviewValueAmbiguities(target: DraftTarget, read: readonly TargetValue[], stage: ResolveStage): void {
  read.forEach(({ indicator, statement }, index) => {
    if (indicator.ambiguity === undefined) return;
    // A year typo is quoted as printed ("2021-2020"), not as the value it spoils.
    const range = indicator.ambiguity.reason === "year_typo" ? backwardRange(statement.text) : null;
    stage.review.push({
      code: indicator.ambiguity.reason,
      subject: { kind: "target", id: target.code },
      params: { text: range ?? indicator.text, indicator: index, target: target.code },
      source: target.statements === undefined ? target.source : sourceRef(statement.line, statement.text),
      candidates: indicator.ambiguity.candidates,
    });
  });
}

/**
 * The country's values are a note, never the province's indicators; when they are the target's only values
 * (002 7.2), the province tracks something the text does not say: a review item.
 */
function setAsideNationalValues(
  target: DraftTarget,
  provincial: readonly TargetValue[],
  national: readonly TargetValue[],
  stage: ResolveStage,
): void {
  if (national.length === 0) return;
  const values = national.map((entry) => describeValue(entry.value));
  const source = sourceRef(national[0]!.statement.line, national[0]!.statement.text);
  if (provincial.length === 0) {
    stage.review.push({
      code: "national_values_only",
      subject: { kind: "target", id: target.code },
      params: { target: target.code, values: values.join("; ") },
      source,
      candidates: values,
    });
  }
  stage.notes.push({
    code: "national_values_as_reference",
    message: noteMessage("national_values_as_reference", { target: target.code, values: values.join("; ") }),
    source,
  });
}

function rollUpAgencies(
  target: DraftTarget,
  tasks: readonly Task[],
  stage: ResolveStage,
): { lead: AgencyId[]; partners: AgencyId[]; scopes: LeadScope[] } {
  const own = target.leadText
    ? stage.names.resolve(splitLeadText(target.leadText, stage.context.resolver), target.source)
    : null;
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
  return { lead, partners, scopes };
}
