import index from "../../../data/plans/index.json";
import type { PlanCatalog } from "../../domain/catalog/types";

/** A plan shipped with the app, as the picker lists it (from data/plans/index.json). */
export interface BundledPlan {
  readonly planId: string;
  readonly label: string;
  readonly province: string;
  readonly counts: { readonly goals: number; readonly targets: number; readonly tasks: number; readonly reviewItems: number };
}

export const BUNDLED_PLANS: readonly BundledPlan[] = index.map((entry) => ({
  planId: entry.id,
  label: entry.label,
  province: entry.province,
  counts: entry.counts,
}));

/** Loads one bundled catalogue; the browser fetches each plan as its own chunk, only when chosen. */
export async function loadBundledCatalog(planId: string): Promise<PlanCatalog> {
  if (!BUNDLED_PLANS.some((plan) => plan.planId === planId)) throw new Error(`Unknown bundled plan: ${planId}`);
  const module = (await import(/* webpackChunkName: "plan-[request]" */ `../../../data/plans/${planId}.json`)) as {
    default?: unknown;
  };
  return (module.default ?? module) as PlanCatalog;
}
