import { constants } from "node:fs";
import { open, stat } from "node:fs/promises";

import { MAX_INPUT_BYTES } from "../workbook/fileLimits";

/** Inputs larger than this are refused unread (the pane uses the same limit). */
export { MAX_INPUT_BYTES };

/** Why the CLI would not read or write a path. Stable codes: tests match on them, words live in fileAccessMessage. */
export type FileAccessProblem = "not_found" | "directory" | "not_regular" | "too_large" | "unreadable";

export class CliFileError extends Error {
  constructor(
    readonly problem: FileAccessProblem,
    readonly path: string,
  ) {
    super(`${problem}: ${path}`);
    this.name = "CliFileError";
  }
}

/** The problem behind an error thrown while reading or writing a path. */
export function fileAccessProblem(error: unknown): FileAccessProblem {
  if (error instanceof CliFileError) return error.problem;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return "not_found";
  if (code === "EISDIR") return "directory";
  return "unreadable";
}

function refusal(info: { isDirectory(): boolean; isFile(): boolean; size: number }, file: string, maxBytes: number): CliFileError | null {
  if (info.isDirectory()) return new CliFileError("directory", file);
  if (!info.isFile()) return new CliFileError("not_regular", file);
  if (info.size > maxBytes) return new CliFileError("too_large", file);
  return null;
}

/**
 * Reads a regular file of at most `maxBytes`. A FIFO, a device (or a link to one) or a directory is refused
 * from its stat, before it is opened; the open does not block (O_NONBLOCK) and is checked again, in case the
 * path changed in between; and no more than `maxBytes` are read, however the file grows meanwhile.
 */
export async function readRegularFile(file: string, maxBytes: number = MAX_INPUT_BYTES): Promise<Uint8Array> {
  const before = refusal(await stat(file), file, maxBytes);
  if (before) throw before;
  const handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const opened = refusal(await handle.stat(), file, maxBytes);
    if (opened) throw opened;
    return await readAtMost(handle, file, maxBytes);
  } finally {
    await handle.close();
  }
}

async function readAtMost(handle: Awaited<ReturnType<typeof open>>, file: string, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) throw new CliFileError("too_large", file);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Refuses to write over a directory or anything but a regular file (a device, a FIFO); a missing path is fine. */
export async function checkWritableTarget(file: string): Promise<void> {
  let info;
  try {
    info = await stat(file);
  } catch {
    return;
  }
  if (info.isDirectory()) throw new CliFileError("directory", file);
  if (!info.isFile()) throw new CliFileError("not_regular", file);
}
