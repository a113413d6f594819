import { normalizeSpaces, stripMarkup } from "./cleanInlineText";
import type { Piece } from "./pieces";

/**
 * Cuts one table cell (or one paragraph) into pieces. A cell can hold several things:
 * 000 line 485 holds the goal 10 and target 10.1 headings; line 632 holds two targets and
 * their tasks; line 368 holds "Chủ trì: … Phối hợp: …" with no separator.
 * `</p>` ends a heading that has tasks after it in the same cell, so it is kept as a boundary.
 */
const BOUNDARY = "\u2029";

const HEADING = /Mục\s+tiêu\s+(?:số\s+)?(\d{1,2})(?:\.(\d{1,2}))?\s*:/gu;
const ASSIGNMENT_LABEL = /(^|[\s\u2029.;,])(?:[-–*]\s*)?((?:Cơ\s+quan\s+)?(?:chủ\s+trì|phối\s+hợp))\s*:/giu;
const LABEL_AT_START = /^[\s\u2029]*([a-dđ])\s*[.)](?=[\s\u2029]|$)/u;

interface Marker {
  readonly start: number;
  readonly end: number;
  readonly kind: "goal" | "target" | "lead" | "partners";
  readonly code?: string;
}

export interface SplitCellOptions {
  /** Recognise a leading "a." as a sub-unit label (000, 001). */
  readonly labels: boolean;
}

export function precleanCell(raw: string): string {
  return stripMarkup(raw.replace(/<\/p\s*>/gi, BOUNDARY)).replace(/[\u00a0\t]/g, " ");
}

function tidy(text: string): string {
  return normalizeSpaces(text.replace(/\u2029/g, " "));
}

function findMarkers(text: string): Marker[] {
  const markers: Marker[] = [];
  for (const match of text.matchAll(HEADING)) {
    const start = match.index ?? 0;
    const code = match[2] === undefined ? match[1]! : `${match[1]}.${match[2]}`;
    markers.push({ start, end: start + match[0].length, kind: match[2] === undefined ? "goal" : "target", code });
  }
  for (const match of text.matchAll(ASSIGNMENT_LABEL)) {
    const start = (match.index ?? 0) + match[1]!.length;
    const kind = /chủ\s+trì/iu.test(match[2]!) ? "lead" : "partners";
    markers.push({ start, end: (match.index ?? 0) + match[0].length, kind });
  }
  return markers.sort((a, b) => a.start - b.start);
}

/** Pieces of one cell, in reading order, all on the given line. */
export function splitTableCell(raw: string, line: number, options: SplitCellOptions): Piece[] {
  const pieces: Piece[] = [];
  let text = precleanCell(raw);
  if (/^\s*<ol\b/i.test(raw)) pieces.push({ kind: "split", line });
  if (options.labels) {
    const label = LABEL_AT_START.exec(text);
    if (label) {
      pieces.push({ kind: "label", letter: label[1]!, title: "", line });
      text = text.slice(label[0].length);
    }
  }
  const markers = findMarkers(text);
  const pushText = (chunk: string) => {
    const cleaned = tidy(chunk);
    if (cleaned !== "") pieces.push({ kind: "text", text: cleaned, line, endLine: line });
  };
  pushText(text.slice(0, markers[0]?.start ?? text.length));
  markers.forEach((marker, index) => {
    const stop = markers[index + 1]?.start ?? text.length;
    const body = text.slice(marker.end, stop);
    if (marker.kind === "lead" || marker.kind === "partners") {
      pieces.push({ kind: marker.kind, text: tidy(body), line, endLine: line });
      return;
    }
    // A heading's own text runs to the end of its paragraph; what follows is task text.
    const boundary = body.indexOf(BOUNDARY);
    const own = boundary < 0 ? body : body.slice(0, boundary);
    if (marker.kind === "goal") pieces.push({ kind: "goal", code: marker.code!, title: tidy(own), line });
    else pieces.push({ kind: "target", code: marker.code!, text: tidy(own), line, endLine: line });
    if (boundary >= 0) pushText(body.slice(boundary));
  });
  return pieces;
}
