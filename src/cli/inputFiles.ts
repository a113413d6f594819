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
}

export interface ListedInputs {
  readonly files: readonly InputFile[];
  /** Folders given that hold no return file. */
  readonly emptyFolders: readonly string[];
}

/**
 * The files given and the workbooks in each folder given (not its subfolders), each once: a file named twice,
 * or named and also found in its folder, is read once, where it was first given.
 */
export async function listInputFiles(io: CliIo, inputs: readonly string[]): Promise<ListedInputs> {
  const files: InputFile[] = [];
  const emptyFolders: string[] = [];
  const seen = new Set<string>();
  const add = async (file: string) => {
    const real = (await io.realPath?.(resolveCliPath(io, file))) ?? resolveCliPath(io, file);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path: file, real });
  };
  for (const input of inputs) {
    const names = io.listDir ? await io.listDir(resolveCliPath(io, input)) : null;
    if (names === null) {
      await add(input);
      continue;
    }
    const inside = names.filter(isReturnName).sort();
    if (inside.length === 0) emptyFolders.push(input);
    for (const name of inside) await add(path.join(input, name));
  }
  return { files, emptyFolders };
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
  return RETURN_EXTENSIONS.test(name) && !name.startsWith("~$") && !name.startsWith(".");
}
