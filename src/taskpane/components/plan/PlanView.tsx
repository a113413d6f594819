import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Card,
  CardHeader,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Agency, AgencySuccession } from "../../../domain/catalog/agency";
import { NO_FILTER, type CatalogFilter } from "../../../domain/catalog/browse/filterCatalogItems";
import type { AgencyId, PlanCatalog } from "../../../domain/catalog/types";
import { useI18n } from "../../i18n/I18nProvider";
import { CatalogBrowser } from "./CatalogBrowser";
import { InjectPanel, type InjectPanelProps } from "./InjectPanel";
import { PlanSummary } from "./PlanSummary";
import { SuccessorsPanel } from "./SuccessorsPanel";

export interface PlanViewProps {
  readonly catalog: PlanCatalog;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly onInject: InjectPanelProps["onInject"];
  readonly successions: readonly AgencySuccession[];
  readonly successionEdits: readonly AgencySuccession[];
  readonly onSuccessionEditsChange: (edits: readonly AgencySuccession[]) => void;
  /** ISO date of today, for "who holds the duty now". */
  readonly asOf: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
});

/** The "Kế hoạch" view: what the plan is, injecting it, and browsing its targets and tasks with their evidence. */
export function PlanView({ catalog, agencies, onInject, successions, successionEdits, onSuccessionEditsChange, asOf }: PlanViewProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const planAgencies = useMemo(() => agenciesInPlan(catalog, agencies), [catalog, agencies]);
  return (
    <div className={styles.root}>
      <Card>
        <PlanSummary catalog={catalog} onShowReview={() => setFilter({ ...NO_FILTER, reviewOnly: true })} />
      </Card>
      <Card>
        <CardHeader header={<Text weight="semibold">{t("injectSection")}</Text>} />
        <InjectPanel agencies={planAgencies} onInject={onInject} />
      </Card>
      <Card>
        {/* Long in a narrow pane, and needed only now and then: collapsed until asked for. */}
        <Accordion collapsible>
          <AccordionItem value="successors">
            <AccordionHeader>
              <Text weight="semibold">{t("successorsSection")}</Text>
            </AccordionHeader>
            <AccordionPanel>
              <SuccessorsPanel
                planAgencies={planAgencies}
                directory={agencies}
                bundled={successions}
                edits={successionEdits}
                onEditsChange={onSuccessionEditsChange}
                asOf={asOf}
              />
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      </Card>
      <Card>
        <CardHeader header={<Text weight="semibold">{t("browseSection")}</Text>} />
        <CatalogBrowser catalog={catalog} agencies={agencies} planAgencies={planAgencies} filter={filter} onFilterChange={setFilter} />
      </Card>
    </div>
  );
}

/** Every agency the plan assigns anything to, by Vietnamese name; ids missing from the directory show as themselves. */
function agenciesInPlan(catalog: PlanCatalog, agencies: ReadonlyMap<AgencyId, Agency>): Agency[] {
  const ids = new Set<AgencyId>();
  for (const item of [...catalog.targets, ...catalog.tasks]) {
    item.lead.forEach((id) => ids.add(id));
    item.partners.forEach((id) => ids.add(id));
  }
  return [...ids]
    .map((id) => agencies.get(id) ?? { id, name: id, shortName: id, aliases: [], kind: "other" as const, province: null })
    .sort((a, b) => a.name.localeCompare(b.name, "vi"));
}
