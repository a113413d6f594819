import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { bundledDataDir } from "../../src/cli/bundledDataDir";
import { memoryIo } from "./memoryIo";

/** An in-memory CliIo holding the committed data/plans and data/agencies.json where the CLI looks for them. */
export function bundledDataIo(extra: Record<string, Uint8Array | string> = {}) {
  const data = bundledDataDir();
  const files: Record<string, Uint8Array | string> = { [`${data}/agencies.json`]: readFileSync(join(data, "agencies.json")) };
  for (const name of readdirSync(join(data, "plans"))) files[`${data}/plans/${name}`] = readFileSync(join(data, "plans", name));
  return memoryIo({ ...files, ...extra });
}
