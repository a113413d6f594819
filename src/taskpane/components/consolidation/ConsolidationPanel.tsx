import { useMemo, useRef, useState, type CSSProperties, type DragEvent, type ReactNode } from "react";
import type { Agency, AgencySuccession } from "../../../domain/catalog/agency";
import type { PlanCatalog } from "../../../domain/catalog/types";
import { formatDateVi } from "../../../domain/text/vietnameseFormat";
import { templateErrorMessage } from "../../../domain/templates/templateMessages";
import { fileProblemText } from "../../fileProblemText";
import { consolidationText, type ConsolidationText } from "../../i18n/consolidationMessages";
import type { BundledPlan } from "../../plans/bundledPlans";
import type { TemplateKit } from "../templates/templateKit";
import type { TemplateTarget } from "../templates/templateTarget";
import { useLoadedPlans } from "../templates/useLoadedPlans";
import { chartsOf } from "./chartData";
import { ChaseList, RegisterCounts, RegisterTable, UnmatchedFiles } from "./consolidationParts";
import {
  runConsolidation,
  sheetsReplaced,
  submittedOn,
  type ConsolidationOutcome,
  type ConsolidationProgress,
  type ReturnFile,
} from "./runConsolidation";
import { StackedBarChart } from "./StackedBarChart";

export interface ConsolidationPanelProps {
  /** The plan open in the pane: always consolidated. */
  readonly catalog: PlanCatalog;
  /** Bundled plans; those of the same province may join. */
  readonly plans: readonly BundledPlan[];
  readonly loadCatalog: (planId: string) => Promise<PlanCatalog>;
  readonly agencies: readonly Agency[];
  /** The bundled successions with the officer's edits. */
  readonly successions: readonly AgencySuccession[];
  /** ISO date of today. */
  readonly asOf: string;
  /** Where the report goes: a download (standalone) or the open workbook (Excel). */
  readonly target: TemplateTarget;
  readonly language: "vi" | "en";
  /** Fluent's parts, from the first screen (see templates/templateKit.ts). */
  readonly kit: TemplateKit;
}

/** A run that failed for a reason no outcome describes: a bug, or a chunk that did not load. */
type Shown =
  | (ConsolidationOutcome & { readonly reasons: ReadonlyMap<string, string> })
  | { readonly kind: "failed"; readonly detail: string };

const STYLES = {
  root: { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalS)" },
  muted: { color: "var(--colorNeutralForeground3)" },
  drop: {
    border: "1px dashed var(--colorNeutralStroke1)",
    borderRadius: "var(--borderRadiusMedium)",
    padding: "var(--spacingVerticalS) var(--spacingHorizontalS)",
    display: "flex",
    flexDirection: "column",
    gap: "var(--spacingVerticalXS)",
  },
  files: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: "2px",
    fontSize: "12px",
  },
  file: { display: "flex", alignItems: "center", gap: "var(--spacingHorizontalS)", flexWrap: "wrap" },
  fileName: { wordBreak: "break-all", flex: "1 1 160px" },
  hidden: { display: "none" },
  group: { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalXXS)" },
} satisfies Record<string, CSSProperties>;

const ACCEPT = ".xlsx,.xls,.ods,.csv";

