import { useCallback, useEffect, useState, useSyncExternalStore } from "react";
import type { AgencySuccession } from "../../domain/catalog/agency";
import type { WorkbookSession } from "../runtime/workbookSession";
import {
  loadSuccessionEdits,
  saveSuccessionEdits,
  successionEditsEntry,
  workbookSuccessionEdits,
} from "./successionEdits";

export interface SuccessionEdits {
  readonly edits: readonly AgencySuccession[];
  /** Keeps the edits in the workbook's metadata and in this browser. */
  readonly change: (edits: readonly AgencySuccession[]) => void;
}

/**
 * The officer's successor-mapping edits: those the workbook keeps, read when it is opened; this browser's own when
 * it keeps none. A change goes to both, so a colleague opening the workbook works from the same mapping.
 */
export function useSuccessionEdits(session: WorkbookSession): SuccessionEdits {
  const { port } = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const [edits, setEdits] = useState<readonly AgencySuccession[]>(loadSuccessionEdits);

  useEffect(() => {
    let cancelled = false;
    port.inspect().then(
      (info) => !cancelled && setEdits(workbookSuccessionEdits(info.metadata) ?? loadSuccessionEdits()),
      // An unreadable workbook keeps nothing: this browser's edits apply.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [port]);

  const change = useCallback(
    (next: readonly AgencySuccession[]) => {
      setEdits(next);
      saveSuccessionEdits(next);
      session
        .getSnapshot()
        .port.apply([{ kind: "setMetadata", entries: successionEditsEntry(next) }])
        .then(
          () => session.changed(),
          // A read-only file (.ods, .csv) cannot keep them; this browser still does.
          () => undefined,
        );
    },
    [session],
  );

  return { edits, change };
}
