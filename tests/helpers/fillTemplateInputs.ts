import type { CellValue } from "../../src/domain/grid/cellValue";
import { toA1 } from "../../src/domain/grid/cellAddress";
import { isoToSerial } from "../../src/domain/grid/excelDates";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS, type ColumnKind, type TemplateColumn } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { SELF_ASSESSMENTS, STATUSES } from "../../src/domain/templates/templateText";
import type { WorkbookChange, WorkbookPort } from "../../src/workbook/port";

/** What a careful agency types: completed tasks, figures, a completion date before the cut-off. */
export function correctValue(kind: ColumnKind, id: string): CellValue {
  switch (kind) {
    case "number":
      return 12.5;
    case "percent":
      return 100;
    case "date":
      return isoToSerial("2026-03-31");
    case "status":
      return STATUSES[0];
    case "assessment":
      return SELF_ASSESSMENTS[1];
    case "text":
      return `${id}: đã thực hiện`;
  }
}

/** A template row of the plan's (coded "plan|…|code"), as against headings and blank rows. */
const isCoded = (row: readonly CellValue[] | undefined) => typeof row?.[0] === "string" && row[0].includes("|");

/** The runs of consecutive plan rows of a sheet. */
function codedRuns(grid: readonly (readonly CellValue[])[]): { top: number; count: number }[] {
  const runs: { top: number; count: number }[] = [];
  grid.forEach((row, index) => {
    if (!isCoded(row)) return;
    const last = runs.at(-1);
    if (last && last.top + last.count === index) last.count += 1;
    else runs.push({ top: index, count: 1 });
  });
  return runs;
}

/** One write per run of plan rows, over the section's input columns. */
function sectionWrites(
  sheet: string,
  columns: readonly TemplateColumn[],
  grid: readonly (readonly CellValue[])[],
  value: (kind: ColumnKind, id: string) => CellValue,
): WorkbookChange[] {
  // The input columns are the last ones, side by side: one block reaches every input of a run of rows.
  const first = columns.findIndex((column) => column.input);
  const inputs = columns.slice(first);
  if (inputs.some((column) => !column.input))
    throw new Error(`the input columns of sheet "${sheet}" are not side by side`);
  return codedRuns(grid).map(({ top, count }) => ({
    kind: "writeRange",
    sheet,
    address: toA1({ row: top, column: first }),
    values: Array.from({ length: count }, () => inputs.map((column) => value(column.kind, column.id))),
  }));
}

/**
 * Fills every input cell of every plan row of a template in one apply, as an agency would: one write per run of
 * consecutive plan rows, so a file stays fast to fill, and only input cells, which a protected sheet allows.
 */
export async function fillTemplateInputs(
  port: WorkbookPort,
  metadata: TemplateMetadata,
  value: (kind: ColumnKind, id: string) => CellValue = correctValue,
): Promise<void> {
  const writes: WorkbookChange[] = [];
  for (const section of TEMPLATE_SECTIONS) {
    const sheet = metadata.sheets[section];
    if (!sheet || metadata.rows[section].length === 0) continue;
    writes.push(...sectionWrites(sheet, SECTION_COLUMNS[section], await port.readSheet(sheet), value));
  }
  await port.apply(writes);
}
