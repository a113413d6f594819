import type { SettingsProblem } from "./readValidationSettings";
import type { Language } from "./validationMessages";

/** What is wrong with the officer's rule settings, one line per problem, Vietnamese first. */
export function settingsProblemText(problem: SettingsProblem, language: Language): string {
  const vi = language === "vi";
  switch (problem.kind) {
    case "not_an_object":
      return vi
        ? 'Tệp cài đặt phải là một đối tượng JSON, ví dụ {"off": ["jump_from_last_year"], "jumpRatio": 0.3, "farFromTargetFactor": 5}.'
        : 'The settings must be a JSON object, e.g. {"off": ["jump_from_last_year"], "jumpRatio": 0.3, "farFromTargetFactor": 5}.';
    case "unknown_key":
      return vi
        ? `"${problem.key}": không phải mục cài đặt; chỉ có "off", "jumpRatio" và "farFromTargetFactor".`
        : `"${problem.key}": not a setting; the settings are "off", "jumpRatio" and "farFromTargetFactor".`;
    case "off_not_a_list":
      return vi ? '"off" phải là danh sách mã quy tắc, ví dụ ["jump_from_last_year"].' : '"off" must be a list of rule codes, e.g. ["jump_from_last_year"].';
    case "unknown_rule":
      return vi
        ? `"${problem.key}": không có quy tắc mã này. Xem danh sách: plan-tracker validate --list-rules`
        : `"${problem.key}": no rule has this code. See the list: plan-tracker validate --list-rules`;
    case "cannot_switch_off":
      return vi
        ? `"${problem.key}": quy tắc này bảo đảm đọc đúng tệp, không tắt được.`
        : `"${problem.key}": this rule protects the reading of the file and cannot be switched off.`;
    case "bad_bound":
      return vi ? `"${problem.key}" phải là một số lớn hơn ${problem.min}.` : `"${problem.key}" must be a number greater than ${problem.min}.`;
  }
}
