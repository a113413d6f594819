import { assembleUnits, draftTargets, draftTaskOfUnit } from "../assembleUnits";
import { compareGoalTitles } from "../compareGoalTitles";
import { readBodyGoalList } from "../readBodyGoalList";
import type { AgencyResolver } from "../agencyResolver";
import { sourceRef, type DraftGoal, type DraftPlan, type DraftReview, type DraftTask } from "../draft";
import type { SourceDocument } from "../sourceDocument";
import { splitLeadText } from "../splitLeadText";
import { readTabLedCells } from "./readTabLedCells";

/**
 * Family "tab-led-cells" (001): every block is read in place; the plan has no separate lead list.
 * Goal titles come from the appendix, where the targets are (the body words 10 of 16 differently: each
 * difference is a review item).
 */
export function importTabLedCells(document: SourceDocument, resolver: AgencyResolver): DraftPlan | null {
  const cells = readTabLedCells(document);
  if (cells === null) return null;
  const assembled = assembleUnits(cells.pieces);
  const review: DraftReview[] = [...assembled.review];
  const goals: DraftGoal[] = assembled.goals.map((goal) => ({
    code: goal.code,
    title: goal.title,
    source: sourceRef(goal.line, goal.title),
  }));
  // The body lists the goals too (L28–58): where its wording differs, a person sees both.
  review.push(...compareGoalTitles(readBodyGoalList(document, cells.startLine), goals, "appendix"));
  const tasks: DraftTask[] = assembled.units.map((unit) => {
    const source = sourceRef(unit.line, unit.text === "" ? unit.id : unit.text, unit.endLine);
    const lead = unit.block?.lead ?? null;
    if (unit.block === null) {
      review.push({
        code: "missing_lead",
        subject: { kind: "task", id: unit.id },
        params: { unit: unit.id },
        source,
        candidates: [],
      });
    }
    const leadNames = lead
      ? splitLeadText(lead.text, resolver).map((name) => ({
          name: name.name,
          scope: name.scope,
          source: sourceRef(lead.line, lead.text),
        }))
      : [];
    return draftTaskOfUnit(unit, leadNames, source);
  });
  return {
    goals,
    targets: draftTargets(assembled.targets),
    tasks,
    review,
    statedTargetCounts: null,
    statedTotalTargets: null,
    stats: {
      appendixStartLine: cells.startLine,
      cells: cells.cells,
      assignmentBlocks: assembled.units.filter((unit) => unit.block !== null).length,
    },
  };
}
