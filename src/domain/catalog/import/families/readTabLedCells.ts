import { cleanInlineText } from "../cleanInlineText";
import type { Piece } from "../pieces";
import type { SourceDocument } from "../sourceDocument";
import { splitTableCell } from "../splitTableCell";

/**
 * Family "tab-led-cells" (001): a two-column Word table flattened so that every cell starts on
 * a line beginning with TAB and its further paragraphs follow on untabbed lines. Rows are not
 * marked; what a cell is (heading, sub-group, tasks, assignment) is read from its content.
 */
export interface TabLedCells {
  readonly startLine: number;
  readonly cells: number;
  readonly pieces: readonly Piece[];
}

interface Cell {
  readonly line: number;
  endLine: number;
  lines: { readonly number: number; readonly text: string }[];
}

const HEADER_CELL = /^(Nhiệm vụ|Phân công trách nhiệm|Nội dung thực hiện|STT|Số TT)$/iu;
const SUBGROUP = /^([a-dđ])\s*\.\s*(.{2,160})$/u;

function appendixStart(document: SourceDocument): number | null {
  const annex = document.lines.find((line) => /^PHỤ LỤC\b/u.test(cleanInlineText(line.text)));
  const from = annex?.number ?? 1;
  const first = document.lines.slice(from - 1).find((line) => line.text.startsWith("\t"));
  return first?.number ?? null;
}

export function readTabLedCells(document: SourceDocument): TabLedCells | null {
  const start = appendixStart(document);
  if (start === null) return null;
  const cells: Cell[] = [];
  for (const line of document.lines.slice(start - 1)) {
    if (line.text.startsWith("\t")) {
      cells.push({ line: line.number, endLine: line.number, lines: [{ number: line.number, text: line.text.slice(1) }] });
      continue;
    }
    const cell = cells[cells.length - 1];
    if (cell === undefined || cleanInlineText(line.text) === "") continue;
    cell.lines.push({ number: line.number, text: line.text });
    cell.endLine = line.number;
  }
  const pieces: Piece[] = [];
  for (const cell of cells) {
    const paragraphs = cell.lines
      .map((line) => ({ number: line.number, text: cleanInlineText(line.text) }))
      .filter((line) => line.text !== "");
    if (paragraphs.length === 0 || (paragraphs.length === 1 && HEADER_CELL.test(paragraphs[0]!.text))) continue;
    const subgroup = paragraphs.length === 1 ? SUBGROUP.exec(paragraphs[0]!.text) : null;
    if (subgroup !== null && !/^[-–]/u.test(subgroup[2]!)) {
      pieces.push({ kind: "label", letter: subgroup[1]!, title: subgroup[2]!.trim(), line: cell.line });
      continue;
    }
    // Each paragraph keeps its own line, so a "Phối hợp" list is cited where it is printed.
    for (const paragraph of paragraphs) pieces.push(...splitTableCell(paragraph.text, paragraph.number, { labels: false }));
  }
  return { startLine: start, cells: cells.length, pieces };
}
