import { performance } from "node:perf_hooks";
import { nativeDigest } from "../../src/cli/nativeDigest";
import { domainSha256, type TextDigest } from "../../src/domain/templates/sha256";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import type { WorkbookPort } from "../../src/workbook/port";
import { checkDuplicateSubmissions, createValidationCache, validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { filledRound, roundSources, TODAY, type FilledReturn } from "./validationRound";

/**
 * Validating collection rounds, with the time spent reading kept apart from the domain's.
 * - 1× is one province's round (issue 14): 60 returns from 60 agencies, each its own rows, about 400 a return
 *   (validationRound.ts), filled in correctly and read from their bytes as the CLI reads files. Read time is opening
 *   each file and every port call; domain time is everything else validateWorkbookReturn does, plus the duplicate
 *   check across the round.
 * - 10× and 100× are 600 and 6,000 returns in one run: ten and a hundred provinces' rounds (the nation has 34
 *   provinces, so 100× is past any real run). Generating and reading 6,000 files would take the bench an hour: each
 *   province's returns are the 60 files' reads replayed (a fresh copy of what the file adapter returned for each
 *   call, counted as read time), against the province's own catalogue objects, cache and duplicate check. Domain
 *   time is measured on every return; read time is the 1× files' read time times the provinces, and said so.
 * Every result stays held to the end of its scale, as the CLI holds them: peak memory is the run's.
 */

export const SCALES: readonly number[] = [1, 10, 100];

interface Timing {
  wallMs: number;
  cpuMs: number;
}

interface ScaleFigures {
  readonly returns: number;
  readonly rows: number;
  readonly readMs: number;
  readonly readCpuMs: number;
  readonly domainMs: number;
  readonly domainCpuMs: number;
  readonly issues: number;
  readonly peakRssMiB: number;
  readonly peakHeapMiB: number;
  /** Heap in use at the peak above what was in use before the scale began: what the run holds. */
  readonly heldHeapMiB: number;
}

export default async function benchValidateReturns(scales: readonly number[] = SCALES): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const round = await filledRound(roundSources());
  const sizes = round.map((filled) => filled.rows).sort((a, b) => a - b);
  const rows = sizes.reduce((sum, size) => sum + size, 0);
  const kb = round.reduce((sum, filled) => sum + filled.bytes.length, 0) / round.length / 1024;
  const lines = [
    `a province's round: ${round.length} returns from ${round.length} agencies, ${sizes[0]}–${sizes[sizes.length - 1]} rows each (${Math.round(rows / round.length)} on average, ${rows.toLocaleString("en")} in all), ${kb.toFixed(0)} KB a file, every one filled in correctly`,
  ];
  const figures: Record<string, number> = {};
  const one = await measureFiles(round);
  const recorded = await recordReads(round);
  // Before the large scales, whose heaps would weigh on whichever engine ran next.
  const engines = await compareEngines(recorded, one);
  for (const scale of scales) {
    const result = scale === 1 ? one : await measureReplayed(recorded, scale, one);
    Object.assign(figures, Object.fromEntries(Object.entries(result).map(([key, value]) => [`${scale}x.${key}`, value])));
    const perReturn = result.domainCpuMs / result.returns;
    figures[`${scale}x.domainCpuMsPerReturn`] = perReturn;
    figures[`${scale}x.domainPerReturnRatio`] = perReturn / (one.domainCpuMs / one.returns);
    lines.push(scaleLine(scale, result, one));
  }
  Object.assign(figures, engines.figures);
  lines.push(engines.line);
  return { lines, figures };
}

/**
 * The pane hashes in plain TypeScript where the CLI has node:crypto: the 1× round replayed with each, the same
 * reads, so that only the hashing differs; each engine twice, in turn, and the faster run of each kept.
 */
async function compareEngines(recorded: readonly Recording[], one: ScaleFigures): Promise<{ line: string; figures: Record<string, number> }> {
  const runs: Record<"native" | "plain", number[]> = { native: [], plain: [] };
  for (let round = 0; round < 2; round++) {
    runs.native.push((await measureReplayed(recorded, 1, one, nativeDigest)).domainCpuMs);
    runs.plain.push((await measureReplayed(recorded, 1, one, domainSha256)).domainCpuMs);
  }
  const native = Math.min(...runs.native);
  const plain = Math.min(...runs.plain);
  return {
    line:
      `hashing: the 1× round replayed (faster of 2), domain CPU ${ms(native)} with node:crypto (the CLI), ` +
      `${ms(plain)} with the domain's TypeScript SHA-256 (the pane): ${((plain - native) / one.returns).toFixed(1)} ms more a return`,
    figures: { "engines.nativeDomainCpuMs": native, "engines.plainDomainCpuMs": plain },
  };
}

