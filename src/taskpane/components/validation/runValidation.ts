import type { ValidationSettings } from "../../../domain/validation/validationRules";
import { MAX_INPUT_BYTES } from "../../../workbook/fileLimits";
import { WorkbookFileError } from "../../../workbook/fileProblems";
import type { WorkbookPort } from "../../../workbook/port";
import type { DatedSubmission } from "../../../domain/validation/timeliness";
import { checkDuplicateSubmissions, validateWorkbookReturn, type ValidatedReturn, type ValidationSources } from "../../../workflows/validateReturn";
import type { PickedFile } from "../../runtime/paneRuntime";
import { sentOn } from "../sentDate";

/**
 * What is validated: the workbook open in Excel, or a file the officer picked or dropped (opened in memory). `sent`
 * is the date sent the officer typed (dd/mm/yyyy), which wins over the file's date when it is a real day (sentOn).
 */
export type ReturnSource = (
  | { readonly kind: "active"; readonly name: string; readonly port: WorkbookPort }
  | { readonly kind: "file"; readonly name: string; readonly file: PickedFile }
) & { readonly sent?: string };

/** A file opened in memory by the file adapter: its bytes can be written back (for .xlsx). */
export interface InMemoryWorkbook extends WorkbookPort {
  toBuffer(): Promise<Uint8Array>;
}

/** A validated return and the workbook it was read from, kept for marking and showing cells. */
export interface ValidatedFile {
  readonly state: "validated";
  readonly source: ReturnSource;
  readonly result: ValidatedReturn;
  readonly port: WorkbookPort;
  /** The in-memory workbook, for files: its bytes can be downloaded; null for the open Excel workbook. */
  readonly workbook: InMemoryWorkbook | null;
  /** The day it was judged sent (submitted_late, the newer of two returns); null when unknown. */
  readonly submitted: DatedSubmission | null;
}

/** One file's progress: waiting, being checked, validated, or why it could not be read. */
export type FileRun =
  | { readonly state: "waiting" | "checking"; readonly source: ReturnSource }
  | ValidatedFile
  | { readonly state: "unreadable"; readonly source: ReturnSource; readonly reason: string };

export interface RunOptions {
  readonly sources: ValidationSources;
  readonly expected: { readonly agency: string | null; readonly year: number | null };
  readonly settings: ValidationSettings;
  /** ISO date of today. */
  readonly today: string;
  /** Opens a file's bytes with the file adapter (loaded lazily by the caller). */
  readonly open: (bytes: ArrayBuffer, fileName: string) => Promise<InMemoryWorkbook>;
  /** Why a file could not be read, in one sentence in the officer's language. */
  readonly reasonOf: (error: unknown) => Promise<string>;
  /** Called with every file's state after each change. */
  readonly onProgress: (runs: readonly FileRun[]) => void;
  /** Lets the browser paint between files; a macrotask by default. */
  readonly yieldToUi?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Validates the returns one after another, yielding to the UI between them so progress shows, then checks them
 * together for an agency that sent twice. A file that cannot be read gets its reason; the others go on.
 */
export async function runValidation(sources: readonly ReturnSource[], options: RunOptions): Promise<FileRun[]> {
  const runs: FileRun[] = sources.map((source) => ({ state: "waiting", source }));
  const { yieldToUi = nextTask } = options;
  for (const [index, source] of sources.entries()) {
    runs[index] = { state: "checking", source };
    options.onProgress([...runs]);
    await yieldToUi();
    runs[index] = await validateOne(source, options);
  }
  const checked = withDuplicates(runs);
  options.onProgress(checked);
  return checked;
}

async function validateOne(source: ReturnSource, options: RunOptions): Promise<FileRun> {
  try {
    // Refused before arrayBuffer(), as the standalone runtime does: a huge file would take the tab's memory first.
    if (source.kind === "file" && source.file.size > MAX_INPUT_BYTES) throw new WorkbookFileError("file_too_large", source.name);
    const workbook = source.kind === "file" ? await options.open(await source.file.arrayBuffer(), source.name) : null;
    const port = workbook ?? (source as Extract<ReturnSource, { kind: "active" }>).port;
    const submitted = sentOn(source.kind === "file" ? source.file : null, source.sent);
    const result = await validateWorkbookReturn(port, {
      file: source.name,
      sources: options.sources,
      expected: options.expected,
      settings: options.settings,
      today: options.today,
      submitted,
    });
    return { state: "validated", source, result, port, workbook, submitted };
  } catch (error) {
    return { state: "unreadable", source, reason: await options.reasonOf(error) };
  }
}

/** duplicate_submission across the validated returns: the newest of an agency (by date sent, else picked later) kept. */
function withDuplicates(runs: readonly FileRun[]): FileRun[] {
  const validated = runs.flatMap((run) => (run.state === "validated" ? [run] : []));
  const checked = checkDuplicateSubmissions(
    validated.map((run) => run.result),
    validated.map((run) => run.submitted?.on ?? null),
  );
  return runs.map((run) => (run.state === "validated" ? { ...run, result: checked[validated.indexOf(run)]! } : run));
}
