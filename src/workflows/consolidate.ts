import type { Agency, AgencySuccession } from "../domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import { consolidateReport, type ConsolidatedReport } from "../domain/consolidation/consolidateReport";
import { SHEET_TITLES } from "../domain/consolidation/consolidationText";
import { readHistoryGrid, type HistoryRow } from "../domain/consolidation/history";
import { PROGRESS_PROFILES, type ProgressProfileId } from "../domain/consolidation/progressStatus";
import type { ReceivedReturn } from "../domain/consolidation/submissions";
import type { AgencyDuties, DutyDistribution } from "../domain/templates/distributeDuties";
import type { ValidationSettings } from "../domain/validation/validationRules";
import type { WorkbookPort } from "../workbook/port";
import { prepareTemplates, type TemplateError } from "./generateTemplates";
import { ownedReportSheet, ownershipChanges, placeReportSheets, type ReportPlacement } from "./placeReportSheets";
import { createValidationCache, validateWorkbookReturn, type ValidatedReturn } from "./validateReturn";
import type { TextDigest } from "../domain/templates/sha256";

/**
 * Consolidation: the plans and a year, the agencies' returns (files or workbooks, through any adapter), and
 * optionally last year's report; out comes the report workbook. Who must report is decided exactly as the templates
 * decided who receives one. Nothing here reads a clock: the same inputs give the same workbook.
 */

export interface ReturnSource {
  /** The file name, as the register shows it. */
  readonly file: string;
  readonly port: WorkbookPort;
  /** ISO date the return arrived (the file's date, or entered by the officer); null when unknown. */
  readonly submittedOn: string | null;
}

export interface ConsolidateInput {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly returns: readonly ReturnSource[];
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
  /** The officer's assignments of split bodies' duties, as for the templates. */
  readonly choices?: Readonly<Record<string, readonly AgencyId[]>>;
  readonly acceptSuggestions?: boolean;
  /** ISO dates; by default from the plans' reporting regimes, as the templates had them. */
  readonly cutoff?: string | null;
  readonly deadline?: string | null;
  /** ISO date on which the successor mapping is read; the cut-off by default. */
  readonly asOf?: string;
  /** Files to merge despite structural errors. */
  readonly include?: readonly string[];
  /** Last year's report workbook, or its data sheet as CSV. */
  readonly history?: WorkbookPort | null;
  readonly settings?: ValidationSettings;
  /** Cut points of the progress status: Open SDG's ("default") or the UN SDG Progress Chart's ("unsd"). */
  readonly profile?: ProgressProfileId;
  /** A native SHA-256 for validating the returns (see createValidationCache). */
  readonly digest?: TextDigest;
}

export type ConsolidateResult =
  | {
      readonly ok: true;
      readonly report: ConsolidatedReport;
      /** Each return as validation saw it, in the order given. */
      readonly validated: readonly ValidatedReturn[];
      /** Whether the history given held a data sheet. */
      readonly historyFound: boolean | null;
      /** Where each report sheet went: an earlier report's own sheets rewritten, others' names left alone. */
      readonly placement: ReportPlacement;
      readonly roundTrips: number;
    }
  | { readonly ok: false; readonly error: TemplateError };

/**
 * Validates every return, consolidates, and writes the report's sheets into `out` in one apply: over an earlier
 * report's own sheets, beside anyone else's (placeReportSheets).
 */
