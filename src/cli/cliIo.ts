import { mkdir, readdir, realpath, rename, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { localIsoDate } from "../domain/text/vietnameseFormat";
import { checkWritableTarget, readRegularFile } from "./regularFiles";

/** What a CLI command may touch; tests pass an in-memory version. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a regular file within MAX_INPUT_BYTES; anything else throws CliFileError (regularFiles.ts). */
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes through a temporary file and a rename, so a failed write never leaves a damaged file behind.
   * A directory or a device at the path throws CliFileError instead of being replaced.
   */
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  exists(path: string): Promise<boolean>;
  /** Whether two paths name the same file (through links too); false when either does not exist. */
  sameFile(a: string, b: string): Promise<boolean>;
  /** The path with links followed, or null when it does not exist: tells the same file given twice. */
  realPath?(path: string): Promise<string | null>;
  /** The names in a folder, or null when the path is not a folder. Commands that take folders need it. */
  listDir?(path: string): Promise<readonly string[] | null>;
  /** The local calendar day a file was last modified (yyyy-mm-dd), or null; consolidation takes it as the day a return arrived. */
  modifiedOn?(path: string): Promise<string | null>;
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
    readFile: (file) => readRegularFile(path.resolve(cwd, file)),
    writeFile: async (file, data) => {
      const target = path.resolve(cwd, file);
      await checkWritableTarget(target);
      await mkdir(path.dirname(target), { recursive: true });
      const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
      try {
        await writeFile(temporary, data);
        await rename(temporary, target);
      } catch (error) {
        await unlink(temporary).catch(() => undefined);
        throw error;
      }
    },
    exists: async (file) => {
      try {
        await stat(path.resolve(cwd, file));
        return true;
      } catch {
        return false;
      }
    },
    sameFile: async (a, b) => {
      try {
        return (await realpath(path.resolve(cwd, a))) === (await realpath(path.resolve(cwd, b)));
      } catch {
        return false;
      }
    },
    realPath: async (file) => realpath(path.resolve(cwd, file)).catch(() => null),
    modifiedOn: async (file) => {
      try {
        return localIsoDate((await stat(path.resolve(cwd, file))).mtime);
      } catch {
        return null;
      }
    },
    listDir: async (dir) => {
      try {
        return await readdir(path.resolve(cwd, dir));
      } catch {
        return null;
      }
    },
    cwd,
  };
}
