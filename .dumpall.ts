import { readFileSync, existsSync } from "node:fs";
import { importPlan } from "./src/domain/catalog/import/importPlan";
const sources = JSON.parse(readFileSync("data/sources/sources.json", "utf8"));
const agencies = JSON.parse(readFileSync("data/agencies.json", "utf8"));
const only = process.argv[2];
for (const s of sources) {
  if (only && s.planId !== only) continue;
  const cf = `data/corrections/${s.planId}.json`;
  const corrections = existsSync(cf) ? JSON.parse(readFileSync(cf, "utf8")) : undefined;
  const t0 = performance.now();
  const r = importPlan({ planId: s.planId, text: readFileSync("data/sources/" + s.file, "utf8"), sourceName: s.file }, { agencies, corrections });
  const ms = performance.now() - t0;
  console.log(s.planId, ms.toFixed(0) + "ms", JSON.stringify({ ...r.stats, reading: undefined }));
  if (only) {
    for (const i of r.review) console.log("  R", i.code, JSON.stringify(i.subject), i.source.line, i.message.slice(0, 100), JSON.stringify(i.candidates));
    for (const t of r.catalog.targets) console.log("  T", t.code, t.quantitative, JSON.stringify(t.indicators.map(i => [i.label?.slice(0,30), i.comparator, i.value, i.valueMax, i.unit, i.year, i.direction])), t.lead.join(","));
    console.log(JSON.stringify(r.catalog.reporting), JSON.stringify(r.catalog.notes));
  }
}
