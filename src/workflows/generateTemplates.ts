import type { Agency, AgencySuccession } from "../domain/catalog/agency";
import { resolveSuccessor } from "../domain/catalog/agencies/resolveSuccessor";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import { chooseSheetName } from "../domain/sheet/sheetNames";
import { foldForSearch } from "../domain/text/foldForSearch";
import { buildTemplate, type BuiltTemplate } from "../domain/templates/buildTemplate";
import { coverListRows, templateFileName, type CoverEntry } from "../domain/templates/coverList";
import {
  distributeDuties,
  taskDutyKey,
  targetDutyKey,
  type AgencyDuties,
  type DutyDistribution,
  type PendingDuty,
} from "../domain/templates/distributeDuties";
import { suggestSuccessor, type SuccessorSuggestion } from "../domain/templates/suggestSuccessor";
import { resolveReportingDates, type ReportingDates } from "../domain/templates/reportingDates";
import { TEMPLATE_SHEET_ROLES, type TemplateSheetRole } from "../domain/templates/templateMetadata";
import { SHEET_TITLES } from "../domain/templates/templateText";
import type { TemplateErrorForMessage } from "../domain/templates/templateMessages";
import type { CellValue } from "../domain/grid/cellValue";
import type { WorkbookPort } from "../workbook/port";

/**
 * Progress templates for agencies: checks the request, works out who receives what today, and writes one template
 * per agency into a fresh workbook the caller provides. Nothing is written unless the whole request is valid.
 *
 * Two stages for the task pane: prepareTemplates (no writes: rows per agency, dates, the cover list, or a typed
 * error) and writeTemplate (one agency into one port: one inspect and one apply, so three Office.js syncs).
 */

export interface TemplateRequestInput {
  /** Plan ids, in the order the template lists them; duplicates are ignored. */
  readonly planIds: readonly string[];
  /** The catalogue of a plan id, or null when there is none. */
  readonly loadPlan: (planId: string) => Promise<PlanCatalog | null> | PlanCatalog | null;
  /** One agency (id), or every agency that receives something. */
  readonly recipients: { readonly agency: string } | "all";
  readonly year: number;
  /** ISO yyyy-mm-dd; default from the plans' regimes. */
  readonly cutoff?: string | null;
  readonly deadline?: string | null;
  readonly recipient?: string | null;
  readonly agencies: readonly Agency[];
  /** Bundled successions with the officer's edits (mergeSuccessions). */
  readonly successions: readonly AgencySuccession[];
  /** The officer's assignments of split bodies' duties, by duty key. */
  readonly choices?: Readonly<Record<string, readonly AgencyId[]>>;
  /** Assign every split body's duty without a choice to the successor suggested from its subject, where there is one. */
  readonly acceptSuggestions?: boolean;
  /** ISO yyyy-mm-dd on which successions are read: today. */
  readonly asOf: string;
}

/** Typed errors found before anything is written; templateErrorMessage gives the Vietnamese sentence. */
export type TemplateError = TemplateErrorForMessage;

export type TemplateAssignment =
  | { readonly status: "template"; readonly agency: Agency; readonly duties: AgencyDuties; readonly fileName: string; readonly inheritedFrom: readonly string[] }
  | { readonly status: "nothing_assigned"; readonly agency: Agency };

export interface PreparedTemplates {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly dates: ReportingDates;
  readonly recipient: string | null;
  readonly assignments: readonly TemplateAssignment[];
  /** Duties of split bodies the officer has not assigned yet: in no template. */
  readonly pending: readonly PendingAssignment[];
  /** Who gets which file, header first (coverListCsv / coverListSheet render it). */
  readonly coverList: readonly (readonly CellValue[])[];
  readonly successions: readonly AgencySuccession[];
  readonly choices: Readonly<Record<string, readonly AgencyId[]>>;
  readonly asOf: string;
  readonly directory: ReadonlyMap<AgencyId, Agency>;
}

