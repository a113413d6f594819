import { describeProgress, describeTaskRollUp, PROGRESS_REASON_LABELS, PROGRESS_STATUS_LABELS, REPORT_GROUP_LABELS } from "../../../src/domain/consolidation/progressMessages";
import { assessProgress, PROGRESS_STATUSES, REPORT_GROUPS } from "../../../src/domain/consolidation/progressStatus";
import { rollUpTaskStatuses } from "../../../src/domain/consolidation/rollUpTaskStatuses";

describe("progress wording", () => {
  it("names every status, group and reason in Vietnamese and English", () => {
    for (const status of PROGRESS_STATUSES) expect(PROGRESS_STATUS_LABELS[status].vi && PROGRESS_STATUS_LABELS[status].en).toBeTruthy();
    for (const group of REPORT_GROUPS) expect(REPORT_GROUP_LABELS[group].vi && REPORT_GROUP_LABELS[group].en).toBeTruthy();
    for (const labels of Object.values(PROGRESS_REASON_LABELS)) expect(labels.vi && labels.en).toBeTruthy();
  });
});

describe("describeProgress", () => {
  // Poverty 12 % (2016) → under 5 % by 2030; 10 % in 2020: CR_a −4,46 %, CR_r −6,06 %, CR 0,735.
  const poverty = assessProgress({
    target: { kind: "level", value: 5, strict: true, year: 2030, direction: "decrease" },
    baseline: { year: 2016, value: 12 },
    observations: [{ year: 2020, value: 10 }],
    currentYear: 2020,
  });

  it("quotes the baseline, the latest value, the target and the rates the status rests on, Vietnamese style", () => {
    const text = describeProgress(poverty, "%");
    for (const figure of ["2016: 12%", "2020: 10%", "< 5%", "2030", "-4,5%", "-6,1%", "0,73"]) expect(text).toContain(figure);
  });

  it("quotes the same figures with a decimal point in English", () => {
    const text = describeProgress(poverty, "%", "en");
    for (const figure of ["-4.5%", "-6.1%", "0.73"]) expect(text).toContain(figure);
  });

  it("never rounds a ratio up into the band above (0,947 reads 0,94, not 0,95)", () => {
    const growth = assessProgress({
      target: { kind: "periodAverage", value: 9.5, valueMax: 10, year: 2025, period: { from: 2021, to: 2025 }, direction: "increase" },
      observations: [{ year: 2021, value: 8 }, { year: 2022, value: 9 }, { year: 2023, value: 10 }],
      currentYear: 2023,
    });
    const text = describeProgress(growth, "%");
    expect(text).toContain("0,94");
    expect(text).toContain("9,5–10%");
    expect(text).toContain("2021–2023: 9%");
  });

  it("quotes the years a period is missing", () => {
    const investment = assessProgress({
      target: { kind: "cumulative", value: 750_000, year: 2025, period: { from: 2021, to: 2025 }, direction: "increase" },
      observations: [{ year: 2021, value: 140_000 }, { year: 2023, value: 120_000 }],
      currentYear: 2023,
    });
    const text = describeProgress(investment, "tỷ đồng");
    expect(text).toContain("260.000 tỷ đồng");
    expect(text).toContain("650.000 tỷ đồng");
    expect(text).toContain("2022");
  });
});

describe("describeTaskRollUp", () => {
  it("quotes the counts of tasks by state", () => {
    const text = describeTaskRollUp(rollUpTaskStatuses([{ state: "done" }, { state: "on_schedule" }, { state: "behind", overdue: true }, { state: null }]));
    expect(text).toContain("1/4");
  });
});

describe("describeProgress for a target not reported this year", () => {
  it("quotes the last value reported and its year", () => {
    const result = assessProgress({ target: { kind: "level", value: 80, year: 2030, direction: "increase" }, observations: [{ year: 2023, value: 50 }, { year: 2024, value: 60 }], currentYear: 2025 });
    expect(describeProgress(result, "%")).toContain("2024: 60%");
    expect(describeProgress(result, "%")).not.toContain("2023");
  });
});
