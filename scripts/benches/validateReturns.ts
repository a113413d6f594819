import { performance } from "node:perf_hooks";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { isoToSerial } from "../../src/domain/grid/excelDates";
import { toA1 } from "../../src/domain/grid/cellAddress";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS, type ColumnKind } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { SELF_ASSESSMENTS, STATUSES } from "../../src/domain/templates/templateText";
import { isWorkbookFileError } from "../../src/workbook/fileProblems";
import type { WorkbookPort } from "../../src/workbook/port";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { checkDuplicateSubmissions, validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { scaleCatalog } from "../../tests/helpers/catalogBuilders";
import { bundledPlan, THANH_HOA_PLANS } from "../../tests/workflows/templateFixtures";

/**
 * Validating the returns of one collection round. 1× is the officer's real load: 60 returns of about 400 rows (the
 * Thanh Hóa plans tripled, so that the busiest department's template has ~440 rows); 10× and 100× scale the plans, so
 * each return has ten and a hundred times the rows (at 100×, 6 returns measured and the round of 60 projected). Each return is filled correctly by our file adapter and read from
 * its bytes, as the CLI reads a file. Read time (opening the file and every port call) is kept apart from domain time
 * (everything else validateWorkbookReturn does, and the duplicate check across returns).
 */

/** A round is 60 returns. At 100× a return takes seconds to read and to validate: 6 are measured and the round projected. */
const ROUND = 60;
const MEASURED: Readonly<Record<number, number>> = { 1: ROUND, 10: ROUND, 100: 6 };
const AGENCY = "thanhhoa.snnmt";
/** The plans are tripled for 1×: this agency's template then has ~440 rows. */
const BASE_FACTOR = 3;
export const SCALES: readonly number[] = [1, 10, 100];

interface ScaleFigures {
  readonly returns: number;
  readonly rows: number;
  readonly fileBytes: number;
  readonly readMs: number;
  readonly domainMs: number;
  readonly issues: number;
  readonly peakRssMiB: number;
  readonly peakHeapMiB: number;
}

export default async function benchValidateReturns(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  for (const scale of SCALES) {
    const result = await measureScale(scale);
    if ("refused" in result) {
      figures[`${scale}x.refused`] = 1;
      lines.push(`${scale}× (returns of ${result.rows.toLocaleString("en")} rows, ${(result.fileBytes / 2 ** 20).toFixed(1)} MiB each): refused by the reader's limits (${result.refused})`);
      continue;
    }
    Object.assign(figures, Object.fromEntries(Object.entries(result).map(([key, value]) => [`${scale}x.${key}`, value])));
    const projection = ROUND / result.returns;
    const projected = projection === 1 ? "" : `; a round of ${ROUND} projected: read ${((result.readMs * projection) / 1000).toFixed(0)} s, domain ${((result.domainMs * projection) / 1000).toFixed(0)} s`;
    lines.push(
      `${scale}× (${result.returns} returns of ${result.rows.toLocaleString("en")} rows, ${(result.fileBytes / 1024).toFixed(0)} KB each): ` +
        `read ${result.readMs.toFixed(0)} ms, domain ${result.domainMs.toFixed(0)} ms (${(result.domainMs / result.returns).toFixed(1)} ms a return), ` +
        `${result.issues} issue(s); peak RSS ${result.peakRssMiB.toFixed(0)} MiB, heap ${result.peakHeapMiB.toFixed(0)} MiB${projected}`,
    );
  }
  lines.push(`(every return is the same agency's, filled correctly: each after the first carries one duplicate_submission, which a real round would not)`);
  return { lines, figures };
}

async function measureScale(scale: number): Promise<ScaleFigures | { refused: string; rows: number; fileBytes: number }> {
  const { bytes, rows } = await filledReturn(BASE_FACTOR * scale);
  // A return past the hostile-input caps (64 MiB of sheet XML) is refused whole, as the CLI and the pane refuse it.
  const refused = await openWorkbookFile(bytes).then(() => null, (error: unknown) => (isWorkbookFileError(error) ? error.code : Promise.reject(error)));
  if (refused) return { refused, rows, fileBytes: bytes.length };
  const plans = new Map(THANH_HOA_PLANS.map((id) => [id as string, scaleCatalog(bundledPlan(id) as PlanCatalog, BASE_FACTOR * scale)]));
  const sources = { plans, agencies: bundledAgencies, successions: bundledSuccessions };
  const memory = new PeakMemory();
  let readMs = 0;
  let domainMs = 0;
  const results: ValidatedReturn[] = [];
  const returns = MEASURED[scale] ?? ROUND;
  for (let index = 0; index < returns; index++) {
    const start = performance.now();
    const port = timed(await openWorkbookFile(bytes, { fileName: `return-${index}.xlsx` }));
    const opened = performance.now() - start;
    const result = await validateWorkbookReturn(port.port, { file: `return-${index}.xlsx`, sources, today: "2026-06-01" });
    const total = performance.now() - start;
    readMs += opened + port.ms();
    domainMs += total - opened - port.ms();
    results.push(result);
    memory.sample();
  }
  const start = performance.now();
  const checked = checkDuplicateSubmissions(results);
  domainMs += performance.now() - start;
  memory.sample();
  const issues = checked.reduce((sum, result) => sum + result.validation.issues.length, 0);
  return { returns, rows, fileBytes: bytes.length, readMs, domainMs, issues, peakRssMiB: memory.rss / 2 ** 20, peakHeapMiB: memory.heap / 2 ** 20 };
}

/** The port with the time spent inside its calls counted: reading, not validating. */
function timed(port: WorkbookPort): { port: WorkbookPort; ms: () => number } {
  let ms = 0;
  const time =
    <A extends unknown[], R>(call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const start = performance.now();
      try {
        return await call(...args);
      } finally {
        ms += performance.now() - start;
      }
    };
  return {
    port: {
      host: port.host,
      inspect: time(() => port.inspect()),
      readSheet: time((name: string, address?: string) => port.readSheet(name, address)),
      readCells: time((name: string, address?: string) => port.readCells(name, address)),
      reveal: time((sheet: string, address: string) => port.reveal(sheet, address)),
      apply: time((changes: Parameters<WorkbookPort["apply"]>[0], options?: Parameters<WorkbookPort["apply"]>[1]) => port.apply(changes, options)),
    },
    ms: () => ms,
  };
}

/** Peak resident set and heap, sampled after each return and on a timer in between. */
class PeakMemory {
  rss = 0;
  heap = 0;
  private readonly timer = setInterval(() => this.sample(), 20);

  constructor() {
    this.timer.unref();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heap = Math.max(this.heap, heapUsed);
  }
}

/** The agency's template for the plans scaled by `factor`, every input filled in correctly, as bytes. */
async function filledReturn(factor: number): Promise<{ bytes: Uint8Array; rows: number }> {
  const loadPlan = (id: string) => {
    const plan = bundledPlan(id);
    return plan ? scaleCatalog(plan, factor) : null;
  };
  const generated = await generateTemplates(
    { planIds: THANH_HOA_PLANS, loadPlan, recipients: { agency: AGENCY }, year: 2026, agencies: bundledAgencies, successions: bundledSuccessions, asOf: "2026-06-01" },
    () => createXlsxWorkbook(),
  );
  if (!generated.ok) throw new Error(`template: ${generated.error.code}`);
  const { port, template } = generated.result.written[0]!;
  await fillInputs(port, template.metadata);
  const rows = TEMPLATE_SECTIONS.reduce((sum, section) => sum + template.metadata.rows[section].length, 0);
  return { bytes: await port.toBuffer(), rows };
}

/** One write per section sheet: the block of input columns, filled on every coded row and kept elsewhere. */
async function fillInputs(port: WorkbookPort, metadata: TemplateMetadata): Promise<void> {
  for (const section of TEMPLATE_SECTIONS) {
    const sheet = metadata.sheets[section];
    if (!sheet || metadata.rows[section].length === 0) continue;
    const grid = await port.readSheet(sheet);
    const columns = SECTION_COLUMNS[section];
    const inputs = columns.flatMap((column, index) => (column.input ? [index] : []));
    const first = Math.min(...inputs);
    const last = Math.max(...inputs);
    const coded = grid.flatMap((row, index) => (typeof row[0] === "string" && row[0].includes("|") ? [index] : []));
    const top = Math.min(...coded);
    const bottom = Math.max(...coded);
    const block: CellValue[][] = [];
    for (let row = top; row <= bottom; row++) {
      const isCoded = typeof grid[row]?.[0] === "string" && String(grid[row]![0]).includes("|");
      block.push(columns.slice(first, last + 1).map((column, offset) => (isCoded && column.input ? correctValue(column.kind, column.id) : (grid[row]?.[first + offset] ?? null))));
    }
    await port.apply([{ kind: "writeRange", sheet, address: toA1({ row: top, column: first }), values: block }]);
  }
}

/** What a careful agency types: completed tasks, figures, a completion date before the cut-off. */
function correctValue(kind: ColumnKind, id: string): CellValue {
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
