import { cleanInlineText } from "./cleanInlineText";
import type { SourceDocument } from "./sourceDocument";

/**
 * What a plan says about its own size, e.g. 000 L116 "… gồm 104 mục tiêu" and L118–134
 * "- Mục tiêu 1: Gồm 4 mục tiêu cụ thể, từ 1.1 - 1.4;". Used to check the import.
 */
export interface StatedTargetCounts {
  readonly total: number | null;
  readonly totalLine: number | null;
  readonly perGoal: Readonly<Record<string, number>>;
  readonly lines: Readonly<Record<string, number>>;
}

const PER_GOAL = /^[-–]?\s*Mục tiêu\s+(\d{1,2})\s*:\s*Gồm\s+(\d{1,3})\s+mục tiêu cụ thể/iu;
const TOTAL = /mục tiêu cụ thể.*?gồm\s+(\d{1,3})\s+mục tiêu/iu;

export function readStatedTargetCounts(document: SourceDocument): StatedTargetCounts | null {
  const perGoal: Record<string, number> = {};
  const lines: Record<string, number> = {};
  let total: number | null = null;
  let totalLine: number | null = null;
  for (const line of document.lines) {
    const text = cleanInlineText(line.text);
    const goal = PER_GOAL.exec(text);
    if (goal) {
      perGoal[goal[1]!] = Number(goal[2]);
      lines[goal[1]!] = line.number;
      continue;
    }
    const stated: RegExpExecArray | null = total === null ? TOTAL.exec(text) : null;
    if (stated) {
      total = Number(stated[1]);
      totalLine = line.number;
    }
  }
  if (total === null && Object.keys(perGoal).length === 0) return null;
  return { total, totalLine, perGoal, lines };
}
