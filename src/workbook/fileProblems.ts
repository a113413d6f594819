/**
 * Why a file could not be opened or written. Codes are stable (tools and tests match on them); the words a user
 * reads live in fileProblemMessages.ts, and a code without words there does not compile.
 */
export const FILE_PROBLEM_CODES = [
  "empty_file",
  "file_too_large",
  "not_a_workbook",
  "encrypted",
  "too_large",
  "sheet_data_too_large",
  "sheet_too_large",
  "damaged",
  "read_only_format",
  "structure_protected",
] as const;

export type FileProblemCode = (typeof FILE_PROBLEM_CODES)[number];

/** Thrown by the file adapter for I/O failures (an unreadable or unwritable file); callers show its message. */
export class WorkbookFileError extends Error {
  constructor(
    readonly code: FileProblemCode,
    readonly detail: string | null = null,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "WorkbookFileError";
  }
}

export function isWorkbookFileError(error: unknown): error is WorkbookFileError {
  return error instanceof WorkbookFileError;
}
