import { useEffect, useMemo, useState } from "react";
import type { PlanCatalog } from "../../../domain/catalog/types";

/** The chosen plans' catalogues, once every one has loaded; the open plan is there from the start. */
export function useLoadedPlans(
  catalog: PlanCatalog,
  planIds: readonly string[],
  loadCatalog: (planId: string) => Promise<PlanCatalog>,
): readonly PlanCatalog[] | null {
  const [cache, setCache] = useState<ReadonlyMap<string, PlanCatalog>>(() => new Map([[catalog.id, catalog]]));
  useEffect(() => {
    let cancelled = false;
    for (const planId of planIds) {
      if (cache.has(planId)) continue;
      void loadCatalog(planId).then(
        (loaded) => !cancelled && setCache((current) => new Map(current).set(planId, loaded)),
      );
    }
    return () => {
      cancelled = true;
    };
  }, [planIds, cache, loadCatalog]);
  return useMemo(
    () => (planIds.every((id) => cache.has(id)) ? planIds.map((id) => cache.get(id)!) : null),
    [planIds, cache],
  );
}
