import { compareGoalTitles } from "../../../../src/domain/catalog/import/compareGoalTitles";

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
});
