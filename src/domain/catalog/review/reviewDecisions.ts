/**
 * An officer's decision on a review item, kept in the workbook's metadata so that it travels with the file:
 * key "review.<planId>.<reviewItemId>", value the decision as JSON. An empty value withdraws a decision (the
 * metadata sheet can only merge entries, not delete them).
 */

export const REVIEW_VERDICTS = ["confirmed", "needs_fix", "dismissed"] as const;
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number];

export interface ReviewDecision {
  readonly decision: ReviewVerdict;
  /** What the officer found or wants changed; may be empty. */
  readonly note: string;
  /** Who decided, when the pane knows. */
  readonly by?: string;
  /** ISO timestamp of the decision. */
  readonly at: string;
}

const PREFIX = "review.";

export function reviewDecisionKey(planId: string, itemId: string): string {
  return `${PREFIX}${planId}.${itemId}`;
}

/** The metadata entry that records a decision, or withdraws it when `decision` is null. */
export function reviewDecisionEntry(planId: string, itemId: string, decision: ReviewDecision | null): Record<string, string> {
  const value = decision ? JSON.stringify({ decision: decision.decision, note: decision.note, ...(decision.by ? { by: decision.by } : {}), at: decision.at }) : "";
  return { [reviewDecisionKey(planId, itemId)]: value };
}

/** The plan's decisions by review item id. Entries that are empty or do not parse are skipped (a hand-edited sheet). */
export function readReviewDecisions(metadata: Readonly<Record<string, string>>, planId: string): Map<string, ReviewDecision> {
  const prefix = `${PREFIX}${planId}.`;
  const decisions = new Map<string, ReviewDecision>();
  for (const [key, value] of Object.entries(metadata)) {
    if (!key.startsWith(prefix) || value.trim() === "") continue;
    const decision = parseDecision(value);
    if (decision) decisions.set(key.slice(prefix.length), decision);
  }
  return decisions;
}

function parseDecision(value: string): ReviewDecision | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return null;
  }
  if (typeof parsed !== "object" || parsed === null) return null;
  const record = parsed as Record<string, unknown>;
  if (!REVIEW_VERDICTS.includes(record.decision as ReviewVerdict)) return null;
  return {
    decision: record.decision as ReviewVerdict,
    note: typeof record.note === "string" ? record.note : "",
    ...(typeof record.by === "string" && record.by !== "" ? { by: record.by } : {}),
    at: typeof record.at === "string" ? record.at : "",
  };
}
