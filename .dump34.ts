import { readFileSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { importTsvAppendix } from "./src/domain/catalog/import/families/importTsvAppendix";
const resolver = { split: (t: string) => t.split(/\s*[;]\s*/), resolve: () => ({ id: null, candidates: [] }) };
for (const f of ["003-thanhhoa-nq58-2021.txt", "004-thanhhoa-green-growth-2023.txt"]) {
const doc = createSourceDocument(readFileSync("data/sources/" + f, "utf8"));
const d = importTsvAppendix(doc, resolver)!;
console.log(f, d.goals.length, d.tasks.length, d.stats);
for (const r of d.review) console.log(r.code, JSON.stringify(r.subject), r.source.line);
for (const g of d.goals) console.log("G", g.code, g.title.slice(0, 60));
for (const t of d.tasks) console.log(t.id, t.source.line, "|", t.group?.slice(0, 15), "|", t.leadNames.map(n=>n.name).join(" + ").slice(0,60), "|", t.dueText, "|", t.outputsText?.slice(0,40));
}
