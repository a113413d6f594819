import { useState } from "react";
import { readEnteredNumber } from "../../../domain/catalog/values/parseVietnameseNumber";
import { formatNumberVi } from "../../../domain/text/vietnameseFormat";
import { describeRule, whenMissingWords } from "../../../domain/validation/ruleDescriptions";
import { VALIDATION_MESSAGES } from "../../../domain/validation/validationMessages";
import { BOUND_MIN, type BoundKey } from "../../../domain/validation/readValidationSettings";
import {
  DEFAULT_VALIDATION_SETTINGS,
  VALIDATION_CODES,
  VALIDATION_RULES,
  type RuleCategory,
  type ValidationCode,
  type ValidationSettings,
} from "../../../domain/validation/validationRules";
import type { ValidationText } from "../../i18n/validationTexts";
import type { Guard, SettingsState } from "./ValidationPanel";
import type { ValidationKit } from "./validationKit";
import { STYLES } from "./validationPanelStyles";

export interface RuleSettingsProps {
  readonly kit: ValidationKit;
  readonly text: ValidationText;
  readonly language: "vi" | "en";
  readonly settings: SettingsState;
  readonly guard: Guard;
}

const CATEGORIES: readonly RuleCategory[] = ["structure", "identity", "rows", "values", "plausibility", "timeliness"];

type Bound = BoundKey;

/** The rules as data: which are on, what each compares, and the bounds the officer may change. */
export function RuleSettings({ kit, text, language, settings, guard }: RuleSettingsProps) {
  const { Button, Checkbox, MessageBar, MessageBarBody, Text } = kit;
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  // The bound fields keep what is typed; restoring the defaults starts them again.
  const [generation, setGeneration] = useState(0);
  const { current, change } = settings;
  const update = (next: ValidationSettings) => {
    setSaved(null);
    change(next);
  };
  const toggle = (code: ValidationCode, on: boolean) => update({ ...current, off: on ? current.off.filter((entry) => entry !== code) : [...current.off, code] });
  const save = () =>
    guard(async () => {
      await settings.store.save(current);
      setSaved(text(settings.store.where === "workbook" ? "savedInWorkbook" : "savedOnDevice"));
    });

  return (
    <div style={STYLES.root}>
      <div style={STYLES.row}>
        <Button appearance="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? text("rulesHide") : text("rulesShow", { off: current.off.length })}
        </Button>
      </div>
      {open && (
        <section aria-label={text("rules")} style={STYLES.root}>
          <Text size={200} style={STYLES.muted}>
            {text("rulesIntro")}
          </Text>
          <div style={STYLES.fields}>
            <BoundField key={`jump${generation}`} kit={kit} text={text} language={language} label={text("jumpRatio")} bound="jumpRatio" settings={current} onChange={update} />
            <BoundField key={`far${generation}`} kit={kit} text={text} language={language} label={text("farFactor")} bound="farFromTargetFactor" settings={current} onChange={update} />
          </div>
          <table style={STYLES.rules}>
            <thead>
              <tr>
                <th style={STYLES.ruleCategory}>{text("ruleColumnOn")}</th>
                <th style={STYLES.ruleCategory}>{text("ruleColumnRule")}</th>
                <th style={STYLES.ruleCategory}>{text("ruleColumnCheck")}</th>
              </tr>
            </thead>
            {CATEGORIES.map((category) => (
              <tbody key={category}>
                <tr>
                  <th colSpan={3} scope="colgroup" style={STYLES.ruleCategory}>
                    {text(category)}
                  </th>
                </tr>
                {VALIDATION_CODES.filter((code) => VALIDATION_RULES[code].category === category).map((code) => {
                  const rule = VALIDATION_RULES[code];
                  return (
                    <tr key={code} data-rule={code}>
                      <td style={STYLES.ruleCell}>
                        {rule.canSwitchOff ? (
                          <Checkbox checked={!current.off.includes(code)} aria-label={text("ruleSwitch", { code })} onChange={(_event, data) => toggle(code, data.checked === true)} />
                        ) : (
                          <span style={STYLES.muted}>{text("ruleAlwaysOn")}</span>
                        )}
                      </td>
                      <td style={STYLES.ruleCell}>
                        <span style={STYLES.code}>{code}</span> <span style={rule.severity === "error" ? STYLES.error : STYLES.warning}>{text(rule.severity)}</span>
                        <br />
                        {ruleLabel(code, language)}
                      </td>
                      <td style={STYLES.ruleCell}>
                        <RuleSidesText code={code} language={language} />
                        <br />
                        <span style={STYLES.muted}>{text("ruleWhenMissing", { what: whenMissingWords(code, language) })}</span>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
          <div style={STYLES.row}>
            <Button appearance="primary" onClick={save}>
              {text("saveSettings")}
            </Button>
            <Button
              onClick={() => {
                update(DEFAULT_VALIDATION_SETTINGS);
                setGeneration(generation + 1);
              }}
            >
              {text("resetSettings")}
            </Button>
          </div>
          {saved && (
            <MessageBar intent="success">
              <MessageBarBody>{saved}</MessageBarBody>
            </MessageBar>
          )}
        </section>
      )}
    </div>
  );
}

/** A rule's message with its blanks left open: what the officer reads when it fires. */
export function ruleLabel(code: ValidationCode, language: "vi" | "en"): string {
  return VALIDATION_MESSAGES[code][language].message.replace(/\{\w+\}/g, "…");
}

/** The rule's left side, operator and right side in the pane's language, the operator in bold as DHIS2 shows it. */
function RuleSidesText({ code, language }: { readonly code: ValidationCode; readonly language: "vi" | "en" }) {
  const { left, operator, right } = describeRule(code, language);
  return (
    <span>
      {left} <strong>{operator}</strong> {right}
    </span>
  );
}

function BoundField(props: {
  readonly kit: ValidationKit;
  readonly text: ValidationText;
  readonly language: "vi" | "en";
  readonly label: string;
  readonly bound: Bound;
  readonly settings: ValidationSettings;
  readonly onChange: (settings: ValidationSettings) => void;
}) {
  const { kit, text, language, label, bound, settings, onChange } = props;
  const value = settings[bound];
  const [typed, setTyped] = useState(language === "vi" ? formatNumberVi(value, { exact: true }) : String(value));
  const read = readEnteredNumber(typed);
  const valid = read.kind === "number" && !read.percent && read.value > BOUND_MIN[bound];
  return (
    <kit.Field
      label={label}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : text("boundInvalid", { min: BOUND_MIN[bound] })}
    >
      <kit.Input
        value={typed}
        inputMode="decimal"
        onChange={(_event, data) => {
          setTyped(data.value);
          const next = readEnteredNumber(data.value);
          if (next.kind === "number" && !next.percent && next.value > BOUND_MIN[bound]) onChange({ ...settings, [bound]: next.value });
        }}
      />
    </kit.Field>
  );
}
