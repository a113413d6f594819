import type { AgencyId } from "../../domain/catalog/types";
import type { CellGrid } from "../../domain/grid/cellRead";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../../domain/templates/distributeDuties";
import { parseVietnameseDate } from "../../domain/templates/reportingDates";
import type { MetadataIssue, TemplateMetadata } from "../../domain/templates/templateMetadata";
import { FIRST_BODY_ROW, HEADER_ROW, SECTION_COLUMNS } from "../../domain/templates/templateLayout";
import { COVER_LABELS, SHEET_TITLES } from "../../domain/templates/templateText";
import { foldForSearch } from "../../domain/text/foldForSearch";
import type { IssueLocation } from "../../domain/validation/validationIssue";
import { parseRowKey } from "./catalogRows";

/**
 * What validation needs to know about a template: from its metadata, or, when that is missing or damaged,
 * recovered from what the officer sees (the cover sheet's agency, year and cut-off; the keys in column A).
 */
export interface TemplateShape {
  readonly templateId: string | null;
  readonly agency: string | null;
  readonly year: number | null;
  readonly plans: readonly { readonly id: string; readonly hash: string | null }[];
  readonly cutoff: string | null;
  readonly deadline: string | null;
  readonly sheets: Readonly<Partial<Record<TemplateSection | "cover", string>>>;
  /** Keys by section as sent; recovered shapes hold the keys found. */
  readonly rows: Readonly<Record<TemplateSection, readonly string[]>>;
  /** Null when recovered: the locked content cannot be checked. */
  readonly fingerprint: string | null;
  readonly choices: Readonly<Record<string, readonly AgencyId[]>>;
  /** Days the successions it used took effect: the template was made on or after them. */
  readonly successionDates: readonly string[];
  readonly recovered: boolean;
}

export function shapeFromMetadata(metadata: TemplateMetadata): TemplateShape {
  return {
    templateId: metadata.templateId,
    agency: metadata.agency,
    year: metadata.year,
    plans: metadata.plans,
    cutoff: metadata.cutoff,
    deadline: metadata.deadline,
    sheets: metadata.sheets,
    rows: metadata.rows,
    fingerprint: metadata.fingerprint,
    choices: Object.fromEntries(metadata.choices.map((choice) => [choice.dutyKey, choice.agencies])),
    successionDates: metadata.successions.map((succession) => succession.effective),
    recovered: false,
  };
}

export interface RecoveredShape {
  readonly shape: TemplateShape;
  /** The parts recovered, named for metadata_recovered. */
  readonly fields: readonly string[];
}

/**
 * A template whose metadata is gone: its sections found by their standard names and header row, the agency,
 * year and cut-off read from the cover sheet, the plans from the keys. Null when nothing looks like a template.
 */
export function recoverShape(sheets: readonly { readonly name: string; readonly grid: CellGrid }[]): RecoveredShape | null {
  const sectionSheets: Partial<Record<TemplateSection | "cover", string>> = {};
  const rows = Object.fromEntries(TEMPLATE_SECTIONS.map((section) => [section, [] as string[]])) as Record<TemplateSection, string[]>;
  for (const section of TEMPLATE_SECTIONS) {
    const found = sheets.find((sheet) => headerMatches(sheet.grid, section));
    if (!found) continue;
    sectionSheets[section] = found.name;
    rows[section] = found.grid.slice(FIRST_BODY_ROW - 1).flatMap((row) => {
      const key = row[0]?.value;
      return typeof key === "string" && parseRowKey(key.trim()) ? [key.trim()] : [];
    });
  }
  if (TEMPLATE_SECTIONS.every((section) => !sectionSheets[section])) return null;
  const cover = sheets.find((sheet) => sheet.name === SHEET_TITLES.cover) ?? sheets.find((sheet) => coverValue(sheet.grid, COVER_LABELS.agencyId) !== null);
  if (cover) sectionSheets.cover = cover.name;
  const agency = cover ? coverValue(cover.grid, COVER_LABELS.agencyId) : null;
  const yearText = cover ? coverValue(cover.grid, COVER_LABELS.year) : null;
  const cutoffText = cover ? coverValue(cover.grid, COVER_LABELS.cutoff) : null;
  const year = yearText !== null && /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  const cutoff = cutoffText === null ? null : parseVietnameseDate(cutoffText);
  const planIds = [...new Set(TEMPLATE_SECTIONS.flatMap((section) => rows[section].map((key) => parseRowKey(key)!.plan)))];
  const fields = [
    ...(planIds.length > 0 ? [planIds.join(", ")] : []),
    ...(agency !== null ? [agency] : []),
    ...(year !== null ? [String(year)] : []),
  ];
  return {
    fields,
    shape: {
      templateId: null,
      agency,
      year,
      plans: planIds.map((id) => ({ id, hash: null })),
      cutoff,
      deadline: null,
      sheets: sectionSheets,
      rows,
      fingerprint: null,
      choices: {},
      successionDates: [],
      recovered: true,
    },
  };
}

/** metadata_damaged's detail: the fields that were missing or invalid. */
export function damageDetail(issues: readonly MetadataIssue[]): string {
  return issues.map((issue) => ("field" in issue ? issue.field : issue.code === "not_a_template" ? "format" : issue.code)).join(", ");
}

function headerMatches(grid: CellGrid, section: TemplateSection): boolean {
  const header = grid[HEADER_ROW - 1] ?? [];
  return SECTION_COLUMNS[section].every((column, index) => {
    const value = header[index]?.value;
    return typeof value === "string" && foldForSearch(value) === foldForSearch(column.header);
  });
}

/** The value next to a cover label (column A label, column B value), as text. */
function coverValue(grid: CellGrid, label: string): string | null {
  const row = grid.find((cells) => typeof cells[0]?.value === "string" && foldForSearch(cells[0].value) === foldForSearch(label));
  const value = row?.[1]?.value;
  return value === null || value === undefined || value === "" ? null : String(value).trim();
}

/** Where the cover sheet shows the agency and the year, for identity issues. */
export function coverCells(grid: CellGrid | null, sheet: string | undefined): { agency?: Omit<IssueLocation, "file">; year?: Omit<IssueLocation, "file"> } {
  if (!grid || !sheet) return {};
  const at = (label: string) => {
    const index = grid.findIndex((cells) => typeof cells[0]?.value === "string" && foldForSearch(cells[0].value) === foldForSearch(label));
    return index < 0 ? undefined : { sheet, cell: `B${index + 1}` };
  };
  return { agency: at(COVER_LABELS.agencyId), year: at(COVER_LABELS.year) };
}
