import { readFile } from "node:fs/promises";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { TASK_STATE_LABELS } from "../../src/domain/consolidation/consolidationText";
import { lineGroup } from "../../src/domain/consolidation/progressColumn";
import { SUMMARY_GROUP_LABELS } from "../../src/domain/consolidation/progressMessages";
import { SECTION_COLUMNS } from "../../src/domain/templates/templateLayout";
import { STATUSES } from "../../src/domain/templates/templateText";
import { consolidate } from "../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { cellOf, correctFill, filledReturn, templateOnDisk, type Edit, type TemplateOnDisk } from "./returnFixtures";
import { bundledPlan } from "./templateFixtures";

/**
 * Sở Xây dựng's return for plan 000, filled by openpyxl, with a task marked done at 50% (validation rejects the status),
 * an indicator's figures typed as words (rejected), and another task left blank. The rejected rows need correction;
 * the blank one is not reported.
 */

const PLAN_ID = "thanhhoa-sdg-2017";
const AGENCY = "thanhhoa.sxd";
const plan = bundledPlan(PLAN_ID)!;
/** A target of 100% by 2030: without a figure for the year it cannot be judged. */
const INDICATOR = "6.2#1";

function mistakes(template: TemplateOnDisk, rejectedTask: string, blankTask: string): Edit[] {
  const indicator = `${PLAN_ID}|CT|${INDICATOR}`;
  const blank = SECTION_COLUMNS.leadTasks
    .filter((column) => column.input)
    .map((column) => ({ ...cellOf(template, "leadTasks", blankTask, column.id), value: null, kind: "text" as const }));
  return [
    { ...cellOf(template, "leadTasks", rejectedTask, "status"), value: STATUSES[0], kind: "text" },
    { ...cellOf(template, "leadTasks", rejectedTask, "percent"), value: 50, kind: "number" },
    { ...cellOf(template, "indicators", indicator, "result"), value: "khoảng năm mươi", kind: "text" },
    { ...cellOf(template, "indicators", indicator, "estimate"), value: "khoảng năm mươi", kind: "text" },
    ...blank,
  ];
}

async function run() {
  const template = await templateOnDisk(AGENCY, { plans: [PLAN_ID] });
  const [rejectedKey, blankKey] = template.metadata.rows.leadTasks;
  const filled = await filledReturn(template, "so-xay-dung.xlsx", [...correctFill(template), ...mistakes(template, rejectedKey!, blankKey!)]);
  const port = await openWorkbookFile(await readFile(filled), { fileName: path.basename(filled) });
  const out = await createXlsxWorkbook();
  const result = await consolidate(
    {
      plans: [plan],
      year: 2026,
      returns: [{ file: path.basename(filled), port, submittedOn: "2026-11-10" }],
      agencies: bundledAgencies,
      successions: bundledSuccessions,
    },
    out,
  );
  if (!result.ok) throw new Error(result.error.code);
  const code = (key: string) => key.split("|").at(-1)!;
  return { result, out, rejected: code(rejectedKey!), blank: code(blankKey!) };
}

describe("consolidating a return with values validation rejected", () => {
  let outcome: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    outcome = await run();
  }, 60_000);

  it("marks the task whose status was rejected as needing correction, and the blank task as not reported", () => {
    const { tables } = outcome.result.report;
    const state = (id: string) => tables.tasks.find((line) => line.task.id === id && line.agency === AGENCY)!.state;
    expect(state(outcome.rejected)).toBe("needs_correction");
    expect(state(outcome.blank)).toBe("not_reported");
  });

  it("counts the indicator whose figures were rejected as needing correction", () => {
    const line = outcome.result.report.tables.indicators.find((candidate) => candidate.code === INDICATOR && candidate.agency === AGENCY)!;
    expect(line.needsCorrection).toBe(true);
    expect(lineGroup(line.progress.status, line.needsCorrection)).toBe("needs_correction");
  });

  it("writes “cần sửa” and “chưa báo cáo” into the report workbook's task and indicator sheets", async () => {
    const names = outcome.result.placement.names;
    const tasks = await outcome.out.readSheet(names.tasks);
    // Column D holds the task's code, H its status.
    const status = (id: string) => tasks.find((row) => row[3] === id)?.[7];
    expect(status(outcome.rejected)).toBe(TASK_STATE_LABELS.needs_correction);
    expect(status(outcome.blank)).toBe(TASK_STATE_LABELS.not_reported);
    const indicators = await outcome.out.readSheet(names.indicators);
    // Column C holds the code, O the progress status.
    expect(indicators.find((row) => row[2] === INDICATOR)?.[14]).toBe(SUMMARY_GROUP_LABELS.needs_correction.vi);
  });
});
