// `npm run bench`: prints figures and ratios; asserts nothing (tests assert behaviour, not time).
import benchCatalogImport from "./benches/catalogImport";
import benchConsolidation from "./benches/consolidation";
import benchDocxToText from "./benches/docxToText";
import benchOfficeSyncs from "./benches/officeSyncs";
import benchReadReturn from "./benches/readReturn";
import benchTaskPane from "./benches/taskPane";
import benchTemplateGeneration from "./benches/templateGeneration";
import benchValidateReturns from "./benches/validateReturns";
import benchXlsxWrite from "./benches/xlsxWrite";
import { cpus, totalmem } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";

type BenchResult = readonly string[] | { readonly lines: readonly string[]; readonly figures: Readonly<Record<string, number>> };
type Bench = () => Promise<BenchResult>;

const BENCHES: readonly [string, Bench][] = [
  ["xlsx adapter: write and save", benchXlsxWrite],
  ["file adapter: read a 10,000-row return, against a bare SheetJS read", benchReadReturn],
  ["validation: a province's round (60 returns of ~400 rows, one agency each) at 1×, 10× and 100× the returns; read time against domain time, wall and CPU; peak memory", () => benchValidateReturns()],
  ["catalog import: plan text to catalogue, agencies and corrections included; growth with size", () => benchCatalogImport()],
  ["catalog import: .docx to text", benchDocxToText],
  ["templates: every template of every plan, from the catalogues to saved .xlsx files", benchTemplateGeneration],
  ["Office.js: syncs and payload per operation on the strict fake, against a naive cell-by-cell add-in", () => benchOfficeSyncs()],
  ["consolidation: 60 returns at 1×, 10× and 100× the real size, and national scale (34 provinces × 40 agencies × 400 rows)", benchConsolidation],
  ["task pane: gzipped bundles and time to first render in headless Chromium", benchTaskPane],
];

/** `npm run bench -- <words>` runs only the benches whose title contains them, and leaves bench/results.json alone. */
async function main(): Promise<void> {
  const only = process.argv.slice(2).join(" ").toLowerCase();
  const chosen = only ? BENCHES.filter(([name]) => name.toLowerCase().includes(only)) : BENCHES;
  const results: Record<string, { lines: readonly string[]; figures: Readonly<Record<string, number>> }> = {};
  for (const [name, bench] of chosen) {
    console.log(`\n== ${name}`);
    const result = await bench();
    const entry = Array.isArray(result) ? { lines: result as readonly string[], figures: {} } : (result as Exclude<BenchResult, readonly string[]>);
    for (const line of entry.lines) console.log(`  ${line}`);
    results[name] = entry;
  }
  if (only) return;
  mkdirSync("bench", { recursive: true });
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? "", memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version };
  writeFileSync("bench/results.json", `${JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2)}\n`);
  console.log("\nWritten: bench/results.json");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
