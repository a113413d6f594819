import path from "node:path";
import { resolveCliPath } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { terminalLine } from "./terminalText";

/** The spreadsheet files commands read returns from. */
export const RETURN_EXTENSIONS = /\.(xlsx|xls|ods|csv)$/i;

/** One file to read, once: given by name or found in a folder given. */
export interface InputFile {
  /** The path to read: as given, or the folder given joined with the name found there. */
  readonly path: string;
  /** Absolute, links followed (absolute only when the file cannot be resolved): one per file however often given. */
  readonly real: string;
  /**
   * How reports name it: its path from the folder all the files share, so that two returns of one name in different
   * folders (lan1/so-tc.xlsx, lan2/so-tc.xlsx) are told apart; a lone file's own name.
   */
  readonly shown: string;
}

export interface ListedInputs {
  readonly files: readonly InputFile[];
  /** Folders given that hold no return file. */
  readonly emptyFolders: readonly string[];
}

export interface ListOptions {
  /**
   * How many levels of subfolders to look into below a folder given: 0 reads only the folder itself. Hidden folders
   * are skipped, and so are the copies `validate --mark` writes ("…-kiem-tra.xlsx"), which are not returns.
   */
  readonly subfolders?: number;
}

/** Subfolders consolidation looks into: a folder per round of returns, or per district, and their own subfolders. */
export const SUBFOLDER_DEPTH = 3;

/**
 * The files given and the workbooks in each folder given (and its subfolders, as deep as asked), each once: a file
 * named twice, or named and also found in its folder, is read once, where it was first given.
 */
export async function listInputFiles(io: CliIo, inputs: readonly string[], options: ListOptions = {}): Promise<ListedInputs> {
  const files: InputFile[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = await realOf(io, file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path: file, real, shown: "" });
  };
  for (const input of inputs) {
    const names = io.listDir ? await io.listDir(resolveCliPath(io, input)) : null;
    if (names === null) {
      await add(input);
      continue;
    }
    const found = await filesInFolder(io, input, names, options.subfolders ?? 0, new Set([await realOf(io, input)]));
    if (found.length === 0) emptyFolders.push(input);
    for (const file of found) await add(file);
  }
  return { files: withShownNames(io, files), emptyFolders };
}

/** The return files of a folder, by name, then those of its subfolders, each folder once (links may loop). */
async function filesInFolder(io: CliIo, folder: string, names: readonly string[], depth: number, folders: Set<string>): Promise<string[]> {
  const sorted = [...names].sort();
  const found = sorted.filter(isReturnName).map((name) => path.join(folder, name));
  if (depth === 0) return found;
  for (const name of sorted) {
    if (name.startsWith(".") || RETURN_EXTENSIONS.test(name)) continue;
    const sub = path.join(folder, name);
    const inside = await io.listDir!(resolveCliPath(io, sub));
    const real = inside === null ? null : await realOf(io, sub);
    if (inside === null || real === null || folders.has(real)) continue;
    folders.add(real);
    found.push(...(await filesInFolder(io, sub, inside, depth - 1, folders)));
  }
  return found;
}

async function realOf(io: CliIo, file: string): Promise<string> {
  return (await io.realPath?.(resolveCliPath(io, file))) ?? resolveCliPath(io, file);
}

/** Files as given, and the workbooks inside each folder given, each once; or why not (a folder without any). */
export async function expandInputs(io: CliIo, inputs: readonly string[]): Promise<string[] | string> {
  const listed = await listInputFiles(io, inputs);
  const [empty] = listed.emptyFolders;
  if (empty !== undefined) return emptyFolderMessage(empty);
  return listed.files.map((file) => file.path);
}

export function emptyFolderMessage(folder: string): string {
  return `Thư mục ${terminalLine(folder)} không có tệp .xlsx, .xls, .ods hay .csv nào.`;
}

function isReturnName(name: string): boolean {
  return RETURN_EXTENSIONS.test(name) && !name.startsWith("~$") && !name.startsWith(".") && !/-kiem-tra\.xlsx$/i.test(name);
}

function withShownNames(io: CliIo, files: readonly InputFile[]): InputFile[] {
  const resolved = files.map((file) => resolveCliPath(io, file.path));
  const folders = resolved.map((file) => path.dirname(file).split(path.sep));
  const common = folders.reduce((shared, parts) => shared.slice(0, commonLength(shared, parts)), folders[0] ?? []);
  const base = common.join(path.sep) || path.sep;
  return files.map((file, index) => ({ ...file, shown: path.relative(base, resolved[index]!).split(path.sep).join("/") }));
}

function commonLength(a: readonly string[], b: readonly string[]): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length += 1;
  return length;
}

/**
 * The inputs an officer names on a flag (--include, --submitted): by path, however written (relative, absolute,
 * through a link), or by the name the reports show, or by a bare file name when only one input has it.
 * `ambiguous` when a bare name fits several inputs; `unknown` when it fits none.
 */
export async function inputsNamed(
  io: CliIo,
  given: string,
  files: readonly InputFile[],
): Promise<{ readonly files: readonly InputFile[] } | { readonly problem: "unknown" | "ambiguous"; readonly candidates: readonly InputFile[] }> {
  const resolved = resolveCliPath(io, given);
  const real = await realOf(io, given);
  const byPath = files.filter((file) => file.real === real || resolveCliPath(io, file.path) === resolved);
  if (byPath.length > 0) return { files: byPath };
  const byShown = files.filter((file) => file.shown === given.split(path.sep).join("/"));
  if (byShown.length > 0) return { files: byShown };
  if (/[\\/]/.test(given)) return { problem: "unknown", candidates: [] };
  const byName = files.filter((file) => path.basename(file.path) === given);
  if (byName.length === 1) return { files: byName };
  return { problem: byName.length === 0 ? "unknown" : "ambiguous", candidates: byName };
}
