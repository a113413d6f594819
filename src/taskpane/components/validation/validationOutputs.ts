import type { Agency } from "../../../domain/catalog/agency";
import type { Language } from "../../../domain/validation/validationMessages";
import type { WorkbookPort } from "../../../workbook/port";
import { resultsEntry, returnFileForAgency, writeResultsSheet, type ReturnFile, type SavablePort, type WrittenResults } from "../../../workflows/validationOutputs";
import type { ValidationText, ValidationTextKey } from "../../i18n/validationTexts";
import type { FileNote } from "./FileResult";
import type { FileRun, ValidatedFile } from "./runValidation";

/** What an output of a validation run can use: the files as validated, and where files go. */
export interface OutputContext {
  readonly runs: readonly FileRun[];
  readonly language: Language;
  readonly text: ValidationText;
  readonly agencies: readonly Agency[];
  /** ISO date of the check. */
  readonly checkedOn: string;
  /** Excel: the open workbook; null in standalone mode (the results go to a new file there). */
  readonly openWorkbook: WorkbookPort | null;
  /** Standalone: hands bytes to the browser as a download; null in Excel. */
  readonly save: ((fileName: string, bytes: Uint8Array) => void) | null;
  /** Excel: opens .xlsx bytes as a new workbook; null where the host cannot. */
  readonly openNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /** Opens a file's bytes with the file adapter (its chunk loaded on first use). */
  readonly openFile: (bytes: ArrayBuffer, fileName: string) => Promise<SavablePort>;
  /** A new, empty .xlsx workbook from the file adapter. */
  readonly newWorkbook: () => Promise<SavablePort>;
  /** Shows what is being built, null when done. */
  readonly progress: (label: string | null) => void;
  /** Tells the pane the open workbook changed (after writing to it). */
  readonly changed: () => void;
}

/** What an output tells the officer: one sentence, a success unless it says otherwise. */
export type OutputNote = string | FileNote;

/** A button under the results that makes something from them. */
export interface ValidationOutput {
  readonly id: string;
  /** A text of the section, or the words themselves in each language. */
  readonly label: ValidationTextKey | Readonly<Record<Language, string>>;
  readonly available: (context: OutputContext) => boolean;
  /** Makes the output; resolves to one sentence telling the officer what was made and where. */
  readonly produce: (context: OutputContext) => Promise<OutputNote>;
}

/** A button on one validated file. */
export interface FileOutput {
  readonly id: string;
  readonly label: ValidationTextKey;
  readonly available: (file: ValidatedFile, context: OutputContext) => boolean;
  readonly produce: (file: ValidatedFile, context: OutputContext) => Promise<OutputNote>;
}

const validatedRuns = (context: OutputContext): ValidatedFile[] => context.runs.flatMap((run) => (run.state === "validated" ? [run] : []));

/** Files picked or dropped (the open workbook is returned by Excel itself, not by the add-in). */
const pickedRuns = (context: OutputContext) => validatedRuns(context).filter((run) => run.source.kind === "file");

function resultsSentence(written: WrittenResults, text: ValidationText): string {
  const done = text(written.updated ? "resultsUpdated" : "resultsWritten", { sheet: written.sheet, issues: written.issues });
  return written.nameTaken ? `${done} ${text("resultsNameTaken", { name: written.nameTaken, sheet: written.sheet })}` : done;
}

/**
 * "Ghi trang Kết quả kiểm tra": in Excel, into the open workbook, every file checked listed, the open workbook's own
 * issues linked to their cells; in standalone mode, a new workbook holding only that sheet, downloaded.
 */
