import type { Target } from "../types";
import type { DraftReview } from "./draft";

/** Targets numbered 12.7 then 12.9 (001 L1150, L1161): 12.8 is missing or misnumbered. */
export function findNumberingGaps(targets: readonly Target[]): DraftReview[] {
  const review: DraftReview[] = [];
  const byGoal = new Map<string, Target[]>();
  for (const target of targets) {
    if (!/^\d+\.\d+$/u.test(target.code)) continue;
    byGoal.set(target.goal, [...(byGoal.get(target.goal) ?? []), target]);
  }
  for (const [goal, list] of byGoal) {
    const sorted = [...list].sort((a, b) => Number(a.code.split(".")[1]) - Number(b.code.split(".")[1]));
    sorted.forEach((target, index) => {
      const previous = sorted[index - 1];
      if (previous === undefined) return;
      const from = Number(previous.code.split(".")[1]);
      const to = Number(target.code.split(".")[1]);
      for (let missing = from + 1; missing < to; missing += 1) {
        review.push({
          code: "numbering_gap",
          subject: { kind: "goal", id: goal },
          params: { goal, missing: `${goal}.${missing}`, before: previous.code, after: target.code },
          source: target.source ?? { line: 1, quote: target.code },
          candidates: [],
        });
      }
    });
  }
  return review;
}
