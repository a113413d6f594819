import { sourceRef, type DraftName, type DraftReview, type DraftTarget, type DraftTask } from "./draft";
import type { SourceRef } from "../types";
import { isTruncatedBullet } from "./isTruncatedBullet";
import type { Piece } from "./pieces";
import { placeBlocks, type PendingBlock, type PlacementState, type UnitBuilder } from "./placeAssignmentBlocks";

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

/** The assembly so far: what placement needs, plus the position in the stream. */
interface Assembly extends PlacementState {
  readonly goals: AssembledGoal[];
  readonly targets: AssembledTarget[];
  readonly units: UnitBuilder[];
  readonly goalOrder: string[];
  goal: string | null;
  target: string | null;
  current: UnitBuilder | null;
  /** Assignment blocks read since the last text, placed together (`placeBlocks`). */
  run: PendingBlock[];
  readonly lastText: Map<UnitBuilder, TextPiece>;
}

type TextPiece = Extract<Piece, { kind: "text" }>;

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

function nextLetter(letter: string | null): string {
  if (letter === null) return "b";
  const index = LETTERS.indexOf(letter);
  return LETTERS.charAt(index + 1) || `${letter}1`;
}

/**
 * Reads the piece stream in order: headings open goals, targets and lettered units; texts join the current
 * unit; "Chủ trì"/"Phối hợp" pieces gather into a run of blocks that `placeBlocks` ties to units when the
 * next non-block piece (or the end) comes.
 */
export function assembleUnits(pieces: readonly Piece[], options: AssembleOptions = {}): AssembledPlan {
  const a: Assembly = {
    goals: [],
    targets: [],
    units: [],
    review: [],
    options,
    goalOrder: [],
    byHeadingRow: new Set(),
    goal: null,
    target: null,
    current: null,
    run: [],
    lastText: new Map(),
  };
  for (const piece of pieces) {
    if (piece.kind === "lead" || piece.kind === "partners") {
      gatherBlock(a, piece);
      continue;
    }
    flush(a);
    if (piece.kind === "goal") openGoal(a, piece);
    else if (piece.kind === "target") openTarget(a, piece);
    else if (piece.kind === "label") openLabel(a, piece);
    else if (piece.kind === "split") splitUnit(a, piece);
    else if (piece.kind === "text") addText(a, piece);
    else if (piece.kind === "orphan") reviewOrphan(a, piece);
  }
  flush(a);
  return { goals: a.goals, targets: a.targets, units: a.units.map(finishUnit), review: a.review };
}

function gatherBlock(a: Assembly, piece: Extract<Piece, { kind: "lead" | "partners" }>): void {
  if (piece.kind === "lead") {
    a.run.push({ lead: piece, partners: null });
    return;
  }
  const last = a.run[a.run.length - 1];
  if (last !== undefined && last.partners === null) last.partners = piece;
  else a.run.push({ lead: null, partners: piece });
}

function flush(a: Assembly): void {
  const blocks = a.run;
  a.run = [];
  placeBlocks(blocks, a);
}

function openGoal(a: Assembly, piece: Extract<Piece, { kind: "goal" }>): void {
  a.goal = piece.code;
  a.target = null;
  a.current = null;
  if (!a.goalOrder.includes(piece.code)) a.goalOrder.push(piece.code);
  a.goals.push({ code: piece.code, title: piece.title, line: piece.line });
}

function openTarget(a: Assembly, piece: Extract<Piece, { kind: "target" }>): void {
  const goalOfTarget = piece.code.split(".")[0]!;
  if (a.goal !== goalOfTarget) {
    a.goal = goalOfTarget;
    if (!a.goalOrder.includes(goalOfTarget)) a.goalOrder.push(goalOfTarget);
  }
  a.target = piece.code;
  a.targets.push({ code: piece.code, goal: goalOfTarget, text: piece.text, line: piece.line, endLine: piece.endLine });
  a.current = newUnit(a, piece.code, piece.line);
}

/** "a. Tăng cường thể chế" (001 L160): a lettered part of the target, which replaces the empty whole. */
function openLabel(a: Assembly, piece: Extract<Piece, { kind: "label" }>): void {
  if (a.target === null) {
    a.review.push({
      code: "label_outside_target",
      subject: { kind: "goal", id: a.goal },
      params: { letter: piece.letter },
      source: sourceRef(piece.line, `${piece.letter}. ${piece.title}`.trim()),
      candidates: [],
    });
    return;
  }
  const base = a.units.find((unit) => unit.id === a.target);
  if (base !== undefined && base.texts.length === 0 && base.block === null) a.units.splice(a.units.indexOf(base), 1);
  a.current = newUnit(a, `${a.target}.${piece.letter}`, piece.line, {
    letter: piece.letter,
    title: piece.title === "" ? null : piece.title,
  });
}

/** A second assignment within one target: the target splits into lettered units (a, b, …). */
function splitUnit(a: Assembly, piece: Extract<Piece, { kind: "split" }>): void {
  const current = a.current;
  if (current === null || current.block === null || a.target === null) return;
  if (current.letter === null && current.id === a.target) {
    current.id = `${a.target}.a`;
    current.letter = "a";
  }
  const letter = nextLetter(current.letter);
  a.current = newUnit(a, `${a.target}.${letter}`, piece.line, { letter });
}

function addText(a: Assembly, piece: TextPiece): void {
  if (a.current === null) {
    if (a.goal === null) {
      a.review.push({
        code: "text_outside_goal",
        subject: { kind: "plan", id: null },
        params: {},
        source: sourceRef(piece.line, piece.text),
        candidates: [],
      });
      return;
    }
    // A goal with no coded targets (001 goal 7): its tasks form a unit of the goal itself.
    a.current = newUnit(a, a.goal, piece.line, { target: null });
  }
  const current = a.current;
  // A short bullet cut mid-sentence, with the unit's next bullet after it (001 L505, L507).
  const before = a.lastText.get(current);
  if (before !== undefined && isTruncatedBullet(before.text) && /^[-–+•]/u.test(piece.text)) {
    a.review.push({
      code: "text_truncated",
      subject: { kind: "task", id: current.id },
      params: { unit: current.id, text: before.text },
      source: sourceRef(before.line, before.text),
      candidates: [],
    });
  }
  a.lastText.set(current, piece);
  current.texts.push(piece.text);
  current.endLine = Math.max(current.endLine, piece.endLine);
}

function reviewOrphan(a: Assembly, piece: Extract<Piece, { kind: "orphan" }>): void {
  a.review.push({
    code: "orphan_assignment_fragment",
    subject: { kind: "plan", id: null },
    params: {},
    source: sourceRef(piece.line, piece.text),
    candidates: a.units.filter((unit) => unit.block === null && unit.goal === a.goal).map((unit) => unit.id),
  });
}

function newUnit(a: Assembly, id: string, line: number, fields: Partial<UnitBuilder> = {}): UnitBuilder {
  const unit: UnitBuilder = {
    id,
    goal: a.goal ?? "",
    target: a.target,
    letter: null,
    title: null,
    texts: [],
    line,
    endLine: line,
    block: null,
    placement: null,
    ...fields,
  };
  const clash = a.units.find((existing) => existing.id === id);
  if (clash !== undefined) {
    a.review.push({
      code: "duplicate_unit",
      subject: { kind: "task", id },
      params: { unit: id, firstLine: clash.line },
      source: sourceRef(line, id),
      candidates: [],
    });
    unit.id = `${id}#${line}`;
  }
  a.units.push(unit);
  return unit;
}

function finishUnit(unit: UnitBuilder): AssembledUnit {
  return {
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
