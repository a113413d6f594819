/**
 * Bench: imports the five bundled plans (text → catalogue, agencies and corrections included)
 * several times and reports milliseconds per full import of all five, and per document; then
 * imports each plan's text repeated 1×, 4× and 16× to show how import time grows with size.
 * The first round is reported apart: it includes compiling the regular expressions and JIT.
 * CPU time is reported next to wall time: on a shared machine it is the steadier of the two. It counts every
 * thread of the process (the garbage collector's helpers too), so on an idle machine it can exceed wall time.
 */
import { join } from "path";
import { readCatalogInputs } from "../../src/cli/catalog/readCatalogInputs";
import type { CatalogInputs } from "../../src/cli/catalog/buildCatalogFiles";
import { importPlan } from "../../src/domain/catalog/import/importPlan";

export interface BenchOptions {
  readonly rounds?: number;
  /** Sizes of the growth runs, in copies of each plan's text (1×, 4×, 16× unless told). */
  readonly copies?: readonly number[];
  /** The plans of the growth runs (every plan unless told). */
  readonly growthPlans?: readonly string[];
}

interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

const COPIES = [1, 4, 16];

/** Runs per size in the growth table: fewer for the larger texts. */
function growthRuns(copies: number): number {
  return copies <= 1 ? 5 : copies <= 4 ? 3 : 1;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function timed(task: () => void): Timing {
  const cpu = process.cpuUsage();
  const started = performance.now();
  task();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function medianTiming(timings: readonly Timing[]): Timing {
  return { wallMs: median(timings.map((t) => t.wallMs)), cpuMs: median(timings.map((t) => t.cpuMs)) };
}

function ms(timing: Timing): string {
  return `${timing.wallMs.toFixed(1)} ms (CPU ${timing.cpuMs.toFixed(1)} ms)`;
}

function importOne(inputs: CatalogInputs, planId: string, text: string, withCorrections: boolean): void {
  const corrections = withCorrections ? inputs.corrections[planId] : undefined;
  importPlan({ planId, text }, { agencies: inputs.agencies, ...(corrections ? { corrections } : {}) });
}

/** The five plans, `rounds` times: the first round apart, then the median of the later rounds. */
function benchPlans(inputs: CatalogInputs, rounds: number, figures: Record<string, number>): string[] {
  const perPlan = new Map<string, Timing[]>();
  const totals: Timing[] = [];
  for (let round = 0; round < rounds; round += 1) {
    totals.push(
      timed(() => {
        for (const source of inputs.sources) {
          const timing = timed(() => importOne(inputs, source.planId, inputs.texts[source.file]!, true));
          perPlan.set(source.planId, [...(perPlan.get(source.planId) ?? []), timing]);
        }
      }),
    );
  }
  const later = <T>(list: readonly T[]): readonly T[] => (list.length > 1 ? list.slice(1) : list);
  const total = medianTiming(later(totals));
  figures["all.firstRoundMs"] = totals[0]!.wallMs;
  figures["all.medianMs"] = total.wallMs;
  figures["all.medianCpuMs"] = total.cpuMs;
  const lines = [
    `all ${inputs.sources.length} plans, ${rounds} rounds: first round ${totals[0]!.wallMs.toFixed(1)} ms (includes JIT); ` +
      `later rounds median ${ms(total)}, max ${Math.max(...later(totals).map((t) => t.wallMs)).toFixed(1)} ms`,
  ];
  for (const [planId, timings] of perPlan) {
    const plan = medianTiming(later(timings));
    figures[`${planId}.medianMs`] = plan.wallMs;
    figures[`${planId}.medianCpuMs`] = plan.cpuMs;
    lines.push(`${planId}: median ${ms(plan)} (first ${timings[0]!.wallMs.toFixed(1)} ms)`);
  }
  return lines;
}

/**
 * Each plan's text repeated 1×, 4× and 16× (without corrections: they cite lines of one copy).
 * "per copy" divides the ratio by the number of copies: 1.00 is linear growth, above it is worse.
 */
function benchGrowth(inputs: CatalogInputs, options: BenchOptions, figures: Record<string, number>): string[] {
  const lines = ["growth with document size (text repeated; ratio to 1×, and per copy: 1.00 = linear):"];
  const plans = inputs.sources.filter((source) => options.growthPlans?.includes(source.planId) ?? true);
  for (const source of plans) {
    const text = inputs.texts[source.file]!;
    const base = (options.copies ?? COPIES).map((copies) => {
      const repeated = Array.from({ length: copies }, () => text).join("\n");
      const runs = Array.from({ length: growthRuns(copies) }, () =>
        timed(() => importOne(inputs, source.planId, repeated, false)),
      );
      return { copies, timing: medianTiming(runs) };
    });
    const one = base[0]!.timing;
    const cells = base.map(({ copies, timing }) => {
      const ratio = timing.cpuMs / one.cpuMs;
      figures[`growth.${source.planId}.x${copies}.cpuMs`] = timing.cpuMs;
      figures[`growth.${source.planId}.x${copies}.ratio`] = ratio;
      return `${copies}× ${timing.cpuMs.toFixed(0)} ms CPU (×${ratio.toFixed(1)}, per copy ${(ratio / copies).toFixed(2)})`;
    });
    lines.push(`  ${source.planId} (${(text.length / 1024).toFixed(0)} K chars): ${cells.join("; ")}`);
  }
  return lines;
}

export default async function benchCatalogImport(
  options: BenchOptions = {},
): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const rounds = Math.max(1, options.rounds ?? 10);
  const inputs = readCatalogInputs(join(__dirname, "../.."));
  const figures: Record<string, number> = {};
  const lines = benchPlans(inputs, rounds, figures);
  lines.push(...benchGrowth(inputs, options, figures));
  return { lines, figures };
}
