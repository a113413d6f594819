import { useMemo, useState } from "react";
import type { ProgressProfileId } from "../../../domain/consolidation/progressStatus";
import { consolidationText, type ConsolidationText } from "../../i18n/consolidationMessages";
import { PlanChoice } from "../PlanChoice";
import type { PlanSectionProps } from "../sectionProps";
import type { TemplateKit } from "../templates/templateKit";
import type { TemplateTarget } from "../templates/templateTarget";
import { useLoadedPlans } from "../templates/useLoadedPlans";
import {
  HistoryPicker,
  ProfileChoice,
  ReturnsPicker,
  STYLES as INPUT_STYLES,
  YearField,
  yearOf,
} from "./consolidationInputs";
import { problemTexts, Results, structuralErrorsByFile, type Shown } from "./consolidationResults";
import {
  runConsolidation,
  type ConsolidationProgress,
  type ConsolidationRequest,
  type ReturnFile,
} from "./runConsolidation";

export type ConsolidationPanelProps = PlanSectionProps;

const ROOT_STYLE = { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalS)" } as const;

/** The "Tổng hợp báo cáo" panel: plans, year, the returns, last year's report and the thresholds; then the results. */
export default function ConsolidationPanel(props: ConsolidationPanelProps) {
  const { catalog, asOf, target, language, kit } = props;
  const text = useMemo(() => consolidationText(language, kit.format), [language, kit.format]);
  const [planIds, setPlanIds] = useState<readonly string[]>([catalog.id]);
  const loaded = useLoadedPlans(catalog, planIds, props.loadCatalog);
  const [yearText, setYearText] = useState(asOf.slice(0, 4));
  const [files, setFiles] = useState<readonly ReturnFile[]>([]);
  // Keyed by the picked file itself: a file picked again under the same name starts from its own date.
  const [sent, setSent] = useState<ReadonlyMap<ReturnFile, string>>(new Map());
  const [history, setHistory] = useState<ReturnFile | null>(null);
  const [include, setInclude] = useState<readonly string[]>([]);
  const [profile, setProfile] = useState<ProgressProfileId>("default");
  const runner = useConsolidationRun(target, language);
  const flagged = useMemo(() => structuralErrorsByFile(runner.shown), [runner.shown]);
  const year = yearOf(yearText);
  const action = text(target.kind === "excel" ? "runExcel" : "runFiles");
  const { agencies, successions } = props;
  const start = () => {
    if (loaded && year !== null)
      void runner.run({ plans: loaded, year, files, sent, history, include, agencies, successions, profile });
  };
  const toggleInclude = (file: string, on: boolean) => {
    setInclude((current) => [...current.filter((name) => name !== file), ...(on ? [file] : [])]);
    runner.choiceChanged();
  };
  const changeFiles = (next: readonly ReturnFile[]) => {
    setFiles(next);
    setSent((current) => new Map([...current].filter(([file]) => next.includes(file))));
  };
  const changeSent = (file: ReturnFile, entry: string) => {
    setSent((current) => new Map(current).set(file, entry));
    runner.choiceChanged();
  };
  const common = { kit, text };

  return (
    <div style={ROOT_STYLE} data-testid="consolidation-panel">
      <kit.Text size={200} style={INPUT_STYLES.muted}>
        {text("intro")}
      </kit.Text>
      <PlanChoice
        {...common}
        catalog={catalog}
        plans={props.plans}
        planIds={planIds}
        onToggle={(planId, on) => setPlanIds(on ? [...planIds, planId] : planIds.filter((id) => id !== planId))}
      />
      <YearField {...common} value={yearText} onChange={setYearText} />
      <ReturnsPicker
        {...common}
        files={files}
        onFiles={changeFiles}
        sent={sent}
        onSent={changeSent}
        flagged={flagged}
        include={include}
        onInclude={toggleInclude}
      />
      <HistoryPicker {...common} file={history} onChange={setHistory} />
      <ProfileChoice
        {...common}
        language={language}
        value={profile}
        onChange={(next) => {
          setProfile(next);
          runner.choiceChanged();
        }}
      />
      {!loaded && <kit.Spinner size="tiny" label={text("plansLoading")} />}
      <kit.Button appearance="primary" disabled={!loaded || year === null || runner.running} onClick={start}>
        {action}
      </kit.Button>
      <RunStatus {...common} runner={runner} action={action} />
      {runner.shown && <Results kit={kit} shown={runner.shown} text={text} language={language} />}
    </div>
  );
}

interface ConsolidationRunner {
  readonly progress: ConsolidationProgress | null;
  readonly running: boolean;
  readonly shown: Shown | null;
  /** A choice changed since the results shown were made. */
  readonly changed: boolean;
  readonly choiceChanged: () => void;
  readonly run: (request: ConsolidationRequest) => Promise<void>;
}

/** One run at a time: its progress, then what it came to (a failure too, never a rejection). */
function useConsolidationRun(target: TemplateTarget, language: "vi" | "en"): ConsolidationRunner {
  const [progress, setProgress] = useState<ConsolidationProgress | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [changed, setChanged] = useState(false);
  const run = async (request: ConsolidationRequest) => {
    setShown(null);
    setChanged(false);
    setProgress({ stage: "reading", done: 0, total: request.files.length, file: request.files[0]?.name ?? "" });
    try {
      const outcome = await runConsolidation(request, target, setProgress);
      setShown({ ...outcome, reasons: await problemTexts(outcome, language) });
    } catch (error) {
      setShown({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  };
  return { progress, running: progress !== null, shown, changed, choiceChanged: () => setChanged(true), run };
}

/** The run under way, or a reminder that the results shown predate a changed choice. */
function RunStatus(props: {
  readonly kit: TemplateKit;
  readonly text: ConsolidationText;
  readonly runner: ConsolidationRunner;
  readonly action: string;
}) {
  const { kit, text, runner, action } = props;
  const { MessageBar, MessageBarBody, Spinner } = kit;
  if (runner.progress) return <Spinner size="tiny" label={progressText(runner.progress, text)} />;
  if (!runner.changed || !runner.shown) return null;
  return (
    <MessageBar intent="info">
      <MessageBarBody>{text("choiceChanged", { action })}</MessageBarBody>
    </MessageBar>
  );
}

function progressText(progress: ConsolidationProgress, text: ConsolidationText): string {
  return progress.stage === "reading"
    ? text("reading", { done: progress.done + 1, total: progress.total, file: progress.file })
    : text("consolidating");
}
