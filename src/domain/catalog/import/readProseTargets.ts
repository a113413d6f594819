import { cleanInlineText } from "./cleanInlineText";
import { continuesParagraph } from "./continuesParagraph";
import { sourceRef, type DraftTarget } from "./draft";
import type { SourceDocument } from "./sourceDocument";

/**
 * Targets written in prose (003): each numbered section of the plan body opens with
 * "a) Nhiệm vụ chung: …", whose sentences after a year marker ("Giai đoạn 2021 - 2025, …",
 * "Đến năm 2025, …", "Phấn đấu đến năm 2025, …", "Phân đấu hằng năm, …") state targets,
 * one per clause separated by ";". A clause inherits the year of the marker before it, and the period of a
 * "Giai đoạn …" marker (its averages are over that period).
 * Only clauses with a number are kept: the others are qualitative aims, not measurable targets.
 */
const SECTION = /^(?:#+\s*)?(?:\*\*)?\s*(\d{1,2})\.\s+(\S.*)$/u;
const GENERAL = /^a\)\s*Nhiệm vụ chung\s*:\s*(.*)$/iu;
const SPECIFIC = /^b\)\s*Nhiệm vụ cụ thể/iu;
const MARKER =
  /^(?:trong đó\s*:\s*)?(Giai đoạn\s+(\d{4})\s*[-–]\s*(\d{4})|(?:Phấn|Phân)\s+đ[ấầ]u(?:\s+đến\s+năm\s+(\d{4})|\s+(hằng|hàng)\s+năm)|Đến\s+năm\s+(\d{4}))\s*,?\s*/iu;

interface Paragraph {
  readonly line: number;
  readonly endLine: number;
  readonly text: string;
}

/** Body paragraphs, with page-break splits joined (a paragraph continued in lower case). */
function paragraphs(document: SourceDocument, stopLine: number): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of document.lines.slice(0, stopLine - 1)) {
    const text = cleanInlineText(line.text);
    if (text === "") continue;
    const previous = out[out.length - 1];
    const continues = continuesParagraph(text, previous?.text, (heading) => SECTION.test(heading));
    if (previous !== undefined && continues) {
      out[out.length - 1] = { line: previous.line, endLine: line.number, text: `${previous.text} ${text}` };
      continue;
    }
    out.push({ line: line.number, endLine: line.number, text });
  }
  return out;
}

function sentences(text: string): string[] {
  return text
    .split(/(?<=[.])\s+(?=[A-ZĐÀ-Ỹ])/u)
    .map((sentence) => sentence.trim())
    .filter((s) => s !== "");
}

function hasMeasure(clause: string, markerYears: readonly string[]): boolean {
  const withoutYears = markerYears.reduce((text, year) => text.split(year).join(" "), clause);
  return /\d/u.test(withoutYears.replace(/\b(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\b/gu, " "));
}

export function readProseTargets(document: SourceDocument, stopLine: number): readonly DraftTarget[] {
  const targets: DraftTarget[] = [];
  let section: string | null = null;
  let inGeneral = false;
  const counters = new Map<string, number>();
  for (const paragraph of paragraphs(document, stopLine)) {
    const heading = SECTION.exec(paragraph.text.replace(/\*\*/g, ""));
    if (heading !== null && !GENERAL.test(paragraph.text)) {
      section = heading[1]!;
      inGeneral = false;
      continue;
    }
    if (SPECIFIC.test(paragraph.text)) {
      inGeneral = false;
      continue;
    }
    const general = GENERAL.exec(paragraph.text);
    if (general !== null) inGeneral = true;
    if (!inGeneral || section === null) continue;
    const body = general !== null ? general[1]! : paragraph.text;
    let year: number | null = null;
    let period: { from: number; to: number } | null = null;
    let markerYears: string[] = [];
    let started = false;
    for (const sentence of sentences(body.replace(/,\s*trong đó\s*:\s*/u, ". "))) {
      const clauses = sentence.split(/\s*;\s*/u);
      clauses.forEach((clause, index) => {
        let text = clause.trim().replace(/\.$/u, "");
        const marker = index === 0 ? MARKER.exec(text) : null;
        if (marker !== null) {
          started = true;
          markerYears = [marker[2], marker[3], marker[4], marker[6]].filter((y): y is string => y !== undefined);
          year =
            marker[3] !== undefined
              ? Number(marker[3])
              : (marker[4] ?? marker[6])
                ? Number(marker[4] ?? marker[6])
                : null;
          period =
            marker[2] !== undefined && marker[3] !== undefined
              ? { from: Number(marker[2]), to: Number(marker[3]) }
              : null;
          text = text.slice(marker[0].length).trim();
        }
        if (!started || text === "" || !hasMeasure(text, markerYears)) return;
        const count = (counters.get(section!) ?? 0) + 1;
        counters.set(section!, count);
        const statement = marker !== null ? `${marker[1]}, ${text}` : text;
        targets.push({
          code: `T${section}.${count}`,
          goal: section!,
          text: statement,
          year,
          ...(period !== null ? { period } : {}),
          source: sourceRef(paragraph.line, statement, paragraph.endLine),
        });
      });
    }
  }
  return targets;
}
