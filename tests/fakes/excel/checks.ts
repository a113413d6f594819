import { officeError } from "./errors";

/** Argument checks the host applies at sync; each failure is InvalidArgument at `location`. */
export function expectBoolean(value: unknown, location: string): boolean {
  if (typeof value !== "boolean") throw officeError("InvalidArgument", location, `expected a boolean, got ${JSON.stringify(value)}`);
  return value;
}

export function expectNumber(value: unknown, location: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw officeError("InvalidArgument", location, `expected a number in [${min}, ${max}], got ${JSON.stringify(value)}`);
  }
  return value;
}

export function expectString(value: unknown, location: string, maxLength = 32_767): string {
  if (typeof value !== "string" || value.length > maxLength) {
    throw officeError("InvalidArgument", location, `expected text of at most ${maxLength} characters, got ${JSON.stringify(value)?.slice(0, 80)}`);
  }
  return value;
}

/** The fake accepts colours as "#RRGGBB" only (Excel also takes names such as "red"; the adapter never sends them). */
export function expectColor(value: unknown, location: string): string {
  if (typeof value !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(value)) {
    throw officeError("InvalidArgument", location, `expected a colour "#RRGGBB", got ${JSON.stringify(value)}`);
  }
  return value.toUpperCase();
}

export function expectOneOf<V extends string>(value: unknown, location: string, allowed: readonly V[]): V {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    throw officeError("InvalidArgument", location, `expected one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  }
  return value as V;
}

export function expectRecord(value: unknown, location: string): Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw officeError("InvalidArgument", location, `expected an object, got ${JSON.stringify(value)}`);
  }
  return value as Record<string, unknown>;
}
