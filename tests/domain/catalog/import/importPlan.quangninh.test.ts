import type { Indicator } from "../../../../src/domain/catalog/types";
import { imported } from "./importResults";
import { planLine } from "./planSources";

const plan = "quangninh-sdg-2018" as const;
const catalog = () => imported(plan).catalog;
const target = (code: string) => catalog().targets.find((candidate) => candidate.code === code)!;
const reviewOf = (code: string) => catalog().review.filter((item) => item.code === code);
/** [comparator, value, unit, year, line the value was read from (null: the target's own line)]. */
const values = (indicators: readonly Indicator[] | undefined) =>
  (indicators ?? []).map((indicator) => [
    indicator.comparator,
    indicator.value,
    indicator.unit,
    indicator.year,
    indicator.line ?? null,
  ]);

describe("importPlan on 002: the province's own values", () => {
  it("reads 3.1's values after 'Tỉnh Quảng Ninh:' (L326–330) as the target, with their years", () => {
    expect(planLine(plan, 326)).toBe("Tỉnh Quảng Ninh:");
    expect(values(target("3.1").indicators)).toEqual([
      ["<", 20, "/100.000 trẻ đẻ sống", 2020, 328],
      ["<", 10, "/1000 trẻ đẻ sống", 2020, 328],
      ["<", 16, "/1000 trẻ đẻ sống", 2020, 328],
      ["<", 18, "/100.000 trẻ đẻ sống", 2030, 330],
      ["<", 8, "/1000 trẻ đẻ sống", 2030, 330],
      ["<", 13, "/1000 trẻ đẻ sống", 2030, 330],
    ]);
  });

  it("keeps the national values of 3.1's heading (L324) apart, as a reference, with a note", () => {
    expect(values(target("3.1").nationalIndicators)).toEqual([
      ["<", 45, "/100.000 trẻ đẻ sống", 2030, null],
      ["<", 10, "/1000 trẻ đẻ sống", 2030, null],
      ["<", 15, "/1000 trẻ đẻ sống", 2030, null],
    ]);
    expect(catalog().notes).toContainEqual(
      expect.objectContaining({ code: "national_values_as_reference", source: expect.objectContaining({ line: 324 }) }),
    );
  });

  it("keeps 7.2's 31% and 32,3% 'của quốc gia' (L976) as national values, not the province's target", () => {
    expect(target("7.2")).toMatchObject({ quantitative: false, indicators: [] });
    expect(values(target("7.2").nationalIndicators)).toEqual([
      ["=", 31, "%", 2020, null],
      ["=", 32.3, "%", 2030, null],
    ]);
    expect(catalog().notes).toContainEqual(
      expect.objectContaining({ code: "national_values_as_reference", source: expect.objectContaining({ line: 976 }) }),
    );
  });

  it.each([
    // Sub-points a) L272 and b. L280, each with its own year.
    [
      "2.1",
      [
        ["=", 100, "%", 2030, 272],
        [">", 90, "%", 2030, 272],
        ["=", 100, "%", 2030, 272],
        ["=", 100, "%", 2020, 280],
        [">", 80, "%", 2020, 280],
        ["=", 70, "%", 2020, 280],
        ["=", 100, "%", 2020, 280],
        ["=", 100, "%", 2020, 280],
      ],
    ],
    // "Phấn đấu đến năm 2025, tỉ lệ suy dinh dưỡng … giảm còn 20% và đến năm 2030 giảm dưới 15%."
    [
      "2.2",
      [
        ["=", 20, "%", 2025, 294],
        ["<", 15, "%", 2030, 294],
      ],
    ],
    [
      "3.2",
      [
        [">=", 95, "%", 2025, 342],
        ["=", 95, "%", 2030, 342],
      ],
    ],
    // The heading's change "giảm 20-25%", then 3.3.a L358 and 3.3.b L372.
    [
      "3.3",
      [
        ["between", 20, "%", 2030, null],
        ["=", 95, "%", 2025, 358],
        ["=", 100, "%", 2030, 358],
        ["=", 40, "%", 2020, 372],
        [">", 50, "%", 2030, 372],
      ],
    ],
    [
      "6.5",
      [
        ["=", 80, "công trình cấp nước", 2020, 910],
        ["=", 63, "công trình cấp nước", 2030, 912],
      ],
    ],
    // 9.5's fourth row (L1240), between two "Chủ trì".
    [
      "9.5",
      [
        ["=", 100, "%", 2030, 1240],
        ["=", 100, "%", 2030, 1240],
      ],
    ],
    [
      "14.1",
      [
        ["=", 100, "%", 2020, 1756],
        ["=", 100, "%", 2020, 1756],
      ],
    ],
    // L1780 "Đến năm 2020, hoàn thành việc rà soát …" states no number.
    ["14.3", [["=", 100, "%", 2030, 1782]]],
  ])("reads the dated values %s states in its 'Nhiệm vụ' column", (code, expected) => {
    expect(values(target(code).indicators)).toEqual(expected);
  });

  it("reads 12.5.a's ten bullets under '- Đến năm 2020' (L1572) and '- Đến năm 2030:' (L1584) with those years", () => {
    expect(values(target("12.5").indicators)).toEqual([
      ["=", 95, "%", 2020, 1574],
      ["between", 75, "%", 2020, 1574],
      ["=", 90, "%", 2020, 1576],
      [">", 75, "%", 2020, 1576],
      ["=", 80, "%", 2020, 1578],
      ["=", 50, "%", 2020, 1578],
      ["=", 100, "%", 2020, 1580],
      ["=", 75, "%", 2020, 1582],
      ["=", 50, "%", 2020, 1582],
      ["=", 100, "%", 2030, 1586],
      ["=", 90, "%", 2030, 1586],
      ["=", 100, "%", 2030, 1588],
      [">", 75, "%", 2030, 1588],
      ["=", 95, "%", 2030, 1590],
      ["=", 60, "%", 2030, 1590],
      ["=", 100, "%", 2030, 1592],
      ["=", 50, "%", 2030, 1592],
      ["=", 100, "%", 2030, 1594],
    ]);
    expect(target("12.5").quantitative).toBe(true);
  });

  it("gives 6.3b's values no year: 'Đến năm 2030' belongs to 6.3.a (L802), L838 states none", () => {
    expect(values(target("6.3").indicators)).toEqual([
      ["=", 100, "%", null, 838],
      ["=", 100, "%", null, 838],
      ["=", 100, "%", null, 838],
      [">", 98, "%", null, 838],
      [">", 98, "%", null, 838],
      ["=", 100, "%", null, 838],
    ]);
  });
});