/** The "Tổng hợp báo cáo" panel: plans, year, the returns and last year's report; then the results. */
export default function ConsolidationPanel(props: ConsolidationPanelProps) {
  const { catalog, plans, loadCatalog, agencies, successions, asOf, target, language, kit } = props;
  const { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, Text } = kit;
  const text = useMemo(() => consolidationText(language, kit.format), [language, kit.format]);
  const province = plans.find((plan) => plan.planId === catalog.id)?.province ?? catalog.province;
  const others = plans.filter((plan) => plan.province === province && plan.planId !== catalog.id);
  const [planIds, setPlanIds] = useState<readonly string[]>([catalog.id]);
  const loaded = useLoadedPlans(catalog, planIds, loadCatalog);
  const [yearText, setYearText] = useState(asOf.slice(0, 4));
  const [files, setFiles] = useState<readonly ReturnFile[]>([]);
  const [history, setHistory] = useState<ReturnFile | null>(null);
  const [include, setInclude] = useState<readonly string[]>([]);
  const [includeChanged, setIncludeChanged] = useState(false);
  const [progress, setProgress] = useState<ConsolidationProgress | null>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  /** Sheets of the open workbook the officer agreed to replace, or is asked about. */
  const [replacing, setReplacing] = useState<{ readonly sheets: readonly string[]; readonly agreed: boolean } | null>(
    null,
  );
  const filesInput = useRef<HTMLInputElement>(null);
  const historyInput = useRef<HTMLInputElement>(null);

  const yearValid = /^\d{4}$/.test(yearText.trim());
  const running = progress !== null;
  const action = text(target.kind === "excel" ? "runExcel" : "runFiles");
  const flagged = useMemo(() => structuralErrorsByFile(shown), [shown]);

  const addFiles = (picked: FileList | null) => {
    if (!picked || picked.length === 0) return;
    const added = [...picked];
    // A file picked again under the same name replaces the earlier pick: the register knows files by name.
    setFiles((current) => [...current.filter((file) => !added.some((next) => next.name === file.name)), ...added]);
  };
  const toggleInclude = (file: string, on: boolean) => {
    setInclude((current) =>
      on ? [...current.filter((name) => name !== file), file] : current.filter((name) => name !== file),
    );
    setIncludeChanged(true);
  };

  const run = async (agreed: boolean) => {
    if (!loaded || !yearValid) return;
    setShown(null);
    setIncludeChanged(false);
    setProgress({ stage: "reading", done: 0, total: files.length, file: files[0]?.name ?? "" });
    try {
      const replaced = await sheetsReplaced(target);
      if (replaced.length > 0 && !agreed) {
        setReplacing({ sheets: replaced, agreed: false });
        return;
      }
      setReplacing(null);
      const outcome = await runConsolidation(
        { plans: loaded, year: Number(yearText), files, history, include, agencies, successions },
        target,
        setProgress,
      );
      setShown({ ...outcome, reasons: await problemTexts(outcome, language) });
    } catch (error) {
      setShown({ kind: "failed", detail: error instanceof Error ? error.message : String(error) });
    } finally {
      setProgress(null);
    }
  };

  return (
    <div style={STYLES.root} data-testid="consolidation-panel">
      <Text size={200} style={STYLES.muted}>
        {text("intro")}
      </Text>
      {others.length > 0 && (
        <Field label={text("plans")} hint={text("plansHint", { province })}>
          <Checkbox checked disabled label={plans.find((plan) => plan.planId === catalog.id)?.label ?? catalog.id} />
          {others.map((plan) => (
            <Checkbox
              key={plan.planId}
              label={plan.label}
              checked={planIds.includes(plan.planId)}
              onChange={(_event, data) =>
                setPlanIds((current) =>
                  data.checked === true ? [...current, plan.planId] : current.filter((id) => id !== plan.planId),
                )
              }
            />
          ))}
        </Field>
      )}
      <Field
        label={text("year")}
        validationState={yearValid ? "none" : "error"}
        validationMessage={yearValid ? undefined : text("yearInvalid")}
      >
        <Input value={yearText} inputMode="numeric" onChange={(_event, data) => setYearText(data.value)} />
      </Field>
      {/* Not a Field: a Field lends its label to the first control inside, here the file's include checkbox. */}
      <Group kit={kit} id="consolidation-returns" label={text("returns")} hint={text("returnsHint")}>
        <div
          style={STYLES.drop}
          onDragOver={(event: DragEvent) => event.preventDefault()}
          onDrop={(event: DragEvent) => {
            event.preventDefault();
            addFiles(event.dataTransfer.files);
          }}
        >
          <input
            ref={filesInput}
            type="file"
            multiple
            accept={ACCEPT}
            style={STYLES.hidden}
            data-testid="consolidation-files-input"
            onChange={(event) => {
              addFiles(event.target.files);
              event.target.value = "";
            }}
          />
          <div style={STYLES.file}>
            <Button size="small" onClick={() => filesInput.current?.click()}>
              {text("returnsPick")}
            </Button>
            <Text size={200} style={STYLES.muted}>
              {text("returnsDrop")}
            </Text>
          </div>
          <PickedFiles
            kit={kit}
            files={files}
            flagged={flagged}
            include={include}
            onInclude={toggleInclude}
            onRemove={(name) => setFiles((current) => current.filter((file) => file.name !== name))}
            text={text}
          />
        </div>
      </Group>
      <Group kit={kit} id="consolidation-history" label={text("history")} hint={text("historyHint")}>
        <input
          ref={historyInput}
          type="file"
          accept=".xlsx,.csv"
          style={STYLES.hidden}
          data-testid="consolidation-history-input"
          onChange={(event) => {
            setHistory(event.target.files?.[0] ?? null);
            event.target.value = "";
          }}
        />
        <div style={STYLES.file}>
          {history ? (
            <>
              <span style={STYLES.fileName}>{history.name}</span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={text("historyRemove")}
                onClick={() => setHistory(null)}
              >
                ✕
              </Button>
            </>
          ) : (
            <Button size="small" onClick={() => historyInput.current?.click()}>
              {text("historyPick")}
            </Button>
          )}
        </div>
      </Group>
      {!loaded && <Spinner size="tiny" label={text("plansLoading")} />}
      <Button appearance="primary" disabled={!loaded || !yearValid || running} onClick={() => void run(false)}>
        {action}
      </Button>
      {replacing && !replacing.agreed && !running && (
        <MessageBar intent="warning" layout="multiline" data-testid="consolidation-replace">
          <MessageBarBody>
            {text("replaceSheets", { sheets: replacing.sheets.map((sheet) => `“${sheet}”`).join(", ") })}{" "}
            <Button size="small" onClick={() => void run(true)}>
              {text("replaceConfirm")}
            </Button>
          </MessageBarBody>
        </MessageBar>
      )}
      {progress && <Spinner size="tiny" label={progressText(progress, text)} />}
      {includeChanged && shown && !running && (
        <MessageBar intent="info">
          <MessageBarBody>{text("includeChanged", { action })}</MessageBarBody>
        </MessageBar>
      )}
      {shown && <Results kit={kit} shown={shown} text={text} />}
    </div>
  );
}

