import { checkIdentity, checkSubmissions, type ReturnIdentity } from "../../../src/domain/validation/checkIdentity";

const identity = (file: string, agency = "thanhhoa.syt", year = 2026, plan = "kh-01"): ReturnIdentity => ({
  file,
  plan,
  agency,
  year,
  shownAt: { plan: { sheet: "Tiến độ", cell: "B2" }, agency: { sheet: "Tiến độ", cell: "B3" }, year: { sheet: "Tiến độ", cell: "B4" } },
});
const found = (issues: ReturnType<typeof checkIdentity>) => issues.map((issue) => [issue.code, issue.file, issue.cell]);

describe("checkIdentity", () => {
  const expected = { knownPlans: ["kh-01", "kh-02"], agency: "thanhhoa.syt", year: 2026 };

  it("raises nothing for the return expected", () => {
    expect(checkIdentity(identity("a.xlsx"), expected)).toEqual([]);
  });

  it("reports a plan not in the catalogue, another agency and another year at the cells that show them", () => {
    expect(found(checkIdentity(identity("a.xlsx", "thanhhoa.sgd", 2025, "kh-09"), expected))).toEqual([
      ["plan_unknown", "a.xlsx", "B2"],
      ["agency_mismatch", "a.xlsx", "B3"],
      ["year_mismatch", "a.xlsx", "B4"],
    ]);
  });

  it("checks only the plan when no agency or year is expected", () => {
    expect(checkIdentity(identity("a.xlsx", "thanhhoa.sgd", 2025), { knownPlans: ["kh-01"] })).toEqual([]);
  });

  it("writes the years as years in the message", () => {
    const [issue] = checkIdentity(identity("a.xlsx", "thanhhoa.syt", 2025), expected);
    expect(issue?.params).toEqual({ expected: "2026", found: "2025" });
    expect(issue?.message).toContain("2025");
  });
});

describe("checkSubmissions", () => {
  it("reports every later return of one agency for one plan and year, naming the first file", () => {
    const issues = checkSubmissions([identity("moi.xlsx"), identity("khac.xlsx", "thanhhoa.sgd"), identity("cu.xlsx"), identity("cu2.ods")]);
    expect(issues.map((issue) => [issue.code, issue.file, issue.params.otherFile])).toEqual([
      ["duplicate_submission", "cu.xlsx", "moi.xlsx"],
      ["duplicate_submission", "cu2.ods", "moi.xlsx"],
    ]);
  });

  it("tells returns for other years or plans apart", () => {
    expect(checkSubmissions([identity("a.xlsx"), identity("b.xlsx", "thanhhoa.syt", 2025), identity("c.xlsx", "thanhhoa.syt", 2026, "kh-02")])).toEqual([]);
  });
});
