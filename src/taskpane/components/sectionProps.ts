import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import type { PlanCatalog } from "../../domain/catalog/types";
import type { BundledPlan } from "../plans/bundledPlans";
import type { TemplateKit } from "./templates/templateKit";
import type { TemplateTarget } from "./templates/templateTarget";

/** What the pane's lazily loaded sections (templates, consolidation, validation) all take from the first screen. */
export interface SectionProps {
  /** The bundled plans: templates and consolidation may add those of the open plan's province; validation checks returns against all. */
  readonly plans: readonly BundledPlan[];
  readonly loadCatalog: (planId: string) => Promise<PlanCatalog>;
  readonly agencies: readonly Agency[];
  /** The bundled successions with the officer's edits. */
  readonly successions: readonly AgencySuccession[];
  /** ISO date of today. */
  readonly asOf: string;
  readonly language: "vi" | "en";
}

/** A section that works on the plan open in the pane and writes its output to a target (templates, consolidation). */
export interface PlanSectionProps extends SectionProps {
  /** The plan open in the pane: always included; bundled plans of the same province may join. */
  readonly catalog: PlanCatalog;
  /** Where the output goes: a download (standalone) or the open workbook (Excel). */
  readonly target: TemplateTarget;
  /** Fluent's parts, from the first screen (see templates/templateKit.ts). */
  readonly kit: TemplateKit;
}
