import { useRef, type CSSProperties, type DragEvent, type ReactNode } from "react";
import { PROGRESS_PROFILE_LABELS } from "../../../domain/consolidation/progressMessages";
import { PROGRESS_PROFILES, type ProgressProfileId } from "../../../domain/consolidation/progressStatus";
import type { ConsolidationText } from "../../i18n/consolidationMessages";
import type { TemplateKit } from "../templates/templateKit";
import { sentOn } from "../sentDate";
import { SentDateField } from "../SentDateField";
import type { ReturnFile } from "./runConsolidation";

/** What the officer chooses before a consolidation: plans, year, the returns, last year's report, the thresholds. */

export const STYLES = {
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
    gap: "var(--spacingVerticalS)",
    fontSize: "12px",
  },
  file: { display: "flex", alignItems: "center", gap: "var(--spacingHorizontalS)", flexWrap: "wrap" },
  fileName: { wordBreak: "break-all", flex: "1 1 160px" },
  hidden: { display: "none" },
  group: { display: "flex", flexDirection: "column", gap: "var(--spacingVerticalXXS)" },
} satisfies Record<string, CSSProperties>;

const ACCEPT = ".xlsx,.xls,.ods,.csv";

interface Common {
  readonly kit: TemplateKit;
  readonly text: ConsolidationText;
}

/** The reporting year as four digits, or null while it is not. */
export function yearOf(text: string): number | null {
  return /^\d{4}$/.test(text.trim()) ? Number(text.trim()) : null;
}

export function YearField(props: Common & { readonly value: string; readonly onChange: (value: string) => void }) {
  const { kit, text, value, onChange } = props;
  const { Field, Input } = kit;
  const valid = yearOf(value) !== null;
  return (
    <Field
      label={text("year")}
      validationState={valid ? "none" : "error"}
      validationMessage={valid ? undefined : text("yearInvalid")}
    >
      <Input value={value} inputMode="numeric" onChange={(_event, data) => onChange(data.value)} />
    </Field>
  );
}

/** The agencies' returns, picked or dropped; a file with structural errors offers to be merged anyway. */
export function ReturnsPicker(
  props: Common & {
    readonly files: readonly ReturnFile[];
    readonly onFiles: (files: readonly ReturnFile[]) => void;
    /** The date sent typed for each file, as typed. */
    readonly sent: ReadonlyMap<ReturnFile, string>;
    readonly onSent: (file: ReturnFile, entry: string) => void;
    readonly flagged: ReadonlyMap<string, number>;
    readonly include: readonly string[];
    readonly onInclude: (file: string, on: boolean) => void;
  },
) {
  const { kit, text, files, onFiles } = props;
  const { Button, Text } = kit;
  const input = useRef<HTMLInputElement>(null);
  const addFiles = (picked: FileList | null) => {
    if (!picked || picked.length === 0) return;
    const added = [...picked];
    // A file picked again under the same name replaces the earlier pick: the register knows files by name.
    onFiles([...files.filter((file) => !added.some((next) => next.name === file.name)), ...added]);
  };
  return (
    // Not a Field: a Field lends its label to the first control inside, here the file's include checkbox.
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
          ref={input}
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
          <Button size="small" onClick={() => input.current?.click()}>
            {text("returnsPick")}
          </Button>
          <Text size={200} style={STYLES.muted}>
            {text("returnsDrop")}
          </Text>
        </div>
        <PickedFiles {...props} onRemove={(name) => onFiles(files.filter((file) => file.name !== name))} />
      </div>
    </Group>
  );
}

/** What the officer can do to each picked return: its sent date, including it despite errors, removing it. */
interface FileChoices {
  readonly sent: ReadonlyMap<ReturnFile, string>;
  readonly onSent: (file: ReturnFile, entry: string) => void;
  readonly flagged: ReadonlyMap<string, number>;
  readonly include: readonly string[];
  readonly onInclude: (file: string, on: boolean) => void;
  readonly onRemove: (file: string) => void;
}

function PickedFiles(props: Common & FileChoices & { readonly files: readonly ReturnFile[] }) {
  const { kit, text, files } = props;
  if (files.length === 0)
    return (
      <kit.Text size={200} style={STYLES.muted}>
        {text("returnsNone")}
      </kit.Text>
    );
  return (
    <ul style={STYLES.files} data-testid="consolidation-files">
      {files.map((file) => (
        <PickedFile key={file.name} {...props} file={file} />
      ))}
    </ul>
  );
}

function PickedFile(props: Common & FileChoices & { readonly file: ReturnFile }) {
  const { kit, text, file, sent, onSent, flagged, include, onInclude, onRemove } = props;
  const { Button, Checkbox } = kit;
  const used = sentOn(file, sent.get(file));
  const errors = flagged.get(file.name);
  return (
    <li data-file={file.name} data-sent-on={used?.on ?? ""} data-sent-source={used?.source ?? ""}>
      <div style={STYLES.file}>
        <span style={STYLES.fileName}>{file.name}</span>
        <Button
          size="small"
          appearance="subtle"
          aria-label={text("fileRemove", { file: file.name })}
          onClick={() => onRemove(file.name)}
        >
          ✕
        </Button>
      </div>
      {/* A group named by the file, so that each row's "Ngày gửi" field says whose date it is. */}
      <div role="group" aria-label={file.name}>
        <SentDateField kit={kit} text={text} file={file} entry={sent.get(file) ?? ""} onEntry={(entry) => onSent(file, entry)} />
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
}

/** Last year's report, whose yearly series continue in this one. */
export function HistoryPicker(
  props: Common & { readonly file: ReturnFile | null; readonly onChange: (file: ReturnFile | null) => void },
) {
  const { kit, text, file, onChange } = props;
  const { Button } = kit;
  const input = useRef<HTMLInputElement>(null);
  return (
    <Group kit={kit} id="consolidation-history" label={text("history")} hint={text("historyHint")}>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.csv"
        style={STYLES.hidden}
        data-testid="consolidation-history-input"
        onChange={(event) => {
          onChange(event.target.files?.[0] ?? null);
          event.target.value = "";
        }}
      />
      <div style={STYLES.file}>
        {file ? (
          <>
            <span style={STYLES.fileName}>{file.name}</span>
            <Button size="small" appearance="subtle" aria-label={text("historyRemove")} onClick={() => onChange(null)}>
              ✕
            </Button>
          </>
        ) : (
          <Button size="small" onClick={() => input.current?.click()}>
            {text("historyPick")}
          </Button>
        )}
      </div>
    </Group>
  );
}

const PROFILE_IDS = Object.keys(PROGRESS_PROFILES) as ProgressProfileId[];

/** The cut points the progress statuses are judged by: Open SDG's by default, or the UN's progress chart's. */
export function ProfileChoice(
  props: Common & {
    readonly language: "vi" | "en";
    readonly value: ProgressProfileId;
    readonly onChange: (profile: ProgressProfileId) => void;
  },
) {
  const { kit, text, language, value, onChange } = props;
  const { Field, Radio, RadioGroup } = kit;
  return (
    <Field label={text("profile")} hint={text("profileHint")}>
      <RadioGroup value={value} onChange={(_event, data) => onChange(data.value as ProgressProfileId)}>
        {PROFILE_IDS.map((id) => (
          <Radio key={id} value={id} label={PROGRESS_PROFILE_LABELS[id][language]} />
        ))}
      </RadioGroup>
    </Field>
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