/** A duty waiting for the officer's choice, with its text and the successor its subject suggests. */
export interface PendingAssignment extends PendingDuty {
  readonly text: string;
  readonly suggestion: SuccessorSuggestion | null;
}

export type Prepared = { readonly ok: true; readonly prepared: PreparedTemplates } | { readonly ok: false; readonly error: TemplateError };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export async function prepareTemplates(input: TemplateRequestInput): Promise<Prepared> {
  const plans = await checkedPlans(input);
  if (!Array.isArray(plans)) return { ok: false, error: plans };
  const directory = new Map(input.agencies.map((agency) => [agency.id, agency]));
  const { distribution, choices } = distribute(plans, input, directory);
  const recipients = chooseRecipients(plans, distribution, input, directory);
  if (!Array.isArray(recipients)) return { ok: false, error: recipients };

  const assignments = assign(recipients, distribution, input.year, directory);
  const open = input.recipients === "all" ? distribution.pending : distribution.pending.filter((duty) => duty.candidates.includes(recipients[0]!.id));
  const pending = withSuggestions(open, plans, input, directory);
  return {
    ok: true,
    prepared: {
      plans,
      year: input.year,
      dates: resolveReportingDates(plans, input.year, { cutoff: input.cutoff ?? null, deadline: input.deadline ?? null }),
      recipient: input.recipient ?? null,
      assignments,
      pending,
      coverList: coverListRows(assignments.map(coverEntry), pending, (id) => directory.get(id)?.name ?? id),
      successions: input.successions,
      choices,
      asOf: input.asOf,
      directory,
    },
  };
}

/** The plans asked for, once each, after checking the year, the dates, that every plan exists and one province. */
async function checkedPlans(input: TemplateRequestInput): Promise<PlanCatalog[] | TemplateError> {
  const planIds = [...new Set(input.planIds)];
  if (planIds.length === 0) return { code: "no_plan" };
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) return { code: "year_invalid", year: input.year };
  for (const field of ["cutoff", "deadline"] as const) {
    const value = input[field];
    if (value && (!ISO_DATE.test(value) || Number.isNaN(Date.parse(value)))) return { code: "date_invalid", field, value };
  }
  const plans: PlanCatalog[] = [];
  for (const planId of planIds) {
    const plan = await input.loadPlan(planId);
    if (!plan) return { code: "plan_unknown", planId };
    plans.push(plan);
  }
  if (new Set(plans.map((plan) => foldForSearch(plan.province ?? ""))).size > 1) {
    return { code: "provinces_differ", plans: plans.map((plan) => ({ planId: plan.id, province: plan.province })) };
  }
  return plans;
}

/** Duties by agency with the officer's choices, and with the suggested successors when the officer accepts them. */
function distribute(plans: readonly PlanCatalog[], input: TemplateRequestInput, directory: ReadonlyMap<AgencyId, Agency>) {
  const run = (choices: Readonly<Record<string, readonly AgencyId[]>>) => distributeDuties(plans, { successions: input.successions, asOf: input.asOf, choices });
  const choices = input.choices ?? {};
  const distribution = run(choices);
  if (!input.acceptSuggestions) return { distribution, choices };
  // One duty may wait on two split bodies: each body's suggestion joins the duty's choice, which picks per body.
  const suggested: Record<string, AgencyId[]> = {};
  for (const duty of withSuggestions(distribution.pending, plans, input, directory)) {
    if (duty.suggestion) suggested[duty.dutyKey] = [...new Set([...(suggested[duty.dutyKey] ?? []), duty.suggestion.agency])];
  }
  const accepted = { ...suggested, ...choices };
  return { distribution: run(accepted), choices: accepted };
}

