import { enteredSubmission, fileDateSubmission, type DatedSubmission } from "../../domain/validation/timeliness";

/** A picked file as far as its date goes: File.lastModified (ms), absent or 0 when the browser does not say. */
export interface DatedFile {
  readonly lastModified?: number;
}

/** The day a file was last saved, in the officer's time zone; null without a file or when the browser does not say. */
export function fileSubmission(file: DatedFile | null): DatedSubmission | null {
  const modified = file?.lastModified ?? 0;
  return modified > 0 ? fileDateSubmission(new Date(modified)) : null;
}

/**
 * The day a return was sent: the day the officer entered when it is a real day (a file re-saved or downloaded
 * today carries the wrong date), else the file's date; null when neither is known (the open workbook has no file
 * date).
 */
export function sentOn(file: DatedFile | null, entry: string | undefined): DatedSubmission | null {
  return (entry?.trim() ? enteredSubmission(entry) : null) ?? fileSubmission(file);
}
