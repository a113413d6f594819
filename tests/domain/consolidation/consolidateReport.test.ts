import type { Agency } from "../../../src/domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../../src/domain/catalog/types";
import { consolidateReport } from "../../../src/domain/consolidation/consolidateReport";
import { PROGRESS_PROFILES } from "../../../src/domain/consolidation/progressStatus";
import type { SectionReading } from "../../../src/domain/consolidation/returnReadings";
import type { ReceivedReturn } from "../../../src/domain/consolidation/submissions";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";

const a = "kh.a" as AgencyId;
const b = "kh.b" as AgencyId;
const due = (by: string) => ({
  text: by.slice(0, 4),
  kind: "year" as const,
  from: null,
  to: Number(by.slice(0, 4)),
  by,
});

const plan = {
  id: "kh",
  title: "Kế hoạch thử",
  province: "Tỉnh",
  issuer: "UBND",
  documentNumber: "1/KH",
  issuedOn: null,
  period: { from: 2021, to: 2030 },
  reporting: { frequency: "annual", agencyDeadline: "11-15", consolidatedDeadline: null, reviews: [] },
  goals: [{ code: "1", title: "Giảm nghèo" }],
  targets: [
    {
      code: "1.1",
      goal: "1",
      text: "Tỷ lệ hộ nghèo dưới 2% năm 2030",
      quantitative: true,
      indicators: [
        {
          label: "Tỷ lệ hộ nghèo",
          unit: "%",
          comparator: "<",
          value: 2,
          valueMax: null,
          year: 2030,
          direction: "decrease",
        },
      ],
      lead: [a],
      partners: [],
    },
  ],
  tasks: [
    {
      id: "1.a",
      goal: "1",
      target: null,
      group: null,
      text: "Xây dựng đề án",
      lead: [a],
      partners: [b],
      due: due("2025-12-31"),
      outputs: [],
    },
    {
      id: "1.b",
      goal: "1",
      target: null,
      group: null,
      text: "Tập huấn",
      lead: [b],
      partners: [],
      due: due("2030-12-31"),
      outputs: [],
    },
  ],
  review: [],
} as unknown as PlanCatalog;

const directory = new Map<AgencyId, Agency>([
  [a, { id: a, name: "Sở A", shortName: "SA", aliases: [], kind: "department", province: "Tỉnh" } as Agency],
  [b, { id: b, name: "Sở B", shortName: "SB", aliases: [], kind: "department", province: "Tỉnh" } as Agency],
]);

const at = (address: string) => ({ sheet: "S", address });
const text = (value: string, address: string) => ({ value: { kind: "text" as const, text: value }, ...at(address) });
const status = (label: string, address: string) => ({
  value: { kind: "status" as const, option: { label } },
  ...at(address),
});
const number = (value: number, address: string) => ({ value: { kind: "number" as const, value }, ...at(address) });

const fromA: SectionReading[] = [
  {
    plan: "kh",
    code: "1.1#1",
    section: "indicators",
    fields: {
      result: number(3, "K4"),
      estimate: number(2.8, "L4"),
      assessment: text("Có khả năng đạt mục tiêu", "N4"),
    },
  },
  {
    plan: "kh",
    code: "1.a",
    section: "leadTasks",
    fields: {
      status: status("Đang thực hiện chậm tiến độ", "H4"),
      percent: number(60, "I4"),
      difficulties: text('=HYPERLINK("x")', "L4"),
    },
  },
];

const received: ReceivedReturn[] = [
  { file: "so-a.xlsx", agency: a, year: 2026, plans: ["kh"], submittedOn: "2026-11-14", issues: [], readings: fromA },
];

function report(
  history = [] as Parameters<typeof consolidateReport>[0]["history"],
  extra: Partial<Parameters<typeof consolidateReport>[0]> = {},
) {
  return consolidateReport({
    plans: [plan],
    year: 2026,
    distribution: distributeDuties([plan], { successions: [], asOf: "2026-10-31" }),
    directory,
    received,
    dueOn: "2026-11-15",
    cutoff: "2026-10-31",
    history,
    ...extra,
  });
}

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

  it("writes the summary with its two charts over its own ranges, and a draft quoting the returns", () => {
    const { sheets, draft } = report();
    const summary = sheets.find((sheet) => sheet.name === "Tổng hợp")!;
    expect(summary.charts?.map((chart) => [chart.kind, chart.categories, chart.series.length])).toEqual([
      ["columnStacked", "A4:A4", 6],
      ["barStacked", "B8:B9", 6],
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
