import type { Agency } from "../catalog/agency";
import type { AgencyId } from "../catalog/types";
import type { DutyDistribution, IndicatorRow } from "../templates/distributeDuties";
import type { ExpectedAgency, ExpectedRow } from "./submissions";

const NAME_ORDER = new Intl.Collator("vi");

/**
 * Who must report and on which rows: every agency that the duty distribution (the same one the templates were made
 * from, after the successor mapping) gives rows, in name order as the cover list has them.
 */
export function expectedAgencies(
  distribution: DutyDistribution,
  directory: ReadonlyMap<AgencyId, Agency>,
): ExpectedAgency[] {
  const agencies = [...distribution.byAgency.values()].map((duties): ExpectedAgency => {
    const rows: ExpectedRow[] = [
      ...duties.indicators.map((row) => ({
        plan: row.planId as string,
        code: indicatorCode(row),
        section: "indicators" as const,
      })),
      ...duties.leadTasks.map((row) => ({ plan: row.planId as string, code: row.code, section: "leadTasks" as const })),
      ...duties.partnerTasks.map((row) => ({
        plan: row.planId as string,
        code: row.code,
        section: "partnerTasks" as const,
      })),
    ];
    return { agency: duties.agency, name: directory.get(duties.agency)?.name ?? duties.agency, rows };
  });
  return agencies.sort((a, b) => NAME_ORDER.compare(a.name, b.name) || (a.agency < b.agency ? -1 : 1));
}

/** The code a return's row key carries for an indicator: the target's code and the indicator's number ("1.2#1", "3.4#0"). */
export function indicatorCode(row: Pick<IndicatorRow, "target" | "indicatorNumber">): string {
  return `${row.target.code}#${row.indicatorNumber}`;
}
