import { fireEvent, screen } from "@testing-library/react";
import { describeRule, whenMissingWords } from "../../../../src/domain/validation/ruleDescriptions";
import { DEFAULT_VALIDATION_SETTINGS, VALIDATION_CODES, type ValidationSettings } from "../../../../src/domain/validation/validationRules";
import { RuleSettings } from "../../../../src/taskpane/components/validation/RuleSettings";
import { VALIDATION_KIT } from "../../../../src/taskpane/components/validation/validationKit";
import type { SettingsStore } from "../../../../src/taskpane/components/validation/validationSettingsStore";
import { format } from "../../../../src/taskpane/i18n/messages";
import { validationText } from "../../../../src/taskpane/i18n/validationTexts";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

const store: SettingsStore = { where: "device", load: async () => DEFAULT_VALIDATION_SETTINGS, save: async () => undefined };

/** The rule settings, opened, in the pane's language. */
function openRules(language: "vi" | "en") {
  const text = validationText(language, format);
  const settings = { current: DEFAULT_VALIDATION_SETTINGS, change: (_next: ValidationSettings) => undefined, store };
  const { container } = renderWithProviders(
    <RuleSettings kit={VALIDATION_KIT} text={text} language={language} settings={settings} guard={(task) => void task()} />,
    language,
  );
  fireEvent.click(screen.getByRole("button", { name: text("rulesShow", { off: 0 }) }));
  return (code: string) => container.querySelector(`[data-rule="${code}"]`)!.textContent!;
}

describe("RuleSettings", () => {
  it("shows each rule's left side, operator, right side and what happens when a value is missing, in Vietnamese", () => {
    const rowOf = openRules("vi");
    for (const code of VALIDATION_CODES) {
      const { left, operator, right } = describeRule(code, "vi");
      expect(rowOf(code)).toContain(`${left} ${operator} ${right}`);
      expect(rowOf(code)).toContain(whenMissingWords(code, "vi"));
    }
  });

  it("shows them in English when the pane is in English", () => {
    const rowOf = openRules("en");
    for (const code of VALIDATION_CODES) {
      const { left, operator, right } = describeRule(code, "en");
      expect(rowOf(code)).toContain(`${left} ${operator} ${right}`);
      expect(rowOf(code)).toContain(whenMissingWords(code, "en"));
      expect(rowOf(code)).not.toContain(describeRule(code, "vi").left);
    }
  });
});
