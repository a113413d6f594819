import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Card,
  CardHeader,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from "@fluentui/react-components";
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { Agency } from "../domain/catalog/agency";
import { mergeSuccessions } from "../domain/catalog/agencies/mergeSuccessions";
import type { AgencyId, PlanCatalog } from "../domain/catalog/types";
import type { SheetInfo } from "../workbook/port";
import { Header } from "./components/Header";
import { HostNotice } from "./components/HostNotice";
import type { InjectRequest } from "./components/plan/InjectPanel";
import { PlanView } from "./components/plan/PlanView";
import { PlanPicker } from "./components/PlanPicker";
import type { SectionProps } from "./components/sectionProps";
import type { AgencyData } from "./agencies/bundledAgencyData";
import { useSuccessionEdits } from "./agencies/useSuccessionEdits";
import { TEMPLATE_KIT } from "./components/templates/templateKit";
import type { TemplateTarget } from "./components/templates/templateTarget";
import { VALIDATION_KIT } from "./components/validation/validationKit";
import { WorkbookPanel } from "./components/WorkbookPanel";
import { useI18n } from "./i18n/I18nProvider";
import type { BundledPlan } from "./plans/bundledPlans";
import { useReviewDecisions } from "./review/useReviewDecisions";
import type { PaneRuntime } from "./runtime/paneRuntime";
import { localIsoDate } from "../domain/text/vietnameseFormat";

export interface AppProps {
  readonly runtime: PaneRuntime;
  readonly plans: readonly BundledPlan[];
  /**
   * Loads the agency directory and the bundled successor mapping (data/agency-successors.json), called once: the
   * first screen does not wait for them; a plan's view and the sections do.
   */
  readonly loadAgencies: () => Promise<AgencyData>;
  /** Loads a bundled plan's catalogue (lazily, one chunk per plan in the browser). */
  readonly loadCatalog: (planId: string) => Promise<PlanCatalog>;
  /** The clock used to stamp injections. */
  readonly now?: () => Date;
}

// The template panel and the template workflow load when the officer opens the section, not with the first screen.
const TemplatePanel = lazy(() => import(/* webpackChunkName: "templates" */ "./components/templates/TemplatePanel"));
const ConsolidationPanel = lazy(
  () => import(/* webpackChunkName: "consolidation" */ "./components/consolidation/ConsolidationPanel"),
);
// Likewise the validation view, the validation workflow and its rules.
const ValidationPanel = lazy(() => import(/* webpackChunkName: "validation" */ "./components/validation/ValidationPanel"));

type AgencyState = { readonly status: "loading" } | { readonly status: "ready"; readonly data: AgencyData } | { readonly status: "failed" };

const NO_AGENCIES: AgencyData = { agencies: [], successions: [] };

type CatalogState =
  | { readonly status: "none" }
  | { readonly status: "loading"; readonly planId: string }
  | { readonly status: "ready"; readonly catalog: PlanCatalog }
  | { readonly status: "failed" };

const useStyles = makeStyles({
  app: { display: "flex", flexDirection: "column", height: "100%", backgroundColor: tokens.colorNeutralBackground2 },
  body: {
    display: "flex",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalL,
    padding: tokens.spacingHorizontalL,
    flexGrow: 1,
    minHeight: 0,
    overflow: "auto",
  },
  pane: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, flex: "1 1 320px", maxWidth: "480px", minWidth: 0 },
  // Beside the plan view, the workbook stays in sight while the officer scrolls the plan.
  workbook: {
    flex: "3 1 480px",
    minWidth: 0,
    minHeight: "420px",
    display: "flex",
    flexDirection: "column",
    alignSelf: "flex-start",
    position: "sticky",
    top: 0,
  },
  mode: { color: tokens.colorNeutralForeground3 },
});

