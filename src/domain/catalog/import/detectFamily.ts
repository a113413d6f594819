import { cleanInlineText } from "./cleanInlineText";
import type { SourceDocument } from "./sourceDocument";

/**
 * Which family rule reads a document, judged from the shape of its text rather than its name,
 * so a pasted plan that looks like one of the five is read the same way:
 * - "tsv-appendix": rows of 5+ tab-separated cells with a "Số TT"/"STT" header (003, 004);
 * - "two-column-table": tab-separated task ⇥ assignment rows, usually with HTML fragments (000);
 * - "tab-led-cells": cells that start with a TAB, one column per line, no other tabs (001);
 * - "paragraph-cells": no tabs, one paragraph per line, "Chủ trì:" paragraphs as anchors (002);
 * - "generic": none of these; the importer reads what it can and says so in review.
 */
export type FamilyId = "tsv-appendix" | "two-column-table" | "tab-led-cells" | "paragraph-cells" | "generic";

export interface FamilyEvidence {
  readonly family: FamilyId;
  readonly wideRows: number;
  readonly twoCellRows: number;
  readonly tabLedLines: number;
  readonly leadParagraphs: number;
}

const LEAD_PARAGRAPH = /^(?:[-*•]\s*)?(?:Cơ quan\s+)?Chủ trì\s*:/iu;

export function detectFamily(document: SourceDocument): FamilyEvidence {
  let wideRows = 0;
  let twoCellRows = 0;
  let tabLedLines = 0;
  let leadParagraphs = 0;
  let numberedHeader = false;
  for (const line of document.lines) {
    const text = line.text;
    const tabs = text.split("\t").length - 1;
    if (tabs >= 4) {
      wideRows += 1;
      if (/^(Số TT|STT)$/iu.test(cleanInlineText(text.split("\t")[0] ?? ""))) numberedHeader = true;
    } else if (tabs >= 1 && !text.startsWith("\t") && text.split("\t").filter((cell) => cleanInlineText(cell) !== "").length >= 1) {
      twoCellRows += 1;
    } else if (tabs === 1 && text.startsWith("\t")) {
      tabLedLines += 1;
    }
    if (tabs === 0 && LEAD_PARAGRAPH.test(cleanInlineText(text))) leadParagraphs += 1;
  }
  const family: FamilyId =
    wideRows >= 10 && numberedHeader
      ? "tsv-appendix"
      : twoCellRows >= 20
        ? "two-column-table"
        : tabLedLines >= 20
          ? "tab-led-cells"
          : leadParagraphs >= 5
            ? "paragraph-cells"
            : "generic";
  return { family, wideRows, twoCellRows, tabLedLines, leadParagraphs };
}