export async function consolidate(input: ConsolidateInput, out: WorkbookPort): Promise<ConsolidateResult> {
  const prepared = await prepareDuties(input);
  if (!prepared.ok) return prepared;
  const { distribution, directory, cutoff, deadline, asOf } = prepared;
  const plans = new Map(input.plans.map((plan) => [plan.id as string, plan]));
  const validated: ValidatedReturn[] = [];
  const cache = createValidationCache({ digest: input.digest });
  for (const source of input.returns) {
    validated.push(
      await validateWorkbookReturn(source.port, {
        file: source.file,
        sources: { plans, agencies: input.agencies, successions: input.successions },
        expected: { year: input.year },
        settings: input.settings,
        today: asOf,
        cache,
      }),
    );
  }
  const received = validated.map((result, index) => receivedOf(result, input.returns[index]!));
  const history = input.history ? await readHistory(input.history) : null;
  const placement = placeReportSheets(await out.inspect());
  const report = consolidateReport({
    plans: input.plans,
    year: input.year,
    distribution,
    directory,
    received,
    dueOn: deadline,
    cutoff,
    include: new Set(input.include ?? []),
    history: history?.rows ?? [],
    profile: PROGRESS_PROFILES[input.profile ?? "default"],
    sheetNames: placement.names,
  });
  const applied = await out.apply([
    ...report.sheets.map((sheet) => ({ kind: "writeSheet" as const, sheet })),
    ...ownershipChanges(placement),
  ]);
  return {
    ok: true,
    report,
    validated,
    historyFound: history ? history.found : null,
    placement,
    roundTrips: applied.roundTrips,
  };
}

/** The templates' own preparation, so that the agencies expected are exactly those that received a template. */
async function prepareDuties(input: ConsolidateInput) {
  const first = await prepareTemplates(templateRequest(input, input.asOf ?? `${input.year}-12-31`));
  if (!first.ok) return first;
  // The mapping is read on the cut-off unless the officer says otherwise: the report must not depend on today.
  const asOf = input.asOf ?? first.prepared.dates.cutoff;
  const again =
    asOf === (input.asOf ?? `${input.year}-12-31`) ? first : await prepareTemplates(templateRequest(input, asOf));
  if (!again.ok) return again;
  const { prepared } = again;
  const byAgency = new Map<AgencyId, AgencyDuties>();
  for (const assignment of prepared.assignments)
    if (assignment.status === "template") byAgency.set(assignment.agency.id, assignment.duties);
  const distribution: DutyDistribution = { byAgency, pending: prepared.pending };
  return {
    ok: true as const,
    distribution,
    directory: prepared.directory,
    cutoff: prepared.dates.cutoff,
    deadline: prepared.dates.deadline,
    asOf,
  };
}

function templateRequest(input: ConsolidateInput, asOf: string) {
  const plans = new Map(input.plans.map((plan) => [plan.id as string, plan]));
  return {
    planIds: input.plans.map((plan) => plan.id as string),
    loadPlan: (id: string) => plans.get(id) ?? null,
    recipients: "all" as const,
    year: input.year,
    cutoff: input.cutoff ?? null,
    deadline: input.deadline ?? null,
    agencies: input.agencies,
    successions: input.successions,
    choices: input.choices,
    acceptSuggestions: input.acceptSuggestions,
    asOf,
  };
}

function receivedOf(result: ValidatedReturn, source: ReturnSource): ReceivedReturn {
  return {
    file: source.file,
    agency: result.template?.agency ?? result.identity?.agency ?? null,
    year: result.template?.year ?? result.identity?.year ?? null,
    plans: result.template?.plans ?? [],
    submittedOn: source.submittedOn,
    issues: result.validation.issues,
    readings: result.readings,
  };
}

/**
 * The data sheet of last year's report (the one it marked as its own, else by its name, else any sheet that has its
 * header), or a CSV's only sheet.
 */
export async function readHistory(port: WorkbookPort): Promise<{ rows: HistoryRow[]; found: boolean }> {
  const info = await port.inspect();
  const names = info.sheets.map((sheet) => sheet.name);
  const first = [ownedReportSheet(info, "history"), SHEET_TITLES.history].filter(
    (name): name is string => name !== null && names.includes(name),
  );
  const ordered = [...new Set([...first, ...names])];
  for (const name of ordered) {
    const read = readHistoryGrid(await port.readSheet(name));
    if (read.found) return read;
  }
  return { rows: [], found: false };
}
