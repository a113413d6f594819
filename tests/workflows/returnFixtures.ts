import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { toA1 } from "../../src/domain/grid/cellAddress";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS, type ColumnKind } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { SELF_ASSESSMENTS, STATUSES } from "../../src/domain/templates/templateText";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { runOpenpyxl } from "../helpers/externalPrograms";
import { templateInput, THANH_HOA_PLANS } from "./templateFixtures";

/**
 * A Thanh Hóa agency's progress template written to a temporary folder, and returns filled in from it by openpyxl,
 * as an agency without Plan Tracker would: correctly, or with the mistakes a test names.
 */

export interface TemplateOnDisk {
  readonly dir: string;
  readonly original: string;
  readonly metadata: TemplateMetadata;
  /** 1-based row of each key, as "<section>:<key>". */
  readonly rowOf: ReadonlyMap<string, number>;
}

/** Thanh Hóa's three plans for 2026 unless told: another plan set, or another year (its templates made that June). */
export async function templateOnDisk(
  agency = "thanhhoa.snnmt",
  options: { readonly plans?: readonly string[]; readonly year?: number } = {},
): Promise<TemplateOnDisk> {
  const dir = await mkdtemp(path.join(tmpdir(), "validate-"));
  const dated = options.year ? { year: options.year, asOf: `${options.year}-06-01` } : {};
  const request = templateInput(options.plans ?? THANH_HOA_PLANS, { agency }, dated);
  const result = await generateTemplates(request, () => createXlsxWorkbook());
  if (!result.ok) throw new Error(result.error.code);
  const written = result.result.written[0]!;
  const metadata = written.template.metadata;
  const original = path.join(dir, written.fileName);
  await writeFile(original, await written.port.toBuffer());
  const book = await openWorkbookFile(await readFile(original));
  const rowOf = new Map<string, number>();
  for (const section of TEMPLATE_SECTIONS) {
    if (metadata.rows[section].length === 0) continue;
    const grid = await book.readCells(metadata.sheets[section]!);
    grid.forEach((row, index) => {
      const key = row[0]?.value;
      if (typeof key === "string" && key.includes("|")) rowOf.set(`${section}:${key}`, index + 1);
    });
  }
  return { dir, original, metadata, rowOf };
}

export type Edit =
  | { readonly sheet: string; readonly address: string; readonly value: CellValue; readonly kind: "text" | "number" | "date" | "formula" | "percent" }
  | { readonly sheet: string; readonly address: string; readonly value: number; readonly kind: "deleteRow" }
  | { readonly sheet: string; readonly address: string; readonly value: null; readonly kind: "deleteSheet" };

/** What a careful filler types into a column of this kind: completed tasks, with a completion date before the cut-off. */
function correctValue(kind: ColumnKind, id: string): { value: CellValue; kind: "text" | "number" | "date" } {
  switch (kind) {
    case "number":
      return { value: 12.5, kind: "number" };
    case "percent":
      return { value: 100, kind: "number" };
    case "date":
      return { value: "2026-03-31", kind: "date" };
    case "status":
      return { value: STATUSES[0], kind: "text" };
    case "assessment":
      return { value: SELF_ASSESSMENTS[1], kind: "text" };
    case "text":
      return { value: `${id}: đã thực hiện`, kind: "text" };
  }
}

/** The sheet and A1 address of a row's column. */
export function cellOf(template: TemplateOnDisk, section: TemplateSection, key: string, column: string): { sheet: string; address: string } {
  const index = SECTION_COLUMNS[section].findIndex((c) => c.id === column);
  return { sheet: template.metadata.sheets[section]!, address: toA1({ row: template.rowOf.get(`${section}:${key}`)! - 1, column: index }) };
}

/** Every input of every row, filled in correctly. */
export function correctFill(template: TemplateOnDisk): Edit[] {
  return TEMPLATE_SECTIONS.flatMap((section) =>
    template.metadata.rows[section].flatMap((key) =>
      SECTION_COLUMNS[section].flatMap((column) => (column.input ? [{ ...cellOf(template, section, key, column.id), ...correctValue(column.kind, column.id) }] : [])),
    ),
  );
}

const FILL = `
import json, sys, datetime, openpyxl
source, target, plan = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
for edit in plan:
    sheet = book[edit["sheet"]]
    if edit["kind"] == "deleteSheet":
        book.remove(sheet)
        continue
    if edit["kind"] == "deleteRow":
        sheet.delete_rows(edit["value"])
        continue
    value = edit["value"]
    if edit["kind"] == "date":
        value = datetime.datetime.strptime(value, "%Y-%m-%d")
    cell = sheet[edit["address"]]
    cell.value = value
    if edit["kind"] == "percent":
        cell.number_format = "0%"
book.save(target)
`;

/** The template filled in by openpyxl with the edits, in order (later edits win), saved as `name` in `folder`. */
export async function filledReturn(template: TemplateOnDisk, name: string, edits: readonly Edit[], folder = template.dir): Promise<string> {
  const target = path.join(folder, name);
  await runOpenpyxl(FILL, [template.original, target, JSON.stringify(edits)]);
  return target;
}
