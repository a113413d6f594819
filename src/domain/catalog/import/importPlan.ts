import type { Agency } from "../agency";
import type { PlanCatalog, PlanCorrections, PlanId, PlanNote, ReviewItem, Task } from "../types";
import { createAgencyResolver, provinceSlug, type AgencyResolver } from "./agencyResolver";
import { applyCorrections } from "./applyCorrections";
import { bodyOnlyTasks } from "./bodyOnlyTasks";
import { compareBodyWithAppendix } from "./compareBodyWithAppendix";
import { bodyGoalsOfSections, compareGoalTitles } from "./compareGoalTitles";
import { detectFamily, type FamilyId } from "./detectFamily";
import type { DraftPlan, DraftReview } from "./draft";
import { importParagraphCells } from "./families/importParagraphCells";
import { importTabLedCells } from "./families/importTabLedCells";
import { importTsvAppendix } from "./families/importTsvAppendix";
import { importTwoColumnTable } from "./families/importTwoColumnTable";
import { readGeneralTasks } from "./readGeneralTasks";
import { readIdentity } from "./readIdentity";
import { readProseTargets } from "./readProseTargets";
import { readReportingRegime } from "./readReportingRegime";
import { resolveDraft, toReviewItem, unspecifiedAgencies } from "./resolveDraft";
import { completeReviewQuotes } from "./completeReviewQuotes";
import { noteMessage, type ReviewCode } from "./reviewMessages";
import { createSourceDocument, type SourceDocument } from "./sourceDocument";
import { stripControls } from "../../text/stripControls";

/**
 * Reads a plan document (its text, as pasted or extracted from .txt/.docx) into a catalogue.
 * One importer, small rules per document family; everything the text leaves wrong or unclear
 * is a review item, and documented corrections resolve review items. Never throws on bad input.
 */
export interface ImportInput {
  readonly planId: string;
  readonly text: string;
  readonly sourceName?: string;
}

export interface ImportContext {
  readonly agencies: readonly Agency[];
  readonly corrections?: PlanCorrections;
}

export interface ImportStats {
  readonly family: FamilyId;
  readonly lines: number;
  readonly goals: number;
  readonly targets: number;
  readonly quantitativeTargets: number;
  readonly indicators: number;
  readonly tasks: number;
  readonly tasksWithLead: number;
  readonly reviewItems: number;
  readonly reviewByCode: Readonly<Record<string, number>>;
  readonly correctionsApplied: number;
  readonly correctionsRejected: number;
  /** Counts from the family rule: page breaks, assignment blocks, lead-list entries… */
  readonly reading: Readonly<Record<string, number>>;
}

export interface ImportResult {
  readonly catalog: PlanCatalog;
  readonly stats: ImportStats;
  /** The catalogue's review list, for convenience. */
  readonly review: readonly ReviewItem[];
}

type FamilyReader = (document: SourceDocument, resolver: AgencyResolver) => DraftPlan | null;

const READERS: Readonly<Record<Exclude<FamilyId, "generic">, FamilyReader>> = {
  "tsv-appendix": importTsvAppendix,
  "two-column-table": importTwoColumnTable,
  "tab-led-cells": importTabLedCells,
  "paragraph-cells": importParagraphCells,
};

const EMPTY_DRAFT: DraftPlan = {
  goals: [],
  targets: [],
  tasks: [],
  review: [],
  statedTargetCounts: null,
  statedTotalTargets: null,
  stats: {},
};

/** The detected family's reading; for an unseen shape, the reading that finds the most tasks. */
function readDraft(family: FamilyId, document: SourceDocument, resolver: AgencyResolver): { draft: DraftPlan; family: FamilyId } {
  if (family !== "generic") {
    const draft = READERS[family](document, resolver);
    if (draft !== null && draft.tasks.length > 0) return { draft, family };
  }
  let best: { draft: DraftPlan; family: FamilyId } | null = null;
  for (const [name, reader] of Object.entries(READERS) as [Exclude<FamilyId, "generic">, FamilyReader][]) {
    if (name === family) continue;
    const draft = reader(document, resolver);
    if (draft !== null && (best === null || draft.tasks.length > best.draft.tasks.length)) best = { draft, family: name };
  }
  if (best !== null && best.draft.tasks.length > 0) return best;
  return {
    family: "generic",
    draft: {
      ...EMPTY_DRAFT,
      review: [
        {
          code: "no_appendix_found",
          subject: { kind: "plan", id: null },
          params: {},
          source: { line: 1, quote: document.lines[0]?.text.slice(0, 80) ?? "" },
          candidates: [],
        },
      ],
    },
  };
}

