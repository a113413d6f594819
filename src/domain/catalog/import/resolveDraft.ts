import type { Agency } from "../agency";
import type { AgencyRef, Goal, GoalCode, PlanNote, ReviewItem, Target, Task } from "../types";
import { foldForMatching } from "../../text/normalizeVietnamese";
import type { AgencyResolver } from "./agencyResolver";
import type { DraftPlan, DraftReview } from "./draft";
import { findNumberingGaps } from "./findNumberingGaps";
import { findValueConflicts } from "./findValueConflicts";
import { createNameBook } from "./resolve/nameBook";
import { checkGoalsWithoutTargets, dropTaskTyposOfTargets, reviewMissingLeads } from "./resolve/planChecks";
import { resolveTarget } from "./resolve/resolveTarget";
import { resolveTask } from "./resolve/resolveTask";
import type { ResolveStage } from "./resolve/stage";
import { withTaskValues } from "./resolve/taskValues";
import { reviewMessage } from "./reviewMessages";
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

/**
 * The stages, in order: names → ids (`createNameBook`), tasks (`resolveTask`), targets with the values their
 * statements give (`resolveTarget`), the numbers tasks commit to (`withTaskValues`), then checks over the whole
 * plan: unknown names, missing leads, numbering gaps, conflicting values, goals without targets.
 */
export function resolveDraft(draft: DraftPlan, context: ResolveContext): ResolvedParts {
  const stage: ResolveStage = {
    context,
    names: createNameBook(context.resolver, context.agencies),
    unspecified: unspecifiedAgencies(context.agencies),
    review: [...draft.review],
    notes: [],
  };
  const drafted = draft.tasks.map((task) => resolveTask(task, stage));
  const targets = draft.targets.map((target) => resolveTarget(target, drafted, stage));
  const tasks = drafted.map((task) => withTaskValues(task, targets, stage));

  dropTaskTyposOfTargets(stage.review, tasks);
  stage.review.push(...stage.names.reviewUnknown());
  reviewMissingLeads(tasks, targets, stage);
  stage.review.push(...findNumberingGaps(targets));
  stage.review.push(...findValueConflicts(targets));
  checkGoalsWithoutTargets(draft, tasks, targets, stage);

  return {
    goals: draft.goals.map((goal) => ({
      code: goal.code as GoalCode,
      title: cleanGoalTitle(goal.title),
      source: goal.source,
    })),
    targets,
    tasks,
    review: stage.review.map(toReviewItem),
    notes: stage.notes,
    agencies: agencyRefs(context.agencies, stage.names.used),
  };
}

function agencyRefs(agencies: readonly Agency[], used: ReadonlySet<string>): AgencyRef[] {
  return agencies
    .filter((agency) => used.has(agency.id))
    .map((agency) => ({ id: agency.id, name: agency.name, shortName: agency.shortName }))
    .sort((a, b) => a.id.localeCompare(b.id));
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
