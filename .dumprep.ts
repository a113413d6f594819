import { readFileSync, readdirSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { readReportingRegime } from "./src/domain/catalog/import/readReportingRegime";
for (const f of readdirSync("data/sources").filter(f => f.endsWith(".txt"))) {
  const r = readReportingRegime(createSourceDocument(readFileSync("data/sources/" + f, "utf8")));
  console.log(f, JSON.stringify({ ...r, evidence: r.evidence.map(e => e.line), reviewEvidence: r.reviewEvidence.map(e => e.line + ":" + e.quote.slice(0, 60)) }));
}
