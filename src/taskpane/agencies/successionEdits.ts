import type { AgencySuccession } from "../../domain/catalog/agency";

const STORAGE_KEY = "plan-tracker.successionEdits";

/** The officer's edits to the successor mapping, kept in this browser (Office webviews included). */
export function loadSuccessionEdits(storage: Pick<Storage, "getItem"> | undefined = safeStorage()): AgencySuccession[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed.filter(isSuccession) as AgencySuccession[]) : [];
  } catch {
    return [];
  }
}

export function saveSuccessionEdits(edits: readonly AgencySuccession[], storage: Pick<Storage, "setItem"> | undefined = safeStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(edits));
  } catch {
    // Storage may be full or blocked; the edits still apply for this session.
  }
}

function safeStorage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
}

function isSuccession(value: unknown): boolean {
  const candidate = value as Partial<AgencySuccession> | null;
  return typeof candidate?.from === "string" && Array.isArray(candidate.to) && typeof candidate.effective === "string";
}
