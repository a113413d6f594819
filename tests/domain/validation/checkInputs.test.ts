import fc from "fast-check";
import type { CellRead } from "../../../src/domain/grid/cellRead";
import { checkInputs } from "../../../src/domain/validation/checkInputs";
import type { ValidationIssue } from "../../../src/domain/validation/validationIssue";
import { DEFAULT_VALIDATION_SETTINGS, VALIDATION_CODES } from "../../../src/domain/validation/validationRules";
import {
  bool,
  COLUMNS,
  CONTEXT,
  date,
  empty,
  errorCell,
  FIRST_ROW,
  num,
  oneRow,
  percentCell,
  row,
  text,
} from "./returnBuilders";

const found = (issues: readonly ValidationIssue[]) => issues.map((issue) => [issue.code, issue.cell]);
const check = (...args: Parameters<typeof oneRow>) => found(checkInputs(oneRow(...args), CONTEXT));

describe("checkInputs", () => {
  describe("a correctly filled row", () => {
    it.each<[string, Parameters<typeof oneRow>[0]]>([
      ["in progress at 60", {}],
      ["complete at 100 with a completion date", { status: text("Hoàn thành"), progress: num(100), completedOn: date("2026-10-15") }],
      ["not started at 0", { status: text("Chưa triển khai"), progress: num(0), result: num(0), estimate: num(0) }],
      ["progress 0.6 in a cell formatted as %", { progress: percentCell(0.6) }],
      ["progress 0.6 in a cell formatted as 0.00%", { progress: num(0.6, "0.00%") }],
      ["status in capitals", { status: text("ĐANG TRIỂN KHAI") }],
      ["free notes", { notes: text("Đã trình UBND tỉnh") }],
      ["optional inputs left empty", { result: empty(), estimate: empty(), completedOn: empty() }],
    ])("raises nothing when %s", (_what, cells) => {
      expect(check(cells)).toEqual([]);
    });
  });

  describe("required inputs", () => {
    it("reports an empty required status and a blank-text required progress at their cells", () => {
      expect(check({ status: empty(), progress: text("   ") })).toEqual([
        ["required_empty", "D8"],
        ["required_empty", "E8"],
      ]);
    });
  });

  describe("numbers", () => {
    it("reports text that is no number where a number belongs", () => {
      expect(check({ progress: text("khoảng 50") })).toEqual([["not_a_number", "E8"]]);
    });

    it("reports a boolean or a date where a number belongs", () => {
      expect(check({ result: bool(true), estimate: date("2026-05-01") })).toEqual([
        ["not_a_number", "G8"],
        ["not_a_number", "H8"],
      ]);
    });

    it("accepts a Vietnamese number typed as text with a warning, and uses its value", () => {
      const issues = checkInputs(oneRow({ result: text("1.234,5") }), CONTEXT);
      expect(found(issues)).toEqual([
        ["number_as_text", "G8"],
        ["estimate_below_result", "H8"],
      ]);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ number: 1234.5 }));
    });

    it("accepts an unambiguous English number typed as text with a warning", () => {
      expect(check({ result: text("1,234.5"), estimate: num(2000) })).toEqual([["number_as_text", "G8"]]);
    });

    it("reports an ambiguous number with both readings and does not compare it with anything", () => {
      const issues = checkInputs(oneRow({ result: text("1.234"), estimate: num(5) }), CONTEXT);
      expect(found(issues)).toEqual([["number_ambiguous", "G8"]]);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ vietnamese: 1234, english: 1.234 }));
    });

    it("reports a negative quantity in a non-negative field as out of range", () => {
      expect(check({ result: num(-3), estimate: num(0) })).toEqual([["out_of_range", "G8"]]);
    });
  });

  describe("percentages", () => {
    it.each<[string, CellRead]>([
      ["a number with a % format (0.45 shows 45%)", percentCell(0.45)],
      ["a number in points (45)", num(45)],
      ["the text 45% (with a warning that it is text)", text("45%")],
      ["the text 45 % with a space", text("45 %")],
    ])("reads %s as 45 points", (_what, cell) => {
      const issues = checkInputs(oneRow({ status: text("Hoàn thành"), progress: cell }), CONTEXT);
      const contradiction = issues.find((issue) => issue.code === "status_contradicts_progress");
      expect(contradiction?.params).toEqual(expect.objectContaining({ progress: 45, progressCell: "E8" }));
    });

    it("reports 45 in a cell formatted as % (shows 4500%) as a scale mistake, not as out of range", () => {
      const issues = checkInputs(oneRow({ progress: percentCell(45) }), CONTEXT);
      expect(found(issues)).toEqual([["percent_scale_mistake", "E8"]]);
      expect(issues[0]?.severity).toBe("error");
      expect(issues[0]?.params).toEqual(expect.objectContaining({ shown: 4500, meant: 45 }));
    });

    it("warns that 0.45 in points (no % format) reads as 0.45% though 45% was probably meant", () => {
      const issues = checkInputs(oneRow({ progress: num(0.45) }), CONTEXT);
      expect(found(issues)).toEqual([["percent_scale_suspect", "E8"]]);
      expect(issues[0]?.severity).toBe("warning");
      expect(issues[0]?.params).toEqual(expect.objectContaining({ value: 0.45, meant: 45 }));
    });

    it("warns of the same scale for the text 0,45, besides its being text", () => {
      expect(check({ progress: text("0,45") })).toEqual([
        ["number_as_text", "E8"],
        ["percent_scale_suspect", "E8"],
      ]);
    });

    it("takes 0,45% with its percent sign as meant, and 1 (a whole point) as 1%", () => {
      expect(check({ progress: text("0,45%") })).toEqual([["number_as_text", "E8"]]);
      expect(check({ progress: num(1) })).toEqual([]);
    });

    it.each<[string, CellRead]>([
      ["120 points", num(120)],
      ["-5 points", num(-5)],
      ["a % cell showing -20%", percentCell(-0.2)],
      ["the text 150%", text("150%")],
    ])("reports %s as out of range", (_what, cell) => {
      expect(check({ progress: cell }).filter(([code]) => code !== "number_as_text")).toEqual([["out_of_range", "E8"]]);
    });

    it("keeps a field's own bounds: 120% of plan is fine where the field allows up to 200", () => {
      const layout = { ...CONTEXT.layout, fields: CONTEXT.layout.fields.map((f) => (f.id === "progress" ? { ...f, max: 200 } : f)) };
      expect(found(checkInputs(oneRow({ progress: num(120) }), { ...CONTEXT, layout }))).toEqual([]);
    });
  });

  describe("statuses", () => {
    it("reports a status that is not in the list", () => {
      expect(check({ status: text("Xong") })).toEqual([["status_unknown", "D8"]]);
    });

    it("reports a number where a status belongs as not in the list", () => {
      expect(check({ status: num(1) })).toEqual([["status_unknown", "D8"]]);
    });

    it("matches a status typed without accents, with a warning naming the status it was read as", () => {
      const issues = checkInputs(oneRow({ status: text("hoan thanh"), progress: num(100) }), CONTEXT);
      expect(found(issues)).toEqual([["status_unaccented", "D8"]]);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ status: "Hoàn thành" }));
    });

    it("reports Hoàn thành below 100% at the status cell", () => {
      expect(check({ status: text("Hoàn thành"), progress: num(80) })).toEqual([["status_contradicts_progress", "D8"]]);
    });

    it("reports Chưa triển khai above 0 at the status cell", () => {
      expect(check({ status: text("Chưa triển khai"), progress: percentCell(0.3) })).toEqual([["status_contradicts_progress", "D8"]]);
    });

    it("compares an unaccented status with the progress too", () => {
      expect(check({ status: text("chua trien khai"), progress: num(30) })).toEqual([
        ["status_unaccented", "D8"],
        ["status_contradicts_progress", "D8"],
      ]);
    });
  });

  describe("dates", () => {
    it("reports a completion date after the cut-off", () => {
      expect(check({ completedOn: date("2026-12-15") })).toEqual([["date_after_cutoff", "F8"]]);
    });

    it("reports a completion date before the plan began", () => {
      expect(check({ completedOn: date("2025-12-31") })).toEqual([["date_before_plan", "F8"]]);
    });

    it("accepts 15/11/2026 typed as text with a warning", () => {
      const issues = checkInputs(oneRow({ completedOn: text("15/11/2026") }), CONTEXT);
      expect(found(issues)).toEqual([["date_as_text", "F8"]]);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ date: "2026-11-15" }));
    });

    it("reads 03/04/2026 typed as text day first, as the 3rd of April", () => {
      const issues = checkInputs(oneRow({ completedOn: text("03/04/2026") }), CONTEXT);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ date: "2026-04-03" }));
    });

    it("checks a date typed as text against the cut-off too", () => {
      expect(check({ completedOn: text("15/12/2026") })).toEqual([
        ["date_as_text", "F8"],
        ["date_after_cutoff", "F8"],
      ]);
    });

    it.each<[string, CellRead]>([
      ["a day that does not exist", text("31/02/2026")],
      ["words", text("sắp xong")],
      ["a number not formatted as a date", num(46341)],
    ])("reports %s in a date field", (_what, cell) => {
      expect(check({ completedOn: cell })).toEqual([["date_invalid", "F8"]]);
    });
  });

  describe("cells that cannot be read", () => {
    it("reports a formula whose result is an error, and nothing else about that input", () => {
      const issues = checkInputs(oneRow({ status: text("Hoàn thành"), progress: errorCell("#DIV/0!", "=G8/0") }), CONTEXT);
      expect(found(issues)).toEqual([["formula_error", "E8"]]);
      expect(issues[0]?.params).toEqual(expect.objectContaining({ error: "#DIV/0!" }));
    });

    it("reports a typed error value (#REF!) the same way", () => {
      expect(check({ result: errorCell("#REF!"), estimate: empty() })).toEqual([["formula_error", "G8"]]);
    });

    it("reports inputs merged over two rows at both cells, without calling the lower one empty", () => {
      const merged = (cell: CellRead): CellRead => ({ ...cell, merged: "E8:E9" });
      const rows = [
        row("1.1", FIRST_ROW, { status: text("Đang triển khai"), progress: merged(num(60)) }),
        row("1.2", FIRST_ROW + 1, { status: text("Đang triển khai"), progress: merged(empty()) }),
      ];
      expect(found(checkInputs(rows, CONTEXT))).toEqual([
        ["merged_input", "E8"],
        ["merged_input", "E9"],
      ]);
    });
  });

  describe("plausibility", () => {
    const withLastYear = (lastYear: number, extra = {}) => ({ references: { result: { lastYear, ...extra } } });

    it("raises nothing for a value within the jump ratio of last year's", () => {
      expect(check({ result: num(120) }, withLastYear(100))).toEqual([]);
    });

    it("warns of a value more than the jump ratio away from last year's", () => {
      expect(check({ result: num(160), estimate: num(200) }, withLastYear(100))).toEqual([["jump_from_last_year", "G8"]]);
    });

    it("uses the jump ratio of the settings", () => {
      const issues = checkInputs(oneRow({ result: num(160), estimate: num(200) }, withLastYear(100)), CONTEXT, {
        ...DEFAULT_VALIDATION_SETTINGS,
        jumpRatio: 1,
      });
      expect(issues).toEqual([]);
    });

    it("warns of a value moving against the target's direction since last year", () => {
      expect(check({ result: num(110), estimate: num(130) }, withLastYear(100, { direction: "decrease" }))).toEqual([
        ["against_target_direction", "G8"],
      ]);
    });

    it("warns of a value more than the factor away from the target (an extra zero)", () => {
      expect(check({ result: num(1200), estimate: num(1500) }, { references: { result: { target: 100 } } })).toEqual([
        ["far_from_target", "G8"],
      ]);
    });

    it("warns of a full-year estimate below the result so far, at the estimate", () => {
      expect(check({ result: num(120), estimate: num(100) })).toEqual([["estimate_below_result", "H8"]]);
    });

    it("warns of a task past its deadline and not complete, at its status", () => {
      expect(check({}, { deadline: "2026-06-30" })).toEqual([["task_overdue", "D8"]]);
    });

    it.each([
      ["complete", { status: text("Hoàn thành"), progress: num(100) }, "2026-06-30"],
      ["not yet due", {}, "2026-12-31"],
    ])("raises no overdue warning for a task %s", (_what, cells, deadline) => {
      expect(check(cells, { deadline })).toEqual([]);
    });
  });

  describe("in one pass", () => {
    it("reports every problem of every row, none stopping the others", () => {
      const rows = [
        row("1.1", 8, { status: text("Xong"), progress: num(120) }),
        row("1.2", 9, { status: empty(), progress: text("abc"), completedOn: text("31/02/2026") }),
        row("1.3", 10, { status: text("Đang triển khai"), progress: num(50) }),
      ];
      expect(found(checkInputs(rows, CONTEXT))).toEqual([
        ["status_unknown", "D8"],
        ["out_of_range", "E8"],
        ["required_empty", "D9"],
        ["not_a_number", "E9"],
        ["date_invalid", "F9"],
      ]);
    });

    it("leaves out the codes switched off in the settings, but never a rule that cannot be switched off", () => {
      const settings = { ...DEFAULT_VALIDATION_SETTINGS, off: ["number_as_text", "required_empty"] as const };
      expect(found(checkInputs(oneRow({ status: empty(), result: text("12,5"), estimate: num(20) }), CONTEXT, settings))).toEqual([
        ["required_empty", "D8"],
      ]);
    });

    it("never throws, and reports only registered codes at the row's own cells, whatever the cells hold", () => {
      const anyCell = fc.oneof(
        fc.constant(empty()),
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => num(n)),
        fc.double({ min: -10, max: 10, noNaN: true }).map(percentCell),
        fc.string({ maxLength: 12 }).map(text),
        fc.constantFrom("Hoàn thành", "hoan thanh", "1.234", "12,5%", "15/11/2026", "31/02/2026", "0,45").map(text),
        fc.boolean().map(bool),
        fc.constantFrom("2025-06-01", "2026-05-01", "2027-01-01").map(date),
        fc.constantFrom("#REF!", "#DIV/0!", "#N/A").map((code) => errorCell(code)),
      );
      const anyRow = fc.record(
        Object.fromEntries(Object.keys(COLUMNS).map((field) => [field, anyCell])) as Record<keyof typeof COLUMNS, fc.Arbitrary<CellRead>>,
      );
      fc.assert(
        fc.property(anyRow, fc.option(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { nil: undefined }), (cells, lastYear) => {
          const input = [row("1.1", 8, cells, { references: { result: { lastYear, target: 10, direction: "increase" } }, deadline: "2026-01-31" })];
          const issues = checkInputs(input, CONTEXT);
          const rowCells = Object.values(COLUMNS).map((column) => `${column}8`);
          for (const issue of issues) {
            expect(VALIDATION_CODES).toContain(issue.code);
            expect(rowCells).toContain(issue.cell);
            expect(issue.sheet).toBe("Tiến độ");
            expect(issue.file).toBe("so-y-te.xlsx");
          }
        }),
      );
    });
  });
});
