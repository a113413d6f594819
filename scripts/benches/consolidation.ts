import { execFileSync } from "node:child_process";
import path from "node:path";

/**
 * Consolidation at the size of the real plans (60 returns of about 400 rows) and 10× and 100× that, and at national
 * scale (34 provinces × 40 agencies × 400 rows). Each run is its own child process, so its peak memory is its own;
 * the national one runs under a heap cap to show that one process is enough, and 100× (2.4 M rows) under a larger
 * one, without its report, whose 1.2 M-row task table no Excel sheet could hold. Reading is timed on a real file (one
 * return, generated from its template and filled, then read and validated); the consolidation itself is timed on
 * readings made up in memory: reading 1,360 files is not what the national figure is about.
 *
 * "Consolidate" is the domain's work: who holds which row, the register, the tables with their progress statuses,
 * the summaries and the history. The report (draft text and sheets) is timed apart: a province's report is built
 * from its own plans, so a national run would not make one workbook of 0.54 M rows; the figure says what it costs.
 * Times are wall and CPU (process.cpuUsage, every thread of the child): on a shared machine the wall time also
 * counts other processes' turns, the CPU time does not.
 */

const TSX = path.join("node_modules", ".bin", "tsx");
/** The national run's heap cap: the inputs (about 0.55 GiB of readings) and every output fit, with room for garbage. */
const HEAP_CAP_MIB = 2048;
const RETURNS = 60;
/** 100×: 2.4 M rows, 4.4 times the national run, in one process under a heap cap that holds them with room to spare. */
const CAP_100X_MIB = 12_288;
const SCALES = [
  { label: "1×", rows: 400, readRuns: 5, mode: "warm", heapMiB: undefined },
  { label: "10×", rows: 4_000, readRuns: 3, mode: "", heapMiB: undefined },
  // The report is not built: its task table (1.2 M rows) would not fit an Excel sheet (1,048,576 rows).
  { label: "100×", rows: 40_000, readRuns: 1, mode: "no-report", heapMiB: CAP_100X_MIB },
] as const;
const EXCEL_ROWS = 1_048_576;

interface DomainRun {
  readonly rows: number;
  readonly returns: number;
  readonly cells: number;
  /** Rows of the consolidated task table. */
  readonly tasks: number;
  readonly stages: Readonly<Record<string, number>>;
  readonly cpuStages: Readonly<Record<string, number>>;
  /** A second consolidation in the same process, when asked for ("warm"). */
  readonly warmStages?: Readonly<Record<string, number>>;
  readonly warmCpuStages?: Readonly<Record<string, number>>;
  readonly heapBeforeMiB: number;
  readonly retainedMiB: number;
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
  // --expose-gc: the domain run settles its made-up inputs before timing and measures what its outputs retain.
  const options = ["--expose-gc", ...(heapMiB ? [`--max-old-space-size=${heapMiB}`] : [])].join(" ");
  const env = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, options].filter(Boolean).join(" ") };
  const output = execFileSync(TSX, [path.join("scripts", "benches", script), ...args.map(String)], { env, encoding: "utf8", maxBuffer: 1 << 20 });
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

const CONSOLIDATE = ["distribute", "expected", "register", "tables", "summaries", "history"];
const REPORT = ["draft", "sheets"];
const reportBuilt = (run: DomainRun) => REPORT.every((name) => name in run.stages);
const sum = (stages: Readonly<Record<string, number>>, names: readonly string[]) => names.reduce((total, name) => total + (stages[name] ?? 0), 0);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mib = (value: number) => `${Math.round(value).toLocaleString("en")} MiB`;
const perRow = (ms: number, rows: number) => `${((ms * 1000) / rows).toFixed(1)} µs/row`;

