import { cleanInlineText } from "./cleanInlineText";
import type { SourceDocument } from "./sourceDocument";

/**
 * A list in the plan body naming the lead of every target, e.g. 000 III.1.i (L238–264):
 * "- Sở Y tế chủ trì thực hiện các mục tiêu: 2.1a; 2.2; 3.1; …". Codes are normalised to the
 * dotted form ("2.1a" → "2.1.a"); a scope in brackets ("4.3 (giáo dục nghề nghiệp)") is kept.
 */
export interface LeadListEntry {
  readonly unit: string;
  readonly agencyName: string;
  readonly scope: string | null;
  readonly line: number;
  readonly quote: string;
}

const ENTRY = /^[-–+•]?\s*(.+?)\s+chủ trì thực hiện\s+(?:các\s+)?(?:mục tiêu|nhiệm vụ)\s*:\s*(.+)$/iu;
const CODE = /^(\d{1,2}\.\d{1,2})(?:\.?\s?([a-z]))?\s*(?:\((.+)\))?\.?$/u;

export function normalizeUnitCode(code: string): string | null {
  const match = CODE.exec(code.trim());
  if (!match) return null;
  return match[2] ? `${match[1]}.${match[2]}` : match[1]!;
}

export function readLeadList(document: SourceDocument): readonly LeadListEntry[] {
  const entries: LeadListEntry[] = [];
  for (const line of document.lines) {
    const text = cleanInlineText(line.text);
    const match = ENTRY.exec(text);
    if (!match) continue;
    for (const part of match[2]!.split(";")) {
      const code = CODE.exec(part.trim());
      if (!code) continue;
      entries.push({
        unit: code[2] ? `${code[1]}.${code[2]}` : code[1]!,
        agencyName: match[1]!.trim(),
        scope: code[3]?.trim() ?? null,
        line: line.number,
        quote: text.length > 160 ? `${text.slice(0, 157)}…` : text,
      });
    }
  }
  return entries;
}
