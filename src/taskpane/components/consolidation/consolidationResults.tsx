import { templateErrorMessage } from "../../../domain/templates/templateMessages";
import { fileProblemText } from "../../fileProblemText";
import type { ConsolidationText } from "../../i18n/consolidationMessages";
import type { TemplateKit } from "../templates/templateKit";
import { chartsOf } from "./chartData";
import { ChaseList, RegisterCounts, RegisterTable, UnmatchedFiles } from "./consolidationParts";
import type { ConsolidationOutcome, Written } from "./runConsolidation";
import { StackedBarChart } from "./StackedBarChart";

/** What a run shows: its outcome with the unreadable files' reasons, or a failure no outcome describes (a bug). */
export type Shown =
  | (ConsolidationOutcome & { readonly reasons: ReadonlyMap<string, string> })
  | { readonly kind: "failed"; readonly detail: string };

type Intent = "error" | "warning" | "success" | "info";

function notice(kit: TemplateKit, intent: Intent, message: string, key?: string) {
  const { MessageBar, MessageBarBody } = kit;
  return (
    <MessageBar key={key} intent={intent} layout="multiline" data-testid="consolidation-outcome">
      <MessageBarBody>{message}</MessageBarBody>
    </MessageBar>
  );
}

export function Results({
  kit,
  shown,
  text,
  language,
}: {
  readonly kit: TemplateKit;
  readonly shown: Shown;
  readonly text: ConsolidationText;
  /** The pane's: the charts' titles and series follow it. */
  readonly language: "vi" | "en";
}) {
  if (shown.kind === "failed") return notice(kit, "error", text("failed", { detail: shown.detail }));
  if (shown.kind === "error") return notice(kit, "error", templateErrorMessage(shown.error));
  const { report } = shown;
  return (
    <>
      <WrittenNotices kit={kit} written={shown.written} text={text} />
      <FileNotices kit={kit} shown={shown} text={text} />
      <RegisterCounts register={report.register} text={text} />
      <ChaseList register={report.register} text={text} />
      <RegisterTable register={report.register} text={text} />
      <UnmatchedFiles register={report.register} text={text} />
      {chartsOf(report.sheets, language).map((chart) => (
        <StackedBarChart key={chart.title} chart={chart} text={text} />
      ))}
    </>
  );
}

/** Where the report went; in Excel, the officer's sheets that had a report sheet's name and were left alone. */
function WrittenNotices({
  kit,
  written,
  text,
}: {
  readonly kit: TemplateKit;
  readonly written: Written;
  readonly text: ConsolidationText;
}) {
  if (written.kind === "file") return notice(kit, "success", text("doneFile", { fileName: written.fileName }));
  const kept = written.beside.map((entry) => text("keptSheet", { sheet: entry.sheet, used: entry.used })).join(", ");
  return (
    <>
      {notice(kit, "success", text("doneSheets", { sheets: written.sheets.map((sheet) => `“${sheet}”`).join(", ") }))}
      {written.beside.length > 0 && (
        <kit.MessageBar intent="info" layout="multiline" data-testid="consolidation-kept">
          <kit.MessageBarBody>{text("keptSheets", { sheets: kept })}</kit.MessageBarBody>
        </kit.MessageBar>
      )}
    </>
  );
}

/** Returns that could not be read, and what became of last year's report. */
function FileNotices({
  kit,
  shown,
  text,
}: {
  readonly kit: TemplateKit;
  readonly shown: Extract<Shown, { kind: "done" }>;
  readonly text: ConsolidationText;
}) {
  const { unreadable, history, reasons } = shown;
  return (
    <>
      {unreadable.map((file) =>
        notice(
          kit,
          "warning",
          text("unreadable", { file: file.file, reason: reasons.get(file.file) ?? "" }),
          file.file,
        ),
      )}
      {history.kind === "found" && notice(kit, "info", text("historyFound", { file: history.file }))}
      {history.kind === "not_found" && notice(kit, "warning", text("historyNotFound", { file: history.file }))}
      {history.kind === "unreadable" &&
        notice(
          kit,
          "warning",
          text("historyUnreadable", { file: history.file, reason: reasons.get(history.file) ?? "" }),
        )}
    </>
  );
}

/** Files the last run found structural errors in (whether or not included), with how many. */
export function structuralErrorsByFile(shown: Shown | null): ReadonlyMap<string, number> {
  const flagged = new Map<string, number>();
  if (shown?.kind !== "done") return flagged;
  for (const entry of shown.report.register.entries)
    for (const record of entry.submissions)
      if (record.structuralErrors > 0) flagged.set(record.file, record.structuralErrors);
  return flagged;
}

/** Why each unreadable file could not be opened, in the officer's language. */
export async function problemTexts(
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
