import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PlanCatalog } from "../../../domain/catalog/types";
import type { ValidationIssue } from "../../../domain/validation/validationIssue";
import { DEFAULT_VALIDATION_SETTINGS, type ValidationSettings } from "../../../domain/validation/validationRules";
import { isWorkbookFileError } from "../../../workbook/fileProblems";
import type { ValidationSources } from "../../../workflows/validateReturn";
import { fileProblemMessage } from "../../../workbook/fileProblemMessages";
import { validationText, type ValidationText } from "../../i18n/validationTexts";
import type { PaneRuntime, PickedFile } from "../../runtime/paneRuntime";
import type { SectionProps } from "../sectionProps";
import { FileResult, type FileNote } from "./FileResult";
import { FileView, type ViewedCell } from "./FileView";
import type { IssueFilter } from "./issueGroups";
import { RuleSettings } from "./RuleSettings";
import { runValidation, type FileRun, type ReturnSource, type ValidatedFile } from "./runValidation";
import { markFile, saveFile, unmarkFile } from "./fileActions";
import { ReturnInputs } from "./ReturnInputs";
import type { ValidationKit } from "./validationKit";
import { VALIDATION_FILE_OUTPUTS, VALIDATION_OUTPUTS, type FileOutput, type OutputContext, type OutputNote, type ValidationOutput } from "./validationOutputs";
import { STYLES } from "./validationPanelStyles";
import { deviceSettingsStore, workbookSettingsStore, type SettingsStore } from "./validationSettingsStore";

export interface ValidationPanelProps extends SectionProps {
  readonly runtime: PaneRuntime;
  /** Fluent's parts and the sheet grid, from the first screen (see validationKit.ts). */
  readonly kit: ValidationKit;
  /** Where rule settings are kept; by default the workbook in Excel, this browser in standalone mode. */
  readonly settingsStore?: SettingsStore;
  readonly outputs?: readonly ValidationOutput[];
  readonly fileOutputs?: readonly FileOutput[];
}

/** The file adapter is its own chunk, shared with the standalone runtime. */
const fileAdapter = () => import(/* webpackChunkName: "file-adapter" */ "../../../xlsx/xlsxWorkbook");

/** Whose date sent an entry is: a picked file, or the workbook open in Excel. */
type SentKey = PickedFile | typeof ACTIVE;
const ACTIVE = "active";
const sentKey = (source: ReturnSource): SentKey => (source.kind === "file" ? source.file : ACTIVE);

/** Runs a task through the panel's one error funnel: a failure is shown, with the file it concerns, never lost. */
export type Guard = (task: () => Promise<unknown>, file?: string | null) => void;

