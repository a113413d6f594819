import { readFileSync } from "node:fs";
import type { CliIo } from "../../src/cli/cliIo";

/**
 * A CliIo over an in-memory file map under /virtual (the working directory); captures what the command prints.
 * Paths outside /virtual (the project's bundled data) are read from disk, never written.
 */
export function memoryIo(files: Record<string, Uint8Array | string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, Uint8Array | string> = {};
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: async (path) => {
      const data = written[path] ?? files[path];
      if (data === undefined && !path.startsWith("/virtual")) return new Uint8Array(readFileSync(path));
      if (data === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return typeof data === "string" ? new TextEncoder().encode(data) : data;
    },
    writeFile: async (path, data) => {
      written[path] = data;
    },
    exists: async (path) => path in written || path in files,
    sameFile: async (a, b) => a === b && (a in written || a in files),
    cwd: "/virtual",
  };
  return { io, out, err, written, stdout: () => out.join("\n"), stderr: () => err.join("\n") };
}
