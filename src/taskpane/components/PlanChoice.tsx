import type { PlanCatalog } from "../../domain/catalog/types";
import type { BundledPlan } from "../plans/bundledPlans";
import type { TemplateKit } from "./templates/templateKit";

/** The other plans of the open plan's province, which may join it (templates, consolidation); none shows nothing. */
export function PlanChoice(props: {
  readonly kit: TemplateKit;
  readonly text: (key: "plans" | "plansHint", values?: Readonly<Record<string, string | number>>) => string;
  readonly catalog: PlanCatalog;
  readonly plans: readonly BundledPlan[];
  readonly planIds: readonly string[];
  readonly onToggle: (planId: string, on: boolean) => void;
}) {
  const { kit, text, catalog, plans, planIds, onToggle } = props;
  const { Checkbox, Field } = kit;
  const province = plans.find((plan) => plan.planId === catalog.id)?.province ?? catalog.province;
  const others = plans.filter((plan) => plan.province === province && plan.planId !== catalog.id);
  if (others.length === 0) return null;
  return (
    <Field label={text("plans")} hint={text("plansHint", { province })}>
      <Checkbox checked disabled label={plans.find((plan) => plan.planId === catalog.id)?.label ?? catalog.id} />
      {others.map((plan) => (
        <Checkbox
          key={plan.planId}
          label={plan.label}
          checked={planIds.includes(plan.planId)}
          onChange={(_event, data) => onToggle(plan.planId, data.checked === true)}
        />
      ))}
    </Field>
  );
}
