import { safeLocalStorage } from "../browserStorage";

const STORAGE_KEY = "plan-tracker.reviewer";

/** The name the officer last signed a review decision with, kept in this browser (Office webviews included). */
export function loadReviewerName(storage: Pick<Storage, "getItem"> | undefined = safeLocalStorage()): string {
  try {
    return storage?.getItem(STORAGE_KEY) ?? "";
  } catch {
    return "";
  }
}

export function saveReviewerName(name: string, storage: Pick<Storage, "setItem"> | undefined = safeLocalStorage()): void {
  try {
    storage?.setItem(STORAGE_KEY, name);
  } catch {
    // Storage may be blocked; the officer types the name again next time.
  }
}
