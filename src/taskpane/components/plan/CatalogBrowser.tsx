import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  makeStyles,
  mergeClasses,
  Option,
  SearchBox,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Dismiss16Regular } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import { filterCatalogItems, NO_FILTER, type CatalogFilter } from "../../../domain/catalog/browse/filterCatalogItems";
import type { AgencyId, GoalCode, PlanCatalog } from "../../../domain/catalog/types";
import { useI18n } from "../../i18n/I18nProvider";
import { TargetCard, TaskCard } from "./CatalogItemCard";

export interface CatalogBrowserProps {
  readonly catalog: PlanCatalog;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  /** Agencies named in the plan, for the agency filter. */
  readonly planAgencies: readonly Agency[];
  readonly filter: CatalogFilter;
  readonly onFilterChange: (filter: CatalogFilter) => void;
}

const PAGE = 60;
const ALL = "__all__";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  // One column in a narrow pane, two beside each other when there is room; never wider than the card.
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 160px), 1fr))",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  // Goal titles are long: the goal filter takes a whole row.
  wide: { gridColumn: "1 / -1" },
  field: { minWidth: 0 },
  // Fluent's Dropdown insists on 250px, more than half a 350px pane holds.
  dropdown: { minWidth: 0, width: "100%", overflowWrap: "anywhere" },
  checks: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0 },
  clear: { marginLeft: "auto" },
  list: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  empty: { padding: tokens.spacingVerticalM },
});

/** Search and filter the plan's targets and tasks, each shown with its agencies, values and source evidence. */
export function CatalogBrowser({ catalog, agencies, planAgencies, filter, onFilterChange }: CatalogBrowserProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [tab, setTab] = useState<"targets" | "tasks">(catalog.targets.length > 0 ? "targets" : "tasks");
  const [shown, setShown] = useState(PAGE);
  const result = useMemo(() => filterCatalogItems(catalog, filter), [catalog, filter]);
  const update = (patch: Partial<CatalogFilter>) => {
    setShown(PAGE);
    onFilterChange({ ...filter, ...patch });
  };
  const items = tab === "targets" ? result.targets : result.tasks;
  const goal = catalog.goals.find((candidate) => candidate.code === filter.goal);
  const agency = planAgencies.find((candidate) => candidate.id === filter.agency);
  const filtered = !sameFilter(filter, NO_FILTER);
  const roleLabels = { any: t("browseRoleAny"), lead: t("browseRoleLead"), partner: t("browseRolePartner") };

  return (
    <div className={styles.root}>
      <SearchBox
        placeholder={t("browseSearch")}
        aria-label={t("browseSearch")}
        value={filter.query}
        onChange={(_event, data) => update({ query: data.value })}
      />
      <div className={styles.filters} data-testid="catalog-filters">
        <Field label={t("browseGoal")} className={mergeClasses(styles.field, styles.wide)}>
          <Dropdown
            className={styles.dropdown}
            value={goal ? `${goal.code}. ${goal.title}` : t("browseGoalAll")}
            selectedOptions={[filter.goal ?? ALL]}
            onOptionSelect={(_event, data) => update({ goal: data.optionValue && data.optionValue !== ALL ? (data.optionValue as GoalCode) : null })}
          >
            <Option value={ALL}>{t("browseGoalAll")}</Option>
            {catalog.goals.map((candidate) => (
              <Option key={candidate.code} value={candidate.code} text={`${candidate.code}. ${candidate.title}`}>
                {`${candidate.code}. ${candidate.title}`}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("browseAgency")} className={styles.field}>
          <Dropdown
            className={styles.dropdown}
            value={agency?.name ?? t("browseAgencyAll")}
            selectedOptions={[filter.agency ?? ALL]}
            onOptionSelect={(_event, data) => update({ agency: data.optionValue && data.optionValue !== ALL ? (data.optionValue as AgencyId) : null })}
          >
            <Option value={ALL}>{t("browseAgencyAll")}</Option>
            {planAgencies.map((candidate) => (
              <Option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t("browseRole")} className={styles.field}>
          <Dropdown
            className={styles.dropdown}
            value={roleLabels[filter.role]}
            selectedOptions={[filter.role]}
            disabled={!filter.agency}
            onOptionSelect={(_event, data) => update({ role: (data.optionValue as CatalogFilter["role"]) ?? "any" })}
          >
            <Option value="any">{roleLabels.any}</Option>
            <Option value="lead">{roleLabels.lead}</Option>
            <Option value="partner">{roleLabels.partner}</Option>
          </Dropdown>
        </Field>
      </div>
      <div className={styles.checks}>
        <Checkbox label={t("browseQuantitative")} checked={filter.quantitativeOnly} onChange={(_event, data) => update({ quantitativeOnly: data.checked === true })} />
        <Checkbox label={t("browseReview")} checked={filter.reviewOnly} onChange={(_event, data) => update({ reviewOnly: data.checked === true })} />
        <Button className={styles.clear} size="small" appearance="subtle" icon={<Dismiss16Regular />} disabled={!filtered} onClick={() => update(NO_FILTER)}>
          {t("browseClear")}
        </Button>
      </div>
      <TabList size="small" selectedValue={tab} onTabSelect={(_event, data) => setTab(data.value as "targets" | "tasks")}>
        <Tab value="targets">{t("browseTargets", { count: result.targets.length })}</Tab>
        <Tab value="tasks">{t("browseTasks", { count: result.tasks.length })}</Tab>
      </TabList>
      <div className={styles.list} role="list">
        {items.length === 0 && <Text className={styles.empty}>{t("browseNone")}</Text>}
        {tab === "targets"
          ? result.targets.slice(0, shown).map((target) => (
              <div role="listitem" key={target.code}>
                <TargetCard target={target} agencies={agencies} review={result.reviewBySubject.get(`target:${target.code}`) ?? []} />
              </div>
            ))
          : result.tasks.slice(0, shown).map((task) => (
              <div role="listitem" key={task.id}>
                <TaskCard task={task} agencies={agencies} review={result.reviewBySubject.get(`task:${task.id}`) ?? []} />
              </div>
            ))}
      </div>
      {items.length > shown && (
        <Button appearance="subtle" onClick={() => setShown(shown + PAGE)}>
          {t("browseMore", { count: Math.min(PAGE, items.length - shown) })}
        </Button>
      )}
    </div>
  );
}

function sameFilter(a: CatalogFilter, b: CatalogFilter): boolean {
  return (Object.keys(a) as (keyof CatalogFilter)[]).every((key) => a[key] === b[key]);
}
