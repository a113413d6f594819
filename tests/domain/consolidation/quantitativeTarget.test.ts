import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assessProgress, type QuantitativeTarget } from "../../../src/domain/consolidation/progressStatus";
import { currentIndicators, quantitativeTarget } from "../../../src/domain/consolidation/quantitativeTarget";
import type { Indicator, PlanCatalog } from "../../../src/domain/catalog/types";

const PLANS_DIR = join(__dirname, "../../../data/plans");
const plans = new Map<string, PlanCatalog>(
  readdirSync(PLANS_DIR)
    .filter((file) => file.endsWith(".json") && file !== "index.json")
    .map((file) => [file.replace(/\.json$/, ""), JSON.parse(readFileSync(join(PLANS_DIR, file), "utf8")) as PlanCatalog]),
);

/** One indicator of a real catalogue, by target code and a piece of its text; the target is its owner. */
function indicatorOf(planId: string, code: string, text: string, year?: number | null) {
  const plan = plans.get(planId)!;
  const target = plan.targets.find((candidate) => candidate.code === code)!;
  const indicator = target.indicators.find((candidate) => (candidate.text ?? candidate.label).includes(text) && (year === undefined || candidate.year === year));
  if (!indicator) throw new Error(`${planId} ${code}: no indicator "${text}"`);
  return { plan, target, indicator };
}

function mapped(planId: string, code: string, text: string, year?: number | null): QuantitativeTarget | null {
  const { plan, target, indicator } = indicatorOf(planId, code, text, year);
  return quantitativeTarget(indicator, plan, target);
}

describe("quantitativeTarget on the real catalogues", () => {
  it("reads \"tăng trưởng GRDP hàng năm trung bình từ 9,5 - 10%\" (000 8.1) as a period average over the plan's years", () => {
    expect(mapped("thanhhoa-sdg-2017", "8.1", "9,5 - 10%")).toMatchObject({
      kind: "periodAverage",
      value: 9.5,
      valueMax: 10,
      year: 2030,
      period: { from: 2017, to: 2030 },
      direction: "increase",
      reading: { year: "plan" },
    });
  });

  it("reads \"tốc độ tăng trưởng GRDP bình quân hàng năm đạt 11% trở lên\" (003 T3.1) as a period average over 2021–2025", () => {
    expect(mapped("thanhhoa-nq58-2021", "T3.1", "11%")).toMatchObject({ kind: "periodAverage", value: 11, period: { from: 2021, to: 2025 }, direction: "increase" });
  });

  it("reads \"tỷ lệ hộ nghèo xuống dưới 5%\" (000 1.1) as a strict lower-is-better level capped at 100", () => {
    expect(mapped("thanhhoa-sdg-2017", "1.1", "dưới 5%")).toMatchObject({ kind: "level", value: 5, strict: true, year: 2030, direction: "decrease", ceiling: 100, baseYear: 2016 });
  });

  it("reads \"tổng huy động vốn đầu tư … giai đoạn 2021 - 2025 đạt 750.000 tỷ đồng\" (003 T5.3) as a total over its period", () => {
    const target = mapped("thanhhoa-nq58-2021", "T5.3", "750.000");
    expect(target).toMatchObject({ kind: "cumulative", value: 750_000, period: { from: 2021, to: 2025 }, direction: "increase" });
    expect(target?.ceiling).toBeUndefined();
  });

  it("reads a rank \"trong nhóm 10 tỉnh dẫn đầu\" (003 T5.1) as lower is better, without a ceiling", () => {
    const target = mapped("thanhhoa-nq58-2021", "T5.1", "nhóm 10");
    expect(target).toMatchObject({ kind: "level", value: 10, direction: "decrease", reading: { direction: "comparator" } });
    expect(target?.ceiling).toBeUndefined();
  });

  it("reads \"hằng năm, có 80% số xã … trở lên\" (003 T10.1) as a level every year until the plan's end", () => {
    expect(mapped("thanhhoa-nq58-2021", "T10.1", "80%")).toMatchObject({ kind: "level", everyYear: true, year: 2030, direction: "increase", reading: { year: "plan" } });
  });

  it("reads a structure share \"nông, lâm, thủy sản chiếm 5,9%\" (003 T3.5) as toward the target", () => {
    expect(mapped("thanhhoa-nq58-2021", "T3.5", "5,9%")).toMatchObject({ direction: null, reading: { direction: "towardTarget" } });
  });

  it("reads \"giảm ít nhất một nửa tỷ lệ nghèo\" (001 1.1) as a percent change from the baseline", () => {
    expect(mapped("daknong-sdg-2018", "1.1", "một nửa")).toMatchObject({ kind: "level", relative: "percentChange", value: 50, direction: "decrease" });
  });

  it("reads \"tăng gấp 1,5 lần năng suất lao động\" (001 2.3) as a multiple of the baseline, without a ceiling", () => {
    const target = mapped("daknong-sdg-2018", "2.3", "1,5 lần");
    expect(target).toMatchObject({ relative: "multiple", value: 1.5, direction: "increase" });
    expect(target?.ceiling).toBeUndefined();
  });

  it("reads \"giảm 20 - 25% tỷ lệ tử vong\" (001 3.3) as a range of changes", () => {
    expect(mapped("daknong-sdg-2018", "3.3", "20 - 25%")).toMatchObject({ relative: "percentChange", value: 20, valueMax: 25, direction: "decrease" });
  });

  it("reads \"so với năm 2015\" (002 9.4) as the base year", () => {
    expect(mapped("quangninh-sdg-2018", "9.4", "so với năm 2015")).toMatchObject({ relative: "multiple", baseYear: 2015 });
  });

  it("takes the whole of \"111/111 xã\" (002 18.1) as the ceiling but not the 1000 of a rate per 1000 (002 3.1)", () => {
    expect(mapped("quangninh-sdg-2018", "18.1", "111/111")?.ceiling).toBe(111);
    expect(mapped("quangninh-sdg-2018", "3.1", "<10/1000")?.ceiling).toBeUndefined();
  });

  it("reads \"tỷ lệ thất nghiệp khoảng 5,2%\" (002 8.6), which states no direction, as lower is better", () => {
    expect(mapped("quangninh-sdg-2018", "8.6", "5,2%")).toMatchObject({ direction: "decrease", reading: { direction: "label" } });
  });

  it("reads \"tỷ lệ không đi học hoặc đào tạo khoảng 5%\" (002 8.6) as lower is better too", () => {
    expect(mapped("quangninh-sdg-2018", "8.6", "khoảng 5%")?.direction).toBe("decrease");
  });

  it("caps \"triển khai Internet tốc độ cao đến 100%\" (002 9.5) at 100: a speed is not a growth rate", () => {
    expect(mapped("quangninh-sdg-2018", "9.5", "Internet")).toMatchObject({ kind: "level", ceiling: 100 });
  });

  it("reads \"phát triển 63 công trình cấp nước\" over 2020–2030 (002 6.5) as a total", () => {
    expect(mapped("quangninh-sdg-2018", "6.5", "63 công trình")).toMatchObject({ kind: "cumulative", value: 63, period: { from: 2020, to: 2030 } });
  });

  it("reads \"bình quân trồng 6,0 triệu cây xanh phân tán/năm\" (004 VIII.5.3) as a yearly average over the plan", () => {
    const plan = plans.get("thanhhoa-green-growth-2023")!;
    const indicator = plan.tasks.flatMap((task) => task.indicators ?? []).find((candidate) => candidate.text?.includes("6,0 triệu"))!;
    expect(quantitativeTarget(indicator, plan)).toMatchObject({ kind: "periodAverage", value: 6, period: { from: 2021, to: 2030 } });
  });

  it("gives null for a change against a benchmark without a figure (002 7.3 \"so với kịch bản cơ sở\")", () => {
    expect(mapped("quangninh-sdg-2018", "7.3", "kịch bản cơ sở")).toBeNull();
  });

  it("gives null for a split \"30/70%\" (002 9.4), a target without a number (001 10.1) and one without a year (002 3.7)", () => {
    expect(mapped("quangninh-sdg-2018", "9.4", "30/70%")).toBeNull();
    expect(mapped("daknong-sdg-2018", "10.1", "bình quân quốc gia")).toBeNull();
    expect(mapped("quangninh-sdg-2018", "3.7", "trên 95%")).toBeNull();
  });

  it("reads every indicator of the five catalogues without throwing, into a target with a whole year", () => {
    for (const plan of plans.values()) {
      const owned = [
        ...plan.targets.flatMap((target) => target.indicators.map((indicator) => ({ indicator, owner: target as { year?: number | null } }))),
        ...plan.tasks.flatMap((task) => (task.indicators ?? []).map((indicator) => ({ indicator, owner: {} }))),
      ];
      for (const { indicator, owner } of owned) {
        const target = quantitativeTarget(indicator, plan, owner);
        if (target) expect(Number.isInteger(target.year)).toBe(true);
      }
    }
  });
});