/** A labelled group of controls, looking like a Field. */
function Group(props: {
  readonly kit: TemplateKit;
  readonly id: string;
  readonly label: string;
  readonly hint: string;
  readonly children: ReactNode;
}) {
  const { Text } = props.kit;
  return (
    <div role="group" aria-labelledby={props.id} aria-describedby={`${props.id}-hint`} style={STYLES.group}>
      <Text id={props.id} weight="semibold">
        {props.label}
      </Text>
      {props.children}
      <Text id={`${props.id}-hint`} size={200} style={STYLES.muted}>
        {props.hint}
      </Text>
    </div>
  );
}

function PickedFiles(props: {
  readonly kit: TemplateKit;
  readonly files: readonly ReturnFile[];
  readonly flagged: ReadonlyMap<string, number>;
  readonly include: readonly string[];
  readonly onInclude: (file: string, on: boolean) => void;
  readonly onRemove: (file: string) => void;
  readonly text: ConsolidationText;
}) {
  const { kit, files, flagged, include, onInclude, onRemove, text } = props;
  const { Button, Checkbox, Text } = kit;
  if (files.length === 0)
    return (
      <Text size={200} style={STYLES.muted}>
        {text("returnsNone")}
      </Text>
    );
  return (
    <ul style={STYLES.files} data-testid="consolidation-files">
      {files.map((file) => {
        const date = submittedOn(file);
        const errors = flagged.get(file.name);
        return (
          <li key={file.name}>
            <div style={STYLES.file}>
              <span style={STYLES.fileName}>{file.name}</span>
              <span style={STYLES.muted}>
                {date ? text("fileDate", { date: formatDateVi(date) }) : text("fileDateUnknown")}
              </span>
              <Button
                size="small"
                appearance="subtle"
                aria-label={text("fileRemove", { file: file.name })}
                onClick={() => onRemove(file.name)}
              >
                ✕
              </Button>
            </div>
            {errors !== undefined && (
              <Checkbox
                label={text("fileInclude", { count: errors })}
                checked={include.includes(file.name)}
                onChange={(_event, data) => onInclude(file.name, data.checked === true)}
              />
            )}
          </li>
        );
      })}
    </ul>
  );
}

