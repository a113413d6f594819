import type { AgencyId, Correction, PlanCatalog, ReviewItem, SourceRef, Target, Task } from "../types";
import { foldForMatching } from "../../text/normalizeVietnamese";
import { cleanInlineText } from "./cleanInlineText";
import { toReviewItem } from "./resolveDraft";
import type { ReviewCode } from "./reviewMessages";
import type { SourceDocument } from "./sourceDocument";

/**
 * Applies documented decisions (data/corrections/<planId>.json). A correction is applied only
 * when every quote it cites occurs on the cited line, and, when it names a review item, only
 * when that item is still raised; it then resolves the item and stays listed in the catalogue.
 * A correction that cannot be applied becomes a review item itself.
 */
export interface CorrectionOutcome {
  readonly catalog: PlanCatalog;
  readonly applied: readonly Correction[];
  readonly rejected: number;
}

function normalizeQuote(text: string): string {
  return cleanInlineText(text).replace(/[“”]/g, '"').toLowerCase();
}

function evidenceHolds(document: SourceDocument, evidence: SourceRef): boolean {
  const first = evidence.line;
  const last = evidence.endLine ?? evidence.line;
  const text = document.lines
    .slice(first - 1, last)
    .map((line) => line.text)
    .join(" ");
  const quote = normalizeQuote(evidence.quote).replace(/…$/u, "");
  return quote !== "" && normalizeQuote(text).includes(quote);
}

function rejection(code: ReviewCode, correction: Correction, params: Record<string, string | number>, source: SourceRef): ReviewItem {
  return toReviewItem({
    code,
    subject: { kind: "plan", id: null },
    params: { correction: correction.id, ...params },
    source,
    candidates: [],
  });
}

export function applyCorrections(
  catalog: PlanCatalog,
  corrections: readonly Correction[],
  document: SourceDocument,
  knownAgencyIds: ReadonlySet<string>,
): CorrectionOutcome {
  let current: PlanCatalog = catalog;
  const applied: Correction[] = [];
  const extraReview: ReviewItem[] = [];
  let rejected = 0;

  for (const correction of corrections) {
    const firstEvidence = correction.evidence[0] ?? { line: 1, quote: "" };
    const failed = correction.evidence.find((evidence) => !evidenceHolds(document, evidence));
    if (failed !== undefined || correction.evidence.length === 0) {
      extraReview.push(rejection("correction_evidence_mismatch", correction, { line: failed?.line ?? 0 }, failed ?? firstEvidence));
      rejected += 1;
      continue;
    }
    const matches = (item: ReviewItem) =>
      correction.resolves !== null && item.code === correction.resolves.code && item.subject.id === correction.resolves.subject;
    if (correction.resolves !== null && !current.review.some(matches)) {
      extraReview.push(rejection("correction_unmatched", correction, {}, firstEvidence));
      rejected += 1;
      continue;
    }
    const resolvedItem = current.review.find(matches);
    const subject = correction.subject ?? (resolvedItem ? { kind: resolvedItem.subject.kind, id: resolvedItem.subject.id } : null);
    const outcome = decide(current, correction, subject, knownAgencyIds);
    if (typeof outcome === "string") {
      extraReview.push(rejection("correction_invalid", correction, { reason: outcome }, firstEvidence));
      rejected += 1;
      continue;
    }
    current = { ...outcome, review: outcome.review.filter((item) => !matches(item)) };
    applied.push(correction);
  }
  return {
    catalog: { ...current, review: [...current.review, ...extraReview] },
    applied,
    rejected,
  };
}

type Subject = { readonly kind: string; readonly id: string | null } | null;

