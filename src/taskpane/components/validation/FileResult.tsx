import { useMemo, useState } from "react";
import type { Agency } from "../../../domain/catalog/agency";
import type { ValidationIssue } from "../../../domain/validation/validationIssue";
import type { ValidationText } from "../../i18n/validationTexts";
import { sentOn } from "../sentDate";
import { SentDateField } from "../SentDateField";
import type { ViewedCell } from "./FileView";
import { groupBySheet, issuesIn, type IssueFilter, type SheetGroup } from "./issueGroups";
import type { FileRun, ValidatedFile } from "./runValidation";
import type { ValidationKit } from "./validationKit";
import { STYLES } from "./validationPanelStyles";

export interface FileNote {
  readonly intent: "success" | "info" | "warning" | "error";
  readonly text: string;
}

export interface FileActions {
  readonly mark: (file: ValidatedFile) => void;
  readonly unmark: (file: ValidatedFile) => void;
  /** Downloads the file (standalone) or opens it in Excel. */
  readonly save: (file: ValidatedFile) => void;
  /** Shows the issue's cell: selects it in Excel, or in the panel's view of the file. */
  readonly show: (file: ValidatedFile, issue: ValidationIssue) => void;
}

export interface FileResultProps {
  readonly kit: ValidationKit;
  readonly text: ValidationText;
  readonly language: "vi" | "en";
  readonly agencies: readonly Agency[];
  readonly run: FileRun;
  readonly filter: IssueFilter;
  readonly marked: boolean;
  /** How a picked file is handed back: downloaded (standalone), opened in Excel, or not at all. */
  readonly saveAs: "download" | "openInExcel" | null;
  readonly note: FileNote | null;
  /** The cell shown in the panel's view, when it is in this file. */
  readonly current: ViewedCell | null;
  readonly actions: FileActions;
  /** The date sent the officer typed for this return, as typed. */
  readonly sent: string;
  readonly onSent: (entry: string) => void;
  /** What can be made from this file (its return to the agency), one button each. */
  readonly outputs: readonly { readonly id: string; readonly label: string; readonly disabled: boolean; readonly produce: () => void }[];
}

/** Issues shown per sheet before "show more": a return of 400 rows left empty has over a thousand. */
const PAGE = 100;

/** One file: its progress, or its identity, counts, mark buttons and issues grouped by sheet. */
export function FileResult(props: FileResultProps) {
  const { kit, text, run } = props;
  const name = run.source.name;
  const file = run.source.kind === "file" ? run.source.file : null;
  const used = sentOn(file, props.sent);
  const changed = run.state === "validated" && (used?.on ?? null) !== (run.submitted?.on ?? null);
  return (
    <section aria-label={name} style={STYLES.file} data-testid="validation-file" data-sent-on={used?.on ?? ""} data-sent-source={used?.source ?? ""}>
      <h4 style={STYLES.fileHeading}>{name}</h4>
      <SentDateField kit={kit} text={text} file={file} entry={props.sent} onEntry={props.onSent} />
      {changed && (
        <kit.Text size={200} style={STYLES.muted}>
          {text("sentChanged", { action: text("recheck") })}
        </kit.Text>
      )}
      {run.state === "waiting" && (
        <kit.Text size={200} style={STYLES.muted}>
          {text("stateWaiting")}
        </kit.Text>
      )}
      {run.state === "checking" && <kit.Spinner size="extra-tiny" labelPosition="after" label={text("stateChecking")} />}
      {run.state === "unreadable" && (
        <kit.MessageBar intent="warning" layout="multiline">
          <kit.MessageBarBody>{text("stateUnreadable", { reason: run.reason })}</kit.MessageBarBody>
        </kit.MessageBar>
      )}
      {run.state === "validated" && <Validated {...props} run={run} />}
    </section>
  );
}