export function App({ runtime, plans, loadAgencies, loadCatalog, now = () => new Date() }: AppProps) {
  const styles = useStyles();
  const { t, language } = useI18n();
  const snapshot = useSyncExternalStore(runtime.session.subscribe, runtime.session.getSnapshot);
  const [planId, setPlanId] = useState<string | null>(null);
  const [catalogState, setCatalogState] = useState<CatalogState>({ status: "none" });
  // Started at once, awaited only where the data is used.
  const [agenciesLoaded] = useState(loadAgencies);
  const [agencyState, setAgencyState] = useState<AgencyState>({ status: "loading" });
  const { agencies, successions } = agencyState.status === "ready" ? agencyState.data : NO_AGENCIES;
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);
  const { edits: successionEdits, change: changeSuccessionEdits } = useSuccessionEdits(runtime.session);
  const [templatesOpen, setTemplatesOpen] = useState(false);
  const [consolidationOpen, setConsolidationOpen] = useState(false);
  // null until first opened.
  const [validationOpen, setValidationOpen] = useState<boolean | null>(null);
  const review = useReviewDecisions(runtime.session, catalogState.status === "ready" ? catalogState.catalog.id : null, now);
  const directory = useMemo(() => new Map<AgencyId, Agency>(agencies.map((agency) => [agency.id, agency])), [agencies]);

  useEffect(() => {
    let cancelled = false;
    agenciesLoaded.then(
      (data) => !cancelled && setAgencyState({ status: "ready", data }),
      () => !cancelled && setAgencyState({ status: "failed" }),
    );
    return () => {
      cancelled = true;
    };
  }, [agenciesLoaded]);

  useEffect(() => {
    if (!planId) return;
    let cancelled = false;
    setCatalogState({ status: "loading", planId });
    // The plan's view shows agencies: it waits for them as part of the plan.
    Promise.all([loadCatalog(planId), agenciesLoaded]).then(
      ([catalog]) => !cancelled && setCatalogState({ status: "ready", catalog }),
      () => !cancelled && setCatalogState({ status: "failed" }),
    );
    return () => {
      cancelled = true;
    };
  }, [planId, loadCatalog, agenciesLoaded]);

  // Only standalone mode shows the workbook; in Excel the user sees the sheets, and a read would cost a sync.
  const showsWorkbook = runtime.files !== null;
  useEffect(() => {
    if (!showsWorkbook) return;
    let cancelled = false;
    void snapshot.port.inspect().then((info) => {
      if (!cancelled) setSheets(info.sheets);
    });
    return () => {
      cancelled = true;
    };
  }, [snapshot, showsWorkbook]);

  const mergedSuccessions = useMemo(() => mergeSuccessions(successions, successionEdits), [successions, successionEdits]);
  const templateTarget = useMemo(
    (): TemplateTarget =>
      runtime.files
        ? { kind: "files", save: runtime.files.save }
        : { kind: "excel", port: snapshot.port, changed: runtime.session.changed, openNewWorkbook: runtime.openNewWorkbook ?? null },
    [runtime, snapshot.port],
  );

  // What the lazily loaded sections share.
  const sectionProps: SectionProps = { plans, loadCatalog, agencies, successions: mergedSuccessions, asOf: localIsoDate(now()), language };

  const readSheet = useCallback((name: string) => snapshot.port.readSheet(name), [snapshot.port]);

  const inject = useCallback(
    async (catalog: PlanCatalog, request: InjectRequest, onProgress: (fraction: number) => void) => {
      // The injection workflow and the plan-sheet builders load on first use, not with the first screen.
      const { injectPlan } = await import(/* webpackChunkName: "inject" */ "../workflows/injectPlan");
      const result = await injectPlan(runtime.session.getSnapshot().port, catalog, {
        agencies,
        agency: request.agency,
        language: request.language,
        successions: mergedSuccessions,
        now,
        onProgress,
      });
      runtime.session.changed();
      return result;
    },
    [runtime.session, agencies, mergedSuccessions, now],
  );

  return (
    <div className={styles.app}>
      <Header />
      <main className={styles.body}>
        <div className={styles.pane}>
          <HostNotice detection={runtime.detection} />
          <Text size={200} className={styles.mode}>
            {t(runtime.mode === "excel" ? "modeExcel" : "modeStandalone")}
          </Text>
          <Card>
            <CardHeader header={<Text weight="semibold">{t("planSection")}</Text>} />
            <PlanPicker plans={plans} selectedId={planId} onSelect={setPlanId} />
          </Card>
          {catalogState.status === "loading" && <Spinner size="small" label={t("planLoading")} />}
          {catalogState.status === "failed" && (
            <MessageBar intent="error">
              <MessageBarBody>{t("planLoadFailed")}</MessageBarBody>
            </MessageBar>
          )}
          {catalogState.status === "ready" && (
            <PlanView
              key={catalogState.catalog.id}
              catalog={catalogState.catalog}
              agencies={directory}
              onInject={(request, onProgress) => inject(catalogState.catalog, request, onProgress)}
              successions={successions}
              successionEdits={successionEdits}
              onSuccessionEditsChange={changeSuccessionEdits}
              reviewDecisions={review.decisions}
              reviewer={review.reviewer}
              onDecide={review.decide}
              asOf={localIsoDate(now())}
            />
          )}
          {catalogState.status === "ready" && (
            <Card>
              <Accordion collapsible openItems={templatesOpen ? ["templates"] : []} onToggle={(_event, data) => setTemplatesOpen(data.openItems.length > 0)}>
                <AccordionItem value="templates">
                  <AccordionHeader>
                    <Text weight="semibold">{t("templateSection")}</Text>
                  </AccordionHeader>
                  <AccordionPanel>
                    {templatesOpen && (
                      <Suspense fallback={<Spinner size="tiny" label={t("loading")} />}>
                        <TemplatePanel key={catalogState.catalog.id} {...sectionProps} catalog={catalogState.catalog} target={templateTarget} kit={TEMPLATE_KIT} />
                      </Suspense>
                    )}
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </Card>
          )}
          {catalogState.status === "ready" && (
            <Card>
              <Accordion
                collapsible
                openItems={consolidationOpen ? ["consolidation"] : []}
                onToggle={(_event, data) => setConsolidationOpen(data.openItems.length > 0)}
              >
                <AccordionItem value="consolidation">
                  <AccordionHeader>
                    <Text weight="semibold">{t("consolidationSection")}</Text>
                  </AccordionHeader>
                  <AccordionPanel>
                    {consolidationOpen && (
                      <Suspense fallback={<Spinner size="tiny" label={t("loading")} />}>
                        <ConsolidationPanel key={catalogState.catalog.id} {...sectionProps} catalog={catalogState.catalog} target={templateTarget} kit={TEMPLATE_KIT} />
                      </Suspense>
                    )}
                  </AccordionPanel>
                </AccordionItem>
              </Accordion>
            </Card>
          )}
          <Card>
            {/* The panel stays mounted once opened, outside the accordion's panel, so a run's results outlive a collapse. */}
            <Accordion collapsible openItems={validationOpen ? ["validation"] : []} onToggle={(_event, data) => setValidationOpen(data.openItems.length > 0)}>
              <AccordionItem value="validation">
                <AccordionHeader>
                  <Text weight="semibold">{t("validationSection")}</Text>
                </AccordionHeader>
              </AccordionItem>
            </Accordion>
            {validationOpen !== null && (
              <div hidden={!validationOpen}>
                {agencyState.status === "loading" && <Spinner size="tiny" label={t("loading")} />}
                {agencyState.status === "failed" && (
                  <MessageBar intent="error">
                    <MessageBarBody>{t("agenciesLoadFailed")}</MessageBarBody>
                  </MessageBar>
                )}
                {agencyState.status === "ready" && (
                  <Suspense fallback={<Spinner size="tiny" label={t("loading")} />}>
                    <ValidationPanel {...sectionProps} runtime={runtime} kit={VALIDATION_KIT} />
                  </Suspense>
                )}
              </div>
            )}
          </Card>
        </div>
        {runtime.files && (
          <Card className={styles.workbook}>
            <CardHeader header={<Text weight="semibold">{t("workbookSection")}</Text>} />
            <WorkbookPanel
              fileName={snapshot.fileName}
              sheets={sheets}
              readSheet={readSheet}
              version={snapshot.version}
              onOpen={runtime.files.open}
              onDownload={runtime.files.download}
            />
          </Card>
        )}
      </main>
    </div>
  );
}
