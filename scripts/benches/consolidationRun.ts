// Child process of the consolidation bench: one consolidation of synthetic returns held in memory, timed by stage.
// Usage: tsx scripts/benches/consolidationRun.ts <provinces> <agencies per province> <rows per agency> [warm|no-report]
// With "warm", it consolidates once more after the timed run and times that too: the pane consolidating again, its
// code already compiled, where the first figure is a fresh process's, compiling as it goes. With "no-report", the
// report (draft and sheets) is not built: past 1,048,576 rows its tables fit no Excel sheet.
import { performance } from "node:perf_hooks";
import { consolidateTables, historyRowsOf } from "../../src/domain/consolidation/consolidateTables";
import { draftReport } from "../../src/domain/consolidation/draftReport";
import { expectedAgencies } from "../../src/domain/consolidation/expectedAgencies";
import { mergeHistory } from "../../src/domain/consolidation/history";
import { PROGRESS_PROFILES } from "../../src/domain/consolidation/progressStatus";
import { buildReportSheets } from "../../src/domain/consolidation/reportSheets";
import { buildRegister } from "../../src/domain/consolidation/submissionRegister";
import { summarize } from "../../src/domain/consolidation/summaries";
import { distributeDuties } from "../../src/domain/templates/distributeDuties";
import { syntheticProvince } from "./syntheticConsolidation";

const [provinces, agencies, rows] = process.argv.slice(2, 5).map(Number) as [number, number, number];
const warm = process.argv[5] === "warm";
const report = process.argv[5] !== "no-report";

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
interface Timings {
  readonly stages: Record<string, number>;
  // CPU time of this process by stage (every thread): on a shared, loaded machine wall time also counts other
  // processes' turns.
  readonly cpuStages: Record<string, number>;
}
function timer(): Timings & { stage<T>(name: string, run: () => T): T } {
  const stages: Record<string, number> = {};
  const cpuStages: Record<string, number> = {};
  return {
    stages,
    cpuStages,
    stage<T>(name: string, run: () => T): T {
      const start = performance.now();
      const cpu = process.cpuUsage();
      const value = run();
      stages[name] = performance.now() - start;
      const used = process.cpuUsage(cpu);
      cpuStages[name] = (used.user + used.system) / 1000;
      sample();
      return value;
    },
  };
}

const made = Array.from({ length: provinces }, (_, p) => syntheticProvince(p, agencies, rows));
const plans = made.map((province) => province.plan);
const directory = new Map(made.flatMap((province) => province.agencies.map((agency) => [agency.id, agency] as const)));
const received = made.flatMap((province) => province.received);
const history = made.flatMap((province) => province.history);
const rowCount = received.reduce((sum, item) => sum + item.readings.length, 0);
// The inputs were made just now, all at once: settle them (the parent runs this with --expose-gc) so that the first
// stages do not pay for moving them out of the young generation. Returns read from files arrive over minutes.
(globalThis as { gc?: () => void }).gc?.();
sample();
const heapBefore = process.memoryUsage().heapUsed;

// The stages of consolidateReport, each timed.
const year = 2026;
function consolidate({ stage }: ReturnType<typeof timer>) {
  const distribution = stage("distribute", () => distributeDuties(plans, { successions: [], asOf: `${year}-10-31` }));
  const expected = stage("expected", () => expectedAgencies(distribution, directory));
  const register = stage("register", () => buildRegister({ expected, received, dueOn: `${year}-11-15` }));
  const tables = stage("tables", () =>
    consolidateTables({ plans, distribution, directory, register, year, cutoff: `${year}-10-31`, history, profile: PROGRESS_PROFILES.default }),
  );
  const summaries = stage("summaries", () => summarize(plans, tables, expected));
  const draft = report ? stage("draft", () => draftReport({ plans, year, register, tables, summaries })) : null;
  const merged = stage("history", () => mergeHistory(history, historyRowsOf(tables.indicators, year)));
  const sheets = draft ? stage("sheets", () => buildReportSheets({ plans, year, register, tables, summaries, draft, history: merged })) : [];
  return { tables, sheets };
}

const first = timer();
const { stages, cpuStages } = first;
const { tables, sheets } = consolidate(first);
const domainMs = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
// What the outputs hold once the garbage is gone: no intermediate copy should outlive its stage.
(globalThis as { gc?: () => void }).gc?.();
const retained = process.memoryUsage().heapUsed - heapBefore;
let again: Timings | null = null;
if (warm) consolidate((again = timer()));
const cells = sheets.reduce((sum, sheet) => sum + sheet.values.reduce((count, row) => count + row.length, 0), 0);
console.log(
  JSON.stringify({
    rows: rowCount,
    returns: received.length,
    historyRows: history.length,
    indicators: tables.indicators.length,
    tasks: tables.tasks.length,
    cells,
    stages,
    cpuStages,
    ...(again ? { warmStages: again.stages, warmCpuStages: again.cpuStages } : {}),
    domainMs,
    heapBeforeMiB: heapBefore / 2 ** 20,
    retainedMiB: retained / 2 ** 20,
    peakHeapMiB: peakHeap / 2 ** 20,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