describe("importPlan on 002: what the text leaves wrong or unclear", () => {
  it("flags 18.5's second 'Đến năm 2020' for a larger value (L2192) and gives that value no year", () => {
    expect(values(target("18.5").indicators)).toEqual([
      ["=", 5000, "vườn mẫu", 2020, null],
      ["=", 10000, "vườn mẫu", null, null],
    ]);
    expect(reviewOf("year_repeated")).toEqual([
      expect.objectContaining({
        subject: { kind: "target", id: "18.5" },
        source: expect.objectContaining({ line: 2192 }),
        candidates: ["2025", "2030"],
        params: expect.objectContaining({ year: 2020, first: 5000, second: 10000, indicator: 1 }),
      }),
    ]);
  });

  it("raises 'Giai đoạn 2021-2020' (L426) once, on target 3.7, quoting the range", () => {
    expect(values(target("3.7").indicators)).toEqual([[">", 95, "%", null, 426]]);
    expect(reviewOf("year_typo")).toEqual([
      expect.objectContaining({
        subject: { kind: "target", id: "3.7" },
        source: expect.objectContaining({ line: 426 }),
        params: expect.objectContaining({ text: "2021-2020" }),
        candidates: ["2020-2021", "2021-2025", "2021-2030"],
      }),
    ]);
  });

  it("says 3.8.b has an assignment but an empty content cell (L452–458)", () => {
    expect(reviewOf("task_without_text")).toEqual([
      expect.objectContaining({
        subject: { kind: "task", id: "3.8.b" },
        source: expect.objectContaining({ line: 452 }),
        candidates: [],
      }),
    ]);
  });

  it("offers 2.5's block as the candidate for 2.4, whose heading it also follows (L312–316)", () => {
    expect(reviewOf("missing_lead")).toEqual([
      expect.objectContaining({
        subject: { kind: "task", id: "2.4" },
        source: expect.objectContaining({ line: 312 }),
        candidates: ["2.5"],
      }),
    ]);
    expect(catalog().tasks.find((task) => task.id === "2.4")?.lead).toEqual([]);
  });

  it("records the goal titles the body list and the appendix word differently, keeping the body's", () => {
    expect(
      reviewOf("goal_title_differs").map((item) => [item.subject.id, item.source.line, item.params?.appendixLine]),
    ).toEqual([
      ["3", 62, 322],
      ["8", 72, 1014],
      ["12", 80, 1488],
    ]);
  });

  it("flags goal 19's values (L2202), which have no numbered target to hold them", () => {
    expect(reviewOf("values_in_goal_without_targets")).toEqual([
      expect.objectContaining({ subject: { kind: "goal", id: "19" }, source: expect.objectContaining({ line: 2202 }) }),
    ]);
  });
});
