import { readFileSync } from "node:fs";
import { join } from "node:path";
import { VALIDATION_MESSAGES, placeholders, renderValidationText } from "../../../src/domain/validation/validationMessages";
import { inLanguage, validationIssue } from "../../../src/domain/validation/validationIssue";
import { VALIDATION_CODES, VALIDATION_RULES } from "../../../src/domain/validation/validationRules";

describe("the validation rule registry", () => {
  it("holds each code once, in snake_case", () => {
    expect(new Set(VALIDATION_CODES).size).toBe(VALIDATION_CODES.length);
    for (const code of VALIDATION_CODES) expect(code).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
  });

  it("has a rule and Vietnamese and English wording for every code, and nothing for codes it does not list", () => {
    expect(Object.keys(VALIDATION_RULES).sort()).toEqual([...VALIDATION_CODES].sort());
    expect(Object.keys(VALIDATION_MESSAGES).sort()).toEqual([...VALIDATION_CODES].sort());
    for (const code of VALIDATION_CODES) {
      for (const language of ["vi", "en"] as const) {
        expect(VALIDATION_MESSAGES[code][language].message.trim()).not.toBe("");
        expect(VALIDATION_MESSAGES[code][language].hint.trim()).not.toBe("");
      }
    }
  });

  it("asks for the same parameters in Vietnamese and in English", () => {
    for (const code of VALIDATION_CODES) {
      const { vi, en } = VALIDATION_MESSAGES[code];
      expect(new Set(placeholders(en.message + en.hint))).toEqual(new Set(placeholders(vi.message + vi.hint)));
    }
  });

  it("covers every kind of rule the issue lists", () => {
    const categories = new Set(Object.values(VALIDATION_RULES).map((rule) => rule.category));
    expect([...categories].sort()).toEqual(["identity", "plausibility", "rows", "structure", "timeliness", "values"]);
  });

  it("is listed in the README, each code with its severity", () => {
    const readme = readFileSync(join(__dirname, "../../../src/domain/validation/README.md"), "utf8");
    for (const code of VALIDATION_CODES) expect(readme).toContain(`| \`${code}\` | ${VALIDATION_RULES[code].severity} |`);
  });

  it("makes every plausibility rule a warning that the officer may switch off", () => {
    for (const rule of Object.values(VALIDATION_RULES).filter((r) => r.category === "plausibility")) {
      expect(rule).toEqual(expect.objectContaining({ severity: "warning", canSwitchOff: true }));
    }
  });
});

describe("renderValidationText", () => {
  it("writes numbers the Vietnamese way in Vietnamese and the English way in English", () => {
    const params = { field: "Kết quả", value: "1.234", vietnamese: 1234, english: 1.234 };
    expect(renderValidationText("number_ambiguous", params, "vi").message).toContain("1,234");
    expect(renderValidationText("number_ambiguous", params, "en").message).toContain("1.234");
  });

  it("writes ISO dates as day/month/year", () => {
    const { message } = renderValidationText("date_after_cutoff", { field: "Ngày", date: "2026-12-15", cutoff: "2026-11-30" });
    expect(message).toContain("15/12/2026");
    expect(message).toContain("30/11/2026");
  });
});

describe("validationIssue", () => {
  it("takes its severity from the registry and keeps its parameters for another language", () => {
    const issue = validationIssue("out_of_range", { file: "a.xlsx", sheet: "Tiến độ", cell: "E8" }, { field: "Tiến độ", value: 120, min: 0, max: 100 });
    expect(issue).toEqual(expect.objectContaining({ code: "out_of_range", severity: "error", file: "a.xlsx", sheet: "Tiến độ", cell: "E8" }));
    expect(inLanguage(issue, "en")).toEqual({ ...issue, ...renderValidationText("out_of_range", issue.params, "en") });
    expect(inLanguage(issue, "en").message).not.toBe(issue.message);
  });
});
