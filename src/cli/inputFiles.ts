import path from "node:path";
import { resolveCliPath } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { terminalLine } from "./terminalText";

/** The spreadsheet files commands read returns from. */
export const RETURN_EXTENSIONS = /\.(xlsx|xls|ods|csv)$/i;

/** Files as given, and the workbooks inside each folder given (not its subfolders), by name; or why not. */
export async function expandInputs(io: CliIo, inputs: readonly string[]): Promise<string[] | string> {
  const files: string[] = [];
  for (const input of inputs) {
    const names = io.listDir ? await io.listDir(resolveCliPath(io, input)) : null;
    if (names === null) {
      files.push(input);
      continue;
    }
    const inside = names
      .filter((name) => RETURN_EXTENSIONS.test(name) && !name.startsWith("~$") && !name.startsWith("."))
      .sort();
    if (inside.length === 0) return `Thư mục ${terminalLine(input)} không có tệp .xlsx, .xls, .ods hay .csv nào.`;
    files.push(...inside.map((name) => path.join(input, name)));
  }
  return files;
}
