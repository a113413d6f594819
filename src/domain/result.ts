import type { Issue } from "./issue";

/** The outcome of parsing user data: a value (possibly with warnings) or only issues. Never thrown. */
export type ParseResult<T> =
  | { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] }
  | { readonly ok: false; readonly value?: never; readonly issues: readonly Issue[] };

export function succeed<T>(value: T, issues: readonly Issue[] = []): ParseResult<T> {
  return { ok: true, value, issues };
}

export function fail<T>(issues: readonly Issue[]): ParseResult<T> {
  return { ok: false, issues };
}

/** Marks a branch the compiler proves unreachable; reaching it at run time is a bug. */
export function assertNever(value: never, what = "value"): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}
