/**
 * npm run catalog:build — regenerates data/plans/<planId>.json and data/plans/index.json from
 * data/sources, data/agencies.json and data/corrections. Prints per-plan counts and review totals.
 */
import { mkdirSync, writeFileSync } from "fs";
import { dirname, join } from "path";
import { buildCatalogFiles } from "../src/cli/catalog/buildCatalogFiles";
import { readCatalogInputs } from "../src/cli/catalog/readCatalogInputs";

const root = join(__dirname, "..");
const built = buildCatalogFiles(readCatalogInputs(root));
for (const file of built.files) {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.content, "utf8");
}
for (const [planId, stats] of Object.entries(built.stats)) {
  console.log(
    `${planId}: ${stats.goals} goals, ${stats.targets} targets, ${stats.tasks} tasks, ` +
      `${stats.reviewItems} review items, ${stats.correctionsApplied} corrections applied (${stats.family})`,
  );
}
console.log(`Wrote ${built.files.length} files to data/plans.`);
