import { isPercentFormat, readInputCell } from "../../../src/domain/validation/readInputCell";
import { located, num, percentCell, text } from "./returnBuilders";

describe("isPercentFormat", () => {
  it.each(["0%", "0.00%", "#,##0.0%", "[Red]0%", "0%;-0%"])("sees a percentage in %j", (code) => {
    expect(isPercentFormat(code)).toBe(true);
  });

  it.each<[string | null, string]>([
    ["General", "no percent sign"],
    ['0" %"', "a quoted percent sign, which is only text"],
    ["0\\%", "an escaped percent sign, which is only text"],
    ["0;-0%", "a percent sign in the negative section only"],
    [null, "no format at all (.csv)"],
  ])("sees no percentage in %j (%s)", (code) => {
    expect(isPercentFormat(code)).toBe(false);
  });
});

describe("readInputCell", () => {
  const progress = { id: "progress", label: "Tiến độ (%)", kind: "percent", required: true } as const;

  it("reads a percentage from its % format, its points or its text alike", () => {
    for (const cell of [percentCell(0.125), num(12.5), text("12,5%")]) {
      expect(readInputCell(progress, located("E", 8, cell)).value).toEqual({ kind: "number", value: 12.5 });
    }
  });

  it("reads text without control characters or terminal escapes, in NFC", () => {
    const difficulties = { id: "difficulties", label: "Khó khăn", kind: "text", required: false } as const;
    const typed = "\u001b[31mThiếu kinh phí\u001b[0m\u0007\nCần bổ sung".normalize("NFD");
    expect(readInputCell(difficulties, located("L", 8, text(typed))).value).toEqual({ kind: "text", text: "Thiếu kinh phí\nCần bổ sung" });
  });

  it("quotes a bad value in its finding without control characters", () => {
    const reading = readInputCell(progress, located("E", 8, text("\u001b]8;;http://x\u0007abc")));
    expect(reading.findings).toEqual([expect.objectContaining({ code: "not_a_number", params: expect.objectContaining({ value: "abc" }) })]);
  });

  it("refuses a number no figure can be (1e308), even where the field sets no bound", () => {
    const result = { id: "result", label: "Kết quả", kind: "number", required: false } as const;
    for (const value of [1e308, -1e308, 2e15]) {
      expect(readInputCell(result, located("K", 8, num(value)))).toMatchObject({ value: null, findings: [expect.objectContaining({ code: "out_of_range" })] });
    }
    expect(readInputCell(result, located("K", 8, num(-3.5e14))).value).toEqual({ kind: "number", value: -3.5e14 });
  });

  it("does not suspect a small growth rate of a scale mistake", () => {
    const growth = { id: "growth", label: "Tăng trưởng (%)", kind: "percent", min: -100, max: 1000, suspectFraction: false, required: false } as const;
    expect(readInputCell(growth, located("K", 8, num(0.45)))).toEqual({ value: { kind: "number", value: 0.45 }, findings: [] });
    expect(readInputCell(progress, located("E", 8, num(0.45))).findings).toEqual([expect.objectContaining({ code: "percent_scale_suspect" })]);
  });

  it("reads nothing from a non-top-left cell of a merged area, and says it is merged", () => {
    const reading = readInputCell(progress, located("E", 9, { ...num(60), merged: "$E$8:$E$9" }));
    expect(reading).toEqual({ value: null, findings: [expect.objectContaining({ code: "merged_input" })] });
  });
});
