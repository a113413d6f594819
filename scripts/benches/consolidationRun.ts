// Child process of the consolidation bench: one consolidation of synthetic returns held in memory, timed by stage.
// Usage: tsx scripts/benches/consolidationRun.ts <provinces> <agencies per province> <rows per agency>
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

const [provinces, agencies, rows] = process.argv.slice(2).map(Number) as [number, number, number];

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const stages: Record<string, number> = {};
// CPU time of this process by stage: on a shared, loaded machine wall time also counts other processes' turns.
const cpuStages: Record<string, number> = {};
function stage<T>(name: string, run: () => T): T {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  stages[name] = performance.now() - start;
  const used = process.cpuUsage(cpu);
  cpuStages[name] = (used.user + used.system) / 1000;
  sample();
  return value;
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
const distribution = stage("distribute", () => distributeDuties(plans, { successions: [], asOf: `${year}-10-31` }));
const expected = stage("expected", () => expectedAgencies(distribution, directory));
const register = stage("register", () => buildRegister({ expected, received, dueOn: `${year}-11-15` }));
const tables = stage("tables", () =>
  consolidateTables({ plans, distribution, directory, register, year, cutoff: `${year}-10-31`, history, profile: PROGRESS_PROFILES.default }),
);
const summaries = stage("summaries", () => summarize(plans, tables, expected));
const draft = stage("draft", () => draftReport({ plans, year, register, tables, summaries }));
const merged = stage("history", () => mergeHistory(history, historyRowsOf(tables.indicators, year)));
const sheets = stage("sheets", () => buildReportSheets({ plans, year, register, tables, summaries, draft, history: merged }));

const domainMs = Object.values(stages).reduce((sum, ms) => sum + ms, 0);
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
    domainMs,
    heapBeforeMiB: heapBefore / 2 ** 20,
    peakHeapMiB: peakHeap / 2 ** 20,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
