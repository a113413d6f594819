/**
 * Bench: imports the five bundled plans (text → catalogue, agencies and corrections included)
 * several times and reports milliseconds per full import of all five, and per document.
 * The first round is reported apart: it includes compiling the regular expressions and JIT.
 */
import { join } from "path";
import { importPlan } from "../../src/domain/catalog/import/importPlan";
import { readCatalogInputs } from "../../src/cli/catalog/readCatalogInputs";

export interface BenchOptions {
  readonly rounds?: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

export default async function benchCatalogImport(options: BenchOptions = {}): Promise<readonly string[]> {
  const rounds = Math.max(1, options.rounds ?? 10);
  const inputs = readCatalogInputs(join(__dirname, "../.."));
  const perPlan = new Map<string, number[]>();
  const totals: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const started = performance.now();
    for (const source of inputs.sources) {
      const text = inputs.texts[source.file]!;
      const corrections = inputs.corrections[source.planId];
      const before = performance.now();
      importPlan({ planId: source.planId, text }, { agencies: inputs.agencies, ...(corrections ? { corrections } : {}) });
      const list = perPlan.get(source.planId) ?? [];
      list.push(performance.now() - before);
      perPlan.set(source.planId, list);
    }
    totals.push(performance.now() - started);
  }
  const warm = totals.length > 1 ? totals.slice(1) : totals;
  const lines = [
    `catalog import: all ${inputs.sources.length} plans, ${rounds} rounds`,
    `  first round: ${totals[0]!.toFixed(1)} ms; later rounds: median ${median(warm).toFixed(1)} ms, max ${Math.max(...warm).toFixed(1)} ms`,
  ];
  for (const [planId, times] of perPlan) {
    const later = times.length > 1 ? times.slice(1) : times;
    lines.push(`  ${planId}: median ${median(later).toFixed(1)} ms (first ${times[0]!.toFixed(1)} ms)`);
  }
  return lines;
}
