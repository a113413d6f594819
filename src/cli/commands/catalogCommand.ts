import type { Agency } from "../../domain/catalog/agency";
import { importPlan } from "../../domain/catalog/import/importPlan";
import type {
  Due,
  Indicator,
  PlanCatalog,
  PlanCorrections,
  ReviewItem,
  Target,
  Task,
} from "../../domain/catalog/types";
import { decodePlanFile } from "../catalog/decodePlanFile";
import { flagValue as flag, parseArgs, resolveCliPath, type ParsedArgs as Parsed } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { fileAccessMessage } from "../fileAccessMessage";
import { isPlanId, planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { terminalLine, terminalLines } from "../terminalText";
import { DIRECTION, errorMessage, FREQUENCY, LABELS, usage } from "./catalogMessages";
import { formatDateVi, formatNumberVi } from "../../domain/text/vietnameseFormat";

/**
 * `plan-tracker catalog list | show <planId> [--json] | import <file> [--out file.json]`.
 * Reads the bundled catalogues from <data>/plans and the agencies from <data>/agencies.json;
 * `import` reads a plan's text (.txt or .docx) and prints what was read and what an officer must
 * review. Returns the process exit code.
 */
export interface CatalogCommandOptions {
  /** The data folder: plans/, agencies.json. Relative paths are read from the working directory. */
  readonly dataDir: string;
}

interface PlanIndexEntry {
  readonly id: string;
  readonly title: string;
  readonly province: string;
  readonly counts: {
    readonly goals: number;
    readonly targets: number;
    readonly tasks: number;
    readonly reviewItems: number;
  };
}

function joinPath(folder: string, name: string): string {
  return `${folder.replace(/[\\/]+$/, "")}/${name}`;
}

async function readText(io: CliIo, path: string): Promise<string> {
  return new TextDecoder("utf-8").decode(await io.readFile(path));
}

async function readJson<T>(io: CliIo, path: string): Promise<T | null> {
  let text: string;
  try {
    text = await readText(io, path);
  } catch {
    return null;
  }
  try {
    return JSON.parse(text) as T;
  } catch {
    io.stderr(`${errorMessage("bad_json", path)}\n`);
    return null;
  }
}

export async function runCatalogCommand(
  args: readonly string[],
  io: CliIo,
  options: CatalogCommandOptions,
): Promise<number> {
  const parsed = parseArgs(args, ["json"]);
  const [subcommand, ...rest] = parsed.positional;
  const dataDir = flag(parsed, "data") ?? options.dataDir;
  switch (subcommand) {
    case "list":
      return listPlans(io, joinPath(dataDir, "plans"));
    case "show":
      return showPlan(io, dataDir, rest[0], parsed.flags.json === true);
    case "import":
      return importFile(io, rest[0], parsed, dataDir);
    case undefined:
    case "help":
      io.stdout(`${usage()}\n`);
      return subcommand === "help" ? 0 : 2;
    default:
      io.stderr(`${errorMessage("unknown_subcommand", subcommand)}\n${usage()}\n`);
      return 2;
  }
}

async function listPlans(io: CliIo, dataDir: string): Promise<number> {
  const index = await readJson<PlanIndexEntry[]>(io, `${dataDir}/index.json`);
  if (index === null) {
    io.stderr(`${errorMessage("unreadable", `${dataDir}/index.json`)}\n`);
    return 1;
  }
  const lines = [`${LABELS.plans} (${index.length}):`, ""];
  for (const plan of terminalLines(index)) {
    lines.push(`${plan.id}`);
    lines.push(`  ${plan.title}`);
    lines.push(
      `  ${LABELS.province}: ${plan.province} · ${plan.counts.goals} ${LABELS.goals}, ${plan.counts.targets} ${LABELS.targets}, ` +
        `${plan.counts.tasks} ${LABELS.taskCount}, ${plan.counts.reviewItems} ${LABELS.reviewCount}`,
    );
  }
  io.stdout(`${lines.join("\n")}\n`);
  return 0;
}

async function showPlan(io: CliIo, dataDir: string, planId: string | undefined, asJson: boolean): Promise<number> {
  if (planId === undefined) {
    io.stderr(`${errorMessage("missing_plan_id")}\n${usage()}\n`);
    return 2;
  }
  if (asJson && isPlanId(planId)) {
    try {
      io.stdout(await readText(io, joinPath(dataDir, `plans/${planId}.json`)));
      return 0;
    } catch {
      // Reported below, as readPlanCatalog words it.
    }
  }
  const read = await readPlanCatalog(io, dataDir, planId);
  if (!read.ok) {
    io.stderr(`${planReadMessage(read)}\n`);
    return 1;
  }
  io.stdout(`${formatCatalog(terminalLines(read.catalog))}\n`);
  return 0;
}

async function importFile(io: CliIo, file: string | undefined, parsed: Parsed, dataDir: string): Promise<number> {
  if (file === undefined) {
    io.stderr(`${errorMessage("missing_file")}\n${usage()}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (error) {
    io.stderr(`${fileAccessMessage(file, error)}\n`);
    return 1;
  }
  const overwritten = await outputOverInput(io, file, [flag(parsed, "out"), flag(parsed, "text")]);
  if (overwritten !== null) {
    io.stderr(`${errorMessage("output_is_input", overwritten)}\n`);
    return 1;
  }
  const decoded = await decodePlanFile(bytes);
  if (!decoded.ok) {
    io.stderr(`${errorMessage(decoded.reason, file)}\n`);
    return 1;
  }
  const agenciesPath = flag(parsed, "agencies") ?? joinPath(dataDir, "agencies.json");
  const agencies = await readJson<Agency[]>(io, agenciesPath);
  if (agencies === null) {
    io.stderr(`${errorMessage("unreadable", agenciesPath)}\n`);
    return 1;
  }
  const correctionsPath = flag(parsed, "corrections");
  const corrections = correctionsPath === null ? null : await readJson<PlanCorrections>(io, correctionsPath);
  if (correctionsPath !== null && corrections === null) {
    io.stderr(`${errorMessage("unreadable", correctionsPath)}\n`);
    return 1;
  }
  const name = file.split(/[\\/]/).pop() ?? file;
  const planId = flag(parsed, "id") ?? slugOf(name.replace(/\.[^.]+$/, ""));
  const result = importPlan(
    { planId, text: decoded.text, sourceName: name },
    { agencies, ...(corrections !== null ? { corrections } : {}) },
  );
  const { stats } = result;
  const catalog = terminalLines(result.catalog);
  const lines = [
    `${catalog.title || terminalLine(name)}`,
    `  ${LABELS.province}: ${catalog.province || LABELS.notGiven} · ${LABELS.number}: ${catalog.documentNumber ?? LABELS.notGiven}`,
    `  ${stats.goals} ${LABELS.goals}, ${stats.targets} ${LABELS.targets} (${stats.quantitativeTargets} ${LABELS.withValues}), ` +
      `${stats.tasks} ${LABELS.taskCount} (${stats.tasksWithLead} ${LABELS.withLead}), ${stats.reviewItems} ${LABELS.reviewCount}`,
    "",
    ...formatReview(catalog.review),
  ];
  if (decoded.format === "docx") lines.push("", LABELS.docxLines);
  io.stdout(`${lines.join("\n")}\n`);
  const out = flag(parsed, "out");
  if (out !== null) await io.writeFile(out, `${JSON.stringify(result.catalog, null, 2)}\n`);
  const textOut = flag(parsed, "text");
  if (textOut !== null) await io.writeFile(textOut, decoded.text);
  return 0;
}

/** The first output path that names the input file itself (through links too), or null. */
async function outputOverInput(io: CliIo, input: string, outputs: readonly (string | null)[]): Promise<string | null> {
  const inputPath = resolveCliPath(io, input);
  for (const output of outputs) {
    if (output === null) continue;
    const outputPath = resolveCliPath(io, output);
    if (outputPath === inputPath || (await io.sameFile(inputPath, outputPath))) return output;
  }
  return null;
}

function slugOf(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug === "" ? "ke-hoach" : slug;
}

// ---- human-readable catalogue ----

/** Vietnamese number format, independent of the runtime's locale data: 5.200; 54,5. */
/** Vietnamese number text ("54,5", "5.200"), through the domain's one helper. */
export function formatNumber(value: number): string {
  return formatNumberVi(value);
}

function formatDate(iso: string | null): string {
  if (iso === null) return LABELS.notGiven;
  return formatDateVi(iso);
}

function formatDayMonth(monthDay: string | null, exclusive: boolean | null | undefined): string {
  if (monthDay === null) return LABELS.notSet;
  const [month, day] = monthDay.split("-");
  return exclusive ? `trước ngày ${day}/${month} hằng năm` : `ngày ${day}/${month} hằng năm`;
}

export function formatIndicator(indicator: Indicator): string {
  const unit =
    indicator.unit === null
      ? ""
      : indicator.unit.startsWith("/") || indicator.unit === "%"
        ? indicator.unit
        : ` ${indicator.unit}`;
  const value = indicator.value === null ? null : `${formatNumber(indicator.value)}${unit}`;
  let amount: string;
  switch (indicator.comparator) {
    case "<":
      amount = `dưới ${value}`;
      break;
    case "<=":
      amount = `không quá ${value}`;
      break;
    case ">":
      amount = `trên ${value}`;
      break;
    case ">=":
      amount = `từ ${value} trở lên`;
      break;
    case "~":
      amount = `khoảng ${value}`;
      break;
    case "between":
      amount = `từ ${formatNumber(indicator.value ?? 0)} đến ${formatNumber(indicator.valueMax ?? 0)}${unit}`;
      break;
    default:
      amount = value ?? "";
  }
  if (indicator.value === null) amount = indicator.benchmark ? `so với ${indicator.benchmark}` : (indicator.text ?? "");
  const details = [
    indicator.direction ? DIRECTION[indicator.direction] : null,
    indicator.year !== null ? `năm ${indicator.year}` : null,
  ].filter((part) => part !== null);
  return `${indicator.label}: ${amount}${details.length > 0 ? ` (${details.join(", ")})` : ""}`;
}

function formatDue(due: Due): string {
  if (due.text === null) return LABELS.notGiven;
  const details = [
    due.by === null ? null : `đến ${formatDate(due.by)}`,
    due.kind === "vague" ? LABELS.dueVague : null,
    due.convention === "plan-period" ? `${LABELS.dueFromPlan} ${due.from ?? "?"}–${due.to ?? "?"}` : null,
    due.convention === "before-exclusive" ? LABELS.dueBefore : null,
  ].filter((detail) => detail !== null);
  return details.length === 0 ? due.text : `${due.text} (${details.join("; ")})`;
}

function agencyNames(catalog: PlanCatalog, ids: readonly string[], unresolved: readonly string[] = []): string {
  const names = ids.map((id) => catalog.agencies?.find((agency) => agency.id === id)?.name ?? id);
  const unknown = unresolved.map((name) => `${name} (${LABELS.unresolved})`);
  const all = [...names, ...unknown];
  return all.length === 0 ? LABELS.none : all.join("; ");
}

function hasReview(catalog: PlanCatalog, kind: string, id: string): boolean {
  return catalog.review.some((item) => item.subject.kind === kind && item.subject.id === id);
}

function formatTask(catalog: PlanCatalog, task: Task, indent: string): string[] {
  const lines = [`${indent}${LABELS.tasks} ${task.id}: ${task.text || "(không có nội dung)"}`];
  if (task.group !== null && task.target === null) lines.push(`${indent}  ${LABELS.group}: ${task.group}`);
  const scoped = (task.leadScopes ?? []).map((scope) => `${agencyNames(catalog, [scope.agency])}: ${scope.scope}`);
  const leadText =
    task.lead.length === 0 && hasReview(catalog, "task", task.id)
      ? LABELS.unclear
      : agencyNames(catalog, task.lead, task.unresolvedLead);
  lines.push(`${indent}  ${LABELS.lead}: ${leadText}${scoped.length > 0 ? ` (${scoped.join("; ")})` : ""}`);
  const unclear = task.partners.length === 0 && hasReview(catalog, "task", task.id);
  lines.push(
    `${indent}  ${LABELS.partners}: ${unclear ? LABELS.unclear : agencyNames(catalog, task.partners, task.unresolvedPartners)}`,
  );
  for (const indicator of task.indicators ?? []) lines.push(`${indent}  ${LABELS.indicators}: ${formatIndicator(indicator)}`);
  lines.push(`${indent}  ${LABELS.due}: ${formatDue(task.due)}`);
  if ((task.milestones ?? []).length > 0) lines.push(`${indent}  ${LABELS.milestones}:`);
  for (const milestone of task.milestones ?? []) {
    const where = milestone.line === undefined ? "" : ` (${LABELS.line} ${milestone.line})`;
    lines.push(`${indent}    - ${formatDue(milestone.due)}: ${milestone.text}${where}`);
  }
  lines.push(`${indent}  ${LABELS.outputs}: ${task.outputs.length === 0 ? LABELS.notGiven : task.outputs.join("; ")}`);
  if (task.origin === "body") lines.push(`${indent}  (${LABELS.fromBody})`);
  if (task.source)
    lines.push(
      `${indent}  (${LABELS.line} ${task.source.line}${task.source.endLine ? `–${task.source.endLine}` : ""})`,
    );
  return lines;
}

function formatTarget(catalog: PlanCatalog, target: Target): string[] {
  const lines = [`  ${LABELS.target} ${target.code}: ${target.text}`];
  for (const indicator of target.indicators) lines.push(`    ${LABELS.indicators}: ${formatIndicator(indicator)}`);
  for (const indicator of target.nationalIndicators ?? [])
    lines.push(`    ${LABELS.nationalIndicators}: ${formatIndicator(indicator)}`);
  lines.push(
    `    ${LABELS.lead}: ${target.lead.length === 0 && hasReview(catalog, "target", target.code) ? LABELS.unclear : agencyNames(catalog, target.lead)}`,
  );
  lines.push(`    ${LABELS.partners}: ${agencyNames(catalog, target.partners)}`);
  for (const task of catalog.tasks.filter((candidate) => candidate.target === target.code))
    lines.push(...formatTask(catalog, task, "    "));
  return lines;
}

function formatReview(review: readonly ReviewItem[]): string[] {
  const lines = [`${LABELS.review} (${review.length}):`];
  for (const item of review) {
    const subject = item.subject.id === null ? "" : ` ${item.subject.id} —`;
    lines.push(`  [${LABELS.line} ${item.source.line}]${subject} ${item.message}`);
    if (item.source.quote !== "") lines.push(`      «${item.source.quote}»`);
    if (item.candidates.length > 0) lines.push(`      ${LABELS.candidates}: ${item.candidates.join(", ")}`);
  }
  return lines;
}

export function formatCatalog(catalog: PlanCatalog): string {
  const reporting = catalog.reporting;
  const lines = [
    catalog.title,
    `${LABELS.province}: ${catalog.province} · ${LABELS.issuer}: ${catalog.issuer || LABELS.notGiven} · ` +
      `${LABELS.number}: ${catalog.documentNumber ?? LABELS.notGiven} · ${LABELS.issuedOn}: ${formatDate(catalog.issuedOn)} · ` +
      `${LABELS.period}: ${catalog.period.from ?? "?"}–${catalog.period.to ?? "?"}`,
    "",
    `${LABELS.reporting}:`,
    `  ${LABELS.frequency}: ${reporting.frequency === null ? LABELS.notSet : (FREQUENCY[reporting.frequency] ?? reporting.frequency)}`,
    `  ${LABELS.agencyDeadline}: ${formatDayMonth(reporting.agencyDeadline, reporting.agencyDeadlineExclusive)}`,
    `  ${LABELS.consolidatedDeadline}: ${formatDayMonth(reporting.consolidatedDeadline, reporting.consolidatedDeadlineExclusive)}`,
    `  ${LABELS.reviews}: ${reporting.reviews.length === 0 ? LABELS.notSet : reporting.reviews.join(", ")}`,
  ];
  if ((reporting.evidence ?? []).length > 0) {
    lines.push(`  ${LABELS.evidence}: ${LABELS.line} ${(reporting.evidence ?? []).map((ref) => ref.line).join(", ")}`);
  }
  for (const goal of catalog.goals) {
    lines.push("", `${LABELS.goal} ${goal.code}: ${goal.title}`);
    for (const target of catalog.targets.filter((candidate) => candidate.goal === goal.code))
      lines.push(...formatTarget(catalog, target));
    for (const task of catalog.tasks.filter((candidate) => candidate.goal === goal.code && candidate.target === null)) {
      lines.push(...formatTask(catalog, task, "  "));
    }
  }
  const orphanTasks = catalog.tasks.filter(
    (task) => task.goal === null || !catalog.goals.some((goal) => goal.code === task.goal),
  );
  if (orphanTasks.length > 0) {
    lines.push("", `${LABELS.tasks}:`);
    for (const task of orphanTasks) lines.push(...formatTask(catalog, task, "  "));
  }
  lines.push("", ...formatReview(catalog.review));
  if ((catalog.corrections ?? []).length > 0) {
    lines.push("", `${LABELS.corrections} (${catalog.corrections!.length}):`);
    for (const correction of catalog.corrections!) {
      const lineRefs = correction.evidence.map((ref) => ref.line).join(", ");
      lines.push(`  ${correction.id} (${LABELS.line} ${lineRefs}): ${correction.note}`);
    }
  }
  if ((catalog.notes ?? []).length > 0) {
    lines.push("", `${LABELS.notes}:`);
    for (const note of catalog.notes!) lines.push(`  ${note.message}`);
  }
  return lines.join("\n");
}