function Validated(props: FileResultProps & { readonly run: ValidatedFile }) {
  const { kit, text, language, run, filter, actions, note } = props;
  const { Button, MessageBar, MessageBarBody, Text } = kit;
  const issues = useMemo(() => issuesIn(run.result.validation.issues, language), [run, language]);
  const groups = useMemo(() => groupBySheet(issues, filter), [issues, filter]);
  const { errors, warnings } = run.result.validation.summary;
  const identity = identityLine(run, props.agencies, text);
  return (
    <>
      {identity && (
        <Text size={200} style={STYLES.muted}>
          {identity}
        </Text>
      )}
      <Text size={200} weight="semibold">
        {issues.length === 0 ? text("clean") : text("counts", { errors, warnings })}
      </Text>
      {issues.length > 0 && (
        <div style={STYLES.row}>
          <Button size="small" onClick={() => actions.mark(run)}>
            {text("mark")}
          </Button>
          <Button size="small" onClick={() => actions.unmark(run)}>
            {text("unmark")}
          </Button>
          {run.workbook && props.saveAs && (
            <Button size="small" appearance={props.marked ? "primary" : "secondary"} onClick={() => actions.save(run)}>
              {text(props.saveAs)}
            </Button>
          )}
          {props.outputs.map((output) => (
            <Button key={output.id} size="small" disabled={output.disabled} onClick={output.produce}>
              {output.label}
            </Button>
          ))}
        </div>
      )}
      {note && (
        <MessageBar intent={note.intent} layout="multiline">
          <MessageBarBody>{note.text}</MessageBarBody>
        </MessageBar>
      )}
      {issues.length > 0 && groups.length === 0 && (
        <Text size={200} style={STYLES.muted}>
          {text("noMatch")}
        </Text>
      )}
      {groups.map((group) => (
        <SheetIssues key={group.sheet ?? ""} {...props} group={group} run={run} />
      ))}
    </>
  );
}

function SheetIssues(props: FileResultProps & { readonly run: ValidatedFile; readonly group: SheetGroup }) {
  const { kit, text, group, run, current, actions } = props;
  const [limit, setLimit] = useState(PAGE);
  const title = group.sheet ?? text("wholeFile");
  return (
    <>
      <h5 style={STYLES.sheetHeading}>
        {title} · {text("counts", { errors: group.errors, warnings: group.warnings })}
      </h5>
      <ul style={STYLES.list} aria-label={title}>
        {group.shown.slice(0, limit).map((issue, index) => (
          <li key={`${issue.code}|${issue.cell ?? ""}|${index}`} data-code={issue.code}>
            <IssueItem
              text={text}
              issue={issue}
              current={current !== null && current.sheet === issue.sheet && current.cell === issue.cell?.split(":")[0]}
              onShow={() => actions.show(run, issue)}
            />
          </li>
        ))}
      </ul>
      {group.shown.length > limit && (
        <kit.Button size="small" appearance="subtle" onClick={() => setLimit(limit + PAGE)}>
          {text("showMore", { count: Math.min(PAGE, group.shown.length - limit) })}
        </kit.Button>
      )}
    </>
  );
}

/** An issue: a button when it has a cell to show, plain text when it concerns a whole sheet or file. */
function IssueItem({ text, issue, current, onShow }: { readonly text: ValidationText; readonly issue: ValidationIssue; readonly current: boolean; readonly onShow: () => void }) {
  const body = (
    <>
      <span style={issue.severity === "error" ? STYLES.error : STYLES.warning}>{text(issue.severity)}</span>
      <span style={STYLES.cell}>{issue.cell ?? "—"}</span>
      <span style={STYLES.issueText}>
        <span>{issue.message}</span>
        {issue.hint && <span style={STYLES.muted}>{issue.hint}</span>}
      </span>
    </>
  );
  if (issue.sheet === null || issue.cell === null) return <div style={STYLES.issue}>{body}</div>;
  return (
    <button type="button" style={{ ...STYLES.issue, ...STYLES.clickable, ...(current ? STYLES.current : {}) }} aria-current={current || undefined} data-cell={issue.cell} onClick={onShow}>
      {body}
    </button>
  );
}

/** Whose return the file is, as far as the validator could tell. */
function identityLine(run: ValidatedFile, agencies: readonly Agency[], text: ValidationText): string | null {
  const template = run.result.template;
  if (!template) return null;
  if (template.source === "headers") return text("templateByHeaders");
  if (!template.agency || !template.year) return null;
  const agency = agencies.find((entry) => entry.id === template.agency)?.name ?? template.agency;
  return text("templateOf", { agency, year: String(template.year) });
}
