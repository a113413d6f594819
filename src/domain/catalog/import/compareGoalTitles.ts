import { foldForMatching } from "../../text/normalizeVietnamese";
import { sourceRef, type DraftGoal, type DraftReview } from "./draft";
import type { BodySection } from "./readBodyAssignments";

/**
 * Where a plan names its goals twice, in the body's list and again in the appendix, the catalogue
 * takes the body's title (000 L93–112) but the two can differ: body "Giám sát bình đẳng" (L102) for
 * appendix "Giảm bất bình đẳng" (L485), appendix "đổi mới toàn cầu" (L679) for body "đối tác toàn
 * cầu" (L112). Neither copy is always right, so every difference is a review item with both titles.
 */
/** "Nhóm nhiệm vụ, giải pháp về truyền thông …" (004 L106) heads what the appendix calls "Truyền thông …". */
const GROUP_PREFIX = /^Nhóm nhiệm vụ,?\s*giải pháp\s*(?:về\s+)?/iu;

function comparable(title: string): string {
  return foldForMatching(title.replace(GROUP_PREFIX, ""))
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Same words, or one copy cut short (002 L1326 stops after "làm việc an toàn"): not a difference. */
function agree(a: string, b: string): boolean {
  const left = comparable(a);
  const right = comparable(b);
  return left === right || left.startsWith(right) || right.startsWith(left);
}

/**
 * `kept` says which copy the catalogue uses: the body's (000, 002) or the appendix's, where the targets are
 * (001, whose body words 10 of 16 goals differently; 003 and 004, whose body headings are the groups).
 */
export function compareGoalTitles(
  body: readonly DraftGoal[],
  appendix: readonly DraftGoal[],
  kept: "body" | "appendix" = "body",
): readonly DraftReview[] {
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
        kept,
      },
      source: { line: listed.source.line, quote: listed.title },
      candidates: [listed.title, printed.title],
    });
  }
  return review;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"];

/**
 * The body's numbered task sections as goals (003 "3. Xây dựng tỉnh Thanh Hóa …", L100; 004 "1. Nhóm nhiệm vụ,
 * giải pháp về …", L106), coded like the appendix's goals: the same number, or its roman numeral (004 "I").
 */
export function bodyGoalsOfSections(
  sections: readonly BodySection[],
  goalCodes: readonly string[],
): readonly DraftGoal[] {
  return sections
    .filter((section) => /^\d+$/u.test(section.number))
    .flatMap((section) => {
      const number = Number(section.number);
      const code = goalCodes.includes(section.number) ? section.number : ROMAN[number - 1];
      if (code === undefined || !goalCodes.includes(code)) return [];
      return [{ code, title: section.title, source: sourceRef(section.line, section.title) }];
    });
}
