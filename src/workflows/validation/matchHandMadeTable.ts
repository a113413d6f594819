import { toA1 } from "../../domain/grid/cellAddress";
import { EMPTY_CELL, type CellGrid } from "../../domain/grid/cellRead";
import type { PlanCatalog } from "../../domain/catalog/types";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../../domain/templates/distributeDuties";
import { SECTION_COLUMNS } from "../../domain/templates/templateLayout";
import { foldForSearch } from "../../domain/text/foldForSearch";
import type { InputRow, LocatedCell } from "../../domain/validation/inputLayout";
import { fieldId } from "./returnLayout";

/**
 * A table someone made by hand (or copied out of a template) matched to a template section by its header texts and
 * the codes in its code column. Confidence 0–100: half for the share of a header row's texts that are the section's
 * headers, half for the share of codes below it that a catalogue knows.
 */

export interface TableMatch {
  readonly sheet: string;
  readonly section: TemplateSection;
  /** 0-based header row. */
  readonly headerRow: number;
  readonly confidence: number;
  readonly rows: readonly InputRow[];
}

const HEADER_ROWS_SEARCHED = 20;
export const MATCH_THRESHOLD = 60;

export function matchHandMadeTable(sheets: readonly { readonly name: string; readonly grid: CellGrid }[], catalogs: readonly PlanCatalog[]): TableMatch | null {
  const codes = codeIndex(catalogs);
  let best: TableMatch | null = null;
  for (const { name, grid } of sheets) {
    for (let r = 0; r < Math.min(HEADER_ROWS_SEARCHED, grid.length); r++) {
      const texts = grid[r]!.map((cell) => (typeof cell.value === "string" ? foldForSearch(cell.value) : ""));
      for (const section of TEMPLATE_SECTIONS) {
        const match = scoreSection(name, grid, r, texts, section, codes);
        if (match && (!best || match.confidence > best.confidence)) best = match;
      }
    }
  }
  return best;
}

/** Codes to their plan: target codes with and without "#n", and task ids. */
function codeIndex(catalogs: readonly PlanCatalog[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const plan of catalogs) {
    for (const target of plan.targets ?? []) {
      index.set(target.code, plan.id);
      (target.indicators ?? []).forEach((_indicator, n) => index.set(`${target.code}#${n + 1}`, plan.id));
    }
    for (const task of plan.tasks ?? []) index.set(task.id, plan.id);
  }
  return index;
}

function scoreSection(sheet: string, grid: CellGrid, headerRow: number, texts: readonly string[], section: TemplateSection, codes: ReadonlyMap<string, string>): TableMatch | null {
  // The key and the source of a duty are the template's own; a hand-made table has neither.
  const columns = SECTION_COLUMNS[section].filter((column) => column.id !== "key" && column.id !== "received");
  const at = new Map(columns.map((column) => [column.id, texts.indexOf(foldForSearch(column.header))]));
  const found = [...at.values()].filter((index) => index >= 0).length;
  if (found === 0) return null;
  const codeAt = at.get("code") ?? -1;
  const rows: InputRow[] = [];
  let coded = 0;
  for (let r = headerRow + 1; r < grid.length && codeAt >= 0; r++) {
    const value = grid[r]![codeAt]?.value;
    const code = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
    if (code === "") continue;
    coded += 1;
    const plan = codes.get(code);
    if (plan === undefined) continue;
    const cells: Record<string, LocatedCell> = {};
    for (const column of columns) {
      const index = at.get(column.id) ?? -1;
      if (column.input && index >= 0) cells[fieldId(section, column.id, "number")] = { sheet, address: toA1({ row: r, column: index }), cell: grid[r]![index] ?? EMPTY_CELL };
    }
    rows.push({ key: { plan, code }, codeCell: { sheet, address: toA1({ row: r, column: codeAt }), cell: grid[r]![codeAt] ?? EMPTY_CELL }, cells });
  }
  // The share of the table's own headers that are the template's: a table with fewer columns still matches fully.
  const headerShare = found / texts.filter((text) => text !== "").length;
  const codeShare = coded === 0 ? 0 : rows.length / coded;
  return { sheet, section, headerRow, confidence: Math.round(100 * (headerShare + codeShare) / 2), rows };
}
