import { foldForMatching } from "../../text/normalizeVietnamese";
import type { DraftGoal, DraftReview } from "./draft";

/**
 * Where a plan names its goals twice, in the body's list and again in the appendix, the catalogue
 * takes the body's title (000 L93–112) but the two can differ: body "Giám sát bình đẳng" (L102) for
 * appendix "Giảm bất bình đẳng" (L485), appendix "đổi mới toàn cầu" (L679) for body "đối tác toàn
 * cầu" (L112). Neither copy is always right, so every difference is a review item with both titles.
 */
function comparable(title: string): string {
  return foldForMatching(title)
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Same words, or one copy cut short (002 L1326 stops after "làm việc an toàn"): not a difference. */
function agree(a: string, b: string): boolean {
  const left = comparable(a);
  const right = comparable(b);
  return left === right || left.startsWith(right) || right.startsWith(left);
}

export function compareGoalTitles(body: readonly DraftGoal[], appendix: readonly DraftGoal[]): readonly DraftReview[] {
  const review: DraftReview[] = [];
  for (const printed of appendix) {
    const listed = body.find((goal) => goal.code === printed.code);
    if (listed === undefined || printed.title === "" || agree(listed.title, printed.title)) continue;
    review.push({
      code: "goal_title_differs",
      subject: { kind: "goal", id: printed.code },
      params: {
        goal: printed.code,
        bodyTitle: listed.title,
        appendixTitle: printed.title,
        appendixLine: printed.source.line,
      },
      source: { line: listed.source.line, quote: listed.title },
      candidates: [listed.title, printed.title],
    });
  }
  return review;
}
