import { imported } from "./importResults";

const task = (plan: Parameters<typeof imported>[0], id: string) =>
  imported(plan).catalog.tasks.find((candidate) => candidate.id === id)!;

describe("numbers a task commits to in its own text", () => {
  it("reads 001 3.3.b 'Phấn đấu đến năm 2030 có trên 30% dân số hoạt động thể dục thể thao thường xuyên' (L297)", () => {
    expect(task("daknong-sdg-2018", "3.3.b").indicators).toEqual([
      expect.objectContaining({ comparator: ">", value: 30, unit: "%", year: 2030 }),
    ]);
  });

  it("reads 002 2.1.b 'lúa chất lượng cao đạt trên 65%' and the rice yield, which state no year (L286)", () => {
    expect(task("quangninh-sdg-2018", "2.1.b").indicators).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ comparator: ">", value: 65, unit: "%", year: null }),
        expect.objectContaining({ comparator: ">=", value: 55, unit: "tạ/ha" }),
      ]),
    );
  });

  it("reads a yearly rate as a commitment (004 VIII.5.3, 'Bình quân trồng … 10.000 ha rừng/năm')", () => {
    expect(task("thanhhoa-green-growth-2023", "VIII.5.3").indicators).toEqual(
      expect.arrayContaining([expect.objectContaining({ value: 10000, unit: "ha rừng/năm" })]),
    );
  });

  it("does not read again the values the task's target already holds (002 3.1 restates its target, L326)", () => {
    const found = task("quangninh-sdg-2018", "3.1");
    const target = imported("quangninh-sdg-2018").catalog.targets.find((candidate) => candidate.code === "3.1")!;
    const repeated = (found.indicators ?? []).filter((value) =>
      target.indicators.some((held) => held.value === value.value && held.unit === value.unit),
    );
    expect(repeated).toEqual([]);
  });

  it("asks about a bare number that may be context ('Thu NSNN (nội địa) tăng 10% so với TH năm trước', 002 L2202)", () => {
    expect(imported("quangninh-sdg-2018").catalog.review).toContainEqual(
      expect.objectContaining({
        code: "task_value_unclear",
        subject: { kind: "task", id: "19" },
        source: expect.objectContaining({ line: 2202 }),
      }),
    );
    expect(task("quangninh-sdg-2018", "19").indicators).toBeUndefined();
  });
});
