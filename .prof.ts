import { readFileSync } from "node:fs";
import { importPlan } from "./src/domain/catalog/import/importPlan";
const sources = JSON.parse(readFileSync("data/sources/sources.json", "utf8"));
const agencies = JSON.parse(readFileSync("data/agencies.json", "utf8"));
const texts = sources.map((s: any) => readFileSync("data/sources/" + s.file, "utf8"));
for (let round = 0; round < 3; round++) {
  const t0 = performance.now();
  const per = sources.map((s: any, i: number) => { const t = performance.now(); importPlan({ planId: s.planId, text: texts[i] }, { agencies }); return (performance.now() - t).toFixed(0); });
  console.log("round", round, (performance.now() - t0).toFixed(0), per.join(" "));
}
