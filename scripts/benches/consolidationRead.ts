// Child process of the consolidation bench: one agency's return of about <rows> rows, generated from its template
// and filled by openpyxl (/usr/bin/python3), then read and validated as consolidation reads each return.
// Usage: tsx scripts/benches/consolidationRead.ts <rows> <runs>
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { FIRST_BODY_ROW, SECTION_COLUMNS } from "../../src/domain/templates/templateLayout";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { STATUSES } from "../../src/domain/templates/templateText";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { validateWorkbookReturn } from "../../src/workflows/validateReturn";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { syntheticProvince } from "./syntheticConsolidation";

const [rows, runs] = process.argv.slice(2).map(Number) as [number, number];
const { plan, agencies } = syntheticProvince(0, 2, rows);

/** Fills every input of every row as an agency without Plan Tracker would: openpyxl, a status from the list. */
const FILL = `
import json, sys, openpyxl
source, target, sections = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
book = openpyxl.load_workbook(source)
for section in sections:
    sheet = book[section["sheet"]]
    for index, row in enumerate(sheet.iter_rows(min_row=${FIRST_BODY_ROW})):
        key = row[0].value
        if not isinstance(key, str) or "|" not in key:
            continue
        for offset, kind in enumerate(section["kinds"]):
            cell = row[section["first"] + offset]
            cell.value = {"number": 40 + index % 50, "percent": index % 101, "status": section["statuses"][index % len(section["statuses"])]}.get(kind, None if kind in ("date", "assessment") else "Nội dung %d" % index)
book.save(target)
`;

async function filledReturn(): Promise<Uint8Array> {
  const started = performance.now();
  const generated = await generateTemplates(
    { planIds: [plan.id], loadPlan: () => plan, recipients: { agency: agencies[0]!.id }, year: 2026, agencies, successions: [], asOf: "2026-06-01" },
    () => createXlsxWorkbook(),
  );
  if (!generated.ok) throw new Error(generated.error.code);
  const written = generated.result.written[0]!;
  const { metadata } = written.template;
  const folder = mkdtempSync(path.join(tmpdir(), "pt-bench-"));
  const [template, filled] = [path.join(folder, "template.xlsx"), path.join(folder, "filled.xlsx")];
  writeFileSync(template, await written.port.toBuffer());
  if (process.env.DEBUG_READ) console.error(`template in ${(performance.now() - started).toFixed(0)} ms`);
  const sections = TEMPLATE_SECTIONS.flatMap((section) => {
    const sheet = metadata.sheets[section];
    if (!sheet) return [];
    const columns = SECTION_COLUMNS[section];
    const first = columns.findIndex((column) => column.input);
    return [{ sheet, first, kinds: columns.slice(first).map((column) => column.kind), statuses: STATUSES }];
  });
  execFileSync("/usr/bin/python3", ["-c", FILL, template, filled, JSON.stringify(sections)]);
  return new Uint8Array(readFileSync(filled));
}

async function main() {
  const made = performance.now();
  const bytes = await filledReturn();
  if (process.env.DEBUG_READ) console.error(`generated and filled in ${(performance.now() - made).toFixed(0)} ms`);
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
