import type { Target, Task } from "../../types";
import { parseIndicators } from "../../values/parseIndicators";
import type { DraftPlan, DraftReview } from "../draft";
import { describeValue } from "../readTargetValues";
import { noteMessage } from "../reviewMessages";
import type { ResolveStage } from "./stage";

/** Stage 5 of resolveDraft: checks over the whole plan once its tasks and targets are resolved. */

/** A backward range read as a target value (002 L426) is not raised again for the task that holds it. */
export function dropTaskTyposOfTargets(review: DraftReview[], tasks: readonly Task[]): void {
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
}

/** Every target and task has a lead, or a review item that says why not. */
export function reviewMissingLeads(tasks: readonly Task[], targets: readonly Target[], stage: ResolveStage): void {
  const covered = new Set(stage.review.map((item) => `${item.subject.kind}:${item.subject.id}`));
  for (const task of tasks) {
    if (task.lead.length > 0 || covered.has(`task:${task.id}`)) continue;
    stage.review.push({
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
    stage.review.push({
      code: "target_without_lead",
      subject: { kind: "target", id: target.code },
      params: { target: target.code },
      source: target.source ?? { line: 1, quote: target.code },
      candidates: [],
    });
  }
}

/**
 * Goals with no numbered targets: a note, and where their tasks state values (001 L695 "Đến năm 2020, cơ bản
 * 100% hộ gia đình được tiếp cận với điện") a review item, since no target holds them. A plan with no numbered
 * targets at all says so once.
 */
export function checkGoalsWithoutTargets(
  draft: DraftPlan,
  tasks: readonly Task[],
  targets: readonly Target[],
  stage: ResolveStage,
): void {
  if (draft.targets.length === 0) {
    stage.notes.push({ code: "no_specific_targets", message: noteMessage("no_specific_targets") });
    return;
  }
  const goalsWithTargets = new Set(targets.map((target) => target.goal as string));
  const bare = draft.goals.filter((goal) => !goalsWithTargets.has(goal.code));
  for (const goal of bare) {
    for (const task of tasks.filter((candidate) => candidate.goal === goal.code && candidate.target === null)) {
      const values = parseIndicators(task.text, { planTo: stage.context.planTo }).filter(
        (indicator) => indicator.value !== null,
      );
      if (values.length === 0) continue;
      stage.review.push({
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
  for (const goal of bare) {
    if (!tasks.some((task) => task.goal === goal.code)) continue;
    stage.notes.push({
      code: "goal_without_targets",
      message: noteMessage("goal_without_targets", { goal: goal.code }),
      source: goal.source,
    });
  }
}
