import { existsSync, readFileSync } from "fs";
import { join } from "path";
import type { Agency } from "../../domain/catalog/agency";
import type { PlanCorrections } from "../../domain/catalog/types";
import type { CatalogInputs, CatalogSourceEntry } from "./buildCatalogFiles";

/** Reads data/sources/sources.json, the plan texts, data/agencies.json and data/corrections/*.json. */
export function readCatalogInputs(root: string): CatalogInputs {
  const data = join(root, "data");
  const sources = JSON.parse(readFileSync(join(data, "sources", "sources.json"), "utf8")) as CatalogSourceEntry[];
  const texts: Record<string, string> = {};
  const corrections: Record<string, PlanCorrections> = {};
  for (const source of sources) {
    texts[source.file] = readFileSync(join(data, "sources", source.file), "utf8");
    const file = join(data, "corrections", `${source.planId}.json`);
    if (existsSync(file)) corrections[source.planId] = JSON.parse(readFileSync(file, "utf8")) as PlanCorrections;
  }
  const agencies = JSON.parse(readFileSync(join(data, "agencies.json"), "utf8")) as Agency[];
  return { sources, texts, agencies, corrections };
}
