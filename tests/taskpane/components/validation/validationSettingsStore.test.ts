import { DEFAULT_VALIDATION_SETTINGS } from "../../../../src/domain/validation/validationRules";
import {
  deviceSettingsStore,
  parseValidationSettings,
  serializeValidationSettings,
  VALIDATION_SETTINGS_STORAGE_KEY,
} from "../../../../src/taskpane/components/validation/validationSettingsStore";

describe("parseValidationSettings", () => {
  it("reads back what was saved", () => {
    const settings = { off: ["task_overdue", "number_as_text"] as const, jumpRatio: 0.8, farFromTargetFactor: 4 };
    expect(parseValidationSettings(serializeValidationSettings({ ...settings, off: [...settings.off] }))).toEqual({
      off: ["number_as_text", "task_overdue"],
      jumpRatio: 0.8,
      farFromTargetFactor: 4,
    });
  });

  it("gives the built-in settings, not half of what was meant, when the stored settings do not read whole", () => {
    expect(parseValidationSettings(JSON.stringify({ off: ["required_empty", "row_added"] }))).toEqual(DEFAULT_VALIDATION_SETTINGS);
    expect(parseValidationSettings(JSON.stringify({ off: ["no_such_rule"] }))).toEqual(DEFAULT_VALIDATION_SETTINGS);
    expect(parseValidationSettings(JSON.stringify({ jumpRatio: -1, farFromTargetFactor: 4 }))).toEqual(DEFAULT_VALIDATION_SETTINGS);
  });

  it("gives the built-in settings for text that is not JSON, or nothing", () => {
    expect(parseValidationSettings("{off:")).toEqual(DEFAULT_VALIDATION_SETTINGS);
    expect(parseValidationSettings(null)).toEqual(DEFAULT_VALIDATION_SETTINGS);
  });
});

describe("deviceSettingsStore", () => {
  beforeEach(() => localStorage.clear());

  it("keeps the settings in this browser", async () => {
    const store = deviceSettingsStore();
    await store.save({ off: ["far_from_target"], jumpRatio: 0.3, farFromTargetFactor: 20 });
    expect(localStorage.getItem(VALIDATION_SETTINGS_STORAGE_KEY)).not.toBeNull();
    expect(await deviceSettingsStore().load()).toEqual({ off: ["far_from_target"], jumpRatio: 0.3, farFromTargetFactor: 20 });
  });

  it("gives the built-in settings where storage is blocked", async () => {
    const blocked = deviceSettingsStore(() => {
      throw new Error("SecurityError");
    });
    expect(await blocked.load()).toEqual(DEFAULT_VALIDATION_SETTINGS);
  });
});
