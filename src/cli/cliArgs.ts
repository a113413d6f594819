import path from "node:path";
import type { CliIo } from "./cliIo";

export interface ParsedArgs {
  readonly positional: readonly string[];
  readonly flags: Readonly<Record<string, string | true>>;
}

/** `--name value`, `--name=value` and bare `--switch` (listed in `switches`, which never take a value). */
export function parseArgs(args: readonly string[], switches: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index]!;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (inline !== undefined) flags[name] = inline;
    else if (!switches.includes(name) && index + 1 < args.length && !args[index + 1]!.startsWith("--")) flags[name] = args[(index += 1)]!;
    else flags[name] = true;
  }
  return { positional, flags };
}

export function flagValue(parsed: ParsedArgs, name: string): string | null {
  const value = parsed.flags[name];
  return typeof value === "string" ? value : null;
}

/** Every value of a flag that may be given several times (`--plan a --plan b`, `--plan=a`). */
export function repeatedFlag(args: readonly string[], name: string): string[] {
  const values: string[] = [];
  args.forEach((arg, index) => {
    if (arg === `--${name}` && index + 1 < args.length && !args[index + 1]!.startsWith("--")) values.push(args[index + 1]!);
    else if (arg.startsWith(`--${name}=`)) values.push(arg.slice(name.length + 3));
  });
  return values;
}

/** A path as given on the command line, resolved against the working directory. */
export function resolveCliPath(io: CliIo, file: string): string {
  return path.resolve(io.cwd, file);
}
