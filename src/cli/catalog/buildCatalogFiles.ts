import type { Agency } from "../../domain/catalog/agency";
import { importPlan, type ImportStats } from "../../domain/catalog/import/importPlan";
import type { PlanCatalog, PlanCorrections } from "../../domain/catalog/types";

/**
 * The bundled catalogues as file contents: data/plans/<planId>.json for every plan of
 * data/sources/sources.json, and data/plans/index.json for the plan picker. Pure, so the
 * build script writes them and a test regenerates them in memory to diff with the committed ones.
 */
export interface CatalogSourceEntry {
  readonly planId: string;
  readonly file: string;
  readonly label?: string;
  readonly province?: string;
}

export interface CatalogInputs {
  readonly sources: readonly CatalogSourceEntry[];
  /** Plan text by source file name. */
  readonly texts: Readonly<Record<string, string>>;
  readonly agencies: readonly Agency[];
  /** Corrections by plan id (data/corrections/<planId>.json), when a plan has some. */
  readonly corrections: Readonly<Record<string, PlanCorrections>>;
}

export interface CatalogFile {
  /** Path relative to the repository root, with forward slashes. */
  readonly path: string;
  readonly content: string;
}

export interface PlanIndexEntry {
  readonly id: string;
  readonly title: string;
  readonly province: string;
  readonly label: string | null;
  readonly documentNumber: string | null;
  readonly issuedOn: string | null;
  readonly counts: { readonly goals: number; readonly targets: number; readonly tasks: number; readonly reviewItems: number };
}

export interface BuiltCatalogs {
  readonly files: readonly CatalogFile[];
  readonly catalogs: readonly PlanCatalog[];
  readonly stats: Readonly<Record<string, ImportStats>>;
}

/** Pretty JSON with a trailing newline; key order is the order the importer builds objects in. */
export function toJsonFile(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function buildCatalogFiles(inputs: CatalogInputs): BuiltCatalogs {
  const files: CatalogFile[] = [];
  const catalogs: PlanCatalog[] = [];
  const stats: Record<string, ImportStats> = {};
  const index: PlanIndexEntry[] = [];
  for (const source of inputs.sources) {
    const text = inputs.texts[source.file];
    if (text === undefined) throw new Error(`No text for ${source.file}`);
    const corrections = inputs.corrections[source.planId];
    const result = importPlan(
      { planId: source.planId, text, sourceName: source.file },
      { agencies: inputs.agencies, ...(corrections ? { corrections } : {}) },
    );
    catalogs.push(result.catalog);
    stats[source.planId] = result.stats;
    files.push({ path: `data/plans/${source.planId}.json`, content: toJsonFile(result.catalog) });
    index.push({
      id: result.catalog.id,
      title: result.catalog.title,
      province: result.catalog.province,
      label: source.label ?? null,
      documentNumber: result.catalog.documentNumber,
      issuedOn: result.catalog.issuedOn,
      counts: {
        goals: result.catalog.goals.length,
        targets: result.catalog.targets.length,
        tasks: result.catalog.tasks.length,
        reviewItems: result.catalog.review.length,
      },
    });
  }
  files.push({ path: "data/plans/index.json", content: toJsonFile(index) });
  return { files, catalogs, stats };
}
