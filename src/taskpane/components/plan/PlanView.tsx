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
import { useEffect, useMemo, useRef, useState } from "react";
import type { Agency, AgencySuccession } from "../../../domain/catalog/agency";
import { NO_FILTER, type CatalogFilter } from "../../../domain/catalog/browse/filterCatalogItems";
import type { ReviewDecision } from "../../../domain/catalog/review/reviewDecisions";
import type { AgencyId, PlanCatalog } from "../../../domain/catalog/types";
import { useI18n } from "../../i18n/I18nProvider";
import { CatalogBrowser } from "./CatalogBrowser";
import { InjectPanel, type InjectPanelProps } from "./InjectPanel";
import { PlanSummary } from "./PlanSummary";
import type { ReviewVerdictInput } from "./review/ReviewDecisionForm";
// Not lazily loaded: a separate chunk shares Fluent's modules with the main bundle, which can then no longer be
// concatenated; measured, the first load was 209 KB gzipped with the list lazy and 206 KB with it bundled.
import { ReviewList } from "./review/ReviewList";
import { SuccessorsPanel } from "./SuccessorsPanel";


export interface PlanViewProps {
  readonly catalog: PlanCatalog;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
  readonly onInject: InjectPanelProps["onInject"];
  readonly successions: readonly AgencySuccession[];
  readonly successionEdits: readonly AgencySuccession[];
  readonly onSuccessionEditsChange: (edits: readonly AgencySuccession[]) => void;
  /** Decisions on review items recorded in the workbook, by review item id. */
  readonly reviewDecisions: ReadonlyMap<string, ReviewDecision>;
  /** The name the officer signed the last decision with. */
  readonly reviewer: string;
  /** Records (or, with null, withdraws) a decision in the workbook. */
  readonly onDecide: (itemId: string, verdict: ReviewVerdictInput | null) => Promise<void>;
  /** ISO date of today, for "who holds the duty now". */
  readonly asOf: string;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  // Lands below a sticky host header, if any, rather than under it.
  review: { scrollMarginTop: tokens.spacingVerticalM },
});

/** The "Kế hoạch" view: what the plan is, its review items, injecting it, and browsing its targets and tasks. */
export function PlanView(props: PlanViewProps) {
  const { catalog, agencies, onInject, successions, successionEdits, onSuccessionEditsChange, reviewDecisions, reviewer, onDecide, asOf } = props;
  const styles = useStyles();
  const { t } = useI18n();
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const [open, setOpen] = useState<readonly string[]>([]);
  const [landing, setLanding] = useState(0);
  const reviewCard = useRef<HTMLDivElement>(null);
  const planAgencies = useMemo(() => agenciesInPlan(catalog, agencies), [catalog, agencies]);

  const showReview = () => {
    setOpen((current) => (current.includes("review") ? current : [...current, "review"]));
    setLanding((count) => count + 1);
  };
  useEffect(() => {
    if (landing === 0) return;
    reviewCard.current?.scrollIntoView?.({ block: "start" });
    reviewCard.current?.querySelector<HTMLElement>("button")?.focus({ preventScroll: true });
  }, [landing]);

  return (
    <div className={styles.root} data-testid="plan-view">
      <Card>
        <PlanSummary catalog={catalog} onShowReview={showReview} />
      </Card>
      {catalog.review.length > 0 && (
        <Card ref={reviewCard} className={styles.review} id="review-list">
          {/* Long, and worked through now and then: collapsed until asked for. */}
          <Accordion collapsible multiple openItems={[...open]} onToggle={(_event, data) => setOpen(data.openItems.map(String))}>
            <AccordionItem value="review">
              <AccordionHeader>
                <Text weight="semibold">{t("reviewSection", { count: catalog.review.length })}</Text>
              </AccordionHeader>
              <AccordionPanel>
                <ReviewList catalog={catalog} decisions={reviewDecisions} reviewer={reviewer} onDecide={onDecide} />
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </Card>
      )}
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