/** Every recipient (see everyRecipient), or the one agency asked for, which must exist today. */
function chooseRecipients(
  plans: readonly PlanCatalog[],
  distribution: DutyDistribution,
  input: TemplateRequestInput,
  directory: ReadonlyMap<AgencyId, Agency>,
): Agency[] | TemplateError {
  if (input.recipients === "all") return everyRecipient(plans, distribution.byAgency, input, directory);
  const agency = directory.get(input.recipients.agency as AgencyId);
  if (!agency) return { code: "agency_unknown", agency: input.recipients.agency };
  const resolution = resolveSuccessor(agency.id, input.successions, input.asOf);
  if (resolution.chain.length > 0 && !distribution.byAgency.has(agency.id)) {
    return { code: "agency_replaced", agency, holders: resolution.current.flatMap((id) => directory.get(id) ?? []) };
  }
  return [agency];
}

/** A file for each recipient with rows, named after its short name and the year; "nothing assigned" for the others. */
function assign(recipients: readonly Agency[], distribution: DutyDistribution, year: number, directory: ReadonlyMap<AgencyId, Agency>): TemplateAssignment[] {
  const taken = new Set<string>();
  const shortName = (id: AgencyId) => directory.get(id)?.shortName ?? id;
  return recipients.map((agency): TemplateAssignment => {
    const duties = distribution.byAgency.get(agency.id);
    if (!duties) return { status: "nothing_assigned", agency };
    const fileName = templateFileName(agency.shortName || agency.name, year, taken);
    taken.add(fileName);
    const rows = [...duties.indicators, ...duties.leadTasks, ...duties.partnerTasks];
    const inheritedFrom = [...new Set(rows.flatMap((row) => row.inherited.map((entry) => shortName(entry.from))))];
    return { status: "template", agency, duties, fileName, inheritedFrom };
  });
}

function coverEntry(assignment: TemplateAssignment): CoverEntry {
  if (assignment.status === "nothing_assigned") return { agency: assignment.agency, file: null, counts: null, inheritedFrom: [] };
  const { indicators, leadTasks, partnerTasks } = assignment.duties;
  return {
    agency: assignment.agency,
    file: assignment.fileName,
    counts: { indicators: indicators.length, leadTasks: leadTasks.length, partnerTasks: partnerTasks.length },
    inheritedFrom: assignment.inheritedFrom,
  };
}

/** Each pending duty with its text and the successor the split's note suggests for its subject. */
function withSuggestions(
  pending: readonly PendingDuty[],
  plans: readonly PlanCatalog[],
  input: TemplateRequestInput,
  directory: ReadonlyMap<AgencyId, Agency>,
): PendingAssignment[] {
  const texts = new Map<string, string>();
  for (const plan of plans) {
    for (const target of plan.targets) texts.set(targetDutyKey(plan.id, target.code), target.text);
    for (const task of plan.tasks) texts.set(taskDutyKey(plan.id, task.id), [task.group, task.text].filter(Boolean).join(" "));
  }
  return pending.map((duty) => {
    const text = texts.get(duty.dutyKey) ?? "";
    const split = resolveSuccessor(duty.from, input.successions, input.asOf).chain.find((succession) => succession.to.length > 1);
    return { ...duty, text, suggestion: split ? suggestSuccessor(text, split, directory) : null };
  });
}

/**
 * Everyone who receives a template, then the province's bodies that exist today and receive nothing (for the cover
 * list), each group in name order. Collective actors ("các sở, ban, ngành") and national bodies are listed only
 * when the plans give them rows.
 */
function everyRecipient(
  plans: readonly PlanCatalog[],
  byAgency: ReadonlyMap<AgencyId, AgencyDuties>,
  input: TemplateRequestInput,
  directory: ReadonlyMap<AgencyId, Agency>,
): Agency[] {
  const byName = (a: Agency, b: Agency) => a.name.localeCompare(b.name, "vi");
  const receiving = [...byAgency.keys()].map((id) => directory.get(id) ?? unknownAgency(id)).sort(byName);
  const listed = plans.flatMap((plan) => [...plan.targets, ...plan.tasks].flatMap((item) => [...item.lead, ...item.partners]));
  const provinces = new Set(
    [...listed, ...byAgency.keys()].flatMap((id) => {
      const province = directory.get(id)?.province;
      return province ? [province] : [];
    }),
  );
  const idle = input.agencies
    .filter((agency) => agency.province !== null && provinces.has(agency.province))
    .filter((agency) => agency.kind !== "group" && agency.kind !== "central" && !byAgency.has(agency.id))
    .filter((agency) => resolveSuccessor(agency.id, input.successions, input.asOf).chain.length === 0)
    .sort(byName);
  return [...receiving, ...idle];
}

