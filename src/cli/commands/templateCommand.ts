import path from "node:path";
import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import { bundledAgencies } from "../../domain/catalog/agencies/bundledAgencies";
import { resolveSuccessor } from "../../domain/catalog/agencies/resolveSuccessor";
import type { AgencyId, PlanCatalog } from "../../domain/catalog/types";
import { parseVietnameseDate, vietnameseDate } from "../../domain/templates/reportingDates";
import { templateErrorMessage } from "../../domain/templates/templateMessages";
import { generateTemplates, type PreparedTemplates, type TemplateRequestInput } from "../../workflows/generateTemplates";
import { COVER_LIST_FILE, templateFiles, zipFiles } from "../../workflows/templateFiles";
import { createXlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { todayIso } from "../agencies/agenciesInPlan";
import { agenciesNamed, closestAgencies } from "../agencies/matchAgencies";
import { flagValue, parseArgs, repeatedFlag, resolveCliPath } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { readDutyFlags } from "../dutyFlags";
import { planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { terminalLine } from "../terminalText";

const USAGE = `Cách dùng: plan-tracker template --plan <mã> [--plan <mã>…] (--agency <mã hoặc tên> | --all) --year <năm> --out <tệp.xlsx | thư mục | tệp.zip>
       [--cutoff dd/mm/yyyy] [--deadline dd/mm/yyyy] [--recipient <nơi nhận>] [--successors <tệp.json>] [--assign <tệp.json>] [--accept-suggestions] [--force]

Tạo mẫu biểu báo cáo tiến độ năm cho từng cơ quan: một tệp .xlsx mỗi cơ quan, điền được bằng Excel, WPS hoặc LibreOffice.
  --plan       mã kế hoạch (xem: plan-tracker catalog list); nhắc lại để gộp nhiều kế hoạch của cùng một tỉnh vào một mẫu biểu
  --agency     một cơ quan: mã hoặc tên, dấu không bắt buộc; cơ quan nay giữ nhiệm vụ của cơ quan đã sáp nhập nhận cả phần việc đó
  --all        mọi cơ quan có phần việc, kèm danh sách gửi (danh-sach-gui.csv) ghi cả cơ quan không có phần việc
  --year       năm báo cáo, ví dụ 2026
  --cutoff     thời gian chốt số liệu; mặc định ngày cuối tháng trước hạn gửi
  --deadline   hạn gửi báo cáo; mặc định theo chế độ báo cáo của kế hoạch (hạn sớm nhất khi gộp nhiều kế hoạch)
  --out        tệp .xlsx (một cơ quan), thư mục, hoặc tệp .zip chứa mọi mẫu biểu và danh sách gửi
  --successors tệp JSON sửa bảng cơ quan kế nhiệm (cùng dạng data/agency-successors.json)
  --assign     tệp JSON phân giao nhiệm vụ của cơ quan bị chia tách: { "<khóa nhiệm vụ>": ["<mã cơ quan>"] }
  --accept-suggestions  giao nhiệm vụ của cơ quan bị chia tách chưa phân giao cho cơ quan được gợi ý theo nội dung
  --force      ghi đè tệp đã có`;

/** Pending duties printed on the terminal; the cover list has them all. */
const PENDING_SHOWN = 10;

/** `plan-tracker template`: progress templates for one agency or all of them. */
export async function runTemplateCommand(args: readonly string[], io: CliIo, options: { readonly dataDir: string }): Promise<number> {
  const request = await readRequest(args, io, options.dataDir);
  if ("exitCode" in request) {
    io.stderr(request.message);
    return request.exitCode;
  }
  const generated = await generateTemplates(request.input, () => createXlsxWorkbook());
  if (!generated.ok) {
    io.stderr(templateErrorMessage(generated.error));
    return 1;
  }
  const { prepared, written } = generated.result;
  if (written.length === 0) {
    io.stdout(nothingMessage(prepared));
    return 1;
  }
  const files = await templateFiles(generated.result, request.input.recipients === "all");
  const refusal = await writeOutput(io, request.out, request.target, files, request.force);
  if (refusal) {
    io.stderr(refusal);
    return 1;
  }
  io.stdout(summary(prepared, written.map((template) => ({ agency: template.agency, fileName: template.fileName })), request.out, request.target));
  return 0;
}

interface TemplateCliRequest {
  readonly input: TemplateRequestInput;
  readonly out: string;
  readonly target: OutputTarget;
  readonly force: boolean;
}

type Refusal = { readonly exitCode: 1 | 2; readonly message: string };

/** The flags as a workflow request, with every file they name read; or why not (2: usage, 1: a file or name). */
async function readRequest(args: readonly string[], io: CliIo, bundledData: string): Promise<TemplateCliRequest | Refusal> {
  const parsed = parseArgs(args, ["all", "force", "accept-suggestions"]);
  const planIds = repeatedFlag(args, "plan").flatMap((value) => value.split(",")).map((id) => id.trim()).filter(Boolean);
  const out = flagValue(parsed, "out");
  const yearText = flagValue(parsed, "year");
  const agencyText = flagValue(parsed, "agency");
  const all = parsed.flags.all === true;
  if (planIds.length === 0 || !out || !yearText || all === (agencyText !== null)) return { exitCode: 2, message: USAGE };
  const target = outputTarget(out);
  if (all && target === "xlsx") return { exitCode: 2, message: "Với --all, --out cần là một thư mục hoặc một tệp .zip, không phải một tệp .xlsx." };
  if (!/^\d{4}$/.test(yearText)) return { exitCode: 2, message: `Năm báo cáo "${terminalLine(yearText)}" không hợp lệ: ghi dạng yyyy, ví dụ 2026.` };
  const dates = readDateFlags(parsed.flags);
  if (typeof dates === "string") return { exitCode: 2, message: dates };

  const dataFlag = flagValue(parsed, "data");
  const dataDir = dataFlag ? resolveCliPath(io, dataFlag) : bundledData;
  const plans = new Map<string, PlanCatalog>();
  for (const planId of planIds) {
    const read = await readPlanCatalog(io, dataDir, planId);
    if (!read.ok) return { exitCode: 1, message: planReadMessage(read) };
    plans.set(planId, read.catalog);
  }
  const duties = await readDutyFlags(io, parsed);
  if (typeof duties === "string") return { exitCode: 1, message: duties };
  const { successions, choices, acceptSuggestions } = duties;
  const asOf = todayIso();
  const agency = agencyText === null ? null : resolveRecipient(agencyText, [...plans.values()], successions, asOf);
  if (typeof agency === "string") return { exitCode: 1, message: agency };
  return {
    out,
    target,
    force: parsed.flags.force === true,
    input: {
      planIds,
      loadPlan: (id) => plans.get(id) ?? null,
      recipients: agency ? { agency: agency.id } : "all",
      year: Number(yearText),
      cutoff: dates.cutoff,
      deadline: dates.deadline,
      recipient: flagValue(parsed, "recipient"),
      agencies: bundledAgencies,
      successions,
      choices,
      acceptSuggestions,
      asOf,
    },
  };
}

function readDateFlags(flags: Readonly<Record<string, string | true>>): { cutoff: string | null; deadline: string | null } | string {
  const result = { cutoff: null as string | null, deadline: null as string | null };
  for (const [field, label] of [["cutoff", "Thời gian chốt số liệu"], ["deadline", "Hạn gửi báo cáo"]] as const) {
    const value = flags[field];
    if (value === undefined) continue;
    const iso = typeof value === "string" ? parseVietnameseDate(value) : null;
    if (!iso) return `${label} (--${field}) "${terminalLine(String(value))}" không phải một ngày hợp lệ: ghi dạng dd/mm/yyyy, ví dụ 15/11/2026.`;
    result[field] = iso;
  }
  return result;
}

/**
 * `--agency` as typed: an id, or a name of one body. Names shared by several provinces' bodies are settled by the
 * plans' province, and by which bodies exist today.
 */
function resolveRecipient(text: string, plans: readonly PlanCatalog[], successions: readonly AgencySuccession[], asOf: string): Agency | string {
  const byId = bundledAgencies.find((agency) => agency.id === text.trim());
  if (byId) return byId;
  const named = agenciesNamed(text, bundledAgencies);
  const listed = new Set(plans.flatMap((plan) => [...plan.targets, ...plan.tasks].flatMap((item) => [...item.lead, ...item.partners])));
  const provinces = new Set(
    [...listed].flatMap((id) => [id, ...resolveSuccessor(id, successions, asOf).current]).map((id) => bundledAgencies.find((a) => a.id === id)?.province ?? null),
  );
  const local = named.filter((agency) => provinces.has(agency.province));
  const current = local.filter((agency) => resolveSuccessor(agency.id, successions, asOf).chain.length === 0);
  const pick = current.length === 1 ? current : local.length === 1 ? local : named.length === 1 ? named : [];
  if (pick.length === 1) return pick[0]!;
  const candidates = (current.length > 1 ? current : local.length > 1 ? local : named.length > 1 ? named : closestAgencies(text, bundledAgencies.filter((a) => provinces.has(a.province))))
    .slice(0, 5);
  const lines = [
    named.length > 1 ? `"${terminalLine(text)}" là tên của nhiều cơ quan; hãy chọn theo mã.` : `Không có cơ quan "${terminalLine(text)}" (tìm theo mã, tên hoặc tên viết tắt; dấu tiếng Việt không bắt buộc).`,
  ];
  if (candidates.length > 0) {
    lines.push(named.length > 1 ? "Các cơ quan mang tên này:" : "Có phải bạn muốn:");
    for (const agency of candidates) lines.push(`  --agency ${agency.id}  ${terminalLine(agency.name)}`);
  }
  lines.push("Tìm mã cơ quan: plan-tracker agencies --search <tên>");
  return lines.join("\n");
}

type OutputTarget = "xlsx" | "zip" | "dir";

function outputTarget(out: string): OutputTarget {
  if (/\.zip$/i.test(out)) return "zip";
  if (/\.xlsx$/i.test(out)) return "xlsx";
  return "dir";
}

/** Writes the files; refuses (before writing any) to replace an existing file without --force. */
async function writeOutput(io: CliIo, out: string, target: OutputTarget, files: ReadonlyMap<string, Uint8Array | string>, force: boolean): Promise<string | null> {
  const base = resolveCliPath(io, out);
  if (target === "dir") {
    const paths = [...files.keys()].map((name) => path.join(base, name));
    const existing = [];
    for (const file of paths) if (await io.exists(file)) existing.push(path.basename(file));
    if (existing.length > 0 && !force) return `Thư mục ${out} đã có ${existing.join(", ")}. Hãy chọn thư mục khác cho --out, hoặc thêm --force để ghi đè.`;
    for (const [name, data] of files) await io.writeFile(path.join(base, name), data);
    return null;
  }
  if (!force && (await io.exists(base))) return `Tệp ${out} đã có. Hãy chọn tên khác cho --out, hoặc thêm --force để ghi đè.`;
  if (target === "xlsx") {
    await io.writeFile(base, [...files.values()][0]!);
    return null;
  }
  await io.writeFile(base, await zipFiles(files));
  return null;
}

function datesLine(prepared: PreparedTemplates): string {
  const deadline = prepared.dates.deadline ? vietnameseDate(prepared.dates.deadline) : "chưa quy định";
  return `Năm ${prepared.year}; số liệu tính đến ${vietnameseDate(prepared.dates.cutoff)}; hạn gửi ${deadline}.`;
}

function nothingMessage(prepared: PreparedTemplates): string {
  const agency = prepared.assignments[0]?.agency;
  const pending = prepared.pending.length > 0 ? `\n${pendingLines(prepared).join("\n")}` : "";
  return `${agency ? `${terminalLine(agency.name)} (${agency.id})` : "Không cơ quan nào"} không có chỉ tiêu, nhiệm vụ nào trong các kế hoạch đã chọn: không tạo mẫu biểu.${pending}`;
}

function pendingLines(prepared: PreparedTemplates): string[] {
  const name = (id: string) => terminalLine(prepared.directory.get(id as AgencyId)?.shortName ?? id);
  return [
    `${prepared.pending.length} phần việc của cơ quan bị chia tách chưa được phân giao nên chưa có trong mẫu biểu nào; phân giao bằng --assign <tệp.json>, hoặc nhận các gợi ý theo nội dung bằng --accept-suggestions:`,
    ...prepared.pending.slice(0, PENDING_SHOWN).map(
      (duty) =>
        `  "${duty.dutyKey}": một trong ${duty.candidates.map((id) => `${id} (${name(id)})`).join(", ")}  [trước đây của ${name(duty.from)}${
          duty.suggestion ? `; gợi ý: ${duty.suggestion.agency}` : ""
        }]`,
    ),
    ...(prepared.pending.length > PENDING_SHOWN ? [`  … và ${prepared.pending.length - PENDING_SHOWN} phần việc khác (đủ cả trong ${COVER_LIST_FILE} khi dùng --all)`] : []),
  ];
}

function summary(prepared: PreparedTemplates, written: readonly { agency: Agency; fileName: string }[], out: string, target: OutputTarget): string {
  const lines = [`Đã tạo ${written.length} mẫu biểu vào ${out}. ${datesLine(prepared)}`];
  for (const { agency, fileName } of written) lines.push(`  - ${target === "xlsx" ? out : fileName}: ${terminalLine(agency.name)}`);
  const idle = prepared.assignments.filter((assignment) => assignment.status === "nothing_assigned");
  if (idle.length > 0) lines.push(`${idle.length} cơ quan không có phần việc, không gửi mẫu biểu (xem ${COVER_LIST_FILE}).`);
  if (prepared.pending.length > 0) lines.push(...pendingLines(prepared));
  return lines.join("\n");
}

export { USAGE as TEMPLATE_USAGE };
