/**
 * What a CLI command may do to the outside world. main.ts passes the real console and file
 * system; tests pass an in-memory one.
 */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<Uint8Array>;
  writeFile(path: string, data: string | Uint8Array): Promise<void>;
  readonly cwd: string;
}

/** A path as given on the command line, resolved against the working directory. */
export function resolvePath(io: CliIo, path: string): string {
  if (path.startsWith("/") || /^[A-Za-z]:[\\/]/.test(path)) return path;
  const base = io.cwd.replace(/[\\/]+$/, "");
  return `${base}/${path.replace(/^\.\//, "")}`;
}

export async function readText(io: CliIo, path: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await io.readFile(path)).replace(/^\uFEFF/, "");
}