describe("quantitativeTarget with assessProgress", () => {
  // 003 T3.1: ≥ 11 % a year over 2021–2025; reported 2021: 9,5 and 2022: 10,5 → mean 10 → 10/11 = 0.9091.
  it("judges 003's GRDP growth target from two yearly returns", () => {
    const target = mapped("thanhhoa-nq58-2021", "T3.1", "11%")!;
    const result = assessProgress({ target, observations: [{ year: 2021, value: 9.5 }, { year: 2022, value: 10.5 }], currentYear: 2022 });
    expect(result.ratio).toBeCloseTo(0.9091, 3);
    expect(result.status).toBe("moderate_progress");
  });

  // 000 1.1: poverty under 5 % by 2030, base year 2016. 2016: 12 → 2020: 10 gives CR 0.7350 (as in the StatCan example).
  it("judges 000's poverty target from the base year's and the reporting year's values", () => {
    const target = mapped("thanhhoa-sdg-2017", "1.1", "dưới 5%")!;
    const result = assessProgress({ target, observations: [{ year: 2015, value: 14 }, { year: 2016, value: 12 }, { year: 2020, value: 10 }], currentYear: 2020 });
    expect(result.basis.baseline).toMatchObject({ year: 2016, source: "baseYear" });
    expect(result.ratio).toBeCloseTo(0.735, 3);
  });
});

describe("currentIndicators", () => {
  const byYear = (indicators: readonly Indicator[]) => indicators.map((indicator) => `${indicator.label} ${indicator.year}`);

  it("keeps, for a label set for 2020 and 2030 (002 1.1), the nearest year not yet past", () => {
    const { target } = indicatorOf("quangninh-sdg-2018", "1.1", "1,06%");
    expect(byYear(currentIndicators(target.indicators, 2026))).toEqual(["Tỷ lệ hộ nghèo 2030"]);
    expect(byYear(currentIndicators(target.indicators, 2019))).toEqual(["Tỷ lệ hộ nghèo 2020"]);
  });

  it("keeps the last year once every year is past, and indicators without a year", () => {
    const { target } = indicatorOf("quangninh-sdg-2018", "1.1", "1,06%");
    const undated: Indicator = { ...target.indicators[0]!, label: "Khác", year: null };
    expect(byYear(currentIndicators([...target.indicators, undated], 2031))).toEqual(["Tỷ lệ hộ nghèo 2030", "Khác null"]);
  });
});