function decide(catalog: PlanCatalog, correction: Correction, subject: Subject, known: ReadonlySet<string>): PlanCatalog | string {
  const decision = correction.decision;
  const onTask = (update: (task: Task) => Task | string): PlanCatalog | string => {
    const index = catalog.tasks.findIndex((task) => task.id === subject?.id);
    if (subject?.kind !== "task" || index < 0) return `không có nhiệm vụ ${subject?.id ?? "?"}`;
    const updated = update(catalog.tasks[index]!);
    if (typeof updated === "string") return updated;
    const tasks = catalog.tasks.map((task, position) => (position === index ? updated : task));
    return { ...catalog, tasks, targets: rollUp(catalog.targets, tasks) };
  };
  const onTarget = (update: (target: Target) => Target | string): PlanCatalog | string => {
    const index = catalog.targets.findIndex((target) => target.code === subject?.id);
    if (subject?.kind !== "target" || index < 0) return `không có mục tiêu ${subject?.id ?? "?"}`;
    const updated = update(catalog.targets[index]!);
    if (typeof updated === "string") return updated;
    return { ...catalog, targets: catalog.targets.map((target, position) => (position === index ? updated : target)) };
  };
  const checkIds = (ids: readonly AgencyId[]) => ids.find((id) => !known.has(id));

  switch (decision.kind) {
    case "confirm":
      return catalog;
    case "setLead": {
      const unknown = checkIds(decision.agencies);
      if (unknown !== undefined) return `mã cơ quan ${unknown} không có trong danh mục`;
      if (subject?.kind === "target") return onTarget((target) => ({ ...target, lead: decision.agencies }));
      return onTask((task) => ({ ...task, lead: decision.agencies }));
    }
    case "setPartners": {
      const unknown = checkIds(decision.agencies);
      if (unknown !== undefined) return `mã cơ quan ${unknown} không có trong danh mục`;
      return onTask((task) => ({ ...task, partners: decision.agencies.filter((id) => !task.lead.includes(id)) }));
    }
    case "moveAssignment": {
      const from = catalog.tasks.find((task) => (task.partnersSource ?? task.source)?.line === decision.line && task.partners.length > 0);
      if (from === undefined) return `không có khối phân công ở dòng ${decision.line}`;
      const moved = onTask((task) => ({ ...task, partners: from.partners.filter((id) => !task.lead.includes(id)), partnersSource: from.partnersSource ?? from.source! }));
      if (typeof moved === "string") return moved;
      const tasks = moved.tasks.map((task) => (task.id === from.id ? withoutPartners(task) : task));
      return { ...moved, tasks, targets: rollUp(moved.targets, tasks) };
    }
    case "setIndicatorYear":
      return onTarget((target) => {
        const indicator = target.indicators[decision.indicator];
        if (indicator === undefined) return `mục tiêu ${target.code} không có chỉ tiêu số ${decision.indicator}`;
        const indicators = target.indicators.map((entry, index) => (index === decision.indicator ? { ...entry, year: decision.year } : entry));
        return { ...target, indicators };
      });
    case "resolveName": {
      if (!known.has(decision.agency)) return `mã cơ quan ${decision.agency} không có trong danh mục`;
      const name = subject?.id ?? null;
      if (subject?.kind !== "agency" || name === null) return "chỉnh sửa tên cơ quan cần chủ thể là một tên cơ quan";
      const same = (candidate: string) => foldForMatching(candidate) === foldForMatching(name);
      let touched = 0;
      const tasks = catalog.tasks.map((task) => {
        const inLead = (task.unresolvedLead ?? []).some(same);
        const inPartners = (task.unresolvedPartners ?? []).some(same);
        if (!inLead && !inPartners) return task;
        touched += 1;
        const lead = inLead && !task.lead.includes(decision.agency) ? [...task.lead, decision.agency] : task.lead;
        const partners =
          inPartners && !lead.includes(decision.agency) && !task.partners.includes(decision.agency)
            ? [...task.partners, decision.agency]
            : task.partners;
        const { unresolvedLead, unresolvedPartners, ...rest } = task;
        const remainingLead = (unresolvedLead ?? []).filter((candidate) => !same(candidate));
        const remainingPartners = (unresolvedPartners ?? []).filter((candidate) => !same(candidate));
        return {
          ...rest,
          lead,
          partners,
          ...(remainingLead.length > 0 ? { unresolvedLead: remainingLead } : {}),
          ...(remainingPartners.length > 0 ? { unresolvedPartners: remainingPartners } : {}),
        };
      });
      if (touched === 0) return `không nhiệm vụ nào có tên "${name}"`;
      return { ...catalog, tasks, targets: rollUp(catalog.targets, tasks) };
    }
    case "setText": {
      if (decision.field === "title") {
        const index = catalog.goals.findIndex((goal) => goal.code === subject?.id);
        if (index < 0) return `không có mục tiêu chung ${subject?.id ?? "?"}`;
        return { ...catalog, goals: catalog.goals.map((goal, position) => (position === index ? { ...goal, title: decision.value } : goal)) };
      }
      if (decision.field === "group") {
        const group = subject?.id ?? null;
        if (group === null || !catalog.tasks.some((task) => task.group === group)) return `không có nhóm nhiệm vụ "${group ?? "?"}"`;
        return { ...catalog, tasks: catalog.tasks.map((task) => (task.group === group ? { ...task, group: decision.value } : task)) };
      }
      if (subject?.kind === "target") return onTarget((target) => ({ ...target, text: decision.value }));
      return onTask((task) => ({ ...task, text: decision.value }));
    }
  }
}

function withoutPartners(task: Task): Task {
  const { partnersSource: _ignored, ...rest } = task;
  return { ...rest, partners: [] };
}

/** Target leads and partners follow their tasks after a correction. */
function rollUp(targets: readonly Target[], tasks: readonly Task[]): readonly Target[] {
  return targets.map((target) => {
    const related = tasks.filter((task) => task.target === target.code);
    if (related.length === 0) return target;
    const lead: AgencyId[] = [];
    for (const task of related) for (const id of task.lead) if (!lead.includes(id)) lead.push(id);
    const partners: AgencyId[] = [];
    for (const task of related) for (const id of task.partners) if (!lead.includes(id) && !partners.includes(id)) partners.push(id);
    return { ...target, lead, partners };
  });
}
