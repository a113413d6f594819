import type { CellGrid, CellRead } from "../grid/cellRead";
import { fromA1 } from "../grid/cellAddress";
import type { CellValue } from "../grid/cellValue";
import { TEMPLATE_SECTIONS, type TemplateSection } from "./distributeDuties";
import { fingerprintOf, lockedLine } from "./fingerprint";
import { COVER_INPUTS, SECTION_COLUMNS, type CoverInput } from "./templateLayout";
import type { TemplateMetadata } from "./templateMetadata";

/** A returned template, read back: the filler's details and every input, by row key, and whether the plan was kept intact. */

export interface ReturnRow {
  readonly key: string;
  /** 1-based row of the sheet it was found on. */
  readonly row: number;
  /** Input values by column id; dates as ISO yyyy-mm-dd. */
  readonly inputs: Readonly<Record<string, CellValue>>;
}

export type ReturnIssue =
  | { readonly code: "sheet_missing"; readonly section: TemplateSection | "cover"; readonly sheet: string }
  | { readonly code: "row_missing"; readonly section: TemplateSection; readonly key: string }
  | { readonly code: "row_duplicated"; readonly section: TemplateSection; readonly key: string; readonly rows: readonly number[] }
  /** The locked content differs from what was sent: someone edited the plan's text, codes or targets. */
  | { readonly code: "locked_content_changed" };

export interface TemplateReturn {
  readonly metadata: TemplateMetadata;
  readonly filler: Readonly<Record<CoverInput, CellValue>>;
  readonly rows: Readonly<Record<TemplateSection, readonly ReturnRow[]>>;
  readonly fingerprintMatches: boolean;
  readonly issues: readonly ReturnIssue[];
}

export interface ReturnGrids {
  readonly cover: CellGrid | null;
  readonly sections: Readonly<Partial<Record<TemplateSection, CellGrid | null>>>;
}

export function readTemplateReturn(metadata: TemplateMetadata, grids: ReturnGrids): TemplateReturn {
  const issues: ReturnIssue[] = [];
  if (!grids.cover) issues.push({ code: "sheet_missing", section: "cover", sheet: metadata.sheets.cover ?? "" });
  const filler = Object.fromEntries(COVER_INPUTS.map((input) => [input, cellAt(grids.cover, metadata.cover[input])])) as Record<CoverInput, CellValue>;
  const lines: string[] = [];
  const rows = {} as Record<TemplateSection, ReturnRow[]>;
  for (const section of TEMPLATE_SECTIONS) {
    rows[section] = [];
    const keys = metadata.rows[section];
    if (keys.length === 0) continue;
    const grid = grids.sections[section] ?? null;
    if (!grid) issues.push({ code: "sheet_missing", section, sheet: metadata.sheets[section] ?? "" });
    const found = rowsByKey(grid ?? [], section, issues);
    const columns = SECTION_COLUMNS[section];
    for (const key of keys) {
      const index = found.get(key);
      const cells = index === undefined ? [] : grid![index]!;
      if (index === undefined && grid) issues.push({ code: "row_missing", section, key });
      lines.push(lockedLine(section, columns.flatMap((column, c) => (column.input ? [] : [valueOf(cells[c])]))));
      if (index === undefined) continue;
      const inputs = Object.fromEntries(columns.flatMap((column, c) => (column.input ? [[column.id, valueOf(cells[c])]] : [])));
      rows[section].push({ key, row: index + 1, inputs });
    }
  }
  const fingerprintMatches = fingerprintOf(lines) === metadata.fingerprint;
  if (!fingerprintMatches) issues.push({ code: "locked_content_changed" });
  return { metadata, filler, rows, fingerprintMatches, issues };
}

/** Data rows by the key in column A; a key found twice is reported and its first row used. */
function rowsByKey(grid: CellGrid, section: TemplateSection, issues: ReturnIssue[]): Map<string, number> {
  const found = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  grid.forEach((row, index) => {
    const key = row[0]?.value;
    if (typeof key !== "string" || !key.includes("|")) return;
    if (!found.has(key)) found.set(key, index);
    else repeats.set(key, [...(repeats.get(key) ?? [found.get(key)! + 1]), index + 1]);
  });
  for (const [key, rows] of repeats) issues.push({ code: "row_duplicated", section, key, rows });
  return found;
}

function cellAt(grid: CellGrid | null, address: string): CellValue {
  const position = fromA1(address);
  if (!grid || !position) return null;
  return valueOf(grid[position.row]?.[position.column]);
}

function valueOf(cell: CellRead | undefined): CellValue {
  if (!cell || cell.kind === "empty") return null;
  if (typeof cell.value === "string" && cell.value === "") return null;
  return cell.value;
}
