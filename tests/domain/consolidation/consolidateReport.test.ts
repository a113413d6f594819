import { consolidateReport } from "../../../src/domain/consolidation/consolidateReport";
import { TASK_STATE_LABELS } from "../../../src/domain/consolidation/consolidationText";
import { lineGroup, TASK_LINE_STATES } from "../../../src/domain/consolidation/progressColumn";
import { SUMMARY_GROUP_LABELS } from "../../../src/domain/consolidation/progressMessages";
import { PROGRESS_PROFILES, SUMMARY_GROUPS } from "../../../src/domain/consolidation/progressStatus";
import { summaryChartWords } from "../../../src/domain/consolidation/reportSheetText";
import type { PlanCatalog } from "../../../src/domain/catalog/types";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";
import { a, b, directory, plan, received, report, reportWithErrors } from "./consolidationFixtures";

const lastYear = (value: number) => [
  { plan: "kh", code: "1.1#1", indicator: "Tỷ lệ hộ nghèo", agency: a, year: 2025, value, source: "2025.xlsx" },
];

describe("consolidateReport", () => {
  it("merges the lead's figures into the indicator and task tables, leaving a missing agency's rows not reported", () => {
    const { tables, register } = report();
    expect(register.entries.map((entry) => [entry.agency, entry.state])).toEqual([
      [a, "on_time"],
      [b, "missing"],
    ]);
    expect(tables.indicators.map((line) => [line.code, line.result, line.estimate, line.progress.status])).toEqual([
      ["1.1#1", 3, 2.8, "insufficient_data"],
    ]);
    expect(tables.tasks.map((line) => [line.task.id, line.agency, line.state, line.overdue, line.progress])).toEqual([
      ["1.a", a, "behind", true, "not_achieved"],
      ["1.b", b, "not_reported", false, "not_reported"],
    ]);
  });

  it("uses last year's figure from the history for the trend, and adds this year's to it", () => {
    const { tables, history } = report(lastYear(3.2));
    // From 3.2 to 2.8 in a year, against the 0.24 a year needed to reach 2 by 2030.
    const { progress } = tables.indicators[0]!;
    expect(progress).toMatchObject({ status: "substantial_progress", method: "target" });
    expect(progress.assessment?.basis).toMatchObject({ baseline: { year: 2025, value: 3.2 }, latest: { year: 2026, value: 2.8 } });
    expect(history.map((row) => [row.year, row.value])).toEqual([
      [2025, 3.2],
      [2026, 2.8],
    ]);
  });

  it("names, in the data sheet, the cell the year's figure came from: the estimate's, not the result's", () => {
    const { history } = report();
    expect(history.map((row) => [row.year, row.value, row.source])).toEqual([[2026, 2.8, "so-a.xlsx!S!L4"]]);
  });

  it("judges the same trend by the profile chosen: limited progress by default is moderate progress under UNSD", () => {
    // From 2.92 to 2.8 in a year against the fall needed to reach 2 by 2030: a ratio of 0.56, between 0.5 and 0.6.
    const judged = (profile: "default" | "unsd") =>
      report(lastYear(2.92), { profile: PROGRESS_PROFILES[profile] }).tables.indicators[0]!.progress;
    expect(judged("default").status).toBe("limited_progress");
    expect(judged("unsd").status).toBe("moderate_progress");
    expect(judged("unsd").assessment?.basis.profile).toBe("unsd");
  });

  it("rolls a target without a number up from its tasks, each lead's answer counted", () => {
    const prose = {
      ...plan,
      targets: [...plan.targets, { code: "1.2", goal: "1", text: "Nâng cao năng lực", quantitative: false, indicators: [], lead: [a], partners: [] }],
      tasks: plan.tasks.map((task) => ({ ...task, target: "1.2" })),
    } as unknown as PlanCatalog;
    const { tables } = consolidateReport({
      plans: [prose],
      year: 2026,
      distribution: distributeDuties([prose], { successions: [], asOf: "2026-10-31" }),
      directory,
      received,
      dueOn: "2026-11-15",
      cutoff: "2026-10-31",
    });
    const line = tables.indicators.find((candidate) => candidate.code === "1.2#0")!;
    expect(line.progress.method).toBe("tasks");
    // 1.a behind and overdue, 1.b not reported: the one reported task is not good, so the share is 0.
    expect(line.progress.rollUp?.counts).toMatchObject({ total: 2, behind: 1, notReported: 1, overdue: 1 });
    expect(line.progress.status).toBe("limited_progress");
  });

  it("counts by goal and by agency, with the completion rate and overdue tasks", () => {
    const { summaries } = report();
    expect(summaries.byGoal).toHaveLength(1);
    expect(summaries.byGoal[0]).toMatchObject({ goal: "1", indicators: 1, tasks: 2, overdue: 1, completionRate: 0 });
    expect(summaries.byGoal[0]!.byGroup).toMatchObject({ insufficient_data: 1, off_track: 1, not_reported: 1 });
    expect(summaries.byAgency.map((agency) => [agency.agency, agency.tasks, agency.indicatorsReported])).toEqual([
      [a, 1, 1],
      [b, 1, 0],
    ]);
  });

  it("names the summary's charts by what they show, titled and their series named in Vietnamese", () => {
    const summary = report().sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    expect(summary.charts?.map((chart) => chart.id)).toEqual(["goals", "agencies"]);
    for (const chart of summary.charts!) {
      const words = summaryChartWords(chart.id as "goals" | "agencies", "vi");
      expect([chart.title, chart.series.map((series) => series.name)]).toEqual([words.title, words.series]);
    }
  });

  it("writes the summary with its two charts over its own ranges, and a draft quoting the returns", () => {
    const { sheets, draft } = report();
    const summary = sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    expect(summary.charts?.map((chart) => [chart.kind, chart.categories, chart.series.length])).toEqual([
      ["columnStacked", "A4:A4", SUMMARY_GROUPS.length],
      ["barStacked", "B8:B9", TASK_LINE_STATES.length],
    ]);
    expect(summary.values[7]?.[1]).toBe("Sở A");
    expect(draft.join("\n")).toContain("Mục tiêu 1. Giảm nghèo");
    expect(draft.join("\n")).toContain('Sở A (nhiệm vụ 1.a): “=HYPERLINK("x")”');
    expect(draft.join("\n")).toContain("1 cơ quan chưa gửi báo cáo: Sở B.");
    expect(sheets.map((sheet) => sheet.name)).toEqual([
      "Tổng hợp",
      "Sổ theo dõi",
      "Cần đôn đốc",
      "Chỉ tiêu",
      "Nhiệm vụ",
      "Dự thảo báo cáo",
      "Dữ liệu",
      "Phương pháp đánh giá",
    ]);
  });
});

