import type { Agency, AgencySuccession } from "../catalog/agency";
import { resolveSuccessor } from "../catalog/agencies/resolveSuccessor";
import type { AgencyId, PlanCatalog } from "../catalog/types";
import type { SheetSpec } from "../sheet/sheetSpec";
import { catalogHash } from "./catalogHash";
import { TEMPLATE_SECTIONS, type AgencyDuties, type TemplateRow, type TemplateSection } from "./distributeDuties";
import { fingerprintOf } from "./fingerprint";
import type { ReportingDates } from "./reportingDates";
import { sha256Text } from "./sha256";
import { buildCoverSheet, buildInstructionsSheet, buildListsSheet, buildSectionSheet, type TemplateSheetContext } from "./buildTemplateSheets";
import { TEMPLATE_FORMAT_VERSION } from "./templateLayout";
import { encodeTemplateMetadata, type TemplateMetadata, type TemplateSheetRole, type UsedSuccession } from "./templateMetadata";
import { defaultRecipient, SHEET_TITLES } from "./templateText";

export interface TemplateRequest {
  /** Plans of one province, in the order the template shows them. */
  readonly plans: readonly PlanCatalog[];
  readonly agency: Agency;
  /** To name the bodies rows came from and the leads of cooperation rows. */
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  /** The agency's rows (distributeDuties). */
  readonly duties: AgencyDuties;
  readonly year: number;
  readonly dates: ReportingDates;
  /** Who receives the return; a sentence naming the province's plan office by default. */
  readonly recipient?: string | null;
  /** The successions the duties were distributed with, and the day they were read on, to record which were used. */
  readonly successions: readonly AgencySuccession[];
  readonly asOf: string;
  readonly choices?: Readonly<Record<string, readonly AgencyId[]>>;
  /** Sheet names to use instead of the standard ones (when writing into a workbook that has some already). */
  readonly sheetNames?: Readonly<Partial<Record<TemplateSheetRole, string>>>;
}

export interface BuiltTemplate {
  /** Cover, instructions, the sections that have rows, and the very hidden list sheet. */
  readonly sheets: readonly SheetSpec[];
  readonly metadata: TemplateMetadata;
  /** The metadata as key/value entries for setMetadata. */
  readonly entries: Readonly<Record<string, string>>;
}

/** One agency's template: its sheets and the metadata that recognises it when it comes back. */
export function buildTemplate(request: TemplateRequest): BuiltTemplate {
  const names = { ...SHEET_TITLES, ...request.sheetNames } as Record<TemplateSheetRole, string>;
  const context: TemplateSheetContext = {
    agency: request.agency,
    agencies: request.agencies,
    plans: new Map(request.plans.map((plan) => [plan.id as string, plan])),
    orderedPlans: request.plans,
    year: request.year,
    dates: request.dates,
    recipient: request.recipient ?? defaultRecipient(request.plans[0]?.province ?? ""),
    names,
  };
  const present = TEMPLATE_SECTIONS.filter((section) => request.duties[section].length > 0);
  const sections = present.map((section) => ({ section, built: buildSectionSheet(section, request.duties[section], context) }));
  const used = usedSuccessions(request);
  const shortName = (id: AgencyId) => request.agencies.get(id)?.shortName ?? id;
  const cover = buildCoverSheet(
    context,
    request.duties,
    used.map((succession) => `${shortName(succession.from)}${succession.uncertain ? " (chưa xác nhận)" : ""}`),
  );

  const rows = Object.fromEntries(TEMPLATE_SECTIONS.map((section) => [section, [] as readonly string[]])) as Record<TemplateSection, readonly string[]>;
  const sheets: Partial<Record<TemplateSheetRole, string>> = { cover: names.cover, instructions: names.instructions, lists: names.lists };
  for (const { section, built } of sections) {
    rows[section] = built.keys;
    sheets[section] = names[section];
  }
  const fingerprint = fingerprintOf(sections.flatMap(({ built }) => built.lines));
  const plans = request.plans.map((plan) => ({ id: plan.id as string, hash: catalogHash(plan) }));
  const base = {
    version: TEMPLATE_FORMAT_VERSION,
    agency: request.agency.id,
    plans,
    successions: used,
    choices: usedChoices(request),
    year: request.year,
    cutoff: request.dates.cutoff,
    deadline: request.dates.deadline,
    sheets,
    cover: cover.inputs,
    rows,
    fingerprint,
  };
  const templateId = `PT-${request.year}-${sha256Text(JSON.stringify([base.agency, plans, base.cutoff, base.deadline, fingerprint])).slice(0, 16)}`;
  const metadata: TemplateMetadata = { templateId, ...base };
  return {
    sheets: [cover.spec, buildInstructionsSheet(names.instructions), ...sections.map(({ built }) => built.spec), buildListsSheet(names.lists)],
    metadata,
    entries: encodeTemplateMetadata(metadata),
  };
}

function allRows(duties: AgencyDuties): TemplateRow[] {
  return [...duties.indicators, ...duties.leadTasks, ...duties.partnerTasks];
}

/** For each body a row came from: who holds its duties now, from when, and whether that is confirmed. */
function usedSuccessions(request: TemplateRequest): UsedSuccession[] {
  const from = [...new Set(allRows(request.duties).flatMap((row) => row.inherited.map((entry) => entry.from)))].sort();
  return from.map((id) => {
    const resolution = resolveSuccessor(id, request.successions, request.asOf);
    const last = resolution.chain[resolution.chain.length - 1];
    return {
      from: id,
      to: resolution.current,
      effective: last?.effective ?? request.asOf,
      uncertain: resolution.chain.some((succession) => succession.uncertain),
    };
  });
}

function usedChoices(request: TemplateRequest): { dutyKey: string; agencies: readonly AgencyId[] }[] {
  const keys = new Set(
    allRows(request.duties)
      .filter((row) => row.inherited.some((entry) => entry.chosen))
      .map((row) => row.key.replace(/#\d+$/, "")),
  );
  return [...keys].sort().flatMap((dutyKey) => {
    const agencies = request.choices?.[dutyKey];
    return agencies ? [{ dutyKey, agencies }] : [];
  });
}
