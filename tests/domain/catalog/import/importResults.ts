import { importPlan, type ImportResult } from "../../../../src/domain/catalog/import/importPlan";
import { agencies, corrections, planText, type PlanKey } from "./planSources";

const results = new Map<string, ImportResult>();

/** The import of one of the five plans, with its corrections file, computed once per test run. */
export function imported(plan: PlanKey, withCorrections = true): ImportResult {
  const key = `${plan}:${withCorrections}`;
  let result = results.get(key);
  if (result === undefined) {
    result = importPlan(
      { planId: plan, text: planText(plan) },
      { agencies: agencies(), ...(withCorrections ? { corrections: corrections(plan) } : {}) },
    );
    results.set(key, result);
  }
  return result;
}
