/**
 * The importer reads every table-like appendix into one stream of pieces, in reading order:
 * goal and target headings, lettered sub-unit labels, task text and assignment blocks.
 * Family rules differ only in how they cut the text into pieces; assembleUnits turns the
 * stream into goals, targets and assignment units.
 */
export type Piece =
  | { readonly kind: "goal"; readonly code: string; readonly title: string; readonly line: number }
  | { readonly kind: "target"; readonly code: string; readonly text: string; readonly line: number; readonly endLine: number }
  /** "a.", "b)": a sub-unit of the current target, with its own assignment; title as printed, if any. */
  | { readonly kind: "label"; readonly letter: string; readonly title: string; readonly line: number }
  /** An unlabelled sub-unit boundary (000 writes 3.5.b and 3.5.c as `<ol>` rows). */
  | { readonly kind: "split"; readonly line: number }
  | { readonly kind: "text"; readonly text: string; readonly line: number; readonly endLine: number }
  | { readonly kind: "lead"; readonly text: string; readonly line: number; readonly endLine: number }
  | { readonly kind: "partners"; readonly text: string; readonly line: number; readonly endLine: number }
  /** The tail of an agency list whose beginning is missing (a block lost at a page break). */
  | { readonly kind: "orphan"; readonly text: string; readonly line: number };

export type PieceKind = Piece["kind"];

export function isTextLike(piece: Piece): piece is Extract<Piece, { kind: "text" | "target" }> {
  return piece.kind === "text" || piece.kind === "target";
}

export function isAssignment(piece: Piece): piece is Extract<Piece, { kind: "lead" | "partners" }> {
  return piece.kind === "lead" || piece.kind === "partners";
}

/** The piece with more text appended (page-break joins); one space, never glued ("Sở"+"Thông"). */
export function extendPiece<P extends Piece>(piece: P, more: string, endLine: number): P {
  if (!("text" in piece)) return piece;
  const glue = /^[,.;:)]/.test(more) ? "" : " ";
  const text = `${piece.text}${glue}${more}`.replace(/ {2,}/g, " ").trim();
  return { ...piece, text, ...("endLine" in piece ? { endLine } : {}) };
}