function Results({
  kit,
  shown,
  text,
}: {
  readonly kit: TemplateKit;
  readonly shown: Shown;
  readonly text: ConsolidationText;
}) {
  const { MessageBar, MessageBarBody } = kit;
  const bar = (intent: "error" | "warning" | "success" | "info", message: string, key?: string) => (
    <MessageBar key={key} intent={intent} layout="multiline" data-testid="consolidation-outcome">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
  if (shown.kind === "failed") return bar("error", text("failed", { detail: shown.detail }));
  if (shown.kind === "error") return bar("error", templateErrorMessage(shown.error));
  const { report, written, unreadable, history, reasons } = shown;
  return (
    <>
      {written.kind === "file"
        ? bar("success", text("doneFile", { fileName: written.fileName }))
        : bar("success", text("doneSheets", { sheets: written.sheets.map((sheet) => `“${sheet}”`).join(", ") }))}
      {unreadable.map((file) =>
        bar("warning", text("unreadable", { file: file.file, reason: reasons.get(file.file) ?? "" }), file.file),
      )}
      {history.kind === "found" && bar("info", text("historyFound", { file: history.file }))}
      {history.kind === "not_found" && bar("warning", text("historyNotFound", { file: history.file }))}
      {history.kind === "unreadable" &&
        bar("warning", text("historyUnreadable", { file: history.file, reason: reasons.get(history.file) ?? "" }))}
      <RegisterCounts register={report.register} text={text} />
      <ChaseList register={report.register} text={text} />
      <RegisterTable register={report.register} text={text} />
      <UnmatchedFiles register={report.register} text={text} />
      {chartsOf(report.sheets).map((chart) => (
        <StackedBarChart key={chart.title} chart={chart} text={text} />
      ))}
    </>
  );
}

function progressText(progress: ConsolidationProgress, text: ConsolidationText): string {
  return progress.stage === "reading"
    ? text("reading", { done: progress.done + 1, total: progress.total, file: progress.file })
    : text("consolidating");
}

/** Files the last run found structural errors in (whether or not included), with how many. */
function structuralErrorsByFile(shown: Shown | null): ReadonlyMap<string, number> {
  const flagged = new Map<string, number>();
  if (shown?.kind !== "done") return flagged;
  for (const entry of shown.report.register.entries)
    for (const record of entry.submissions)
      if (record.structuralErrors > 0) flagged.set(record.file, record.structuralErrors);
  return flagged;
}

/** Why each unreadable file could not be opened, in the officer's language. */
async function problemTexts(
  outcome: ConsolidationOutcome,
  language: "vi" | "en",
): Promise<ReadonlyMap<string, string>> {
  if (outcome.kind !== "done") return new Map();
  const problems = [
    ...outcome.unreadable,
    ...(outcome.history.kind === "unreadable" ? [{ file: outcome.history.file, error: outcome.history.error }] : []),
  ];
  return new Map(
    await Promise.all(
      problems.map(async (problem) => [problem.file, await fileProblemText(problem.error, language)] as const),
    ),
  );
}
