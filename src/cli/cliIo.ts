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

/**
 * A reader that stops early (`plan-tracker catalog show … | head`) closes the pipe; the next write fails with
 * EPIPE. That is not an error of the command: end quietly, with the exit code set so far (0 unless a command set one).
 */
function endQuietlyOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    process.exit();
  });
}

export function processIo(): CliIo {
  const cwd = process.cwd();
  endQuietlyOnClosedPipe(process.stdout);
  endQuietlyOnClosedPipe(process.stderr);
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
