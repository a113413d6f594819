import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { BUILD_INFO_FILE } from "./buildInfo.cjs";

/** What `npm run build` reads, relative to the project root: a change to any of them makes dist/ stale. */
export const BUILD_INPUTS: readonly string[] = [
  "src",
  "data",
  "assets",
  "manifest.xml",
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.json",
  "scripts/manifest/manifestForHost.cjs",
];

export type BuildFreshness =
  | { readonly fresh: true }
  | { readonly fresh: false; readonly reason: "no-build" }
  /** `changed` is the newest input, relative to the root. */
  | { readonly fresh: false; readonly reason: "sources-changed"; readonly changed: string };

/**
 * Whether dist/ was built after the last change to the build's inputs, by modification time: the build
 * writes dist/build-info.json last-thing every time, even when no bundle changed.
 */
export async function checkBuildFreshness(root: string, inputs: readonly string[] = BUILD_INPUTS): Promise<BuildFreshness> {
  const dist = path.join(root, "dist");
  const builtAt = await modifiedAt(path.join(dist, BUILD_INFO_FILE));
  if (builtAt === undefined || (await modifiedAt(path.join(dist, "taskpane.html"))) === undefined) {
    return { fresh: false, reason: "no-build" };
  }
  const newest = await newestFile(root, inputs);
  if (newest && newest.modifiedMs > builtAt) return { fresh: false, reason: "sources-changed", changed: newest.file };
  return { fresh: true };
}

async function modifiedAt(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return undefined;
  }
}

interface DatedFile {
  readonly file: string;
  readonly modifiedMs: number;
}

/**
 * The most recently modified entry among `inputs` and, for folders, everything under them; missing inputs are
 * skipped. Folders count too: deleting or renaming a file changes only its folder's date.
 */
async function newestFile(root: string, inputs: readonly string[]): Promise<DatedFile | undefined> {
  let newest: DatedFile | undefined;
  for (const input of inputs) {
    for (const file of await entriesUnder(root, input)) {
      const modifiedMs = await modifiedAt(path.join(root, file));
      if (modifiedMs !== undefined && (!newest || modifiedMs > newest.modifiedMs)) newest = { file, modifiedMs };
    }
  }
  return newest;
}

async function entriesUnder(root: string, input: string): Promise<string[]> {
  const info = await stat(path.join(root, input)).catch(() => undefined);
  if (!info) return [];
  if (!info.isDirectory()) return [input];
  const entries = await readdir(path.join(root, input));
  const nested = await Promise.all(entries.map((name) => entriesUnder(root, path.join(input, name))));
  return [input, ...nested.flat()];
}