function scaleLine(scale: number, result: ScaleFigures, one: ScaleFigures): string {
  const who = scale === 1 ? "one province" : `${scale} provinces`;
  const read = scale === 1 ? `read ${ms(result.readMs)} (CPU ${ms(result.readCpuMs)})` : `read ≈ ${ms(result.readMs)} (1× files × ${scale}; replayed, CPU ${ms(result.readCpuMs)})`;
  const ratio = (result.domainCpuMs / result.returns / (one.domainCpuMs / one.returns)).toFixed(2);
  return (
    `${scale}× ${who}, ${result.returns.toLocaleString("en")} returns (${result.rows.toLocaleString("en")} rows): ${read}, ` +
    `domain ${ms(result.domainMs)} (CPU ${ms(result.domainCpuMs)}, ${(result.domainCpuMs / result.returns).toFixed(1)} ms a return, ×${ratio} of 1× per return); ` +
    `${result.issues} issue(s); peak heap ${result.peakHeapMiB.toFixed(0)} MiB (${result.heldHeapMiB.toFixed(0)} MiB held by the run), RSS ${result.peakRssMiB.toFixed(0)} MiB`
  );
}

function ms(value: number): string {
  return `${Math.round(value).toLocaleString("en")} ms`;
}

/** What the file adapter answered for each call of one return, to be replayed. */
type Recording = Map<string, unknown>;

/**
 * 1×: every return opened from its bytes and validated, one cache and one duplicate check for the round. What the
 * reads answered is not kept here (recordReads does that apart), so the run's heap and collections are its own.
 */
async function measureFiles(round: readonly FilledReturn[]): Promise<ScaleFigures> {
  const memory = new PeakMemory();
  const sources = roundSources();
  const cache = createValidationCache({ digest: nativeDigest });
  const read: Timing = { wallMs: 0, cpuMs: 0 };
  const total: Timing = { wallMs: 0, cpuMs: 0 };
  const results: ValidatedReturn[] = [];
  for (const filled of round) {
    const file = `${filled.agency}.xlsx`;
    const timed = await measured(total, async () => {
      const port = await measured(read, () => openWorkbookFile(filled.bytes, { fileName: file }));
      return validateWorkbookReturn(timedPort(port, read), { file, sources, today: TODAY, cache });
    });
    results.push(timed);
    memory.sample();
  }
  const checked = await measured(total, async () => checkDuplicateSubmissions(results));
  memory.sample();
  const rows = round.reduce((sum, filled) => sum + filled.rows, 0);
  return figuresOf(round.length, rows, read, total, checked, memory);
}

/** What the file adapter answered for each call of each return, for the replayed scales; not timed. */
async function recordReads(round: readonly FilledReturn[]): Promise<Recording[]> {
  const sources = roundSources();
  const cache = createValidationCache({ digest: nativeDigest });
  const recorded: Recording[] = [];
  for (const filled of round) {
    const file = `${filled.agency}.xlsx`;
    const recording: Recording = new Map();
    await validateWorkbookReturn(recordingPort(await openWorkbookFile(filled.bytes, { fileName: file }), recording), { file, sources, today: TODAY, cache });
    recorded.push(recording);
  }
  return recorded;
}

/** 10×, 100×: a province per copy of the round, replayed from the 1× reads, every result held to the end. */
async function measureReplayed(recorded: readonly Recording[], provinces: number, one: ScaleFigures, digest: TextDigest = nativeDigest): Promise<ScaleFigures> {
  const memory = new PeakMemory();
  const replay: Timing = { wallMs: 0, cpuMs: 0 };
  const total: Timing = { wallMs: 0, cpuMs: 0 };
  const held: ValidatedReturn[][] = [];
  for (let province = 0; province < provinces; province++) {
    const sources = roundSources();
    const cache = createValidationCache({ digest });
    const results: ValidatedReturn[] = [];
    for (const [index, recording] of recorded.entries()) {
      const file = `p${province + 1}/return-${index + 1}.xlsx`;
      results.push(await measured(total, () => validateWorkbookReturn(replayedPort(recording, replay), { file, sources, today: TODAY, cache })));
      memory.sample();
    }
    held.push(await measured(total, async () => checkDuplicateSubmissions(results)));
  }
  memory.sample();
  const checked = held.flat();
  const figures = figuresOf(checked.length, one.rows * provinces, replay, total, checked, memory);
  return { ...figures, readMs: one.readMs * provinces, readCpuMs: one.readCpuMs * provinces };
}

