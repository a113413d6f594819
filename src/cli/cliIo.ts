import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** What a CLI command may touch; tests pass an in-memory version. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  readonly cwd: string;
}

export function processIo(): CliIo {
  const cwd = process.cwd();
  return {
    stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
    stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
    readFile: async (file) => new Uint8Array(await readFile(path.resolve(cwd, file))),
    writeFile: async (file, data) => {
      const target = path.resolve(cwd, file);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
    },
    cwd,
  };
}
