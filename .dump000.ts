import { readFileSync } from "node:fs";
import { createSourceDocument } from "./src/domain/catalog/import/sourceDocument";
import { readTwoColumnTable } from "./src/domain/catalog/import/families/readTwoColumnTable";
const doc = createSourceDocument(readFileSync("/work/wt/importer/data/sources/000-thanhhoa-sdg-2017.txt", "utf8"));
const t = readTwoColumnTable(doc)!;
console.log(t.headerLine, t.pageBreaks.length);
for (const p of t.pieces) {
  const s = "text" in p ? p.text : "title" in p ? p.title : "";
  const short = s.length > 110 ? s.slice(0, 50) + " … " + s.slice(-55) : s;
  console.log(p.line, p.kind, "code" in p ? p.code : "letter" in p ? p.letter : "", "|", short);
}
