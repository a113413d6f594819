import { compareGoalTitles } from "../../../../src/domain/catalog/import/compareGoalTitles";
import { imported } from "./importResults";
import type { PlanKey } from "./planSources";

const goal = (code: string, title: string, line: number) => ({ code, title, source: { line, quote: title } });

describe("compareGoalTitles", () => {
  it("records a body title that differs from the appendix's, with both as candidates (000 L102, L485)", () => {
    expect(
      compareGoalTitles(
        [goal("10", "Giám sát bình đẳng trong xã hội.", 102)],
        [goal("10", "Giảm bất bình đẳng trong xã hội.", 485)],
      ),
    ).toEqual([
      {
        code: "goal_title_differs",
        subject: { kind: "goal", id: "10" },
        params: {
          goal: "10",
          bodyTitle: "Giám sát bình đẳng trong xã hội.",
          appendixTitle: "Giảm bất bình đẳng trong xã hội.",
          appendixLine: 485,
          kept: "body",
        },
        source: { line: 102, quote: "Giám sát bình đẳng trong xã hội." },
        candidates: ["Giám sát bình đẳng trong xã hội.", "Giảm bất bình đẳng trong xã hội."],
      },
    ]);
  });

  it.each([
    [
      "punctuation only (002 G5)",
      "Đạt được bình đẳng giới; tăng quyền và tạo cơ hội cho phụ nữ và trẻ em gái.",
      "Đạt được bình đẳng giới, tăng quyền và tạo cơ hội cho phụ nữ và trẻ em gái",
    ],
    [
      "an appendix copy cut short (002 L1326)",
      "Phát triển đô thị, nông thôn bền vững, có khả năng chống chịu; đảm bảo môi trường sống và làm việc an toàn; phân bổ hợp lý dân cư và lao động theo vùng.",
      "Phát triển đô thị, nông thôn bền vững, có khả năng chống chịu; đảm bảo môi trường sống và làm việc an toàn",
    ],
  ])("does not flag %s", (_label, body, appendix) => {
    expect(compareGoalTitles([goal("5", body, 66)], [goal("5", appendix, 590)])).toEqual([]);
  });

  describe("on every plan that names its goals twice", () => {
    const differs = (plan: PlanKey) =>
      imported(plan).catalog.review.filter((item) => item.code === "goal_title_differs");

    it.each([
      ["thanhhoa-sdg-2017", "body"],
      ["daknong-sdg-2018", "appendix"],
      ["quangninh-sdg-2018", "body"],
    ] as const)("flags the differences of %s and says the catalogue keeps the %s's title", (plan, kept) => {
      expect(differs(plan).length).toBeGreaterThan(0);
      for (const item of differs(plan)) expect(item.params?.kept).toBe(kept);
    });

    it("flags 001 goal 1: body 'Chấm dứt mọi hình thức nghèo' (L28) against appendix 'Cơ bản chấm dứt …'", () => {
      const item = differs("daknong-sdg-2018").find((candidate) => candidate.subject.id === "1");
      expect(item?.candidates[1]).toMatch(/^Cơ bản chấm dứt/u);
      expect(imported("daknong-sdg-2018").catalog.goals.find((goal) => goal.code === "1")?.title).toBe(
        item?.candidates[1],
      );
    });

    it("compares 004's body headings 'Nhóm nhiệm vụ, giải pháp về …' with the appendix groups, heading words aside (L106–214)", () => {
      expect(differs("thanhhoa-green-growth-2023").map((item) => [item.subject.id, item.source.line])).toEqual([
        ["III", 142],
      ]);
    });

    it("finds 003's body headings worded as its appendix groups", () => {
      expect(differs("thanhhoa-nq58-2021")).toEqual([]);
    });
  });
});