function figuresOf(returns: number, rows: number, read: Timing, total: Timing, checked: readonly ValidatedReturn[], memory: PeakMemory): ScaleFigures {
  memory.stop();
  return {
    returns,
    rows,
    readMs: read.wallMs,
    readCpuMs: read.cpuMs,
    domainMs: total.wallMs - read.wallMs,
    domainCpuMs: total.cpuMs - read.cpuMs,
    issues: checked.reduce((sum, result) => sum + result.validation.issues.length, 0),
    peakRssMiB: memory.rss / 2 ** 20,
    peakHeapMiB: memory.heap / 2 ** 20,
    heldHeapMiB: (memory.heap - memory.baseline) / 2 ** 20,
  };
}

/** Runs `task`, adding its wall and CPU time (this process, every thread: the collector's included) to `into`. */
async function measured<T>(into: Timing, task: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const cpu = process.cpuUsage();
  try {
    return await task();
  } finally {
    const used = process.cpuUsage(cpu);
    into.cpuMs += (used.user + used.system) / 1000;
    into.wallMs += performance.now() - start;
  }
}

const METHODS = ["inspect", "readSheet", "readCells", "reveal", "apply"] as const;

function callKey(method: string, args: readonly unknown[]): string {
  return JSON.stringify([method, ...args]);
}

/**
 * The port with the time spent inside its calls counted as reading. The collector runs when it runs: its work falls
 * in whichever side's time it interrupts, the read's garbage included.
 */
function timedPort(port: WorkbookPort, read: Timing): WorkbookPort {
  const call =
    (method: (typeof METHODS)[number]) =>
    (...args: unknown[]): Promise<never> =>
      measured(read, () => (port[method] as (...given: unknown[]) => Promise<never>).apply(port, args));
  return { host: port.host, ...Object.fromEntries(METHODS.map((method) => [method, call(method)])) } as WorkbookPort;
}

/** The port, with what it answered recorded by call. */
function recordingPort(port: WorkbookPort, recording: Recording): WorkbookPort {
  const call =
    (method: (typeof METHODS)[number]) =>
    async (...args: unknown[]): Promise<never> => {
      const answer = await (port[method] as (...given: unknown[]) => Promise<unknown>).apply(port, args);
      recording.set(callKey(method, args), answer);
      return answer as never;
    };
  return { host: port.host, ...Object.fromEntries(METHODS.map((method) => [method, call(method)])) } as WorkbookPort;
}

/** A port answering each call with a fresh copy of what the file adapter answered: no object is shared between returns. */
function replayedPort(recording: Recording, read: Timing): WorkbookPort {
  const call =
    (method: (typeof METHODS)[number]) =>
    async (...args: unknown[]): Promise<never> => {
      const key = callKey(method, args);
      if (!recording.has(key)) throw new Error(`bench: the replayed return was never asked ${key}`);
      return (await measured(read, async () => structuredClone(recording.get(key)))) as never;
    };
  return { host: "file", ...Object.fromEntries(METHODS.map((method) => [method, call(method)])) } as WorkbookPort;
}

/** A full collection when the bench may ask for one (v8's gc exposed at run time), so baselines are comparable. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

/** Peak resident set and heap, sampled after each return and on a timer in between, above a collected baseline. */
class PeakMemory {
  rss = 0;
  heap = 0;
  readonly baseline: number;
  private readonly timer = setInterval(() => this.sample(), 20);

  constructor() {
    collectGarbage();
    this.baseline = process.memoryUsage().heapUsed;
    this.timer.unref();
    this.sample();
  }

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    this.rss = Math.max(this.rss, rss);
    this.heap = Math.max(this.heap, heapUsed);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
