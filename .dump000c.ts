import { readFileSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { importTwoColumnTable } from "./src/domain/catalog/import/families/importTwoColumnTable";
import { createAgencyResolver } from "./src/domain/catalog/import/agencyResolver";
const doc = createSourceDocument(readFileSync("data/sources/000-thanhhoa-sdg-2017.txt", "utf8"));
const resolver = createAgencyResolver(JSON.parse(readFileSync("data/agencies.json", "utf8")), "thanhhoa");
const d = importTwoColumnTable(doc, resolver)!;
console.log(d.goals.length, d.targets.length, d.tasks.length, d.stats, d.statedTotalTargets);
for (const r of d.review) if (r.code !== "missing_assignment_block") console.log(r.code, JSON.stringify(r.subject), r.source.line, JSON.stringify(r.candidates), JSON.stringify(r.params));
console.log(d.review.filter(r => r.code === "missing_assignment_block").map(r => r.subject.id).join(" "));
const unknown = new Set<string>();
for (const t of d.tasks) { for (const n of t.leadNames) if (!resolver.resolve(n.name).id) unknown.add("L:" + n.name); for (const n of resolver.split(t.partnersText ?? "")) if (!resolver.resolve(n.name).id) unknown.add("P:" + n.name); }
console.log([...unknown]);
