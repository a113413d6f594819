import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES } from "../../src/domain/consolidation/consolidationText";
import { consolidate, type ConsolidateInput } from "../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { consolidationManifest, openConsolidationReturns } from "../helpers/consolidationReturns";
import { bundledPlan } from "./templateFixtures";

/**
 * Plan 004's returns for 2026, made from every template Plan Tracker generates and filled in by openpyxl
 * (scripts/fixtures/makeConsolidationFixtures.ts): two agencies missing, one late, one with a column deleted, one that
 * sent twice, one that typed formula-like text. Consolidated into a new workbook, then read back.
 */

const manifest = consolidationManifest;
const plan = bundledPlan(manifest.plan)!;

async function run(extra: Partial<ConsolidateInput> = {}) {
  const returns = await openConsolidationReturns();
  const out = await createXlsxWorkbook();
  const result = await consolidate(
    {
      plans: [plan],
      year: manifest.year,
      returns,
      agencies: bundledAgencies,
      successions: bundledSuccessions,
      ...extra,
    },
    out,
  );
  if (!result.ok) throw new Error(result.error.code);
  return { result, out };
}

/** The agency id a template file name stands for, from the register's used or sent files. */
const agencyOfFile = (entries: readonly { agency: string; submissions: readonly { file: string }[] }[], file: string) =>
  entries.find((entry) => entry.submissions.some((record) => record.file === file))?.agency;

describe("consolidate (plan 004, returns filled by openpyxl)", () => {
  let outcome: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    outcome = await run();
  }, 60_000);

  it("expects every agency that received a template, and sets each against what arrived", () => {
    const { register } = outcome.result.report;
    expect(register.entries).toHaveLength(25);
    const states = new Map(register.entries.map((entry) => [entry.agency, entry.state]));
    expect([...states.values()].filter((state) => state === "missing")).toHaveLength(manifest.missing.length);
    expect(states.get("thanhhoa.syt")).toBe("missing");
    expect(states.get(agencyOfFile(register.entries, manifest.late)!)).toBe("late");
    expect(states.get(agencyOfFile(register.entries, manifest.broken)!)).toBe("not_merged");
    const counts = [...states.values()].reduce<Record<string, number>>(
      (all, state) => ({ ...all, [state]: (all[state] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ on_time: 21, late: 1, not_merged: 1, missing: 2 });
  });

  it("says why the broken return is not merged and lists it, with the missing agencies, to chase", () => {
    const { register } = outcome.result.report;
    const broken = register.entries.find((entry) => entry.state === "not_merged")!;
    expect(broken.submissions).toEqual([
      expect.objectContaining({ file: manifest.broken, role: "not_merged", included: false }),
    ]);
    expect(broken.owes.errors.map((issue) => issue.code)).toContain("column_missing");
    const chased = register.chase.map((entry) => entry.state);
    expect(chased.filter((state) => state === "missing" || state === "not_merged")).toHaveLength(3);
  });

  it("uses the newer of two returns and keeps the first one in the register", () => {
    const entry = outcome.result.report.register.entries.find((candidate) => candidate.agency === "thanhhoa.snnmt")!;
    expect(entry.submissions.map((record) => [record.file, record.role])).toEqual([
      [manifest.twice.replace(".xlsx", "-lan-2.xlsx"), "used"],
      [manifest.twice.replace(".xlsx", "-lan-1.xlsx"), "superseded"],
    ]);
    expect(entry.owes.rows).toHaveLength(0);
  });

  it("takes each lead's status into the task table and leaves the rows of agencies not merged unreported", () => {
    const { tables, register } = outcome.result.report;
    const unmerged = new Set(register.entries.filter((entry) => entry.used === null).map((entry) => entry.agency));
    for (const line of tables.tasks) {
      if (unmerged.has(line.agency)) expect(line.state).toBe("not_reported");
      else expect(line.state).not.toBe("not_reported");
    }
    const expectedLeadRows = register.entries.reduce(
      (sum, entry) => sum + (entry.used?.readings.filter((reading) => reading.section === "leadTasks").length ?? 0),
      0,
    );
    expect(tables.tasks.filter((line) => line.state !== "not_reported")).toHaveLength(expectedLeadRows);
    expect(new Set(tables.tasks.map((line) => line.state))).toEqual(
      new Set(["done", "done_late", "on_schedule", "behind", "not_started", "not_reported"]),
    );
  });

  it("counts by goal and by agency to the same totals as the task table", () => {
    const { summaries, tables } = outcome.result.report;
    expect(summaries.byGoal.reduce((sum, goal) => sum + goal.tasks, 0)).toBe(tables.tasks.length);
    expect(summaries.byAgency.reduce((sum, agency) => sum + agency.tasks, 0)).toBe(tables.tasks.length);
    const done = tables.tasks.filter((line) => line.state === "done" || line.state === "done_late").length;
    const rate =
      summaries.byGoal.reduce((sum, goal) => sum + (goal.completionRate ?? 0) * goal.tasks, 0) / tables.tasks.length;
    expect(rate).toBeCloseTo(done / tables.tasks.length, 10);
  });

  it("writes every sheet, with the two charts on the summary and the draft text", async () => {
    const info = await outcome.out.inspect();
    const visible = info.sheets.filter((sheet) => sheet.visibility === "visible").map((sheet) => sheet.name);
    expect(visible).toEqual(Object.values(SHEET_TITLES));
    const summary = outcome.result.report.sheets.find((sheet) => sheet.name === SHEET_TITLES.summary)!;
    expect(summary.charts?.map((chart) => chart.kind)).toEqual(["columnStacked", "barStacked"]);
    expect(summary.charts?.[0]?.categories).toBe(`A4:A${3 + outcome.result.report.summaries.byGoal.length}`);
    const draft = (await outcome.out.readSheet(SHEET_TITLES.draft)).map((row) => String(row[0] ?? "")).join("\n");
    expect(draft).toContain("Mục tiêu I. Truyền thông");
    expect(draft).toContain("2 cơ quan chưa gửi báo cáo");
    expect(draft).toContain("Khó khăn, vướng mắc chủ yếu");
  });

  it("keeps formula-like text from a return as text in the report", async () => {
    const reopened = await openWorkbookFile(await outcome.out.toBuffer(), { fileName: "report.xlsx" });
    const cells = (await reopened.readCells(SHEET_TITLES.tasks)).flat();
    for (const text of [manifest.injected.difficulties, manifest.injected.proposals]) {
      const cell = cells.find((candidate) => candidate.value === text);
      expect(cell).toMatchObject({ kind: "text", formula: null });
    }
    const partners = cells.find(
      (candidate) => typeof candidate.value === "string" && candidate.value.includes(manifest.injected.contribution),
    );
    expect(partners).toMatchObject({ kind: "text", formula: null });
  });

  it("gives the same workbook when the same files are consolidated again", async () => {
    const again = await run();
    for (const sheet of Object.values(SHEET_TITLES))
      expect(await again.out.readCells(sheet)).toEqual(await outcome.out.readCells(sheet));
  }, 60_000);

  it("merges the broken return when the officer includes it, and the register says so", async () => {
    const { result } = await run({ include: [manifest.broken] });
    const entry = result.report.register.entries.find((candidate) =>
      candidate.submissions.some((record) => record.file === manifest.broken),
    )!;
    expect(entry.used?.file).toBe(manifest.broken);
    expect(entry.submissions[0]).toMatchObject({ role: "used", included: true });
  }, 60_000);
});
