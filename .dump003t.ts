import { readFileSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { readProseTargets } from "./src/domain/catalog/import/readProseTargets";
const doc = createSourceDocument(readFileSync("data/sources/003-thanhhoa-nq58-2021.txt", "utf8"));
for (const t of readProseTargets(doc, 308)) console.log(t.code, t.year, t.source.line, "|", t.text);