function planReview(code: ReviewCode, line: number, quote: string, params: DraftReview["params"] = {}): DraftReview {
  return { code, subject: { kind: "plan", id: null }, params, source: { line, quote }, candidates: [] };
}

export function importPlan(input: ImportInput, context: ImportContext): ImportResult {
  const document = createSourceDocument(input.text ?? "");
  const identity = readIdentity(document);
  const slug = identity.province === null ? null : provinceSlug(identity.province);
  const province = slug !== null && context.agencies.some((agency) => agency.province === slug) ? slug : null;
  const resolver = createAgencyResolver(context.agencies, province);

  const detected = detectFamily(document);
  const blank = document.lines.every((line) => line.text.trim() === "");
  const { draft: familyDraft, family } = blank
    ? { draft: { ...EMPTY_DRAFT, review: [planReview("empty_document", 1, "")] }, family: "generic" as FamilyId }
    : readDraft(detected.family, document, resolver);

  // 003 states its targets in prose before the appendix; table families carry theirs in the table.
  const proseTargets =
    familyDraft.targets.length === 0 && !blank
      ? readProseTargets(document, familyDraft.stats.appendixStartLine ?? document.lines.length + 1)
      : [];
  const draft: DraftPlan = proseTargets.length > 0 ? { ...familyDraft, targets: proseTargets } : familyDraft;

  const reporting = readReportingRegime(document);
  const resolved = resolveDraft(draft, {
    resolver,
    document,
    agencies: context.agencies,
    planFrom: identity.period.from,
    planTo: identity.period.to,
  });

  const extra: DraftReview[] = [];
  const bodyTasks: Task[] = [];
  // 003, 004: the body assigns in prose what the table repeats; where they disagree, a person decides.
  // What only the body assigns is imported as well, marked as coming from the body.
  if (family === "tsv-appendix") {
    const names = new Map(context.agencies.map((agency) => [agency.id as string, agency.name]));
    const comparison = compareBodyWithAppendix(document, resolved.tasks, {
      resolver,
      unspecified: unspecifiedAgencies(context.agencies),
      nameOf: (id) => names.get(id) ?? id,
      appendixStartLine: draft.stats.appendixStartLine ?? document.lines.length + 1,
      planFrom: identity.period.from,
      planTo: identity.period.to,
    });
    extra.push(...comparison.review);
    // The body's section headings name the appendix's groups: where the wording differs, a person sees both.
    const appendixGoals = resolved.goals.map((goal) => ({ code: goal.code as string, title: goal.title, source: goal.source ?? { line: 1, quote: goal.title } }));
    const codes = appendixGoals.map((goal) => goal.code);
    extra.push(...compareGoalTitles(bodyGoalsOfSections(comparison.sections, codes), appendixGoals, "appendix"));
    bodyTasks.push(
      ...bodyOnlyTasks(comparison.bodyOnly, comparison.sections, {
        resolver,
        goals: resolved.goals.map((goal) => goal.code),
        planFrom: identity.period.from,
        planTo: identity.period.to,
      }),
    );
  }
  // Plan-wide tasks the body gives all departments and districts ("Trong quý II năm 2018 các sở, ngành, địa
  // phương hoàn thành …", 002 L102).
  bodyTasks.push(
    ...readGeneralTasks(document, draft.stats.appendixStartLine ?? document.lines.length + 1, {
      resolver,
      reportingLines: new Set([...reporting.evidence, ...reporting.reviewEvidence].map((ref) => ref.line)),
      planFrom: identity.period.from,
      planTo: identity.period.to,
    }),
  );
  const firstLine = identity.evidence.title?.line ?? 1;
  if (!blank && identity.documentNumber === null) extra.push(planReview("document_number_missing", identity.evidence.year?.line ?? firstLine, identity.evidence.year?.quote ?? ""));
  if (!blank && identity.issuedOn === null) extra.push(planReview("issue_date_missing", identity.evidence.year?.line ?? firstLine, identity.evidence.year?.quote ?? ""));
  if (!blank && province === null) extra.push(planReview("province_unknown", identity.evidence.province?.line ?? 1, identity.evidence.province?.quote ?? ""));
  // Cited where the plan speaks of reporting (003 L302), else at the title.
  const reportingAt = reporting.statement ?? { line: firstLine, quote: identity.title };
  if (!blank && reporting.agencyDeadline === null) extra.push(planReview("reporting_deadline_missing", reportingAt.line, reportingAt.quote));
  if (!blank && reporting.frequency === null) extra.push(planReview("reporting_frequency_missing", reportingAt.line, reportingAt.quote));
  if (draft.statedTargetCounts !== null) {
    for (const [goal, stated] of Object.entries(draft.statedTargetCounts)) {
      const imported = resolved.targets.filter((target) => target.goal === goal).length;
      if (imported !== stated) {
        extra.push({ ...planReview("count_mismatch", 1, `Mục tiêu ${goal}: ${stated}`, { goal, stated, imported }), subject: { kind: "goal", id: goal } });
      }
    }
  }
  if (draft.statedTotalTargets !== null && draft.statedTotalTargets !== resolved.targets.length) {
    extra.push(planReview("total_mismatch", 1, `${draft.statedTotalTargets}`, { stated: draft.statedTotalTargets, imported: resolved.targets.length }));
  }

  const notes: PlanNote[] = [...resolved.notes];
  if (reporting.agencyDeadline !== null && reporting.consolidatedDeadline === null) {
    notes.push({ code: "consolidated_deadline_not_set", message: noteMessage("consolidated_deadline_not_set") });
  }
  if (!blank && reporting.reviews.length === 0) notes.push({ code: "review_years_not_set", message: noteMessage("review_years_not_set") });
  if (bodyTasks.length > 0) {
    const ids = bodyTasks.map((task) => task.id).join(", ");
    notes.push({ code: "body_only_tasks", message: noteMessage("body_only_tasks", { count: bodyTasks.length, ids }), source: bodyTasks[0]!.source });
  }

  const review = [...resolved.review, ...extra.map(toReviewItem)];
  const catalog: PlanCatalog = {
    id: input.planId as PlanId,
    title: identity.title,
    province: identity.province ?? "",
    issuer: identity.issuer ?? "",
    documentNumber: identity.documentNumber,
    issuedOn: identity.issuedOn,
    period: { from: identity.period.from, to: identity.period.to },
    reporting: {
      frequency: reporting.frequency,
      agencyDeadline: reporting.agencyDeadline,
      consolidatedDeadline: reporting.consolidatedDeadline,
      reviews: reporting.reviews,
      evidence: [...reporting.evidence, ...reporting.reviewEvidence],
      agencyDeadlineExclusive: reporting.agencyDeadlineExclusive,
      consolidatedDeadlineExclusive: reporting.consolidatedDeadlineExclusive,
    },
    goals: resolved.goals,
    targets: resolved.targets,
    tasks: [...resolved.tasks, ...bodyTasks],
    review,
    source: {
      name: input.sourceName === undefined ? null : stripControls(input.sourceName),
      family,
      lines: document.lines.length,
      endsWithNewline: document.endsWithNewline,
      statedTargetCounts: draft.statedTargetCounts,
      statedTotalTargets: draft.statedTotalTargets,
      evidence: identity.evidence,
    },
    notes,
    corrections: [],
    agencies: resolved.agencies,
  };

  const known = new Set(context.agencies.map((agency) => agency.id as string));
  const corrected = applyCorrections(catalog, context.corrections?.corrections ?? [], document, known);
  const used = usedIds(corrected.catalog);
  const agencies = context.agencies
    .filter((agency) => used.has(agency.id))
    .map((agency) => ({ id: agency.id, name: agency.name, shortName: agency.shortName }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const finalReview = completeReviewQuotes(corrected.catalog.review, document).sort(
    (a, b) => a.source.line - b.source.line || a.code.localeCompare(b.code) || String(a.subject.id).localeCompare(String(b.subject.id)),
  );
  const final: PlanCatalog = { ...corrected.catalog, review: finalReview, corrections: corrected.applied, agencies };

  const reviewByCode: Record<string, number> = {};
  for (const item of finalReview) reviewByCode[item.code] = (reviewByCode[item.code] ?? 0) + 1;
  return {
    catalog: final,
    review: finalReview,
    stats: {
      family,
      lines: document.lines.length,
      goals: final.goals.length,
      targets: final.targets.length,
      quantitativeTargets: final.targets.filter((target) => target.quantitative).length,
      indicators: final.targets.reduce((sum, target) => sum + target.indicators.length, 0),
      tasks: final.tasks.length,
      tasksWithLead: final.tasks.filter((task) => task.lead.length > 0).length,
      reviewItems: finalReview.length,
      reviewByCode,
      correctionsApplied: corrected.applied.length,
      correctionsRejected: corrected.rejected,
      reading: draft.stats,
    },
  };
}

function usedIds(catalog: PlanCatalog): Set<string> {
  const ids = new Set<string>();
  for (const target of catalog.targets) for (const id of [...target.lead, ...target.partners]) ids.add(id);
  for (const task of catalog.tasks) for (const id of [...task.lead, ...task.partners]) ids.add(id);
  return ids;
}
