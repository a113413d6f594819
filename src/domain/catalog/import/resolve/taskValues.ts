import type { Target, Task } from "../../types";
import { describeValue } from "../readTargetValues";
import { readTaskIndicators } from "../readTaskIndicators";
import type { ResolveStage } from "./stage";

/**
 * Stage 4 of resolveDraft: the task with the numbers its text commits to (`readTaskIndicators`); a number that
 * may be context is a review item, and so is a value the reader finds doubtful (unit, number format).
 */
export function withTaskValues(task: Task, targets: readonly Target[], stage: ResolveStage): Task {
  const held = targets.find((target) => target.code === task.target)?.indicators ?? [];
  const source = task.source ?? { line: 1, quote: task.id };
  const values = readTaskIndicators(task.text, source, held, stage.context.document ?? null, stage.context.planTo);
  for (const { indicator, source: at } of values.unclear) {
    stage.review.push({
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
    stage.review.push({
      code: ambiguity.reason,
      subject: { kind: "task", id: task.id },
      params: { text: indicator.text, unit: task.id },
      source: at,
      candidates: ambiguity.candidates,
    });
  }
  return values.indicators.length > 0 ? { ...task, indicators: values.indicators } : task;
}
