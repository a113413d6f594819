import { bundledAgencies } from "../../domain/catalog/agencies/bundledAgencies";
import { nativeDigest } from "../nativeDigest";
import type { PlanCatalog } from "../../domain/catalog/types";
import { STATE_LABELS } from "../../domain/consolidation/consolidationText";
import { historyCsv } from "../../domain/consolidation/history";
import { PROGRESS_PROFILES, type ProgressProfileId } from "../../domain/consolidation/progressStatus";
import type { SubmissionRegister } from "../../domain/consolidation/submissionRegister";
import { templateErrorMessage } from "../../domain/templates/templateMessages";
import { formatDateVi } from "../../domain/text/vietnameseFormat";
import type { DatedSubmission } from "../../domain/validation/timeliness";
import { fileProblemMessage } from "../../workbook/fileProblemMessages";
import { isWorkbookFileError } from "../../workbook/fileProblems";
import type { WorkbookPort } from "../../workbook/port";
import { consolidate, type ReturnSource } from "../../workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../xlsx/xlsxWorkbook";
import { flagValue, parseArgs, repeatedFlag, resolveCliPath } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { readDutyFlags, type DutyFlags } from "../dutyFlags";
import { fileAccessMessage } from "../fileAccessMessage";
import { inputsNamed, listInputFiles, SUBFOLDER_DEPTH, type InputFile } from "../inputFiles";
import { planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { enteredDates, readSubmittedFlags, submissionOf, type EnteredSubmission } from "../submittedFlags";
import { VALIDATE_WORDS } from "./validateWords";
import { terminalLine } from "../terminalText";

const USAGE = `Cách dùng: plan-tracker consolidate <tệp hoặc thư mục>… --plan <mã> [--plan <mã>…] --year <năm> --out <báo-cáo.xlsx>
       [--history <báo cáo năm trước .xlsx | dữ liệu .csv>] [--include <tệp>…] [--csv <dữ-liệu.csv>] [--profile default|unsd]
       [--successors <tệp.json>] [--assign <tệp.json>] [--accept-suggestions] [--submitted <tệp>=<dd/mm/yyyy>]… [--json] [--force]

Tổng hợp báo cáo các cơ quan gửi về thành báo cáo của tỉnh: sổ theo dõi (cơ quan nào đã gửi, đúng hạn hay muộn,
chưa gửi), danh sách cần đôn đốc, bảng chỉ tiêu và nhiệm vụ, tổng hợp theo mục tiêu và theo cơ quan (kèm biểu đồ),
dự thảo báo cáo và bảng dữ liệu qua các năm. Ngày gửi của mỗi tệp là ngày sửa tệp lần cuối.
Thư mục: đọc mọi tệp .xlsx, .xls, .ods, .csv trong thư mục và các thư mục con (tối đa ${SUBFOLDER_DEPTH} cấp), trừ tệp ẩn
và bản "…-kiem-tra.xlsx" do lệnh validate --mark ghi. Thư mục chưa có tệp nào vẫn cho sổ theo dõi (mọi cơ quan chưa gửi).
  --plan     các kế hoạch tổng hợp; nhắc lại cho nhiều kế hoạch
  --year     năm báo cáo, ví dụ 2026
  --out      tệp báo cáo tổng hợp (.xlsx)
  --history  báo cáo tổng hợp năm trước (trang "Dữ liệu") hoặc tệp .csv xuất từ trang đó: nối thêm số liệu năm nay
  --include  tổng hợp cả tệp này dù có lỗi cấu trúc (mặc định không tổng hợp): đường dẫn của tệp, hoặc tên tệp
             như sổ theo dõi ghi; nhắc lại cho nhiều tệp
  --csv      ghi thêm trang "Dữ liệu" ra tệp .csv (chữ bắt đầu bằng = + - @ được thêm dấu ' để không thành công thức)
  --profile  bộ ngưỡng đánh giá tiến độ: default (Open SDG, Thống kê Canada: 0,95 / 0,6 / 0) hoặc unsd (0,95 / 0,5 / -0,1)
  --successors, --assign, --accept-suggestions  như lệnh template, để cơ quan phải báo cáo đúng là các cơ quan đã nhận mẫu biểu:
             bảng cơ quan kế nhiệm sửa đổi (.json); phân giao nhiệm vụ của cơ quan bị chia tách (.json); nhận các gợi ý phân giao
  --submitted  ngày nhận được tệp (dd/mm/yyyy), thay cho ngày sửa tệp; nhắc lại cho từng tệp. Đúng hạn hay muộn
             tính theo lần gửi đầu tiên tổng hợp được; sổ theo dõi ghi ngày của tệp được dùng
  --json     in sổ theo dõi dạng JSON: trạng thái từng cơ quan, các tệp đã gửi, phần còn thiếu
  --force    ghi đè tệp đã có

Mã thoát: 0 đã ghi báo cáo (sổ theo dõi ghi rõ cơ quan còn thiếu), 1 không đọc được kế hoạch hoặc không ghi được, 2 sai cách dùng.`;

interface ConsolidateRequest {
  readonly inputs: readonly string[];
  readonly plans: readonly PlanCatalog[];
  readonly year: number;
  readonly out: string;
  readonly history: string | null;
  readonly include: readonly string[];
  readonly csv: string | null;
  readonly duties: DutyFlags;
  readonly profile: ProgressProfileId;
  readonly submitted: readonly EnteredSubmission[];
  readonly json: boolean;
  readonly force: boolean;
}

type Refusal = { readonly exitCode: 1 | 2; readonly message: string };

/** `plan-tracker consolidate`: the returns given, consolidated into the province's report workbook. */
export async function runConsolidateCommand(
  args: readonly string[],
  io: CliIo,
  options: { readonly dataDir: string },
): Promise<number> {
  const request = await readRequest(args, io, options.dataDir);
  if ("exitCode" in request) {
    io.stderr(request.message);
    return request.exitCode;
  }
  const refusal = await outputRefusal(io, request);
  if (refusal) {
    io.stderr(refusal);
    return 1;
  }
  const { files, emptyFolders } = await listInputFiles(io, request.inputs, { subfolders: SUBFOLDER_DEPTH });
  // The first day, nothing has arrived: the register of who is missing is what the officer wants.
  for (const folder of emptyFolders)
    io.stderr(`Chú ý: thư mục ${terminalLine(folder)} (cả các thư mục con) chưa có báo cáo nào (.xlsx, .xls, .ods, .csv).`);
  const overwrite = await inputOverwritten(io, request, files);
  if (overwrite) {
    io.stderr(overwrite);
    return 2;
  }
  const entered = await enteredDates(io, request.submitted, files);
  if ("unknown" in entered) {
    io.stderr(`--submitted: "${terminalLine(entered.unknown)}" không phải tệp nào trong các tệp đang tổng hợp.`);
    return 2;
  }
  const include = await includedFiles(io, request.include, files);
  if (typeof include === "string") {
    io.stderr(include);
    return 2;
  }
  const opened = await openReturns(io, files, entered);
  const history = request.history ? await openOne(io, request.history) : null;
  if (history && "reason" in history) {
    io.stderr(`--history ${history.reason}`);
    return 1;
  }
  const out = await createXlsxWorkbook();
  const result = await consolidate(
    {
      plans: request.plans,
      year: request.year,
      returns: opened.returns,
      agencies: bundledAgencies,
      successions: request.duties.successions,
      choices: request.duties.choices,
      acceptSuggestions: request.duties.acceptSuggestions,
      profile: request.profile,
      include,
      history: history?.port ?? null,
      digest: nativeDigest,
    },
    out,
  );
  if (!result.ok) {
    io.stderr(templateErrorMessage(result.error));
    return 1;
  }
  await io.writeFile(resolveCliPath(io, request.out), await out.toBuffer());
  if (request.csv) await io.writeFile(resolveCliPath(io, request.csv), historyCsv(result.report.history));
  const { register } = result.report;
  if (request.json)
    io.stdout(JSON.stringify(jsonOf(request, register, opened.unreadable, result.historyFound), null, 2));
  else io.stdout(summary(request, register, opened.unreadable, result.historyFound));
  return 0;
}

async function readRequest(
  args: readonly string[],
  io: CliIo,
  bundledData: string,
): Promise<ConsolidateRequest | Refusal> {
  const parsed = parseArgs(args, ["json", "force", "accept-suggestions"]);
  const planIds = repeatedFlag(args, "plan")
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter(Boolean);
  const yearText = flagValue(parsed, "year");
  const out = flagValue(parsed, "out");
  if (
    parsed.positional.length === 0 ||
    planIds.length === 0 ||
    !yearText ||
    !out ||
    ["history", "include", "csv", "profile", "successors", "assign", "submitted"].some((flag) => parsed.flags[flag] === true)
  )
    return { exitCode: 2, message: USAGE };
  const submitted = readSubmittedFlags(args);
  if ("bad" in submitted) return { exitCode: 2, message: VALIDATE_WORDS.vi.submittedBad(terminalLine(submitted.bad)) };
  if (!/^\d{4}$/.test(yearText))
    return { exitCode: 2, message: `Năm báo cáo "${terminalLine(yearText)}" không hợp lệ: ghi dạng yyyy, ví dụ 2026.` };
  if (!/\.xlsx$/i.test(out))
    return { exitCode: 2, message: `--out ${terminalLine(out)}: báo cáo tổng hợp là một tệp .xlsx.` };
  const profile = flagValue(parsed, "profile") ?? "default";
  if (!Object.hasOwn(PROGRESS_PROFILES, profile))
    return { exitCode: 2, message: `--profile ${terminalLine(profile)}: chọn default hoặc unsd.` };
  const dataFlag = flagValue(parsed, "data");
  const dataDir = dataFlag ? resolveCliPath(io, dataFlag) : bundledData;
  const plans: PlanCatalog[] = [];
  for (const planId of [...new Set(planIds)]) {
    const read = await readPlanCatalog(io, dataDir, planId);
    if (!read.ok) return { exitCode: 1, message: planReadMessage(read) };
    plans.push(read.catalog);
  }
  const duties = await readDutyFlags(io, parsed);
  if (typeof duties === "string") return { exitCode: 1, message: duties };
  return {
    inputs: parsed.positional,
    plans,
    year: Number(yearText),
    out,
    history: flagValue(parsed, "history"),
    // Matched against the inputs once they are listed (includedFiles).
    include: repeatedFlag(args, "include"),
    csv: flagValue(parsed, "csv"),
    duties,
    profile: profile as ProgressProfileId,
    submitted,
    json: parsed.flags.json === true,
    force: parsed.flags.force === true,
  };
}

async function outputRefusal(io: CliIo, request: ConsolidateRequest): Promise<string | null> {
  for (const target of [request.out, request.csv].filter((file): file is string => file !== null)) {
    if (!request.force && (await io.exists(resolveCliPath(io, target))))
      return `${terminalLine(target)} đã có; thêm --force để ghi đè.`;
  }
  return null;
}

/** Refusal when --out or --csv is one of the returns or the history (--force or not): an agency's file is never replaced. */
async function inputOverwritten(io: CliIo, request: ConsolidateRequest, files: readonly InputFile[]): Promise<string | null> {
  const real = async (file: string) => (await io.realPath?.(resolveCliPath(io, file))) ?? resolveCliPath(io, file);
  const read = new Set(files.map((file) => file.real));
  if (request.history) read.add(await real(request.history));
  for (const [flag, target] of [["--out", request.out], ["--csv", request.csv]] as const) {
    if (target !== null && read.has(await real(target)))
      return `${flag} ${terminalLine(target)} là một tệp đang đọc (báo cáo của cơ quan hoặc --history); chọn tên khác.`;
  }
  return null;
}

interface Unreadable {
  readonly file: string;
  readonly reason: string;
}

async function openOne(io: CliIo, file: string): Promise<{ port: WorkbookPort } | Unreadable> {
  try {
    const bytes = await io.readFile(resolveCliPath(io, file));
    return { port: await openWorkbookFile(bytes, { fileName: file }) };
  } catch (error) {
    if (isWorkbookFileError(error))
      return { file, reason: `${terminalLine(file)}: ${fileProblemMessage(error.code, "vi")}` };
    return { file, reason: fileAccessMessage(file, error) };
  }
}

/**
 * The register's names of the files --include names (by path, or by the name the register shows); a refusal when one
 * names no input, or a bare name fits several: including nothing, or the wrong return, must not pass unnoticed.
 */
async function includedFiles(io: CliIo, given: readonly string[], files: readonly InputFile[]): Promise<string[] | string> {
  const shown: string[] = [];
  for (const name of given) {
    const named = await inputsNamed(io, name, files);
    if ("problem" in named)
      return named.problem === "unknown"
        ? `--include ${terminalLine(name)}: không phải tệp nào trong các tệp đang tổng hợp.`
        : `--include ${terminalLine(name)}: có ${named.candidates.length} tệp cùng tên (${named.candidates.map((file) => terminalLine(file.shown)).join(", ")}); ghi rõ đường dẫn.`;
    shown.push(...named.files.map((file) => file.shown));
  }
  return shown;
}

/** Each return opened, named as the register shows it; those that cannot be opened are listed and left out. */
async function openReturns(
  io: CliIo,
  files: readonly InputFile[],
  entered: ReadonlyMap<string, DatedSubmission>,
): Promise<{ returns: ReturnSource[]; unreadable: Unreadable[] }> {
  const returns: ReturnSource[] = [];
  const unreadable: Unreadable[] = [];
  for (const file of files) {
    const opened = await openOne(io, file.path);
    if ("reason" in opened) unreadable.push(opened);
    else
      returns.push({
        file: file.shown,
        port: opened.port,
        submittedOn: (await submissionOf(io, file, entered))?.on ?? null,
      });
  }
  return { returns, unreadable };
}

function summary(
  request: ConsolidateRequest,
  register: SubmissionRegister,
  unreadable: readonly Unreadable[],
  historyFound: boolean | null,
): string {
  const count = (state: string) => register.entries.filter((entry) => entry.state === state).length;
  const lines = [
    `Đã ghi báo cáo tổng hợp năm ${request.year} vào ${terminalLine(request.out)}${request.csv ? ` và dữ liệu vào ${terminalLine(request.csv)}` : ""}.`,
    `${register.entries.length} cơ quan phải báo cáo${register.dueOn ? ` (hạn ${formatDateVi(register.dueOn)})` : ""}: ${count("on_time")} đúng hạn, ${count("late")} muộn hạn, ${count("received")} không rõ ngày gửi, ${count("not_merged")} chưa tổng hợp được (lỗi cấu trúc), ${count("missing")} chưa gửi.`,
  ];
  if (historyFound === false)
    lines.push(
      `--history ${terminalLine(request.history ?? "")}: không có trang "Dữ liệu" nào; chỉ có số liệu năm nay.`,
    );
  if (register.chase.length > 0) {
    lines.push(`Cần đôn đốc (${register.chase.length}):`);
    for (const entry of register.chase) {
      const owed = [
        entry.owes.rows.length > 0 ? `thiếu ${entry.owes.rows.length}/${entry.expectedRows} dòng` : null,
        entry.owes.errors.length > 0 ? `${entry.owes.errors.length} lỗi cần sửa` : null,
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(`  - ${terminalLine(entry.name)}: ${STATE_LABELS[entry.state]}${owed ? `; ${owed}` : ""}`);
    }
  }
  for (const file of register.unmatched)
    lines.push(`  ${terminalLine(file.file)}: không thuộc cơ quan nào phải báo cáo, không tổng hợp.`);
  for (const file of unreadable) lines.push(`  ${file.reason}`);
  return lines.join("\n");
}

function jsonOf(
  request: ConsolidateRequest,
  register: SubmissionRegister,
  unreadable: readonly Unreadable[],
  historyFound: boolean | null,
): unknown {
  return {
    out: request.out,
    year: request.year,
    plans: request.plans.map((plan) => plan.id),
    profile: request.profile,
    dueOn: register.dueOn,
    historyFound,
    register: register.entries.map((entry) => ({
      agency: entry.agency,
      name: entry.name,
      state: entry.state,
      file: entry.used?.file ?? null,
      // The day the file used arrived, and the first mergeable return's day, on which on_time/late was judged.
      submittedOn: entry.submittedOn,
      firstSubmittedOn: entry.firstSubmittedOn,
      expectedRows: entry.expectedRows,
      rowsOwed: entry.owes.rows.map((row) => ({ plan: row.plan, code: row.code, section: row.section })),
      errors: entry.owes.errors.map(({ code, sheet, cell, message }) => ({ code, sheet, cell, message })),
      submissions: entry.submissions,
    })),
    chase: register.chase.map((entry) => entry.agency),
    unmatched: register.unmatched,
    unreadable: unreadable.map((file) => ({ file: file.file, message: file.reason })),
  };
}

export { USAGE as CONSOLIDATE_USAGE };
