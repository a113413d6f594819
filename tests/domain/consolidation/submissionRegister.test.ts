import { buildRegister } from "../../../src/domain/consolidation/submissionRegister";
import type { ExpectedAgency } from "../../../src/domain/consolidation/submissions";
import type { SectionReading } from "../../../src/domain/consolidation/returnReadings";
import { validationIssue } from "../../../src/domain/validation/validationIssue";
import { receivedReturn, statusAt } from "../../helpers/receivedReturns";

const row = (code: string) => ({ plan: "kh", code, section: "leadTasks" as const });
const expected: ExpectedAgency[] = [
  { agency: "a", name: "Sở A", rows: [row("1"), row("2")] },
  { agency: "b", name: "Sở B", rows: [row("3")] },
  { agency: "c", name: "Sở C", rows: [row("4")] },
];

const answered = (code: string): SectionReading => ({
  plan: "kh",
  code,
  section: "leadTasks",
  fields: { status: statusAt("Hoàn thành", "H4", "NV") },
});

const columnMissing = (file: string) =>
  validationIssue("column_missing", { file, sheet: "NV", cell: null }, { column: "Tình trạng" });
const notANumber = (file: string) =>
  validationIssue("not_a_number", { file, sheet: "NV", cell: "I4" }, { field: "Tỷ lệ", value: "abc", found: "text" });

describe("buildRegister", () => {
  it("sets every expected agency against what arrived: on time, late, or missing", () => {
    const register = buildRegister({
      expected,
      received: [
        receivedReturn("a.xlsx", "a", "2026-11-10", { readings: [answered("1"), answered("2")] }),
        receivedReturn("b.xlsx", "b", "2026-11-20", { readings: [answered("3")] }),
      ],
      dueOn: "2026-11-15",
    });
    expect(register.entries.map((entry) => [entry.agency, entry.state])).toEqual([
      ["a", "on_time"],
      ["b", "late"],
      ["c", "missing"],
    ]);
  });

  it("uses the newest mergeable return and keeps the earlier one listed as superseded", () => {
    const register = buildRegister({
      expected,
      received: [
        receivedReturn("a-v1.xlsx", "a", "2026-11-10"),
        receivedReturn("a-v2.xlsx", "a", "2026-11-18", { readings: [answered("1")] }),
      ],
      dueOn: "2026-11-15",
    });
    const entry = register.entries[0]!;
    expect(entry.used?.file).toBe("a-v2.xlsx");
    expect(entry.submissions.map((record) => [record.file, record.role])).toEqual([
      ["a-v2.xlsx", "used"],
      ["a-v1.xlsx", "superseded"],
    ]);
    // The first return met the deadline; a later correction does not make the agency late.
    expect(entry.state).toBe("on_time");
  });

  it("dates the entry by the return it uses, and keeps the first return's date for timeliness", () => {
    const register = buildRegister({
      expected,
      received: [
        receivedReturn("a-v1.xlsx", "a", "2026-11-10"),
        receivedReturn("a-v2.xlsx", "a", "2026-11-18", { readings: [answered("1")] }),
      ],
      dueOn: "2026-11-15",
    });
    expect(register.entries[0]).toMatchObject({
      used: expect.objectContaining({ file: "a-v2.xlsx" }),
      submittedOn: "2026-11-18",
      firstSubmittedOn: "2026-11-10",
      state: "on_time",
    });
  });

  it("dates an agency none of whose returns can be merged by its newest return", () => {
    const broken = (file: string, on: string) => receivedReturn(file, "b", on, { issues: [columnMissing(file)] });
    const register = buildRegister({
      expected,
      received: [broken("b-v1.xlsx", "2026-11-10"), broken("b-v2.xlsx", "2026-11-12")],
      dueOn: null,
    });
    expect(register.entries[1]).toMatchObject({ state: "not_merged", submittedOn: "2026-11-12", firstSubmittedOn: null });
  });

  it("does not merge a return with structural errors, and says so, unless the officer includes it", () => {
    const broken = receivedReturn("b.xlsx", "b", "2026-11-10", {
      issues: [columnMissing("b.xlsx")],
      readings: [answered("3")],
    });
    const refused = buildRegister({ expected, received: [broken], dueOn: "2026-11-15" }).entries[1]!;
    expect(refused.state).toBe("not_merged");
    expect(refused.used).toBeNull();
    expect(refused.submissions[0]).toMatchObject({ role: "not_merged", structuralErrors: 1 });

    const included = buildRegister({ expected, received: [broken], dueOn: "2026-11-15", include: new Set(["b.xlsx"]) })
      .entries[1]!;
    expect(included.used?.file).toBe("b.xlsx");
    expect(included.submissions[0]).toMatchObject({ role: "used", included: true });
  });

  it("keeps an older sound return when the newer one is structurally broken", () => {
    const register = buildRegister({
      expected,
      received: [
        receivedReturn("a-v1.xlsx", "a", "2026-11-10"),
        receivedReturn("a-v2.xlsx", "a", "2026-11-12", { issues: [columnMissing("a-v2.xlsx")] }),
      ],
      dueOn: null,
    });
    expect(register.entries[0]!.submissions.map((record) => [record.file, record.role])).toEqual([
      ["a-v2.xlsx", "not_merged"],
      ["a-v1.xlsx", "used"],
    ]);
  });

  it("merges a return with value errors and lists the errors and unanswered rows to chase", () => {
    const register = buildRegister({
      expected,
      received: [
        receivedReturn("a.xlsx", "a", "2026-11-10", { issues: [notANumber("a.xlsx")], readings: [answered("1")] }),
        receivedReturn("b.xlsx", "b", null, { readings: [answered("3")] }),
      ],
      dueOn: "2026-11-15",
    });
    const [a, b, c] = register.entries;
    expect(a!.state).toBe("on_time");
    expect(a!.owes.rows.map((owed) => owed.code)).toEqual(["2"]);
    expect(a!.owes.errors.map((issue) => [issue.code, issue.cell])).toEqual([["not_a_number", "I4"]]);
    expect(b!.state).toBe("received");
    expect(c!.owes.rows).toHaveLength(1);
    expect(register.chase.map((entry) => entry.agency)).toEqual(["a", "c"]);
  });

  it("lists returns of no expected agency apart", () => {
    const register = buildRegister({
      expected,
      received: [receivedReturn("x.xlsx", "z", null), receivedReturn("y.xlsx", null, null)],
      dueOn: null,
    });
    expect(register.unmatched.map((file) => [file.file, file.reason])).toEqual([
      ["x.xlsx", "not_expected"],
      ["y.xlsx", "not_identified"],
    ]);
  });
});
