import type { AgencySuccession } from "../../domain/catalog/agency";
import { safeLocalStorage } from "../browserStorage";

const STORAGE_KEY = "plan-tracker.successionEdits";

/** The officer's edits to the successor mapping, kept in this browser (Office webviews included). */
export function loadSuccessionEdits(storage: Pick<Storage, "getItem"> | undefined = safeLocalStorage()): AgencySuccession[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? "[]");
    return Array.isArray(parsed) ? (parsed.filter(isSuccession) as AgencySuccession[]) : [];
  } catch {
    return [];
  }
}

export function saveSuccessionEdits(
  edits: readonly AgencySuccession[],
  storage: Pick<Storage, "setItem"> | undefined = safeLocalStorage(),
): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(edits));
  } catch {
    // Storage may be full or blocked; the edits still apply for this session.
  }
}

function isSuccession(value: unknown): boolean {
  const candidate = value as Partial<AgencySuccession> | null;
  return typeof candidate?.from === "string" && Array.isArray(candidate.to) && typeof candidate.effective === "string";
}

/** The metadata entry that keeps the edits in the workbook, so the whole department works from one mapping. */
export const SUCCESSION_EDITS_ENTRY = "successions.edits";

/** The edits a workbook keeps; null when it keeps none (then this browser's edits apply). */
export function workbookSuccessionEdits(metadata: Readonly<Record<string, string>>): AgencySuccession[] | null {
  const kept = metadata[SUCCESSION_EDITS_ENTRY];
  if (kept === undefined) return null;
  try {
    const parsed: unknown = JSON.parse(kept);
    return Array.isArray(parsed) ? (parsed.filter(isSuccession) as AgencySuccession[]) : null;
  } catch {
    return null;
  }
}

export function successionEditsEntry(edits: readonly AgencySuccession[]): Record<string, string> {
  return { [SUCCESSION_EDITS_ENTRY]: JSON.stringify(edits) };
}
