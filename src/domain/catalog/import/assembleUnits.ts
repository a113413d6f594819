import { sourceRef, type DraftName, type DraftReview, type DraftTarget, type DraftTask } from "./draft";
import type { SourceRef } from "../types";
import { isTruncatedBullet } from "./isTruncatedBullet";
import type { Piece } from "./pieces";

/**
 * Turns a piece stream into goals, targets and assignment units (one unit = what one lead
 * agency is assigned: a whole target, or a lettered part of it). Each assignment block is tied
 * to a unit; where the table puts it on the wrong row, the tie is recorded as a review item.
 */
export interface AssembledGoal {
  readonly code: string;
  readonly title: string;
  readonly line: number;
}

export interface AssembledTarget {
  readonly code: string;
  readonly goal: string;
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
}

export interface AssignmentPart {
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
}

export interface AssignmentBlock {
  readonly lead: AssignmentPart | null;
  readonly partners: AssignmentPart | null;
}

export type Placement = "position" | "sequence" | "lead-match";

export interface AssembledUnit {
  readonly id: string;
  readonly goal: string;
  readonly target: string | null;
  readonly letter: string | null;
  readonly title: string | null;
  readonly text: string;
  readonly line: number;
  readonly endLine: number;
  readonly block: AssignmentBlock | null;
  readonly placement: Placement | null;
}

export interface AssembleOptions {
  /**
   * Whether a block's lead fits a unit, from a lead list elsewhere in the plan (000 III.1.i):
   * true, false, or null when the plan gives no such list for the unit.
   */
  readonly leadFits?: (leadText: string, unitId: string) => boolean | null;
}

export interface AssembledPlan {
  readonly goals: readonly AssembledGoal[];
  readonly targets: readonly AssembledTarget[];
  readonly units: readonly AssembledUnit[];
  readonly review: readonly DraftReview[];
}

interface UnitBuilder {
  id: string;
  goal: string;
  target: string | null;
  letter: string | null;
  title: string | null;
  texts: string[];
  line: number;
  endLine: number;
  block: AssignmentBlock | null;
  placement: Placement | null;
}

