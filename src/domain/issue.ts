/**
 * A problem found in user data, shown at its cell. Issues are plain data: rules emit
 * them with a code and parameters, and wording is added separately (see messages).
 */
export type Severity = "error" | "warning" | "info";

export interface Issue {
  /** snake_case, stable: tests and tools match on it. */
  readonly code: string;
  readonly severity: Severity;
  /** The file the issue was found in (its name as the user knows it), or null when there is only one. */
  readonly file?: string | null;
  /** Sheet name, or null when the issue concerns the whole workbook or file. */
  readonly sheet: string | null;
  /** A1 address or range ("D7", "D2:D40"), or null when no single cell applies. */
  readonly cell: string | null;
  readonly message: string;
  readonly hint: string | null;
  /** Values the message was built from, for tools and for re-rendering in another language. */
  readonly params?: Readonly<Record<string, string | number | boolean | null>>;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === "error");
}
