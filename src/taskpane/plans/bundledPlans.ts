import sources from "../../../data/sources/sources.json";

/** A plan shipped with the app, as the picker lists it. */
export interface BundledPlan {
  readonly planId: string;
  readonly label: string;
  readonly province: string;
  readonly file: string;
}

export const BUNDLED_PLANS: readonly BundledPlan[] = sources.map((entry) => ({
  planId: entry.planId,
  label: entry.label,
  province: entry.province,
  file: entry.file,
}));