/** The "Kiểm tra báo cáo" section: returns in, progress per file, issues by file and sheet, marks, rule settings. */
export default function ValidationPanel(props: ValidationPanelProps) {
  const { runtime, language, kit } = props;
  const { Button, Spinner, Text } = kit;
  const text = useMemo(() => validationText(language, kit.format), [language, kit.format]);
  const [files, setFiles] = useState<readonly PickedFile[]>([]);
  const [withActive, setWithActive] = useState(false);
  // The date sent typed per return, keyed by the picked file itself: a file picked again starts from its own date.
  const [sent, setSent] = useState<ReadonlyMap<SentKey, string>>(new Map());
  const [expected, setExpected] = useState<{ agency: string | null; year: number | null } | null>({ agency: null, year: null });
  const [runs, setRuns] = useState<readonly FileRun[]>([]);
  const [running, setRunning] = useState(false);
  const [notes, setNotes] = useState<ReadonlyMap<string | null, FileNote>>(new Map());
  const [marked, setMarked] = useState<ReadonlySet<string>>(new Set());
  const [view, setView] = useState<ViewedCell | null>(null);
  const [filter, setFilter] = useState<IssueFilter>({ severity: "all", text: "" });
  const [building, setBuilding] = useState<string | null>(null);
  const note = useCallback((file: string | null, value: FileNote | null) => setNotes((current) => withEntry(current, file, value)), []);
  const guard: Guard = useCallback(
    (task, file = null) => {
      task().catch((error: unknown) =>
        explain(error, language, text).then(
          (message) => note(file, { intent: "error", text: message }),
          () => note(file, { intent: "error", text: text("failed", { detail: detailOf(error) }) }),
        ),
      );
    },
    [language, text, note],
  );
  const settings = useSettings(props, guard);
  const loadSources = useSources(props);

  const run = (list: readonly PickedFile[], active: boolean) => {
    if (!expected) return;
    setFiles(list);
    setWithActive(active);
    setSent((current) => new Map([...current].filter(([key]) => (key === ACTIVE ? active : list.includes(key)))));
    setRunning(true);
    setNotes(new Map());
    setMarked(new Set());
    setView(null);
    setRuns([]);
    guard(async () => {
      try {
        const [sources, adapter] = await Promise.all([loadSources(), list.length > 0 ? fileAdapter() : null]);
        const chosen: ReturnSource[] = [
          ...(active ? [{ kind: "active" as const, name: text("activeName"), port: runtime.session.getSnapshot().port, sent: sent.get(ACTIVE) }] : []),
          ...list.map((file) => ({ kind: "file" as const, name: file.name, file, sent: sent.get(file) })),
        ];
        await runValidation(chosen, {
          sources,
          expected,
          settings: settings.current,
          today: props.asOf,
          open: (bytes, fileName) => adapter!.openWorkbookFile(bytes, { fileName }),
          reasonOf: (error) => explain(error, language, text, "unexpectedRead"),
          onProgress: setRuns,
        });
      } finally {
        setRunning(false);
      }
    });
  };

  const addFiles = (picked: readonly PickedFile[]) => {
    // A file picked again replaces the one of the same name (names identify files in issues).
    const names = new Set(picked.map((file) => file.name));
    run([...files.filter((file) => !names.has(file.name)), ...picked], withActive);
  };

  const actions = {
    mark: (file: ValidatedFile) =>
      guard(async () => {
        const count = await markFile(file, language, runtime);
        setMarked((current) => new Set(current).add(file.source.name));
        note(file.source.name, { intent: count > 0 ? "success" : "info", text: count > 0 ? text("marked", { count }) : text("nothingToMark") });
      }, file.source.name),
    unmark: (file: ValidatedFile) =>
      guard(async () => {
        await unmarkFile(file, runtime);
        setMarked((current) => new Set([...current].filter((name) => name !== file.source.name)));
        note(file.source.name, { intent: "success", text: text("unmarked") });
      }, file.source.name),
    save: (file: ValidatedFile) =>
      guard(async () => {
        const saved = await saveFile(file, runtime);
        note(file.source.name, { intent: "success", text: text(saved.into === "download" ? "downloaded" : "openedInExcel", { fileName: saved.fileName }) });
      }, file.source.name),
    show: (file: ValidatedFile, issue: ValidationIssue) => {
      if (!issue.sheet || !issue.cell) return;
      const cell = issue.cell.split(":")[0]!;
      if (file.workbook) setView({ file, sheet: issue.sheet, cell });
      else guard(() => file.port.reveal(issue.sheet!, cell), file.source.name);
    },
  };

  const outputs = props.outputs ?? VALIDATION_OUTPUTS;
  const fileOutputs = props.fileOutputs ?? VALIDATION_FILE_OUTPUTS;
  const context: OutputContext = {
    runs,
    language,
    text,
    agencies: props.agencies,
    checkedOn: props.asOf,
    openWorkbook: runtime.mode === "excel" ? runtime.session.getSnapshot().port : null,
    save: runtime.files?.save ?? null,
    openNewWorkbook: runtime.openNewWorkbook ?? null,
    openFile: async (bytes, fileName) => (await fileAdapter()).openWorkbookFile(bytes, { fileName }),
    newWorkbook: async () => (await fileAdapter()).createXlsxWorkbook(),
    progress: setBuilding,
    changed: runtime.session.changed.bind(runtime.session),
  };
  const produced = (file: string | null, made: OutputNote) => note(file, typeof made === "string" ? { intent: "success", text: made } : made);
  const done = !running && runs.length > 0;
  const checking = runs.findIndex((entry) => entry.state === "checking");
  return (
    <div style={STYLES.root} data-testid="validation-panel">
      <Text size={200} style={STYLES.muted}>
        {text("intro")}
      </Text>
      <ReturnInputs
        kit={kit}
        text={text}
        excel={runtime.mode === "excel"}
        agencies={props.agencies}
        running={running}
        hasFiles={files.length > 0 || withActive}
        onExpected={setExpected}
        onCheckActive={() => run(files, true)}
        onAdd={addFiles}
        onRecheck={() => run(files, withActive)}
        onClear={() => run([], false)}
      />
      <RuleSettings kit={kit} text={text} language={language} settings={settings} guard={guard} />
      {notes.get(null) && <Note kit={kit} note={notes.get(null)!} />}
      {running && runs.length === 0 && <Spinner size="tiny" label={text("plansLoading")} />}
      {running && checking >= 0 && (
        <Spinner size="tiny" label={text("progress", { done: checking + 1, total: runs.length, name: runs[checking]!.source.name })} />
      )}
      {done && <Totals kit={kit} text={text} runs={runs} />}
      {building && <Spinner size="tiny" label={building} />}
      {done && outputs.some((output) => output.available(context)) && (
        <div style={STYLES.row} data-testid="validation-outputs">
          {outputs
            .filter((output) => output.available(context))
            .map((output) => (
              <Button key={output.id} disabled={building !== null} onClick={() => guard(async () => produced(null, await output.produce(context)))}>
                {typeof output.label === "string" ? text(output.label) : output.label[language]}
              </Button>
            ))}
        </div>
      )}
      {done && <FilterBar kit={kit} text={text} filter={filter} onChange={setFilter} />}
      {view && <FileView kit={kit} text={text} viewed={view} onView={setView} guard={guard} />}
      {runs.map((entry) => (
        <FileResult
          key={entry.source.name}
          kit={kit}
          text={text}
          language={language}
          agencies={props.agencies}
          run={entry}
          filter={filter}
          marked={marked.has(entry.source.name)}
          saveAs={runtime.files ? "download" : runtime.openNewWorkbook ? "openInExcel" : null}
          note={notes.get(entry.source.name) ?? null}
          current={view?.file === entry ? view : null}
          sent={sent.get(sentKey(entry.source)) ?? ""}
          onSent={(value) => setSent((current) => new Map(current).set(sentKey(entry.source), value))}
          actions={actions}
          outputs={
            entry.state === "validated"
              ? fileOutputs
                  .filter((output) => output.available(entry, context))
                  .map((output) => ({
                    id: output.id,
                    label: text(output.label),
                    disabled: building !== null,
                    produce: () => guard(async () => produced(entry.source.name, await output.produce(entry, context)), entry.source.name),
                  }))
              : []
          }
        />
      ))}
    </div>
  );
}