export const RESULTS_SHEET_OUTPUT: ValidationOutput = {
  id: "results-sheet",
  label: "outputResultsSheet",
  available: (context) => validatedRuns(context).length > 0 && (context.openWorkbook !== null || context.save !== null),
  produce: async (context) => {
    const { text } = context;
    context.progress(text("buildingResults"));
    try {
      const target = context.openWorkbook ?? (await context.newWorkbook());
      const sheetsHere = context.openWorkbook ? (await target.inspect()).sheets.map((sheet) => sheet.name) : [];
      const entries = validatedRuns(context).map((run) =>
        resultsEntry(run.result, context.agencies, run.source.kind === "active" ? sheetsHere : undefined),
      );
      const written = await writeResultsSheet(target, entries, { language: context.language, checkedOn: context.checkedOn });
      if (context.openWorkbook) {
        context.changed();
        return resultsSentence(written, text);
      }
      const fileName = `ket-qua-kiem-tra-${context.checkedOn}.xlsx`;
      context.save!(fileName, await (target as SavablePort).toBuffer());
      return text("resultsDownloaded", { fileName, issues: written.issues, files: entries.length });
    } finally {
      context.progress(null);
    }
  },
};

/** The agency's file built from its bytes again, so the pane's copy (shown, maybe marked) stays as it is. */
async function buildReturnFile(run: ValidatedFile, context: OutputContext): Promise<ReturnFile> {
  if (run.source.kind !== "file") throw new Error("Only a picked file is returned to its agency");
  const port = await context.openFile(await run.source.file.arrayBuffer(), run.source.name);
  return returnFileForAgency(port, run.result, { language: context.language, agencies: context.agencies, checkedOn: context.checkedOn });
}

function readOnlyNote(run: ValidatedFile, format: string | null, text: ValidationText): FileNote {
  return { intent: "warning", text: text("readOnlyFormat", { name: run.source.name, format: `.${format ?? "?"}` }) };
}

/** "Tải tệp trả lại cho cơ quan": the agency's own file, problems marked and listed, downloaded or opened in Excel. */
export const RETURN_FILE_OUTPUT: FileOutput = {
  id: "return-file",
  label: "outputReturnFile",
  available: (file, context) => file.source.kind === "file" && (context.save !== null || context.openNewWorkbook !== null),
  produce: async (run, context) => {
    const { text } = context;
    context.progress(text("buildingOne", { name: run.source.name }));
    try {
      const built = await buildReturnFile(run, context);
      if (!built.ok) return readOnlyNote(run, built.format, text);
      const values = { fileName: built.fileName, count: built.markedCells };
      if (context.save) {
        context.save(built.fileName, built.bytes);
        return text("returnFileDownloaded", values);
      }
      await context.openNewWorkbook!(built.bytes);
      return text("returnFileOpened", values);
    } finally {
      context.progress(null);
    }
  },
};

/** "Tải tất cả (.zip)": every picked file's return in one archive; the .xls/.ods ones named, with what to do. */
export const RETURN_FILES_ZIP_OUTPUT: ValidationOutput = {
  id: "return-files-zip",
  label: "outputReturnZip",
  available: (context) => context.save !== null && pickedRuns(context).length > 0,
  produce: async (context) => {
    const { text } = context;
    const runs = pickedRuns(context);
    const files = new Map<string, Uint8Array>();
    const readOnly: string[] = [];
    try {
      for (const [index, run] of runs.entries()) {
        context.progress(text("buildingMany", { done: index + 1, total: runs.length, name: run.source.name }));
        const built = await buildReturnFile(run, context);
        if (built.ok) files.set(built.fileName, built.bytes);
        else readOnly.push(run.source.name);
      }
      if (files.size === 0) return { intent: "warning", text: text("zipNothing", { names: readOnly.join(", ") }) };
      const { zipFiles } = await import(/* webpackChunkName: "template-files" */ "../../../workflows/templateFiles");
      const fileName = `tra-lai-co-quan-${context.checkedOn}.zip`;
      context.save!(fileName, await zipFiles(files));
      const done = text("zipDownloaded", { fileName, count: files.size });
      if (readOnly.length === 0) return done;
      return { intent: "warning", text: `${done} ${text("zipSkipped", { names: readOnly.join(", ") })}` };
    } finally {
      context.progress(null);
    }
  },
};

/** The outputs offered after a run, one button each, in this order. */
export const VALIDATION_OUTPUTS: readonly ValidationOutput[] = [RESULTS_SHEET_OUTPUT, RETURN_FILES_ZIP_OUTPUT];

/** The buttons on each validated file. */
export const VALIDATION_FILE_OUTPUTS: readonly FileOutput[] = [RETURN_FILE_OUTPUT];
