/**
 * Lists the agency names the five bundled plan documents use and how the directory resolves them:
 *   npx tsx scripts/listAgencyNames.ts            every distinct name per province
 *   npx tsx scripts/listAgencyNames.ts --unknown  only names that do not resolve, and uncovered prose
 * Columns: province, uses, agency id (or UNKNOWN(candidates)), the name, first file:line seen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { agencyCoverage } from "./agencyCoverage";
import { createAgencyDirectory } from "../src/domain/catalog/agencies/agencyDirectory";
import { foldForMatching } from "../src/domain/text/normalizeVietnamese";
import type { Agency } from "../src/domain/catalog/agency";

const root = join(__dirname, "..");
const agencies = JSON.parse(readFileSync(join(root, "data", "agencies.json"), "utf8")) as Agency[];
const directory = createAgencyDirectory(agencies);
const onlyUnknown = process.argv.includes("--unknown");
const coverage = agencyCoverage(join(root, "data", "sources"), directory);

interface Seen {
  readonly line: string;
  count: number;
}
const seen = new Map<string, Seen>();
for (const use of coverage.names) {
  if (onlyUnknown && use.match.kind !== "unknown") continue;
  const key = `${use.province}|${foldForMatching(use.name)}`;
  const how = use.match.kind === "unknown" ? `UNKNOWN(${use.match.candidates.map((c) => c.id).join(",")})` : use.match.agency.id;
  const entry = seen.get(key) ?? { line: `${how}\t${use.name}\t${use.cell.file.slice(0, 3)}:${use.cell.line}`, count: 0 };
  entry.count += 1;
  seen.set(key, entry);
}
const rows = [...seen].sort(([a], [b]) => a.localeCompare(b));
for (const [key, entry] of rows) console.log(`${key.split("|")[0]}\t${entry.count}\t${entry.line}`);
console.log(`# ${coverage.cells.length} cells, ${coverage.names.length} names, ${rows.length} distinct per province`);
for (const m of [...coverage.unresolvedMentions, ...coverage.uncoveredMentions]) {
  console.log(`PROSE\t${m.file.slice(0, 3)}:${m.line}\t${m.text}`);
}
