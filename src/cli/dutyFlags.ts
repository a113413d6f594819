import type { AgencySuccession } from "../domain/catalog/agency";
import { bundledAgencies, bundledSuccessions } from "../domain/catalog/agencies/bundledAgencies";
import { mergeSuccessions } from "../domain/catalog/agencies/mergeSuccessions";
import type { AgencyId } from "../domain/catalog/types";
import { flagValue, resolveCliPath, type ParsedArgs } from "./cliArgs";
import type { CliIo } from "./cliIo";
import { readSuccessionEdits, successionEditsMessage } from "./readSuccessionEdits";
import { terminalLine } from "./terminalText";

/**
 * The flags that decide who holds which duty, shared by the commands that must agree on it (template sends the
 * templates, consolidate expects the same agencies back): --successors, --assign, --accept-suggestions.
 */

export interface DutyFlags {
  readonly successions: readonly AgencySuccession[];
  readonly choices: Readonly<Record<string, readonly AgencyId[]>>;
  readonly acceptSuggestions: boolean;
}

/** The three flags read, with every file they name; or the message for the first that cannot be used. */
export async function readDutyFlags(io: CliIo, parsed: ParsedArgs): Promise<DutyFlags | string> {
  const successions = await readSuccessions(io, flagValue(parsed, "successors"));
  if (typeof successions === "string") return successions;
  const choices = await readChoices(io, flagValue(parsed, "assign"));
  if (typeof choices === "string") return choices;
  return { successions, choices, acceptSuggestions: parsed.flags["accept-suggestions"] === true };
}

/** `--successors`: the officer's edits merged over the bundled table. */
async function readSuccessions(io: CliIo, file: string | null): Promise<readonly AgencySuccession[] | string> {
  if (!file) return bundledSuccessions;
  const read = await readSuccessionEdits(io, resolveCliPath(io, file), new Set(bundledAgencies.map((agency) => agency.id)));
  return read.ok ? mergeSuccessions(bundledSuccessions, read.edits) : successionEditsMessage(file, read.problems);
}

/** `--assign`: { "<duty key>": ["<agency id>", …] } for duties of split bodies. */
async function readChoices(io: CliIo, file: string | null): Promise<Record<string, readonly AgencyId[]> | string> {
  if (!file) return {};
  const known = new Set<string>(bundledAgencies.map((agency) => agency.id));
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder("utf-8").decode(await io.readFile(resolveCliPath(io, file))));
  } catch {
    return `Tệp ${terminalLine(file)}: không đọc được hoặc không phải JSON. Cần dạng { "thanhhoa-sdg-2017|NV|1.2": ["thanhhoa.snv"] }.`;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return `Tệp ${terminalLine(file)}: cần một đối tượng JSON { "<khóa nhiệm vụ>": ["<mã cơ quan>"] }.`;
  const choices: Record<string, readonly AgencyId[]> = {};
  for (const [key, agencies] of Object.entries(value as Record<string, unknown>)) {
    if (!Array.isArray(agencies) || agencies.some((id) => typeof id !== "string" || !known.has(id))) {
      return `Tệp ${terminalLine(file)}: "${terminalLine(key)}" cần một danh sách mã cơ quan có trong data/agencies.json (tìm mã bằng: plan-tracker agencies --search <tên>).`;
    }
    choices[key] = agencies as AgencyId[];
  }
  return choices;
}
