import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { SectionProps } from "../../src/taskpane/components/sectionProps";
import { BUNDLED_PLANS, loadBundledCatalog } from "../../src/taskpane/plans/bundledPlans";
import { createStandaloneRuntime } from "../../src/taskpane/runtime/createStandaloneRuntime";

/** What the first screen hands the pane's sections, from the bundled plans, agencies and successions. */
export function bundledSectionProps(asOf: string, language: "vi" | "en" = "vi"): SectionProps {
  return {
    plans: BUNDLED_PLANS,
    loadCatalog: loadBundledCatalog,
    agencies: bundledAgencies,
    successions: bundledSuccessions,
    asOf,
    language,
  };
}

/** The pane's runtime outside Office, and the files it has downloaded so far. */
export async function standaloneRuntime() {
  const saved: { fileName: string; bytes: Uint8Array }[] = [];
  const runtime = await createStandaloneRuntime(
    { kind: "standalone", reason: "office-unavailable" },
    (fileName, bytes) => saved.push({ fileName, bytes }),
  );
  return { runtime, saved };
}
