import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Consolidation at the size of the real plans (60 returns of about 400 rows) and 10× and 100× that, and at national
 * scale (34 provinces × 40 agencies × 400 rows). Each run is its own child process, so its peak memory is its own;
 * the national one runs under a heap cap to show that one process is enough. Reading is timed on a real file (one
 * return, generated from its template and filled, then read and validated); the consolidation itself is timed on
 * readings made up in memory: reading 1,360 files is not what the national figure is about.
 */

const TSX = path.join("node_modules", ".bin", "tsx");
const HEAP_CAP_MIB = 4096;
const RETURNS = 60;
const SCALES = [
  { label: "1×", rows: 400, readRuns: 5, domain: true },
  { label: "10×", rows: 4_000, readRuns: 3, domain: true },
  // 60 × 40,000 = 2.4 M rows in memory: 4.4 times the national run, more than a shared bench machine should hold.
  { label: "100×", rows: 40_000, readRuns: 1, domain: false },
] as const;

interface DomainRun {
  readonly rows: number;
  readonly returns: number;
  readonly cells: number;
  readonly stages: Readonly<Record<string, number>>;
  readonly peakHeapMiB: number;
  readonly maxRssMiB: number;
}

interface ReadRun {
  readonly rows: number;
  readonly bytes: number;
  readonly readMs: number;
  readonly maxRssMiB: number;
}

function child<T>(script: string, args: readonly (string | number)[], heapMiB?: number): T {
  const env = heapMiB ? { ...process.env, NODE_OPTIONS: `--max-old-space-size=${heapMiB}` } : process.env;
  const output = execFileSync(TSX, [path.join("scripts", "benches", script), ...args.map(String)], { env, encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

const CONSOLIDATE = ["distribute", "expected", "register", "tables", "summaries", "history"];
const WRITE_OUT = ["draft", "sheets"];
const sum = (stages: Readonly<Record<string, number>>, names: readonly string[]) => names.reduce((total, name) => total + (stages[name] ?? 0), 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (value: number) => `${Math.round(value).toLocaleString("en")} MiB`;

function domainLine(label: string, run: DomainRun): string {
  const consolidate = sum(run.stages, CONSOLIDATE);
  const writeOut = sum(run.stages, WRITE_OUT);
  const perRow = ((consolidate + writeOut) * 1000) / run.rows;
  return `${label}: ${run.rows.toLocaleString("en")} rows from ${run.returns.toLocaleString("en")} returns: consolidate ${seconds(consolidate)} (register, tables, statuses, summaries, history), draft and sheets ${seconds(writeOut)} (${run.cells.toLocaleString("en")} cells); ${perRow.toFixed(1)} µs/row; peak heap ${mib(run.peakHeapMiB)}, max RSS ${mib(run.maxRssMiB)}`;
}

export default async function benchConsolidation(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  for (const scale of SCALES) {
    const read = child<ReadRun>("consolidationRead.ts", [scale.rows, scale.readRuns]);
    figures[`${scale.label}.readOneMs`] = read.readMs;
    figures[`${scale.label}.readAllMs`] = read.readMs * RETURNS;
    lines.push(
      `${scale.label} read: one return of ${read.rows.toLocaleString("en")} rows (${Math.round(read.bytes / 1024)} KB) opened and validated in ${read.readMs.toFixed(0)} ms (median of ${scale.readRuns}); ${RETURNS} returns ≈ ${seconds(read.readMs * RETURNS)}, read one after another; max RSS ${mib(read.maxRssMiB)}`,
    );
    if (!scale.domain) {
      lines.push(`${scale.label} consolidate: not run (${(RETURNS * scale.rows).toLocaleString("en")} rows in memory); the national run below gives the cost per row`);
      continue;
    }
    const run = child<DomainRun>("consolidationRun.ts", [1, RETURNS, scale.rows]);
    figures[`${scale.label}.consolidateMs`] = sum(run.stages, CONSOLIDATE);
    figures[`${scale.label}.draftAndSheetsMs`] = sum(run.stages, WRITE_OUT);
    figures[`${scale.label}.peakHeapMiB`] = run.peakHeapMiB;
    lines.push(domainLine(`${scale.label} consolidate`, run));
  }
  const national = child<DomainRun>("consolidationRun.ts", [34, 40, 400], HEAP_CAP_MIB);
  figures["national.rows"] = national.rows;
  figures["national.consolidateMs"] = sum(national.stages, CONSOLIDATE);
  figures["national.draftAndSheetsMs"] = sum(national.stages, WRITE_OUT);
  figures["national.peakHeapMiB"] = national.peakHeapMiB;
  figures["national.maxRssMiB"] = national.maxRssMiB;
  lines.push(domainLine("national (34 provinces × 40 agencies × 400 rows)", national));
  lines.push(
    `national: one process, heap capped at ${mib(HEAP_CAP_MIB)} (--max-old-space-size); readings made up in memory, as reading 1,360 files is the read figure above times 1,360`,
  );
  lines.push(`national stages: ${Object.entries(national.stages).map(([name, ms]) => `${name} ${seconds(ms)}`).join(", ")}`);
  return { lines, figures };
}
