import { enteredSubmission, type DatedSubmission } from "../domain/validation/timeliness";
import { repeatedFlag } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { inputsNamed, type InputFile } from "./inputFiles";

/**
 * `--submitted <file>=<dd/mm/yyyy>`, repeated, as validate and consolidate take it: the day the officer received a
 * return, which wins over the file's date (a file copied from an email carries the day it was saved, not sent).
 */

export interface EnteredSubmission {
  /** The file as the officer wrote it: a path, or a name. */
  readonly file: string;
  readonly submission: DatedSubmission;
}

/** Every --submitted given, or the first one that is not <file>=<dd/mm/yyyy> with a real day. */
export function readSubmittedFlags(args: readonly string[]): EnteredSubmission[] | { readonly bad: string } {
  const entries: EnteredSubmission[] = [];
  for (const value of repeatedFlag(args, "submitted")) {
    const split = value.lastIndexOf("=");
    const submission = split > 0 ? enteredSubmission(value.slice(split + 1)) : null;
    if (!submission) return { bad: value };
    entries.push({ file: value.slice(0, split), submission });
  }
  return entries;
}

/**
 * The entered days by input (its real path), the last entry for a file winning; or the first entry that names no
 * input, or whose bare name fits several (inputsNamed).
 */
export async function enteredDates(
  io: CliIo,
  entries: readonly EnteredSubmission[],
  files: readonly InputFile[],
): Promise<Map<string, DatedSubmission> | { readonly unknown: string }> {
  const dates = new Map<string, DatedSubmission>();
  for (const entry of entries) {
    const named = await inputsNamed(io, entry.file, files);
    if ("problem" in named) return { unknown: entry.file };
    for (const file of named.files) dates.set(file.real, entry.submission);
  }
  return dates;
}

/** The day a return arrived: what the officer entered, else the file's date; null when neither is known. */
export async function submissionOf(
  io: CliIo,
  file: InputFile,
  entered: ReadonlyMap<string, DatedSubmission>,
): Promise<DatedSubmission | null> {
  const typed = entered.get(file.real);
  if (typed) return typed;
  const modified = (await io.modifiedOn?.(file.real)) ?? null;
  return modified ? { on: modified, source: "file_date" } : null;
}
