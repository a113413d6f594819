import { sourceRef, type DraftReview } from "./draft";
import type { AssembleOptions, AssignmentBlock, AssignmentPart, Placement } from "./assembleUnits";

/**
 * Where an assignment block ("Chủ trì: … Phối hợp: …") of a two-column appendix belongs (000, 001). A run of
 * blocks after the units that lack one takes them in order when the leads fit; a single block takes the unit it
 * stands beside, or, where the table puts it on the wrong row, the nearest earlier unit whose lead it fits — with
 * a review item naming every candidate. This is the placement stage of `assembleUnits`.
 */
export interface UnitBuilder {
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

export interface PendingBlock {
  lead: AssignmentPart | null;
  partners: AssignmentPart | null;
}

/** What placement needs to know of the assembly so far. */
export interface PlacementState {
  readonly units: readonly UnitBuilder[];
  readonly review: DraftReview[];
  readonly options: AssembleOptions;
  /** Goals in the order they opened: a block may belong to the goal before the current one. */
  readonly goalOrder: readonly string[];
  /** Units that took a block by the heading-row rule: they could as well take the next one. */
  readonly byHeadingRow: Set<UnitBuilder>;
  readonly goal: string | null;
  /** The unit whose row the block stands on. */
  readonly current: UnitBuilder | null;
}

/** Places a run of blocks read one after another. */
export function placeBlocks(blocks: readonly PendingBlock[], state: PlacementState): void {
  if (blocks.length === 0) return;
  if (blocks.length > 1) {
    const open = state.units.filter((unit) => unit.block === null);
    const tail = open.slice(-blocks.length);
    const inOrder =
      tail.length === blocks.length && tail.every((unit, index) => fits(blocks[index]!, unit, state) !== false);
    const sameGoal = tail.every((unit) => unit.goal === state.goal);
    if (inOrder && sameGoal) {
      tail.forEach((unit, index) => attach(blocks[index]!, unit, "sequence"));
      return;
    }
  }
  for (const block of blocks) placeOne(block, state);
}

function fits(block: PendingBlock, unit: UnitBuilder, state: PlacementState): boolean | null {
  return block.lead && state.options.leadFits ? state.options.leadFits(block.lead.text, unit.id) : null;
}

function attach(block: PendingBlock, unit: UnitBuilder, placement: Placement): void {
  unit.block = { lead: block.lead, partners: block.partners };
  unit.placement = placement;
}

/** Unassigned units before the current position, nearest first, in this goal and the one before. */
function earlierCandidates(state: PlacementState): UnitBuilder[] {
  const goalIndex = state.goal === null ? -1 : state.goalOrder.indexOf(state.goal);
  const window = new Set(state.goalOrder.slice(Math.max(0, goalIndex - 1), goalIndex + 1));
  return state.units.filter((unit) => unit !== state.current && unit.block === null && window.has(unit.goal)).reverse();
}

function placeOne(block: PendingBlock, state: PlacementState): void {
  const { current, review } = state;
  const source = sourceRef(blockLine(block), blockQuote(block));
  const earlier = earlierCandidates(state);
  const matching = earlier.filter((unit) => fits(block, unit, state) === true);
  const positional = current?.id ?? null;
  const onWrongRow = (chosen: UnitBuilder) => {
    attach(block, chosen, "lead-match");
    review.push({
      code: "assignment_on_wrong_row",
      subject: { kind: "task", id: chosen.id },
      params: { unit: chosen.id, row: positional },
      source,
      candidates: candidatesBesides(chosen, block, matching, state),
    });
  };
  if (current !== null && current.block === null && fits(block, current, state) !== false) {
    // A block printed on a heading's row before any of that unit's text (000 L440, beside the 7.3
    // heading) is the previous unit's block pushed down a row, as at L308, L412, L419 and L672.
    // When the lead list fits both units, that rule decides and a person confirms.
    const previous = state.units[state.units.indexOf(current) - 1];
    if (
      current.texts.length === 0 &&
      previous !== undefined &&
      previous.block === null &&
      fits(block, previous, state) === true
    ) {
      state.byHeadingRow.add(previous);
      onWrongRow(previous);
      return;
    }
    attach(block, current, "position");
    return;
  }
  const nearest = earlier[0];
  if (state.options.leadFits === undefined) {
    // No lead list to check against: the block belongs to the nearest unit still without one.
    if (nearest !== undefined) onWrongRow(nearest);
    else review.push(unplaced(positional, source, []));
    return;
  }
  if (nearest !== undefined && fits(block, nearest, state) === true) {
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
  review.push(
    unplaced(
      positional,
      source,
      earlier.map((unit) => unit.id),
    ),
  );
}

/** The chosen unit first, then every other unit the block could belong to. */
function candidatesBesides(
  chosen: UnitBuilder,
  block: PendingBlock,
  matching: readonly UnitBuilder[],
  state: PlacementState,
): string[] {
  const positional = state.current?.id ?? null;
  return [
    chosen.id,
    ...matching.filter((unit) => unit !== chosen).map((unit) => unit.id),
    ...(positional !== null && positional !== chosen.id ? [positional] : []),
    ...[...state.byHeadingRow]
      .filter((unit) => unit !== chosen && unit.id !== positional && fits(block, unit, state) === true)
      .map((unit) => unit.id),
  ];
}

function unplaced(row: string | null, source: ReturnType<typeof sourceRef>, candidates: string[]): DraftReview {
  return { code: "assignment_unplaced", subject: { kind: "plan", id: null }, params: { row }, source, candidates };
}

function blockLine(block: PendingBlock): number {
  return (block.lead ?? block.partners)!.line;
}

function blockQuote(block: PendingBlock): string {
  const lead = block.lead ? `Chủ trì: ${block.lead.text}` : "";
  const partners = block.partners ? ` Phối hợp: ${block.partners.text}` : "";
  return `${lead}${partners}`.trim();
}