function Note({ kit, note }: { readonly kit: ValidationKit; readonly note: FileNote }) {
  return (
    <kit.MessageBar intent={note.intent} layout="multiline">
      <kit.MessageBarBody>{note.text}</kit.MessageBarBody>
    </kit.MessageBar>
  );
}

function Totals({ kit, text, runs }: { readonly kit: ValidationKit; readonly text: ValidationText; readonly runs: readonly FileRun[] }) {
  const validated = runs.flatMap((entry) => (entry.state === "validated" ? [entry.result.validation.summary] : []));
  return (
    <kit.Text weight="semibold" role="status">
      {text("total", {
        files: runs.length,
        errors: validated.reduce((sum, summary) => sum + summary.errors, 0),
        warnings: validated.reduce((sum, summary) => sum + summary.warnings, 0),
        unreadable: runs.length - validated.length,
      })}
    </kit.Text>
  );
}

function FilterBar(props: { readonly kit: ValidationKit; readonly text: ValidationText; readonly filter: IssueFilter; readonly onChange: (filter: IssueFilter) => void }) {
  const { kit, text, filter, onChange } = props;
  const { Field, Input, Radio, RadioGroup } = kit;
  return (
    <div style={STYLES.root}>
      <Field label={text("filterLabel")}>
        <RadioGroup layout="horizontal" value={filter.severity} onChange={(_event, data) => onChange({ ...filter, severity: data.value as IssueFilter["severity"] })}>
          <Radio value="all" label={text("filterAll")} />
          <Radio value="error" label={text("filterErrors")} />
          <Radio value="warning" label={text("filterWarnings")} />
        </RadioGroup>
      </Field>
      <Field label={text("textFilter")}>
        <Input type="search" value={filter.text} onChange={(_event, data) => onChange({ ...filter, text: data.value })} />
      </Field>
    </div>
  );
}

