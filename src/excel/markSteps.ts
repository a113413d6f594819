import type { MarkRecord } from "../workbook/cellMarks";
import { markEntries, markKey, marksToClear, readMarks } from "../workbook/cellMarks";
import type { CellMark } from "../workbook/port";
import { quoteSheetName } from "./addressing";
import type { MarkState } from "./markState";
import { markedCellKey, normalMarkAddress } from "./markState";
import type { WriteSession, WriteStep } from "./writeSteps";
import { smallStep } from "./writeSteps";

/** Marks per step, so that packSteps can spread thousands of them over syncs if it must. */
const MARKS_PER_STEP = 200;

/** Fills and comments of marked cells as they will be after the steps planned so far. */
export class PlannedCells {
  private readonly fills: Map<string, string | null>;
  private readonly comments: Map<string, string>;

  constructor(state: MarkState) {
    this.fills = new Map(state.fills);
    this.comments = new Map(state.comments);
  }

  /** "#RRGGBB", null for no fill, undefined when it was not read. */
  fill(key: string): string | null | undefined {
    return this.fills.get(key);
  }

  comment(key: string): string | null {
    return this.comments.get(key) ?? null;
  }

  setFill(key: string, fill: string | null): void {
    this.fills.set(key, fill);
  }

  setComment(key: string, content: string | null): void {
    if (content === null) this.comments.delete(key);
    else this.comments.set(key, content);
  }
}

export interface MarkPlan {
  readonly steps: WriteStep[];
  /** Metadata entries to write: new records, or "" for the records cleared. */
  readonly entries: Record<string, string>;
  /** The sheets whose cells the steps change. */
  readonly sheets: readonly string[];
}

/** One cell's work, decided when planning: Office.js cannot branch on what it finds. */
interface CellWork {
  readonly address: string;
  /** A colour to set, null to clear the fill, undefined to leave it. */
  readonly fill?: string | null;
  readonly deleteComment: boolean;
  /** A comment to add after the deletion, if any. */
  readonly addComment: string | null;
}

function cellSteps(sheet: string, work: readonly CellWork[]): WriteStep[] {
  const steps: WriteStep[] = [];
  for (let start = 0; start < work.length; start += MARKS_PER_STEP) {
    const chunk = work.slice(start, start + MARKS_PER_STEP);
    steps.push(smallStep(chunk.length * 4, chunk, (session) => queueCellWork(session, sheet, chunk)));
  }
  return steps;
}

function queueCellWork(session: WriteSession, sheet: string, chunk: readonly CellWork[]): void {
  const target = session.sheet(sheet);
  const comments = session.context.workbook.comments;
  for (const cell of chunk) {
    // Threaded comments take the full address, sheet included.
    const fullAddress = `${quoteSheetName(sheet)}!${cell.address}`;
    if (cell.fill === null) target.getRange(cell.address).format.fill.clear();
    else if (cell.fill !== undefined) target.getRange(cell.address).format.fill.color = cell.fill;
    if (cell.deleteComment) comments.getItemByCell(fullAddress).delete();
    if (cell.addComment !== null) comments.add(fullAddress, cell.addComment);
  }
}

/** The last mark of each cell: marking a cell twice in one change keeps the later. */
function lastMarkOfEachCell(marks: readonly CellMark[]): CellMark[] {
  const byAddress = new Map<string, CellMark>();
  for (const mark of marks) {
    const address = normalMarkAddress(mark.address);
    byAddress.set(address, { address, fill: mark.fill.toUpperCase(), note: mark.note });
  }
  return [...byAddress.values()];
}

/**
 * Fills each cell and puts the note in its comment (replacing the comment the cell had), and records what was
 * there so that clearMarks can put it back.
 */
export function planMarkCells(
  sheet: string,
  marks: readonly CellMark[],
  cells: PlannedCells,
  metadata: Readonly<Record<string, string>>,
): MarkPlan {
  const chosen = lastMarkOfEachCell(marks);
  const entries = markEntries(
    sheet,
    chosen,
    (mark) => {
      const key = markedCellKey(sheet, mark.address);
      return { fill: cells.fill(key) ?? null, note: cells.comment(key) };
    },
    readMarks(metadata),
  );
  const earlier = readMarks(metadata).filter((record) => record.sheet === sheet);
  const work = chosen.map((mark): CellWork => {
    const key = markedCellKey(sheet, mark.address);
    // A comment thread the user started is never replaced (its replies would be lost): the cell gets the fill
    // only, and the pane lists the problem. Our own earlier note is replaced.
    const comment = cells.comment(key);
    const ours = comment !== null && earlier.some((record) => record.address === mark.address.toUpperCase() && record.note === comment);
    const userComment = comment !== null && !ours;
    cells.setFill(key, mark.fill);
    if (!userComment) cells.setComment(key, mark.note);
    return { address: mark.address, fill: mark.fill, deleteComment: ours, addComment: userComment ? null : mark.note };
  });
  return { steps: cellSteps(sheet, work), entries, sheets: work.length > 0 ? [sheet] : [] };
}

function isColor(fill: string | null): fill is string {
  return fill !== null && /^#[0-9A-Fa-f]{6}$/.test(fill);
}

/**
 * What clearing one recorded mark does: the fill goes back only where the cell still has ours (a fill the user
 * changed since stays), the note goes only where the comment still says ours, and the user's earlier comment
 * comes back in its place. A previous fill that is not a colour (a file's style index) clears the fill.
 */
function clearWork(record: MarkRecord, cells: PlannedCells): CellWork {
  const key = markedCellKey(record.sheet, record.address);
  const fillNow = cells.fill(key);
  const ours = fillNow !== undefined && fillNow !== null && fillNow === record.fill.toUpperCase();
  const fill = ours ? (isColor(record.previousFill) ? record.previousFill.toUpperCase() : null) : undefined;
  const deleteComment = cells.comment(key) !== null && cells.comment(key) === record.note;
  const addComment = deleteComment ? record.previousNote : null;
  if (fill !== undefined) cells.setFill(key, fill);
  if (deleteComment) cells.setComment(key, addComment);
  return { address: record.address, fill, deleteComment, addComment };
}

/** Removes the recorded marks (all, or one sheet's) and blanks their records; marks on deleted sheets just go. */
export function planClearMarks(
  sheet: string | null,
  cells: PlannedCells,
  metadata: Readonly<Record<string, string>>,
  sheetExists: (name: string) => boolean,
): MarkPlan {
  const records = marksToClear(readMarks(metadata), sheet);
  const entries: Record<string, string> = {};
  const bySheet = new Map<string, CellWork[]>();
  for (const record of records) {
    entries[markKey(record.sheet, record.address)] = "";
    if (!sheetExists(record.sheet)) continue;
    const work = clearWork(record, cells);
    if (work.fill === undefined && !work.deleteComment) continue;
    bySheet.set(record.sheet, [...(bySheet.get(record.sheet) ?? []), work]);
  }
  const steps = [...bySheet.entries()].flatMap(([name, work]) => cellSteps(name, work));
  return { steps, entries, sheets: [...bySheet.keys()] };
}
