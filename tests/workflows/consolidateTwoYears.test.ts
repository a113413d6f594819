import { readFile } from "node:fs/promises";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import type { IndicatorLine } from "../../src/domain/consolidation/consolidateTables";
import type { HistoryRow } from "../../src/domain/consolidation/history";
import { historyCsv } from "../../src/domain/consolidation/history";
import type { WorkbookPort } from "../../src/workbook/port";
import { consolidate } from "../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { cellOf, correctFill, filledReturn, templateOnDisk, type Edit } from "./returnFixtures";
import { bundledPlan } from "./templateFixtures";

/**
 * Two years of one agency's returns (Sở Xây dựng, plan 000), each made from that year's template and filled by
 * openpyxl. 2025 is consolidated first; its report workbook, or its data sheet as CSV, is the history of 2026. The
 * progress status of 2026 uses both years: a rise faster than needed is on track, a fall is deterioration, a target
 * reported in 2026 only has too little data, and a target without a number takes its tasks' status.
 */

const PLAN_ID = "thanhhoa-sdg-2017";
const AGENCY = "thanhhoa.sxd";
const plan = bundledPlan(PLAN_ID)!;
const row = (code: string) => `${PLAN_ID}|CT|${code}`;
// Targets of 100% and 80% by 2030, rising.
const FAST = "6.2#1";
const FALLING = "6.3#1";
const NEW = "6.3#2";
/** Twice the yearly growth needed to double by 2030: the ratio of actual to required growth is 2. */
const fastAfterOneYear = 50 * (1 + 2 * (2 ** (1 / (2030 - 2025)) - 1));

async function yearReturn(year: number, figures: Readonly<Record<string, number | null>>): Promise<{ file: string; port: WorkbookPort }> {
  const template = await templateOnDisk(AGENCY, { plans: [PLAN_ID], year });
  const edits: Edit[] = [
    ...correctFill(template),
    ...Object.entries(figures).flatMap(([code, value]) =>
      (["result", "estimate"] as const).map((column) => ({ ...cellOf(template, "indicators", row(code), column), value, kind: "number" as const })),
    ),
  ];
  const file = `so-xay-dung-${year}.xlsx`;
  const filled = await filledReturn(template, file, edits);
  return { file, port: await openWorkbookFile(await readFile(filled), { fileName: path.basename(filled) }) };
}

async function consolidateYear(year: number, figures: Readonly<Record<string, number | null>>, history: WorkbookPort | null) {
  const received = await yearReturn(year, figures);
  const out = await createXlsxWorkbook();
  const result = await consolidate(
    {
      plans: [plan],
      year,
      returns: [{ ...received, submittedOn: `${year}-11-10` }],
      agencies: bundledAgencies,
      successions: bundledSuccessions,
      history,
    },
    out,
  );
  if (!result.ok) throw new Error(result.error.code);
  return { result, out };
}

const lineOf = (lines: readonly IndicatorLine[], code: string) => lines.find((line) => line.code === code && line.agency === AGENCY)!;

/** Targets of the plan that only this agency's tasks serve, all of which it reported done. */
function proseTargetsOfOwnTasks(catalog: PlanCatalog): string[] {
  return catalog.targets
    .filter((target) => {
      const tasks = catalog.tasks.filter((task) => task.target === target.code);
      return target.indicators.length === 0 && tasks.length > 0 && tasks.every((task) => task.lead.length === 1 && task.lead[0] === AGENCY);
    })
    .map((target) => `${target.code}#0`);
}

describe("consolidating a second year with the first year's report as history", () => {
  const thisYear = { [FAST]: fastAfterOneYear, [FALLING]: 45, [NEW]: 40 };
  let lastYear: Awaited<ReturnType<typeof consolidateYear>>;
  let history: readonly HistoryRow[];
  beforeAll(async () => {
    lastYear = await consolidateYear(2025, { [FAST]: 50, [FALLING]: 50, [NEW]: null }, null);
    history = lastYear.result.report.history;
  }, 60_000);

  it("gives statuses that use both years, with last year's value as the baseline", async () => {
    const report = await openWorkbookFile(await lastYear.out.toBuffer(), { fileName: "tong-hop-2025.xlsx" });
    const { result } = await consolidateYear(2026, thisYear, report);
    expect(result.historyFound).toBe(true);
    const { indicators } = result.report.tables;
    expect(lineOf(indicators, FAST).progress.status).toBe("substantial_progress");
    expect(lineOf(indicators, FAST).progress.assessment?.basis).toMatchObject({
      baseline: { year: 2025, value: 50 },
      latest: { year: 2026, value: fastAfterOneYear },
    });
    expect(lineOf(indicators, FALLING).progress.status).toBe("deterioration");
    expect(lineOf(indicators, NEW).progress).toMatchObject({ status: "insufficient_data" });
    expect(lineOf(indicators, NEW).progress.assessment?.basis.reason).toBe("single_point");
    const prose = proseTargetsOfOwnTasks(plan);
    expect(prose.length).toBeGreaterThan(0);
    for (const code of prose) expect(lineOf(indicators, code).progress).toMatchObject({ method: "tasks", status: "target_achieved" });
    expect(result.report.history.filter((point) => point.code === FAST).map((point) => point.year)).toEqual([2025, 2026]);
  }, 60_000);

  it("reads the same history from the data sheet exported as CSV", async () => {
    const csv = await openWorkbookFile(new TextEncoder().encode(historyCsv(history)), { fileName: "du-lieu-2025.csv" });
    const { result } = await consolidateYear(2026, thisYear, csv);
    expect(lineOf(result.report.tables.indicators, FAST).progress.status).toBe("substantial_progress");
    expect(lineOf(result.report.tables.indicators, FALLING).progress.status).toBe("deterioration");
  }, 60_000);

  it("has too little data for the same figures without last year's", async () => {
    const { result } = await consolidateYear(2026, thisYear, null);
    for (const code of [FAST, FALLING]) expect(lineOf(result.report.tables.indicators, code).progress.status).toBe("insufficient_data");
  }, 60_000);

  it("states the profile on the method sheet and judges by it", async () => {
    const received = await yearReturn(2026, thisYear);
    const out = await createXlsxWorkbook();
    const result = await consolidate(
      {
        plans: [plan],
        year: 2026,
        returns: [{ ...received, submittedOn: "2026-11-10" }],
        agencies: bundledAgencies,
        successions: bundledSuccessions,
        history: await openWorkbookFile(await lastYear.out.toBuffer(), { fileName: "tong-hop-2025.xlsx" }),
        profile: "unsd",
      },
      out,
    );
    if (!result.ok) throw new Error(result.error.code);
    expect(lineOf(result.report.tables.indicators, FAST).progress.assessment?.basis.profile).toBe("unsd");
    const method = await out.readSheet(result.placement.names.method);
    expect(method.flat()).toContain("Bộ ngưỡng đang dùng");
    expect(method.flat().some((cell) => typeof cell === "string" && cell.includes("0,95 / 0,5 / -0,1"))).toBe(true);
  }, 60_000);
});