interface PendingBlock {
  lead: AssignmentPart | null;
  partners: AssignmentPart | null;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function nextLetter(letter: string | null): string {
  if (letter === null) return "b";
  const index = LETTERS.indexOf(letter);
  return LETTERS.charAt(index + 1) || `${letter}1`;
}

function blockLine(block: PendingBlock): number {
  return (block.lead ?? block.partners)!.line;
}

function blockQuote(block: PendingBlock): string {
  const lead = block.lead ? `Chủ trì: ${block.lead.text}` : "";
  const partners = block.partners ? ` Phối hợp: ${block.partners.text}` : "";
  return `${lead}${partners}`.trim();
}

export function assembleUnits(pieces: readonly Piece[], options: AssembleOptions = {}): AssembledPlan {
  const goals: AssembledGoal[] = [];
  const targets: AssembledTarget[] = [];
  const units: UnitBuilder[] = [];
  const review: DraftReview[] = [];
  let goal: string | null = null;
  let target: string | null = null;
  let current: UnitBuilder | null = null;
  let run: PendingBlock[] = [];
  const goalOrder: string[] = [];
  const byHeadingRow = new Set<UnitBuilder>();
  const lastText = new Map<UnitBuilder, Extract<Piece, { kind: "text" }>>();

  const fits = (block: PendingBlock, unit: UnitBuilder): boolean | null =>
    block.lead && options.leadFits ? options.leadFits(block.lead.text, unit.id) : null;

  const attach = (block: PendingBlock, unit: UnitBuilder, placement: Placement) => {
    unit.block = { lead: block.lead, partners: block.partners };
    unit.placement = placement;
  };

  /** Unassigned units before the current position, nearest first, in this goal and the one before. */
  const earlierCandidates = (): UnitBuilder[] => {
    const goalIndex = goal === null ? -1 : goalOrder.indexOf(goal);
    const window = new Set(goalOrder.slice(Math.max(0, goalIndex - 1), goalIndex + 1));
    return units.filter((unit) => unit !== current && unit.block === null && window.has(unit.goal)).reverse();
  };

  const placeOne = (block: PendingBlock) => {
    const line = blockLine(block);
    const source = sourceRef(line, blockQuote(block));
    const earlier = earlierCandidates();
    const matching = earlier.filter((unit) => fits(block, unit) === true);
    const positional = current?.id ?? null;
    const others = (chosen: UnitBuilder) => [
      chosen.id,
      ...matching.filter((unit) => unit !== chosen).map((unit) => unit.id),
      ...(positional !== null && positional !== chosen.id ? [positional] : []),
      // Units that took a block by the heading-row rule below could as well take this one.
      ...[...byHeadingRow].filter((unit) => unit !== chosen && unit.id !== positional && fits(block, unit) === true).map((unit) => unit.id),
    ];
    const onWrongRow = (chosen: UnitBuilder) => {
      attach(block, chosen, "lead-match");
      review.push({
        code: "assignment_on_wrong_row",
        subject: { kind: "task", id: chosen.id },
        params: { unit: chosen.id, row: positional },
        source,
        candidates: others(chosen),
      });
    };
    if (current !== null && current.block === null && fits(block, current) !== false) {
      // A block printed on a heading's row before any of that unit's text (000 L440, beside the 7.3
      // heading) is the previous unit's block pushed down a row, as at L308, L412, L419 and L672.
      // When the lead list fits both units, that rule decides and a person confirms.
      const previous = units[units.indexOf(current) - 1];
      if (current.texts.length === 0 && previous !== undefined && previous.block === null && fits(block, previous) === true) {
        byHeadingRow.add(previous);
        onWrongRow(previous);
        return;
      }
      attach(block, current, "position");
      return;
    }
    const nearest = earlier[0];
    if (options.leadFits === undefined) {
      // No lead list to check against: the block belongs to the nearest unit still without one.
      if (nearest !== undefined) onWrongRow(nearest);
      else
        review.push({
          code: "assignment_unplaced",
          subject: { kind: "plan", id: null },
          params: { row: positional },
          source,
          candidates: [],
        });
      return;
    }
    if (nearest !== undefined && fits(block, nearest) === true) {
      onWrongRow(nearest);
      return;
    }
    if (matching.length === 1) {
      onWrongRow(matching[0]!);
      return;
    }
    if (matching.length > 1) {
      review.push({
        code: "assignment_ambiguous",
        subject: { kind: "task", id: positional },
        params: { row: positional },
        source,
        candidates: [...matching.map((unit) => unit.id), ...(positional !== null ? [positional] : [])],
      });
      return;
    }
    if (current !== null && current.block === null) {
      attach(block, current, "position");
      review.push({
        code: "lead_differs",
        subject: { kind: "task", id: current.id },
        params: { unit: current.id, appendixLead: block.lead?.text ?? null },
        source,
        candidates: [current.id],
      });
      return;
    }
    review.push({
      code: "assignment_unplaced",
      subject: { kind: "plan", id: null },
      params: { row: positional },
      source,
      candidates: earlier.map((unit) => unit.id),
    });
  };

  const flush = () => {
    if (run.length === 0) return;
    const blocks = run;
    run = [];
    if (blocks.length > 1) {
      const open = units.filter((unit) => unit.block === null);
      const tail = open.slice(-blocks.length);
      const inOrder =
        tail.length === blocks.length && tail.every((unit, index) => fits(blocks[index]!, unit) !== false);
      const sameGoal = tail.every((unit) => unit.goal === goal);
      if (inOrder && sameGoal) {
        tail.forEach((unit, index) => attach(blocks[index]!, unit, "sequence"));
        return;
      }
    }
    blocks.forEach(placeOne);
  };

  const newUnit = (id: string, line: number, fields: Partial<UnitBuilder> = {}): UnitBuilder => {
    const unit: UnitBuilder = {
      id,
      goal: goal ?? "",
      target,
      letter: null,
      title: null,
      texts: [],
      line,
      endLine: line,
      block: null,
      placement: null,
      ...fields,
    };
    const clash = units.find((existing) => existing.id === id);
    if (clash !== undefined) {
      review.push({
        code: "duplicate_unit",
        subject: { kind: "task", id },
        params: { unit: id, firstLine: clash.line },
        source: sourceRef(line, id),
        candidates: [],
      });
      unit.id = `${id}#${line}`;
    }
    units.push(unit);
    return unit;
  };

  for (const piece of pieces) {
    if (piece.kind === "lead") {
      run.push({ lead: piece, partners: null });
      continue;
    }
    if (piece.kind === "partners") {
      const last = run[run.length - 1];
      if (last !== undefined && last.partners === null) last.partners = piece;
      else run.push({ lead: null, partners: piece });
      continue;
    }
    flush();
    switch (piece.kind) {
      case "goal": {
        goal = piece.code;
        target = null;
        current = null;
        if (!goalOrder.includes(piece.code)) goalOrder.push(piece.code);
        goals.push({ code: piece.code, title: piece.title, line: piece.line });
        break;
      }
      case "target": {
        const goalOfTarget = piece.code.split(".")[0]!;
        if (goal !== goalOfTarget) {
          goal = goalOfTarget;
          if (!goalOrder.includes(goal)) goalOrder.push(goal);
        }
        target = piece.code;
        targets.push({ code: piece.code, goal, text: piece.text, line: piece.line, endLine: piece.endLine });
        current = newUnit(piece.code, piece.line);
        break;
      }
      case "label": {
        if (target === null) {
          review.push({
            code: "label_outside_target",
            subject: { kind: "goal", id: goal },
            params: { letter: piece.letter },
            source: sourceRef(piece.line, `${piece.letter}. ${piece.title}`.trim()),
            candidates: [],
          });
          break;
        }
        const base = units.find((unit) => unit.id === target);
        if (base !== undefined && base.texts.length === 0 && base.block === null) units.splice(units.indexOf(base), 1);
        current = newUnit(`${target}.${piece.letter}`, piece.line, {
          letter: piece.letter,
          title: piece.title === "" ? null : piece.title,
        });
        break;
      }
      case "split": {
        if (current === null || current.block === null || target === null) break;
        if (current.letter === null && current.id === target) {
          current.id = `${target}.a`;
          current.letter = "a";
        }
        const letter = nextLetter(current.letter);
        current = newUnit(`${target}.${letter}`, piece.line, { letter });
        break;
      }
      case "text": {
        if (current === null) {
          if (goal === null) {
            review.push({
              code: "text_outside_goal",
              subject: { kind: "plan", id: null },
              params: {},
              source: sourceRef(piece.line, piece.text),
              candidates: [],
            });
            break;
          }
          // A goal with no coded targets (001 goal 7): its tasks form a unit of the goal itself.
          current = newUnit(goal, piece.line, { target: null });
        }
        // A short bullet cut mid-sentence, with the unit's next bullet after it (001 L505, L507).
        const before = lastText.get(current);
        if (before !== undefined && isTruncatedBullet(before.text) && /^[-–+•]/u.test(piece.text)) {
          review.push({
            code: "text_truncated",
            subject: { kind: "task", id: current.id },
            params: { unit: current.id, text: before.text },
            source: sourceRef(before.line, before.text),
            candidates: [],
          });
        }
        lastText.set(current, piece);
        current.texts.push(piece.text);
        current.endLine = Math.max(current.endLine, piece.endLine);
        break;
      }
      case "orphan": {
        review.push({
          code: "orphan_assignment_fragment",
          subject: { kind: "plan", id: null },
          params: {},
          source: sourceRef(piece.line, piece.text),
          candidates: units.filter((unit) => unit.block === null && unit.goal === goal).map((unit) => unit.id),
        });
        break;
      }
    }
  }
  flush();

  return {
    goals,
    targets,
    units: units.map((unit) => ({
      id: unit.id,
      goal: unit.goal,
      target: unit.target,
      letter: unit.letter,
      title: unit.title,
      text: unit.texts.join(" ").replace(/ {2,}/g, " ").trim(),
      line: unit.line,
      endLine: unit.endLine,
      block: unit.block,
      placement: unit.placement,
    })),
    review,
  };
}

/** The targets the table families read, as draft targets with their source lines. */
export function draftTargets(targets: readonly AssembledTarget[]): DraftTarget[] {
  return targets.map((target) => ({
    code: target.code,
    goal: target.goal,
    text: target.text,
    source: sourceRef(target.line, target.text, target.endLine),
  }));
}

/** A unit of a two-column appendix as a draft task; the family decides its leads. No deadline or output column. */
export function draftTaskOfUnit(unit: AssembledUnit, leadNames: readonly DraftName[], source: SourceRef): DraftTask {
  const partners = unit.block?.partners ?? null;
  return {
    id: unit.id,
    goal: unit.goal === "" ? null : unit.goal,
    target: unit.target,
    group: unit.title,
    text: unit.text,
    leadNames,
    partnersText: partners?.text ?? null,
    partnersSource: partners ? sourceRef(partners.line, partners.text, partners.endLine) : null,
    dueText: null,
    outputsText: null,
    source,
    placement: unit.placement,
  };
}
