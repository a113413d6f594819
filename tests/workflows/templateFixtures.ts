import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import type { TemplateRequestInput } from "../../src/workflows/generateTemplates";
import type { ValidationSources } from "../../src/workflows/validateReturn";

/** The bundled plans and agencies, as the CLI and the pane give them to the template workflow. */

const PLANS_DIR = path.join(__dirname, "..", "..", "data", "plans");

export const BUNDLED_PLAN_IDS = ["thanhhoa-sdg-2017", "daknong-sdg-2018", "quangninh-sdg-2018", "thanhhoa-nq58-2021", "thanhhoa-green-growth-2023"] as const;
export const THANH_HOA_PLANS = ["thanhhoa-sdg-2017", "thanhhoa-nq58-2021", "thanhhoa-green-growth-2023"] as const;

const cache = new Map<string, PlanCatalog>();

export function bundledPlan(planId: string): PlanCatalog | null {
  if (!cache.has(planId)) {
    try {
      cache.set(planId, JSON.parse(readFileSync(path.join(PLANS_DIR, `${planId}.json`), "utf8")) as PlanCatalog);
    } catch {
      return null;
    }
  }
  return cache.get(planId)!;
}

/** The Thanh Hóa plans, the bundled agencies and successions: what returns of the Thanh Hóa templates are checked against. */
export const THANH_HOA_SOURCES: ValidationSources = {
  plans: new Map(THANH_HOA_PLANS.map((id) => [id as string, bundledPlan(id)!])),
  agencies: bundledAgencies,
  successions: bundledSuccessions,
};

export function templateInput(planIds: readonly string[], recipients: TemplateRequestInput["recipients"], extra: Partial<TemplateRequestInput> = {}): TemplateRequestInput {
  return {
    planIds,
    loadPlan: bundledPlan,
    recipients,
    year: 2026,
    agencies: bundledAgencies,
    successions: bundledSuccessions,
    asOf: "2026-06-01",
    ...extra,
  };
}
