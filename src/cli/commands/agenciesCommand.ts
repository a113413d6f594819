import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import { bundledAgencies, bundledSuccessions } from "../../domain/catalog/agencies/bundledAgencies";
import { mergeSuccessions } from "../../domain/catalog/agencies/mergeSuccessions";
import type { AgencyId, PlanCatalog } from "../../domain/catalog/types";
import { agencyIdsInPlan, successorsOf } from "../agencies/agenciesInPlan";
import { agenciesMatching, closestAgencies } from "../agencies/matchAgencies";
import { flagValue, parseArgs, resolveCliPath, type ParsedArgs } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { readSuccessionEdits, successionEditsMessage } from "../readSuccessionEdits";
import { terminalLine } from "../terminalText";

export const AGENCIES_USAGE = `Cách dùng: plan-tracker agencies [--plan <mã kế hoạch>] [--search <chữ>] [--date yyyy-mm-dd] [--successors <tệp.json>] [--data <thư mục>]

Liệt kê mã và tên các cơ quan, cùng cơ quan nay giữ nhiệm vụ của cơ quan đã sáp nhập. Mã hoặc tên in ra dùng được cho --agency của plan-tracker inject.
  --plan        chỉ các cơ quan chủ trì hoặc phối hợp trong kế hoạch này, với số mục tiêu, nhiệm vụ của mỗi cơ quan
  --search      chỉ các cơ quan có mã, tên hoặc tên viết tắt chứa các từ bắt đầu bằng những chữ này (dấu không bắt buộc)
  --date        cơ quan giữ nhiệm vụ vào ngày này (mặc định: hôm nay)
  --successors  tệp JSON sửa bảng cơ quan kế nhiệm (cùng dạng data/agency-successors.json)`;

export interface AgenciesCommandOptions {
  readonly dataDir: string;
  /** yyyy-mm-dd: the day "today's successor" is read on. */
  readonly today: () => string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

interface Listing {
  readonly pool: readonly Agency[];
  readonly catalog: PlanCatalog | null;
}

/** `plan-tracker agencies`: agency ids and names, what each does in a plan, and who holds its duties today. */
export async function runAgenciesCommand(args: readonly string[], io: CliIo, options: AgenciesCommandOptions): Promise<number> {
  const parsed = parseArgs(args);
  const date = flagValue(parsed, "date") ?? options.today();
  if (parsed.positional.length > 0 || !ISO_DATE.test(date) || ["plan", "search", "successors", "data"].some((name) => parsed.flags[name] === true)) {
    io.stderr(AGENCIES_USAGE);
    return 2;
  }
  const listing = await agencyPool(io, parsed, options);
  if (typeof listing === "string") {
    io.stderr(listing);
    return 1;
  }
  const successions = await successionsFor(io, parsed);
  if (typeof successions === "string") {
    io.stderr(successions);
    return 1;
  }
  const search = flagValue(parsed, "search");
  const shown = search === null ? listing.pool : agenciesMatching(search, listing.pool);
  if (shown.length === 0) {
    io.stderr(noMatchMessage(search ?? "", listing));
    return 1;
  }
  io.stdout(formatListing(shown, { ...listing, search, date, successions }));
  return 0;
}

/** Every bundled agency, or with --plan the plan's own. A string is the error to print. */
async function agencyPool(io: CliIo, parsed: ParsedArgs, options: AgenciesCommandOptions): Promise<Listing | string> {
  const planId = flagValue(parsed, "plan");
  if (planId === null) return { pool: bundledAgencies, catalog: null };
  const dataFlag = flagValue(parsed, "data");
  const read = await readPlanCatalog(io, dataFlag ? resolveCliPath(io, dataFlag) : options.dataDir, planId);
  if (!read.ok) return planReadMessage(read);
  const ids = agencyIdsInPlan(read.catalog);
  return { pool: bundledAgencies.filter((agency) => ids.has(agency.id)), catalog: read.catalog };
}

async function successionsFor(io: CliIo, parsed: ParsedArgs): Promise<readonly AgencySuccession[] | string> {
  const file = flagValue(parsed, "successors");
  if (file === null) return bundledSuccessions;
  const read = await readSuccessionEdits(io, resolveCliPath(io, file), new Set(bundledAgencies.map((agency) => agency.id)));
  return read.ok ? mergeSuccessions(bundledSuccessions, read.edits) : successionEditsMessage(file, read.problems);
}

function noMatchMessage(search: string, listing: Listing): string {
  const where = listing.catalog ? ` trong kế hoạch ${listing.catalog.id}` : "";
  const lines = [`Không có cơ quan nào${where} khớp "${terminalLine(search)}".`];
  const near = closestAgencies(search, listing.pool);
  if (near.length > 0) lines.push("Gần giống nhất:", ...near.map((agency) => `  ${agency.id}  ${terminalLine(agency.name)}`));
  return lines.join("\n");
}

interface ListingContext extends Listing {
  readonly search: string | null;
  readonly date: string;
  readonly successions: readonly AgencySuccession[];
}

function formatListing(shown: readonly Agency[], context: ListingContext): string {
  const byId = new Map(bundledAgencies.map((agency) => [agency.id, agency]));
  const roles = context.catalog ? roleCounts(context.catalog) : null;
  const [year, month, day] = context.date.split("-");
  const qualifiers = [
    context.catalog ? `trong kế hoạch ${context.catalog.id}` : null,
    context.search !== null ? `khớp "${terminalLine(context.search)}"` : null,
  ].filter((part) => part !== null);
  const lines = [`Cơ quan${qualifiers.map((part) => ` ${part}`).join("")} (${shown.length}); cơ quan kế nhiệm tính đến ngày ${day}/${month}/${year}:`];
  const width = Math.max(...shown.map((agency) => agency.id.length));
  for (const agency of [...shown].sort((a, b) => a.id.localeCompare(b.id))) {
    const role = roles?.get(agency.id);
    const parts = [`${agency.id.padEnd(width)}  ${terminalLine(agency.name)}`];
    if (role) parts.push(`(chủ trì ${role.lead}, phối hợp ${role.partner} mục tiêu, nhiệm vụ)`);
    const successors = successorsOf(agency.id, context.successions, context.date);
    if (successors !== null) {
      const names = successors.holders.map((id) => `${terminalLine(byId.get(id)?.name ?? id)} (${id})`).join("; ");
      parts.push(`→ nay: ${names}${successors.uncertain ? " (chưa chắc chắn)" : ""}`);
    }
    lines.push(parts.join("  "));
  }
  return lines.join("\n");
}

/** How many targets and tasks each agency leads and supports. */
function roleCounts(catalog: PlanCatalog): ReadonlyMap<AgencyId, { lead: number; partner: number }> {
  const counts = new Map<AgencyId, { lead: number; partner: number }>();
  const count = (id: AgencyId, role: "lead" | "partner") => {
    const entry = counts.get(id) ?? { lead: 0, partner: 0 };
    entry[role] += 1;
    counts.set(id, entry);
  };
  for (const item of [...catalog.targets, ...catalog.tasks]) {
    for (const id of new Set(item.lead)) count(id, "lead");
    for (const id of new Set(item.partners)) count(id, "partner");
  }
  return counts;
}