/** The settings the next run uses, loaded from their store once, and the store to save them in. */
export interface SettingsState {
  readonly current: ValidationSettings;
  readonly change: (settings: ValidationSettings) => void;
  readonly store: SettingsStore;
}

function useSettings(props: ValidationPanelProps, guard: Guard): SettingsState {
  const { runtime } = props;
  const store = useMemo(
    () =>
      props.settingsStore ??
      (runtime.mode === "excel" ? workbookSettingsStore(() => runtime.session.getSnapshot().port, () => runtime.session.changed()) : deviceSettingsStore()),
    [props.settingsStore, runtime],
  );
  const [current, change] = useState<ValidationSettings>(DEFAULT_VALIDATION_SETTINGS);
  useEffect(() => {
    let cancelled = false;
    guard(async () => {
      const loaded = await store.load();
      if (!cancelled) change(loaded);
    });
    return () => {
      cancelled = true;
    };
    // Loaded once per store: a change of language re-creates guard, not the settings.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);
  return { current, change, store };
}

/** Every bundled plan's catalogue, loaded once (a failed load is retried at the next run). */
function useSources(props: ValidationPanelProps): () => Promise<ValidationSources> {
  const { plans, loadCatalog, agencies, successions } = props;
  const catalogs = useRef<Promise<ReadonlyMap<string, PlanCatalog>> | null>(null);
  return useCallback(async () => {
    catalogs.current ??= Promise.all(plans.map(async (plan) => [plan.planId, await loadCatalog(plan.planId)] as const)).then((entries) => new Map(entries));
    try {
      return { plans: await catalogs.current, agencies, successions };
    } catch (error) {
      catalogs.current = null;
      throw error;
    }
  }, [plans, loadCatalog, agencies, successions]);
}

/**
 * One sentence for the officer: a file problem's own words, else the unexpected error with its detail. The wording
 * of file problems is part of this chunk (not loaded apart as on the first screen: see fileProblemText.ts).
 */
async function explain(error: unknown, language: "vi" | "en", text: ValidationText, unexpected: "failed" | "unexpectedRead" = "failed"): Promise<string> {
  if (isWorkbookFileError(error)) return fileProblemMessage(error.code, language, error.detail);
  // The adapter lifts protection without a password (as our templates have); a password it does not know is refused.
  if ((error as { code?: unknown } | null)?.code === "AccessDenied") return text("protectedSheet");
  return text(unexpected, { detail: detailOf(error) });
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withEntry<K, V>(map: ReadonlyMap<K, V>, key: K, value: V | null): ReadonlyMap<K, V> {
  const next = new Map(map);
  if (value === null) next.delete(key);
  else next.set(key, value);
  return next;
}
