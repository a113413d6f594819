import { readValidationSettings } from "../../../src/domain/validation/readValidationSettings";
import { settingsProblemText } from "../../../src/domain/validation/settingsMessages";
import { DEFAULT_VALIDATION_SETTINGS } from "../../../src/domain/validation/validationRules";

describe("readValidationSettings", () => {
  it("switches off the rules named and sets the bounds given, keeping the defaults for the rest", () => {
    expect(readValidationSettings({ off: ["jump_from_last_year", "number_as_text"], farFromTargetFactor: 5 })).toEqual({
      ok: true,
      settings: { off: ["jump_from_last_year", "number_as_text"], jumpRatio: DEFAULT_VALIDATION_SETTINGS.jumpRatio, farFromTargetFactor: 5 },
    });
  });

  it("takes an empty object as the built-in settings", () => {
    expect(readValidationSettings({})).toEqual({ ok: true, settings: DEFAULT_VALIDATION_SETTINGS });
  });

  it("refuses every bad entry at once, naming each: unknown keys and rules, rules that stay on, bounds out of range", () => {
    const read = readValidationSettings({ off: ["jump_from_last_yaer", "not_a_number", 7], jumpRatio: -1, farFromTargetFactor: 1, tắt: [] });
    expect(read).toEqual({
      ok: false,
      problems: [
        { kind: "unknown_key", key: "tắt" },
        { kind: "unknown_rule", key: "jump_from_last_yaer" },
        { kind: "cannot_switch_off", key: "not_a_number" },
        { kind: "unknown_rule", key: "7" },
        { kind: "bad_bound", key: "jumpRatio", min: 0 },
        { kind: "bad_bound", key: "farFromTargetFactor", min: 1 },
      ],
    });
  });

  it.each([[null], [[]], ["off"], [42]])("refuses %j, which is not an object", (data) => {
    expect(readValidationSettings(data)).toEqual({ ok: false, problems: [{ kind: "not_an_object" }] });
  });

  it("refuses an off that is not a list, and a bound that is not a number", () => {
    expect(readValidationSettings({ off: "jump_from_last_year", jumpRatio: "0,3" })).toEqual({
      ok: false,
      problems: [{ kind: "off_not_a_list" }, { kind: "bad_bound", key: "jumpRatio", min: 0 }],
    });
  });

  it("words each problem in Vietnamese and English, naming the key", () => {
    const read = readValidationSettings({ off: ["not_a_number"], sai: 1 });
    if (read.ok) throw new Error("expected a refusal");
    for (const language of ["vi", "en"] as const) {
      const lines = read.problems.map((problem) => settingsProblemText(problem, language));
      expect(lines).toEqual([expect.stringContaining('"sai"'), expect.stringContaining('"not_a_number"')]);
    }
  });
});
