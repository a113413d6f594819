/**
 * Lists the agency names the five bundled plan documents use, so the directory's coverage can be
 * checked: `npx tsx scripts/listAgencyNames.ts [--unknown]`.
 * Prints one line per distinct name: province, count, how it resolves, the name, first place seen.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractAgencyText, provinceOfFile } from "./extractAgencyCells";
import { splitAgencyList } from "../src/domain/catalog/agencies/splitAgencyList";
import { createAgencyDirectory } from "../src/domain/catalog/agencies/agencyDirectory";
import { foldForMatching } from "../src/domain/text/normalizeVietnamese";
import type { Agency } from "../src/domain/catalog/agency";

const root = join(__dirname, "..");
const sources = join(root, "data", "sources");
const agencies = JSON.parse(readFileSync(join(root, "data", "agencies.json"), "utf8")) as Agency[];
const directory = createAgencyDirectory(agencies);
const onlyUnknown = process.argv.includes("--unknown");

interface Seen {
  province: string;
  name: string;
  count: number;
  where: string;
}
const seen = new Map<string, Seen>();
for (const file of readdirSync(sources).filter((f) => f.endsWith(".txt")).sort()) {
  const province = provinceOfFile(file);
  const { cells } = extractAgencyText(file, readFileSync(join(sources, file), "utf8"));
  for (const cell of cells) {
    for (const name of splitAgencyList(cell.text, directory)) {
      const key = `${province}|${foldForMatching(name)}`;
      const entry = seen.get(key) ?? { province, name, count: 0, where: `${file.slice(0, 3)}:${cell.line}` };
      entry.count += 1;
      seen.set(key, entry);
    }
  }
}
for (const entry of [...seen.values()].sort((a, b) => a.province.localeCompare(b.province) || b.count - a.count)) {
  const m = directory.match(entry.name, entry.province);
  if (onlyUnknown && m.kind !== "unknown") continue;
  const how = m.kind === "unknown" ? `UNKNOWN(${m.candidates.map((c) => c.id).join(",")})` : m.agency.id;
  console.log(`${entry.province}\t${entry.count}\t${how}\t${entry.name}\t${entry.where}`);
}
