import type { Agency } from "../../src/domain/catalog/agency";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { resolveSuccessor } from "../../src/domain/catalog/agencies/resolveSuccessor";
import type { AgencyId, LeadScope, PlanCatalog, TargetCode, TaskId } from "../../src/domain/catalog/types";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import type { ValidationSources } from "../../src/workflows/validateReturn";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { fillTemplateInputs as fillInputs } from "../../tests/helpers/fillTemplateInputs";
import { bundledPlan, THANH_HOA_PLANS } from "../../tests/workflows/templateFixtures";

/**
 * One province's collection round as the bench validates it: 60 agencies, each sent its own template of about 400
 * rows and returning it filled in correctly. The Thanh Hóa plans give 1,462 rows to 52 agencies (from 1 to 199
 * each); copied 14 times and their duties dealt round the 60 agencies, each copy rotated, they give every agency a
 * return of the real mix (indicators, lead tasks, cooperation tasks, shared duties) at the size issue 14 names.
 */

export const ROUND_AGENCIES = 60;
const COPIES = 14;
/** Copy c moves each named agency 7c places along the round: 7 and 60 share no factor, so every agency gets a turn. */
const STRIDE = 7;
export const TODAY = "2026-06-01";
const YEAR = 2026;

export interface FilledReturn {
  readonly agency: string;
  readonly rows: number;
  readonly bytes: Uint8Array;
}

/**
 * The round's catalogues and agencies as fresh objects: each province of a larger scale gets its own, as a national
 * run would hold each province's own plans (nothing hashed or distributed for one is reused for another).
 */
export function roundSources(): ValidationSources {
  const agencies = roundAgencies();
  const named = [...new Set(basePlans().flatMap(namedAgencies))].sort();
  const dealt = (copy: number) => (id: AgencyId) => agencies[(named.indexOf(id) + copy * STRIDE) % agencies.length]!.id;
  const plans = basePlans().map((plan) => {
    const copies = Array.from({ length: COPIES }, (_, copy) => dealDuties(plan, copy, dealt(copy)));
    return { ...plan, targets: copies.flatMap((copy) => copy.targets), tasks: copies.flatMap((copy) => copy.tasks) };
  });
  return { plans: new Map(plans.map((plan) => [plan.id as string, plan])), agencies, successions: bundledSuccessions };
}

/** Every agency's template for the round, filled in correctly, as bytes. */
export async function filledRound(sources: ValidationSources): Promise<FilledReturn[]> {
  const generated = await generateTemplates(
    {
      planIds: THANH_HOA_PLANS,
      loadPlan: (id) => sources.plans.get(id) ?? null,
      recipients: "all",
      year: YEAR,
      agencies: sources.agencies,
      successions: sources.successions,
      asOf: TODAY,
    },
    () => createXlsxWorkbook(),
  );
  if (!generated.ok) throw new Error(`template: ${generated.error.code}`);
  const filled: FilledReturn[] = [];
  for (const { port, template } of generated.result.written) {
    await fillInputs(port, template.metadata);
    const rows = TEMPLATE_SECTIONS.reduce((sum, section) => sum + template.metadata.rows[section].length, 0);
    filled.push({ agency: template.metadata.agency, rows, bytes: await port.toBuffer() });
  }
  return filled;
}

/** The province's current bodies (no merger pending on them), and copies of the first to make up 60. */
function roundAgencies(): Agency[] {
  const current = bundledAgencies.filter((agency) => agency.province === "thanhhoa" && resolveSuccessor(agency.id, bundledSuccessions, TODAY).chain.length === 0);
  return Array.from({ length: ROUND_AGENCIES }, (_, index) => {
    const base = current[index % current.length]!;
    const copy = Math.floor(index / current.length);
    return copy === 0 ? base : { ...base, id: `${base.id}-${copy + 1}` as AgencyId, name: `${base.name} (${copy + 1})`, aliases: [] };
  });
}

function basePlans(): PlanCatalog[] {
  return THANH_HOA_PLANS.map((id) => bundledPlan(id) as PlanCatalog);
}

function namedAgencies(plan: PlanCatalog): AgencyId[] {
  return [
    ...plan.targets.flatMap((target) => [...target.lead, ...target.partners, ...(target.leadScopes ?? []).map((scope) => scope.agency)]),
    ...plan.tasks.flatMap((task) => [...task.lead, ...task.partners, ...(task.leadScopes ?? []).map((scope) => scope.agency)]),
  ];
}

/** Copy `copy` of a plan, its codes suffixed as scaleCatalog does, every agency it names replaced by the one dealt. */
function dealDuties(plan: PlanCatalog, copy: number, dealt: (id: AgencyId) => AgencyId): Pick<PlanCatalog, "targets" | "tasks"> {
  const scopes = (list: readonly LeadScope[] | undefined) => list?.map((scope) => ({ ...scope, agency: dealt(scope.agency) }));
  const agencies = <T extends { lead: readonly AgencyId[]; partners: readonly AgencyId[]; leadScopes?: readonly LeadScope[] }>(duty: T) => ({
    lead: duty.lead.map(dealt),
    partners: duty.partners.map(dealt),
    leadScopes: scopes(duty.leadScopes),
  });
  return {
    targets: plan.targets.map((target) => ({ ...target, ...agencies(target), code: `${target.code}.x${copy}` as TargetCode })),
    tasks: plan.tasks.map((task) => ({ ...task, ...agencies(task), id: `${task.id}.x${copy}` as TaskId })),
  };
}

/** The tests' filler of a template's inputs, which the Office.js bench also uses. */
export { fillInputs };
