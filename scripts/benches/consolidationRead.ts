// Child process of the consolidation bench: one agency's return of about <rows> rows, generated from its template
// and filled through the file adapter, then read and validated as consolidation reads each return.
// Usage: tsx scripts/benches/consolidationRead.ts <rows> <runs>
import { performance } from "node:perf_hooks";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { rangeA1 } from "../../src/domain/grid/cellAddress";
import { FIRST_BODY_ROW, SECTION_COLUMNS } from "../../src/domain/templates/templateLayout";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { STATUSES } from "../../src/domain/templates/templateText";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { validateWorkbookReturn } from "../../src/workflows/validateReturn";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { syntheticProvince } from "./syntheticConsolidation";

const [rows, runs] = process.argv.slice(2).map(Number) as [number, number];
const { plan, agencies } = syntheticProvince(0, 2, rows);

function filler(kind: string, index: number): CellValue {
  if (kind === "number") return 40 + (index % 50);
  if (kind === "percent") return index % 101;
  if (kind === "status") return STATUSES[index % STATUSES.length]!;
  if (kind === "date" || kind === "assessment") return null;
  return `Nội dung ${index}`;
}

async function filledReturn(): Promise<Uint8Array> {
  const generated = await generateTemplates(
    { planIds: [plan.id], loadPlan: () => plan, recipients: { agency: agencies[0]!.id }, year: 2026, agencies, successions: [], asOf: "2026-06-01" },
    () => createXlsxWorkbook(),
  );
  if (!generated.ok) throw new Error(generated.error.code);
  const written = generated.result.written[0]!;
  const book = await openWorkbookFile(await written.port.toBuffer());
  const { metadata } = written.template;
  for (const section of TEMPLATE_SECTIONS) {
    const sheet = metadata.sheets[section];
    if (!sheet) continue;
    const grid = await book.readSheet(sheet);
    const columns = SECTION_COLUMNS[section];
    const first = columns.findIndex((column) => column.input);
    const body = FIRST_BODY_ROW - 1;
    const values = grid.slice(body).map((row, index) =>
      columns.slice(first).map((column) => (typeof row[0] === "string" && row[0].includes("|") ? filler(column.kind, index) : null)),
    );
    await book.apply([{ kind: "writeRange", sheet, address: rangeA1({ row: body, column: first }, values.length, columns.length - first), values }]);
  }
  return book.toBuffer();
}

async function main() {
  const bytes = await filledReturn();
  const times: number[] = [];
  let readRows = 0;
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    const port = await openWorkbookFile(bytes, { fileName: "return.xlsx" });
    const validated = await validateWorkbookReturn(port, {
      file: "return.xlsx",
      sources: { plans: new Map([[plan.id as string, plan]]), agencies, successions: [] },
      expected: { year: 2026 },
      today: "2026-11-10",
    });
    times.push(performance.now() - start);
    readRows = validated.readings.length;
    if (process.env.DEBUG_READ) console.error(validated.validation.issues.slice(0, 5), validated.template?.agency);
  }
  times.sort((a, b) => a - b);
  console.log(JSON.stringify({ rows: readRows, bytes: bytes.length, readMs: times[Math.floor(times.length / 2)], maxRssMiB: process.resourceUsage().maxRSS / 1024 }));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
