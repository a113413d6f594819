/**
 * How well the agency directory covers the five bundled plans: every name that splitAgencyList
 * cuts from their agency cells, and every agency-like mention in their "Tổ chức thực hiện" prose.
 * Used by scripts/listAgencyNames.ts and by the coverage test.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractAgencyText, provinceOfFile, type AgencyCell } from "./extractAgencyCells";
import type { AgencyDirectory, AgencyMatch } from "../src/domain/catalog/agencies/agencyDirectory";
import { splitAgencyList } from "../src/domain/catalog/agencies/splitAgencyList";
import { findAgencyMentions } from "../src/domain/catalog/agencies/findAgencyMentions";
import { startsLikeAgencyName } from "../src/domain/catalog/agencies/startsLikeAgency";
import { normalizeText } from "../src/domain/text/normalizeVietnamese";

export interface NameUse {
  readonly cell: AgencyCell;
  readonly province: string;
  readonly name: string;
  readonly match: AgencyMatch;
}

/** A capitalised agency-like phrase in the prose that no known spelling covers. */
export interface UncoveredMention {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

export interface AgencyCoverage {
  readonly cells: readonly AgencyCell[];
  readonly names: readonly NameUse[];
  /** Prose mentions that resolve to no agency of the document's province. */
  readonly unresolvedMentions: readonly UncoveredMention[];
  readonly uncoveredMentions: readonly UncoveredMention[];
}

export function agencyCoverage(sourcesDir: string, directory: AgencyDirectory): AgencyCoverage {
  const cells: AgencyCell[] = [];
  const names: NameUse[] = [];
  const unresolvedMentions: UncoveredMention[] = [];
  const uncoveredMentions: UncoveredMention[] = [];
  for (const file of readdirSync(sourcesDir).filter((f) => f.endsWith(".txt")).sort()) {
    const province = provinceOfFile(file);
    const extracted = extractAgencyText(file, readFileSync(join(sourcesDir, file), "utf8"));
    cells.push(...extracted.cells);
    for (const cell of extracted.cells) {
      for (const name of splitAgencyList(cell.text, directory)) {
        names.push({ cell, province, name, match: directory.match(name, province) });
      }
    }
    for (const passage of extracted.prose) {
      const text = normalizeText(passage.text);
      const mentions = findAgencyMentions(text, directory);
      for (const m of mentions) {
        if (directory.match(m.text, province).kind === "unknown") {
          unresolvedMentions.push({ file, line: passage.line, text: m.text });
        }
      }
      for (const word of text.matchAll(/(?<!\p{L})\p{L}/gu)) {
        const at = word.index ?? 0;
        const rest = text.slice(at);
        if (!startsLikeAgencyName(rest) || mentions.some((m) => m.start <= at && at < m.end)) continue;
        uncoveredMentions.push({ file, line: passage.line, text: rest.split(/[,;.]/u)[0] ?? rest });
      }
    }
  }
  return { cells, names, unresolvedMentions, uncoveredMentions };
}
