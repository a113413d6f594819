import type { Agency } from "../catalog/agency";
import type { AgencyId, PlanCatalog } from "../catalog/types";
import type { SheetSpec } from "../sheet/sheetSpec";
import type { DutyDistribution } from "../templates/distributeDuties";
import { consolidateTables, historyRowsOf, type ConsolidatedTables } from "./consolidateTables";
import { draftReport } from "./draftReport";
import { expectedAgencies } from "./expectedAgencies";
import { mergeHistory, type HistoryRow } from "./history";
import { buildReportSheets, type ReportSheetRole } from "./reportSheets";
import type { ProgressProfile } from "./progressStatus";
import { buildRegister, type SubmissionRegister } from "./submissionRegister";
import type { ReceivedReturn } from "./submissions";
import { summarize, type Summaries } from "./summaries";

/** Everything consolidation produces from the plans and the returns, in one pure pass; the workflow writes the sheets. */

export interface ReportInput {
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  /** Who holds which duty (the templates' distribution, after the successor mapping). */
  readonly distribution: DutyDistribution;
  readonly directory: ReadonlyMap<AgencyId, Agency>;
  readonly received: readonly ReceivedReturn[];
  readonly dueOn: string | null;
  readonly cutoff: string;
  /** Files merged despite structural errors, on the officer's word. */
  readonly include?: ReadonlySet<string>;
  /** Rows of earlier years (last year's data sheet). */
  readonly history?: readonly HistoryRow[];
  /** Cut points of the progress method; Open SDG's by default. */
  readonly profile?: ProgressProfile;
  readonly sheetNames?: Partial<Record<ReportSheetRole, string>>;
}

export interface ConsolidatedReport {
  readonly register: SubmissionRegister;
  readonly tables: ConsolidatedTables;
  readonly summaries: Summaries;
  readonly draft: readonly string[];
  /** Earlier years and this one, in data-sheet order. */
  readonly history: readonly HistoryRow[];
  readonly sheets: readonly SheetSpec[];
}

export function consolidateReport(input: ReportInput): ConsolidatedReport {
  const expected = expectedAgencies(input.distribution, input.directory);
  const register = buildRegister({ expected, received: input.received, dueOn: input.dueOn, include: input.include });
  const earlier = input.history ?? [];
  const tables = consolidateTables({
    plans: input.plans,
    distribution: input.distribution,
    directory: input.directory,
    register,
    year: input.year,
    cutoff: input.cutoff,
    history: earlier,
    profile: input.profile,
  });
  const summaries = summarize(input.plans, tables, expected);
  const draft = draftReport({ plans: input.plans, year: input.year, register, tables, summaries });
  const history = mergeHistory(earlier, historyRowsOf(tables.indicators, input.year));
  const sheets = buildReportSheets({
    plans: input.plans,
    year: input.year,
    register,
    tables,
    summaries,
    draft,
    history,
    profile: input.profile,
    names: input.sheetNames,
  });
  return { register, tables, summaries, draft, history, sheets };
}
