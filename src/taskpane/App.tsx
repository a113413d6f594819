import { Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { SheetInfo } from "../workbook/port";
import { Header } from "./components/Header";
import { HostNotice } from "./components/HostNotice";
import { PlanPicker } from "./components/PlanPicker";
import { WorkbookPanel } from "./components/WorkbookPanel";
import { useI18n } from "./i18n/I18nProvider";
import type { BundledPlan } from "./plans/bundledPlans";
import type { PaneRuntime } from "./runtime/paneRuntime";

export interface AppProps {
  readonly runtime: PaneRuntime;
  readonly plans: readonly BundledPlan[];
}

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
  workbook: { flex: "3 1 480px", minWidth: 0, minHeight: "420px", display: "flex", flexDirection: "column" },
  mode: { color: tokens.colorNeutralForeground3 },
});

export function App({ runtime, plans }: AppProps) {
  const styles = useStyles();
  const { t } = useI18n();
  const snapshot = useSyncExternalStore(runtime.session.subscribe, runtime.session.getSnapshot);
  const [planId, setPlanId] = useState<string | null>(null);
  const [sheets, setSheets] = useState<readonly SheetInfo[]>([]);

  useEffect(() => {
    let cancelled = false;
    void snapshot.port.inspect().then((info) => {
      if (!cancelled) setSheets(info.sheets);
    });
    return () => {
      cancelled = true;
    };
  }, [snapshot]);

  const readSheet = useCallback((name: string) => snapshot.port.readSheet(name), [snapshot.port]);

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
