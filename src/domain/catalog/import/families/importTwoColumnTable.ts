import { assembleUnits, type AssembledUnit, draftTargets, draftTaskOfUnit } from "../assembleUnits";
import { sameAgency, type AgencyResolver } from "../agencyResolver";
import { sourceRef, type DraftGoal, type DraftName, type DraftPlan, type DraftReview, type DraftTask } from "../draft";
import { compareGoalTitles } from "../compareGoalTitles";
import { readBodyGoalList } from "../readBodyGoalList";
import { readLeadList, type LeadListEntry } from "../readLeadList";
import { readStatedTargetCounts } from "../readStatedTargetCounts";
import type { SourceDocument } from "../sourceDocument";
import { splitLeadText } from "../splitLeadText";
import { readTwoColumnTable } from "./readTwoColumnTable";

/**
 * Family "two-column-table" (000). The appendix gives tasks and assignment blocks; the body's
 * lead list (III.1.i) names the lead of every unit. Where both exist they must agree; where the
 * appendix misplaces or lacks a block, the unit keeps the body's lead and a review item says why.
 */
export function importTwoColumnTable(document: SourceDocument, resolver: AgencyResolver): DraftPlan | null {
  const table = readTwoColumnTable(document);
  if (table === null) return null;
  const leadList = readLeadList(document);
  const byUnit = new Map<string, LeadListEntry[]>();
  for (const entry of leadList) byUnit.set(entry.unit, [...(byUnit.get(entry.unit) ?? []), entry]);

  const leadFits = (leadText: string, unitId: string): boolean | null => {
    const expected = byUnit.get(unitId);
    if (expected === undefined) return null;
    const printed = splitLeadText(leadText, resolver);
    return printed.some((name) => expected.some((entry) => sameAgency(resolver, entry.agencyName, name.name)));
  };
  const assembled = assembleUnits(table.pieces, leadList.length > 0 ? { leadFits } : {});
  const review: DraftReview[] = [...assembled.review];

  const bodyGoals = readBodyGoalList(document, table.headerLine);
  const appendixGoals: DraftGoal[] = assembled.goals.map((goal) => ({ code: goal.code, title: goal.title, source: sourceRef(goal.line, goal.title) }));
  const goals: DraftGoal[] = appendixGoals.map((goal) => bodyGoals.find((candidate) => candidate.code === goal.code) ?? goal);
  review.push(...compareGoalTitles(bodyGoals, appendixGoals));

  const tasks = assembled.units.map((unit) => taskOf(unit, byUnit, resolver, review, document));

  if (leadList.length > 0) {
    const unitIds = new Set(assembled.units.map((unit) => unit.id));
    for (const [unit, entries] of byUnit) {
      if (unitIds.has(unit)) continue;
      const entry = entries[0]!;
      review.push({
        code: "listed_unit_not_in_appendix",
        subject: { kind: "task", id: unit },
        params: { unit },
        source: sourceRef(entry.line, entry.quote),
        candidates: [],
      });
    }
  }

  const last = assembled.units[assembled.units.length - 1];
  if (last !== undefined && !document.endsWithNewline && !/[.;:!?)"”…]$/u.test(last.text)) {
    review.push({
      code: "source_truncated",
      subject: { kind: "plan", id: null },
      params: { unit: last.id },
      source: sourceRef(last.endLine, last.text.slice(-120)),
      candidates: [],
    });
  }

  const stated = readStatedTargetCounts(document);
  return {
    goals,
    targets: draftTargets(assembled.targets),
    tasks,
    review,
    statedTargetCounts: stated?.perGoal ?? null,
    statedTotalTargets: stated?.total ?? null,
    stats: {
      appendixStartLine: table.headerLine,
      pageBreaks: table.pageBreaks.length,
      leadListEntries: leadList.length,
      assignmentBlocks: assembled.units.filter((unit) => unit.block !== null).length,
    },
  };
}

function taskOf(
  unit: AssembledUnit,
  byUnit: ReadonlyMap<string, readonly LeadListEntry[]>,
  resolver: AgencyResolver,
  review: DraftReview[],
  document: SourceDocument,
): DraftTask {
  const source = sourceRef(unit.line, unit.text === "" ? printedLabel(unit, document) : unit.text, unit.endLine);
  const listed = byUnit.get(unit.id);
  const lead = unit.block?.lead ?? null;
  const printed: DraftName[] = lead
    ? splitLeadText(lead.text, resolver).map((name) => ({
        name: name.name,
        scope: name.scope,
        source: sourceRef(lead.line, lead.text, lead.endLine),
      }))
    : [];
  const fromList: DraftName[] | null = listed
    ? listed.map((entry) => ({ name: entry.agencyName, scope: entry.scope, source: sourceRef(entry.line, entry.quote) }))
    : null;

  let leadNames: readonly DraftName[] = fromList ?? printed;
  if (fromList !== null && printed.length > 0) {
    const agree = printed.some((name) => fromList.some((entry) => sameAgency(resolver, entry.name, name.name)));
    if (!agree) leadNames = [];
  }
  if (unit.block === null) {
    review.push({
      code: fromList ? "missing_assignment_block" : "missing_lead",
      subject: { kind: "task", id: unit.id },
      params: { unit: unit.id, listedLead: fromList?.map((name) => name.name).join("; ") ?? null },
      source,
      candidates: [],
    });
  } else if (fromList === null && byUnit.size > 0) {
    review.push({
      code: "unit_not_in_lead_list",
      subject: { kind: "task", id: unit.id },
      params: { unit: unit.id },
      source,
      candidates: [],
    });
  }
  if (unit.text === "") {
    review.push({
      code: "task_without_text",
      subject: { kind: "task", id: unit.id },
      params: { unit: unit.id },
      source,
      candidates: [],
    });
  }
  return draftTaskOfUnit(unit, leadNames, source);
}

/** How a unit without text is printed on its line: its letter ("b." at 000 L601), else its heading. */
function printedLabel(unit: AssembledUnit, document: SourceDocument): string {
  const line = document.lines[unit.line - 1]?.text ?? "";
  if (unit.letter !== null) {
    const label = new RegExp(`(?:^|[\\s>])(${unit.letter}\\s*[.)])`, "u").exec(line);
    if (label !== null) return label[1]!;
  }
  return unit.target !== null && line.includes(`Mục tiêu ${unit.target}`) ? `Mục tiêu ${unit.target}` : unit.id;
}
