import { Dropdown, Field, makeStyles, Option, Text, tokens } from "@fluentui/react-components";
import type { BundledPlan } from "../plans/bundledPlans";
import { useI18n } from "../i18n/I18nProvider";

export interface PlanPickerProps {
  readonly plans: readonly BundledPlan[];
  readonly selectedId: string | null;
  readonly onSelect: (planId: string) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  dropdown: { minWidth: "0", width: "100%" },
});

export function PlanPicker({ plans, selectedId, onSelect }: PlanPickerProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const selected = plans.find((plan) => plan.planId === selectedId) ?? null;
  return (
    <div className={styles.root}>
      <Field label={t("planPickerLabel")} hint={t("planPickerHint", { count: plans.length })}>
        <Dropdown
          className={styles.dropdown}
          placeholder={t("planPickerPlaceholder")}
          value={selected?.label ?? ""}
          selectedOptions={selected ? [selected.planId] : []}
          onOptionSelect={(_event, data) => {
            if (data.optionValue) onSelect(data.optionValue);
          }}
        >
          {plans.map((plan) => (
            <Option key={plan.planId} value={plan.planId} text={plan.label}>
              {plan.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {selected ? (
        <Text size={200}>
          {t("planPickerCounts", {
            province: selected.province,
            targets: selected.counts.targets,
            tasks: selected.counts.tasks,
            review: selected.counts.reviewItems,
          })}
        </Text>
      ) : (
        <Text italic>{t("planNotSelected")}</Text>
      )}
    </div>
  );
}