/** An id a catalogue uses that the directory lacks still gets its template, named by its id. */
function unknownAgency(id: AgencyId): Agency {
  return { id, name: id, shortName: id, aliases: [], kind: "other", province: null };
}

export interface WrittenTemplate<P extends WorkbookPort> {
  readonly agency: Agency;
  readonly fileName: string;
  readonly port: P;
  readonly template: BuiltTemplate;
  /** Round trips of the apply (the inspect before it costs one more on Excel). */
  readonly roundTrips: number;
}

/**
 * Writes one agency's template into `port`: sheets under their standard names, or "(2)"… where the workbook has
 * those names already, then the recognition metadata. One inspect and one apply.
 */
export async function writeTemplate<P extends WorkbookPort>(
  prepared: PreparedTemplates,
  assignment: Extract<TemplateAssignment, { status: "template" }>,
  port: P,
): Promise<WrittenTemplate<P>> {
  const info = await port.inspect();
  const taken = new Set(info.sheets.map((sheet) => sheet.name));
  const sheetNames: Partial<Record<TemplateSheetRole, string>> = {};
  for (const role of TEMPLATE_SHEET_ROLES) {
    const name = chooseSheetName(SHEET_TITLES[role], taken);
    sheetNames[role] = name;
    taken.add(name);
  }
  const template = buildTemplate({
    plans: prepared.plans,
    agency: assignment.agency,
    agencies: prepared.directory,
    duties: assignment.duties,
    year: prepared.year,
    dates: prepared.dates,
    recipient: prepared.recipient,
    successions: prepared.successions,
    asOf: prepared.asOf,
    choices: prepared.choices,
    sheetNames,
  });
  const report = await port.apply([
    ...template.sheets.map((sheet) => ({ kind: "writeSheet" as const, sheet })),
    { kind: "setMetadata", entries: template.entries },
  ]);
  return { agency: assignment.agency, fileName: assignment.fileName, port, template, roundTrips: report.roundTrips };
}

/** What one recipient got: its template, written, or nothing (the cover list says so). */
export type TemplateOutcome<P extends WorkbookPort> =
  | { readonly status: "template"; readonly agency: Agency; readonly written: WrittenTemplate<P> }
  | { readonly status: "nothing_assigned"; readonly agency: Agency };

export interface GeneratedTemplates<P extends WorkbookPort> {
  readonly prepared: PreparedTemplates;
  /** The templates written, in recipient order. */
  readonly written: readonly WrittenTemplate<P>[];
  /** Every recipient in order, with its template or "nothing assigned". */
  readonly outcomes: readonly TemplateOutcome<P>[];
}

/** Prepares, then writes every template, each into a fresh workbook from `createWorkbook`. */
export async function generateTemplates<P extends WorkbookPort>(
  input: TemplateRequestInput,
  createWorkbook: (agency: Agency) => Promise<P>,
): Promise<{ readonly ok: true; readonly result: GeneratedTemplates<P> } | { readonly ok: false; readonly error: TemplateError }> {
  const prepared = await prepareTemplates(input);
  if (!prepared.ok) return prepared;
  const outcomes: TemplateOutcome<P>[] = [];
  for (const assignment of prepared.prepared.assignments) {
    if (assignment.status !== "template") {
      outcomes.push(assignment);
      continue;
    }
    const written = await writeTemplate(prepared.prepared, assignment, await createWorkbook(assignment.agency));
    outcomes.push({ status: "template", agency: assignment.agency, written });
  }
  const written = outcomes.flatMap((outcome) => (outcome.status === "template" ? [outcome.written] : []));
  return { ok: true, result: { prepared: prepared.prepared, written, outcomes } };
}
