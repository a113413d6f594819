import { cleanInlineText } from "../cleanInlineText";
import { extendPiece, isTextLike, type Piece } from "../pieces";
import type { SourceDocument, SourceLine } from "../sourceDocument";
import { splitTableCell } from "../splitTableCell";

/**
 * Family "two-column-table" (seed 000): an appendix table "Nhiệm vụ ⇥ Phân công trách nhiệm"
 * flattened to one tab-separated row per line, with HTML fragments in the cells, the header
 * repeated at every page break and rows cut by the break (even mid-word).
 */
export interface TwoColumnTable {
  readonly headerLine: number;
  readonly pieces: readonly Piece[];
  /** Lines of the repeated page headers, for stats. */
  readonly pageBreaks: readonly number[];
}

function cellsOf(line: SourceLine): string[] {
  return line.text.split("\t").map((cell) => cleanInlineText(cell));
}

function headerSignature(line: SourceLine): string | null {
  if (!line.text.includes("\t")) return null;
  const cells = cellsOf(line).filter((cell) => cell !== "");
  if (cells.length < 2 || cells.some((cell) => cell.length > 40 || /\d/.test(cell))) return null;
  return cells.join("|");
}

/** The first table header whose signature repeats or is followed by table rows. */
export function findTableHeader(document: SourceDocument): { line: number; signature: string } | null {
  for (const line of document.lines) {
    const signature = headerSignature(line);
    if (signature !== null) return { line: line.number, signature };
  }
  return null;
}

/** An agency-list fragment: what is left of "Phối hợp: …" after a page break ate its start. */
export function looksLikeAgencyTail(text: string): boolean {
  if (/^[-–+•]/.test(text)) return false;
  return /\bUBND\b|thành phố\.?$|huyện, thị xã|(^|, )Sở [A-ZĐ]|xã hội - nghề nghiệp/u.test(text);
}

function endsOpen(piece: Piece): boolean {
  return (piece.kind === "lead" || piece.kind === "partners") && !/[.;]$/.test(piece.text);
}

function dropRepeatedWord(previous: string, next: string): string {
  const bare = (word: string | undefined) => word?.replace(/[.,;:]+$/, "").toLowerCase();
  const [first, ...rest] = next.split(" ");
  const repeated = bare(previous.split(" ").pop()) === bare(first) && rest.length > 0;
  return repeated ? `${first!.slice(bare(first)!.length)} ${rest.join(" ")}`.trim() : next;
}

function startsNewRow(piece: Piece | undefined): boolean {
  return piece !== undefined && piece.kind !== "text";
}

export function readTwoColumnTable(document: SourceDocument): TwoColumnTable | null {
  const header = findTableHeader(document);
  if (header === null) return null;
  const pieces: Piece[] = [];
  const pageBreaks: number[] = [];
  let afterBreak = false;

  const lastIndexWhere = (predicate: (piece: Piece) => boolean): number => {
    for (let index = pieces.length - 1; index >= 0; index -= 1) if (predicate(pieces[index]!)) return index;
    return -1;
  };
  const joinInto = (index: number, piece: Extract<Piece, { text: string }>, dedupe: boolean) => {
    const target = pieces[index]!;
    if (!("text" in target)) return;
    const more = dedupe ? dropRepeatedWord(target.text, piece.text) : piece.text;
    pieces[index] = extendPiece(target, more, piece.line);
  };

  for (const line of document.lines.slice(header.line)) {
    if (line.text.replace(/[\s\u00a0]/g, "") === "") continue;
    if (headerSignature(line) === header.signature) {
      pageBreaks.push(line.number);
      afterBreak = true;
      continue;
    }
    const cells = line.text.split("\t");
    const rowPieces = cells.map((cell) => splitTableCell(cell, line.number, { labels: true }));
    if (!afterBreak) {
      for (const cellPieces of rowPieces) pieces.push(...cellPieces);
      continue;
    }
    afterBreak = false;
    const firstPiece = rowPieces.flat()[0];
    if (startsNewRow(firstPiece)) {
      for (const cellPieces of rowPieces) pieces.push(...cellPieces);
      continue;
    }
    // A row cut by the page break: each cell's first text continues what the break cut.
    const lastBeforeBreak = pieces[pieces.length - 1];
    const openAssignment = lastBeforeBreak !== undefined && endsOpen(lastBeforeBreak) ? pieces.length - 1 : -1;
    let firstColumnContinued = false;
    rowPieces.forEach((cellPieces, column) => {
      cellPieces.forEach((piece, position) => {
        if (position > 0 || piece.kind !== "text") {
          pieces.push(piece);
          return;
        }
        if (column === 0) {
          const textIndex = lastIndexWhere(isTextLike);
          if (textIndex >= 0) joinInto(textIndex, piece, false);
          else pieces.push(piece);
          firstColumnContinued = true;
          return;
        }
        if (openAssignment >= 0) joinInto(openAssignment, piece, true);
        else if (looksLikeAgencyTail(piece.text)) pieces.push({ kind: "orphan", text: piece.text, line: piece.line });
        else if (!firstColumnContinued) {
          const textIndex = lastIndexWhere(isTextLike);
          if (textIndex >= 0) joinInto(textIndex, piece, false);
          else pieces.push(piece);
        } else pieces.push(piece);
      });
    });
  }
  return { headerLine: header.line, pieces, pageBreaks };
}
