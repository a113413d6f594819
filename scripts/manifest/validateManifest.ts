import { existsSync } from "node:fs";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

/**
 * Offline manifest validation: the Office add-in XSDs (from [MS-OWEMXML], kept in ./schemas with the three
 * fixes the research note lists) plus the invariants this add-in relies on. Microsoft's online validator
 * remains available as `npm run validate:store`.
 */
export interface ManifestCheck {
  readonly valid: boolean;
  readonly errors: readonly string[];
}

const SCHEMA_DIR = path.join(__dirname, "schemas");
const ROOT_SCHEMA = "OfficeAppManifestV1_1.xsd";

export async function validateManifest(xml: string): Promise<ManifestCheck> {
  const schemaFiles = (await readdir(SCHEMA_DIR)).filter((name) => name.endsWith(".xsd"));
  const preload = await Promise.all(
    schemaFiles
      .filter((name) => name !== ROOT_SCHEMA)
      .map(async (fileName) => ({ fileName, contents: await readFile(path.join(SCHEMA_DIR, fileName), "utf8") })),
  );
  const result = await validateXML({
    xml: [{ fileName: "manifest.xml", contents: xml }],
    schema: [{ fileName: ROOT_SCHEMA, contents: await readFile(path.join(SCHEMA_DIR, ROOT_SCHEMA), "utf8") }],
    preload,
  });
  const errors = [
    ...result.errors.map((error) => `XSD: ${error.rawMessage.trim()}`),
    ...checkInvariants(xml),
  ];
  return { valid: errors.length === 0, errors };
}

/** What the XSD cannot say: this add-in's own promises about its manifest. */
export function checkInvariants(xml: string): string[] {
  const errors: string[] = [];
  if (!/xsi:type="TaskPaneApp"/.test(xml)) errors.push("The add-in must be a TaskPaneApp.");
  if (!/<Host\s+Name="Workbook"\s*\/>/.test(xml)) errors.push('Hosts must include <Host Name="Workbook"/> (Excel).');
  if (!/<Permissions>ReadWriteDocument<\/Permissions>/.test(xml)) {
    errors.push("Permissions must be ReadWriteDocument: the add-in writes sheets.");
  }
  if (!/<Set\s+Name="ExcelApi"\s+MinVersion="1\.\d+"\s*\/>/.test(xml)) {
    errors.push("Requirements must declare the lowest ExcelApi set the features need.");
  }
  for (const match of xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]+)"/g)) {
    if (!match[1]!.startsWith("https://")) errors.push(`URL must use https: ${match[1]}`);
  }
  const defined = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  for (const match of xml.matchAll(/resid="([^"]+)"/g)) {
    if (!defined.has(match[1]!)) errors.push(`resid "${match[1]}" is not defined under <Resources>.`);
  }
  return errors;
}

/** Without arguments: the template and, once built, the manifest in dist/ (the one staff receive). */
function manifestsToCheck(args: readonly string[]): string[] {
  if (args.length > 0) return [...args];
  const built = path.join("dist", "manifest.xml");
  return existsSync(built) ? ["manifest.xml", built] : ["manifest.xml"];
}

async function main(): Promise<void> {
  for (const file of manifestsToCheck(process.argv.slice(2))) {
    const check = await validateManifest(await readFile(file, "utf8"));
    if (check.valid) {
      console.log(`${file}: hợp lệ (valid) against the Office add-in XSDs and the add-in's invariants.`);
      continue;
    }
    console.error(`${file}: KHÔNG hợp lệ (invalid):`);
    for (const error of check.errors) console.error(`  - ${error}`);
    process.exitCode = 1;
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
