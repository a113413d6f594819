import { readFileSync } from "fs";
import { join } from "path";
import type { Agency } from "../../../../src/domain/catalog/agency";
import type { PlanCorrections } from "../../../../src/domain/catalog/types";

/** The five plan documents and the data the importer needs, read from data/ (tests may read files). */
const DATA = join(__dirname, "../../../../data");

export const PLAN_FILES = {
  "thanhhoa-sdg-2017": "000-thanhhoa-sdg-2017.txt",
  "daknong-sdg-2018": "001-daknong-sdg-2018.txt",
  "quangninh-sdg-2018": "002-quangninh-sdg-2018.txt",
  "thanhhoa-nq58-2021": "003-thanhhoa-nq58-2021.txt",
  "thanhhoa-green-growth-2023": "004-thanhhoa-green-growth-2023.txt",
} as const;

export type PlanKey = keyof typeof PLAN_FILES;

const cache = new Map<string, string>();

export function planText(plan: PlanKey): string {
  const file = PLAN_FILES[plan];
  if (!cache.has(file)) cache.set(file, readFileSync(join(DATA, "sources", file), "utf8"));
  return cache.get(file)!;
}

/** One line of a plan, 1-based as `sed -n` counts. */
export function planLine(plan: PlanKey, line: number): string {
  const text = planText(plan).split("\n")[line - 1];
  if (text === undefined) throw new Error(`${plan} has no line ${line}`);
  return text;
}

export function agencies(): readonly Agency[] {
  return JSON.parse(readFileSync(join(DATA, "agencies.json"), "utf8")) as Agency[];
}

export function corrections(plan: PlanKey): PlanCorrections | undefined {
  try {
    return JSON.parse(readFileSync(join(DATA, "corrections", `${plan}.json`), "utf8")) as PlanCorrections;
  } catch {
    return undefined;
  }
}
