import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import { readReviewDecisions, reviewDecisionEntry, type ReviewDecision } from "../../domain/catalog/review/reviewDecisions";
import type { ReviewVerdictInput } from "../components/plan/review/ReviewDecisionForm";
import type { WorkbookSession } from "../runtime/workbookSession";
import { loadReviewerName, saveReviewerName } from "./reviewerName";

export interface ReviewDecisions {
  /** The plan's decisions recorded in the current workbook, by review item id. */
  readonly decisions: ReadonlyMap<string, ReviewDecision>;
  /** The name the officer signed with last, offered for the next decision. */
  readonly reviewer: string;
  /** Writes a decision (null withdraws it) into the workbook's metadata; rejects when the write fails. */
  readonly decide: (itemId: string, verdict: ReviewVerdictInput | null) => Promise<void>;
}

const NONE: ReadonlyMap<string, ReviewDecision> = new Map();

/**
 * Decisions on a plan's review items live in the workbook, so they travel with it: read when a plan is chosen
 * or another file is opened, written through the session's port. Other writes (an injection) leave them alone,
 * so they cost no further read, which in Excel would be a sync.
 */
export function useReviewDecisions(session: WorkbookSession, planId: string | null, now: () => Date): ReviewDecisions {
  const { port } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [reviewer, setReviewer] = useState(loadReviewerName);
  const [read, setRead] = useState<{ readonly planId: string; readonly decisions: ReadonlyMap<string, ReviewDecision> } | null>(null);

  useEffect(() => {
    if (!planId) return;
    let cancelled = false;
    port.inspect().then(
      (info) => !cancelled && setRead({ planId, decisions: readReviewDecisions(info.metadata, planId) }),
      // An unreadable workbook shows no decisions; writing one reports its own error.
      () => !cancelled && setRead({ planId, decisions: NONE }),
    );
    return () => {
      cancelled = true;
    };
  }, [port, planId]);

  const decide = useCallback(
    async (itemId: string, verdict: ReviewVerdictInput | null) => {
      if (!planId) return;
      const decision = verdict
        ? { decision: verdict.decision, note: verdict.note, ...(verdict.by ? { by: verdict.by } : {}), at: now().toISOString() }
        : null;
      await session.getSnapshot().port.apply([{ kind: "setMetadata", entries: reviewDecisionEntry(planId, itemId, decision) }]);
      // What was written is what the workbook now holds: no need to read it back.
      setRead((current) => {
        const decisions = new Map(current && current.planId === planId ? current.decisions : NONE);
        if (decision) decisions.set(itemId, decision);
        else decisions.delete(itemId);
        return { planId, decisions };
      });
      session.changed();
      if (verdict) {
        setReviewer(verdict.by);
        saveReviewerName(verdict.by);
      }
    },
    [session, planId, now],
  );

  return { decisions: read && read.planId === planId ? read.decisions : NONE, reviewer, decide };
}
