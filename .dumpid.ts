import { readFileSync, readdirSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { readIdentity } from "./src/domain/catalog/import/readIdentity";
for (const f of readdirSync("data/sources").filter(f => f.endsWith(".txt"))) {
  const id = readIdentity(createSourceDocument(readFileSync("data/sources/" + f, "utf8")));
  console.log(f, JSON.stringify({ ...id, evidence: Object.fromEntries(Object.entries(id.evidence).map(([k, v]) => [k, v.line])) }, null, 0));
}
