import { cleanInlineText } from "./cleanInlineText";
import { sourceRef, type DraftGoal } from "./draft";
import type { SourceDocument } from "./sourceDocument";

/**
 * The goal list in the plan body ("- Mục tiêu 1: Chấm dứt mọi hình thức nghèo …", 000 L93–112;
 * "Mục tiêu 1. …", 001 L28–58), read before `beforeLine` (the appendix). The first title
 * for each number wins; lines that state counts ("Gồm 4 mục tiêu cụ thể") are not titles.
 */
const GOAL_LINE = /^[-–•]?\s*Mục tiêu\s+(?:số\s+)?(\d{1,2})\s*[:.]\s*(.+)$/u;

export function readBodyGoalList(document: SourceDocument, beforeLine: number): readonly DraftGoal[] {
  const goals = new Map<string, DraftGoal>();
  for (const line of document.lines.slice(0, Math.max(0, beforeLine - 1))) {
    const text = cleanInlineText(line.text);
    const match = GOAL_LINE.exec(text);
    if (!match || /^Gồm\s+\d/u.test(match[2]!)) continue;
    if (!goals.has(match[1]!)) {
      goals.set(match[1]!, { code: match[1]!, title: match[2]!.trim(), source: sourceRef(line.number, text) });
    }
  }
  return [...goals.values()];
}
