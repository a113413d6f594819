import { imported } from "./importResults";

const task = (plan: Parameters<typeof imported>[0], id: string) =>
  imported(plan).catalog.tasks.find((candidate) => candidate.id === id)!;

describe("deadlines written in a task's own text (plans with no deadline column)", () => {
  it("dates 002 13.1.b by 'Đến năm 2018, hoàn thành …' (L1688)", () => {
    const found = task("quangninh-sdg-2018", "13.1.b");
    expect(found.due).toMatchObject({ kind: "year", to: 2018, by: "2018-12-31" });
    expect(found.milestones).toEqual([
      expect.objectContaining({ line: 1688, due: expect.objectContaining({ kind: "year", to: 2018 }) }),
    ]);
  });

  it("reads 'Hàng năm, Ban Chỉ đạo … xây dựng Kế hoạch' as a yearly deadline over the plan period (002 3.9, L488)", () => {
    expect(task("quangninh-sdg-2018", "3.9").due).toMatchObject({
      kind: "annual",
      from: 2018,
      to: 2030,
      convention: "plan-period",
    });
  });

  it("keeps each sub-item's milestone and takes the latest as the task's deadline (002 14.3, L1780 and L1782)", () => {
    const found = task("quangninh-sdg-2018", "14.3");
    expect(found.milestones?.map((milestone) => [milestone.due.to, milestone.line])).toEqual([
      [2020, 1780],
      [2030, 1782],
    ]);
    expect(found.due).toMatchObject({ kind: "year", to: 2030 });
  });

  it("reads a capitalised 'Đến năm 2030:' whose full stop the table lost (002 3.1, L330)", () => {
    expect(task("quangninh-sdg-2018", "3.1").milestones?.map((milestone) => milestone.line)).toEqual([328, 330]);
  });

  it("does not take a programme's name for a deadline ('Quy hoạch … đến năm 2020, tầm nhìn đến năm 2030', 002 5.8)", () => {
    const found = task("quangninh-sdg-2018", "5.8");
    expect(found.text).toMatch(/đến năm 2020, tầm nhìn đến năm 2030/u);
    expect(found.milestones).toBeUndefined();
    expect(found.due.kind).toBe("unspecified");
  });

  it("reads 001 3.3.b 'Phấn đấu đến năm 2030 có trên 30% dân số …' (L297)", () => {
    expect(task("daknong-sdg-2018", "3.3.b").due).toMatchObject({ kind: "year", to: 2030 });
  });

  it("leaves the deadline column of 003 and 004 as the only source of their deadlines", () => {
    for (const plan of ["thanhhoa-nq58-2021", "thanhhoa-green-growth-2023"] as const) {
      expect(imported(plan).catalog.tasks.filter((candidate) => candidate.milestones !== undefined)).toEqual([]);
    }
  });
});