describe("consolidateReport, on a return whose values validation rejected", () => {
  const erroneous = reportWithErrors;
  /** The cells of a sheet's body row (after the title, the line under it and the header) whose column `code` holds. */
  const bodyRow = (sheet: { values: readonly (readonly unknown[])[] }, column: number, code: string) =>
    sheet.values.slice(3).find((row) => row[column] === code)!;

  it("marks the rows with an error as needing correction, and the row of an agency that sent nothing as not reported", () => {
    const { tables } = erroneous();
    expect(tables.tasks.map((line) => [line.task.id, line.state, line.needsCorrection, line.progress])).toEqual([
      ["1.a", "needs_correction", true, "not_reported"],
      ["1.b", "not_reported", false, "not_reported"],
    ]);
    const indicator = tables.indicators[0]!;
    expect([indicator.progress.status, indicator.needsCorrection]).toEqual(["not_reported", true]);
    expect(lineGroup(indicator.progress.status, indicator.needsCorrection)).toBe("needs_correction");
  });

  it("writes “cần sửa” in the status cells of the task and indicator tables, and “chưa báo cáo” for the missing row", () => {
    const { sheets } = erroneous();
    const tasks = sheets.find((sheet) => sheet.name === "Nhiệm vụ")!;
    // Column D holds the task's code, H its status, P the group it counts in.
    expect([bodyRow(tasks, 3, "1.a")[7], bodyRow(tasks, 3, "1.a")[15]]).toEqual([
      TASK_STATE_LABELS.needs_correction,
      SUMMARY_GROUP_LABELS.needs_correction.vi,
    ]);
    expect([bodyRow(tasks, 3, "1.b")[7], bodyRow(tasks, 3, "1.b")[15]]).toEqual([
      TASK_STATE_LABELS.not_reported,
      SUMMARY_GROUP_LABELS.not_reported.vi,
    ]);
    const indicators = sheets.find((sheet) => sheet.name === "Chỉ tiêu")!;
    // Column C holds the code, O the progress status.
    expect(bodyRow(indicators, 2, "1.1#1")[14]).toBe(SUMMARY_GROUP_LABELS.needs_correction.vi);
  });

  it("counts rows needing correction apart from rows not reported, by goal and by agency", () => {
    const { summaries } = erroneous();
    expect(summaries.byGoal[0]!.byGroup).toMatchObject({ needs_correction: 2, not_reported: 1 });
    expect(summaries.byAgency.map((agency) => [agency.agency, agency.tasksByState.needs_correction, agency.tasksByState.not_reported])).toEqual([
      [a, 1, 0],
      [b, 0, 1],
    ]);
  });

  it("puts the count columns and chart series of “cần sửa” on the summary sheet", () => {
    const { sheets } = erroneous();
    const summary = sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    const goalColumn = 2 + SUMMARY_GROUPS.indexOf("needs_correction");
    expect(summary.values[3]?.[goalColumn]).toBe(2);
    const [goalChart, agencyChart] = summary.charts!;
    expect(goalChart!.series.map((series) => series.name)).toContain(SUMMARY_GROUP_LABELS.needs_correction.vi);
    expect(agencyChart!.series.map((series) => series.name)).toContain(TASK_STATE_LABELS.needs_correction);
  });

  it("lists the rows needing correction under their own heading in the draft, apart from those not reported", () => {
    const { draft } = erroneous();
    const under = (label: string) => draft.find((line) => line.startsWith(`- ${label}`)) ?? "";
    expect(under(SUMMARY_GROUP_LABELS.needs_correction.vi)).toContain("1.a");
    expect(under(SUMMARY_GROUP_LABELS.not_reported.vi)).toContain("1.b");
    expect(under(SUMMARY_GROUP_LABELS.not_reported.vi)).not.toContain("1.a");
  });
});