function domainLines(label: string, run: DomainRun): string[] {
  const consolidate = { wall: sum(run.stages, CONSOLIDATE), cpu: sum(run.cpuStages, CONSOLIDATE) };
  const report = { wall: sum(run.stages, REPORT), cpu: sum(run.cpuStages, REPORT) };
  const rows = `${run.rows.toLocaleString("en")} rows from ${run.returns.toLocaleString("en")} returns`;
  const warm =
    run.warmStages && run.warmCpuStages
      ? `; again in the same process (the pane consolidating a second time) ${seconds(sum(run.warmStages, CONSOLIDATE))} wall, ${seconds(sum(run.warmCpuStages, CONSOLIDATE))} CPU`
      : "";
  return [
    `${label}: ${rows}: consolidate (register, tables, statuses, summaries, history) ${seconds(consolidate.wall)} wall, ${seconds(consolidate.cpu)} CPU (${perRow(consolidate.cpu, run.rows)}), in a fresh process${warm}`,
    reportBuilt(run)
      ? `${label}: report: draft text and sheets (${run.cells.toLocaleString("en")} cells) ${seconds(report.wall)} wall, ${seconds(report.cpu)} CPU (${perRow(report.cpu, run.rows)})`
      : `${label}: report: not built, its task table (${run.tasks.toLocaleString("en")} rows) would not fit an Excel sheet (${EXCEL_ROWS.toLocaleString("en")} rows); the national run gives its cost per row`,
    `${label}: memory: inputs ${mib(run.heapBeforeMiB)} of heap, outputs retain ${mib(run.retainedMiB)} more; peak heap ${mib(run.peakHeapMiB)} (sampled after each stage), max RSS ${mib(run.maxRssMiB)}`,
  ];
}

function domainFigures(prefix: string, run: DomainRun): Record<string, number> {
  return {
    [`${prefix}.consolidateMs`]: sum(run.stages, CONSOLIDATE),
    [`${prefix}.consolidateCpuMs`]: sum(run.cpuStages, CONSOLIDATE),
    ...(run.warmCpuStages ? { [`${prefix}.consolidateWarmCpuMs`]: sum(run.warmCpuStages, CONSOLIDATE) } : {}),
    ...(reportBuilt(run) ? { [`${prefix}.draftAndSheetsMs`]: sum(run.stages, REPORT), [`${prefix}.draftAndSheetsCpuMs`]: sum(run.cpuStages, REPORT) } : {}),
    [`${prefix}.inputsHeapMiB`]: run.heapBeforeMiB,
    [`${prefix}.retainedMiB`]: run.retainedMiB,
    [`${prefix}.peakHeapMiB`]: run.peakHeapMiB,
    [`${prefix}.maxRssMiB`]: run.maxRssMiB,
  };
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
    const run = child<DomainRun>("consolidationRun.ts", [1, RETURNS, scale.rows, ...(scale.mode ? [scale.mode] : [])], scale.heapMiB);
    if (scale.heapMiB) figures[`${scale.label}.heapCapMiB`] = scale.heapMiB;
    Object.assign(figures, domainFigures(scale.label, run));
    lines.push(...domainLines(scale.label, run));
  }
  const national = child<DomainRun>("consolidationRun.ts", [34, 40, 400], HEAP_CAP_MIB);
  figures["national.rows"] = national.rows;
  figures["national.heapCapMiB"] = HEAP_CAP_MIB;
  Object.assign(figures, domainFigures("national", national));
  lines.push(...domainLines("national (34 provinces × 40 agencies × 400 rows)", national));
  lines.push(
    `national: one process, heap capped at ${mib(HEAP_CAP_MIB)} (--max-old-space-size); readings made up in memory, as reading 1,360 files is the read figure above times 1,360; the report side builds one workbook for all 34 provinces, which no officer would ask for: it is here for its cost per row`,
  );
  lines.push(`national stages (wall / CPU): ${Object.keys(national.stages).map((name) => `${name} ${seconds(national.stages[name]!)} / ${seconds(national.cpuStages[name] ?? 0)}`).join(", ")}`);
  return { lines, figures };
}
