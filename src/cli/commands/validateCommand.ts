import path from "node:path";
import { nativeDigest } from "../nativeDigest";
import type { Agency } from "../../domain/catalog/agency";
import { bundledAgencies, bundledSuccessions } from "../../domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../domain/catalog/types";
import { inLanguage, type ValidationIssue } from "../../domain/validation/validationIssue";
import type { Language } from "../../domain/validation/validationMessages";
import { fileProblemMessage } from "../../workbook/fileProblemMessages";
import { isWorkbookFileError } from "../../workbook/fileProblems";
import { readValidationSettings } from "../../domain/validation/readValidationSettings";
import { describeRule, ruleLine, whenMissingWords } from "../../domain/validation/ruleDescriptions";
import { settingsProblemText } from "../../domain/validation/settingsMessages";
import type { DatedSubmission } from "../../domain/validation/timeliness";
import { DEFAULT_VALIDATION_SETTINGS, isSwitchedOff, VALIDATION_CODES, VALIDATION_RULES, type ValidationSettings } from "../../domain/validation/validationRules";
import { formatNumberVi } from "../../domain/text/vietnameseFormat";
import { checkDuplicateSubmissions, createValidationCache, validateWorkbookReturn, type ValidationCache, type ReturnTemplate, type ValidatedReturn, type ValidationSources } from "../../workflows/validateReturn";
import { returnFileForAgency, returnFileName } from "../../workflows/validationOutputs";
import { openWorkbookFile, type XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { todayIso } from "../agencies/agenciesInPlan";
import { flagValue, parseArgs, repeatedFlag, resolveCliPath } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { fileAccessMessage } from "../fileAccessMessage";
import { emptyFolderMessage, listInputFiles, type InputFile } from "../inputFiles";
import { fileAccessProblem } from "../regularFiles";
import { planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { agencyArgMessage, resolveAgencyArg } from "../resolveAgencyArg";
import { enteredDates, readSubmittedFlags, submissionOf, type EnteredSubmission } from "../submittedFlags";
import { terminalLine } from "../terminalText";
import { VALIDATE_WORDS, type ValidateWords } from "./validateWords";

const USAGE = `Cách dùng: plan-tracker validate <tệp hoặc thư mục>… [--plan <mã>…] [--agency <mã hoặc tên>] [--year <năm>] [--lang vi|en] [--json]
                              [--mark <tệp.xlsx | thư mục>] [--force] [--submitted <tệp>=<dd/mm/yyyy>]… [--rules <quy-tac.json>]
       plan-tracker validate --list-rules [--rules <quy-tac.json>] [--lang vi|en] [--json]

Kiểm tra báo cáo các cơ quan gửi về (.xlsx, .xls, .ods, .csv; thư mục: mọi tệp loại đó trong thư mục):
cấu trúc biểu mẫu, kế hoạch, cơ quan, năm, các dòng và từng giá trị nhập. Mỗi vấn đề ghi trang tính, ô, mức độ,
nội dung và cách sửa. Tệp không đọc được được báo một dòng, các tệp khác vẫn được kiểm tra.
  --plan       các kế hoạch đang thu báo cáo (mặc định: mọi kế hoạch có sẵn); nhắc lại cho nhiều kế hoạch
  --agency     cơ quan đang chờ báo cáo: báo lỗi khi tệp là của cơ quan khác
  --year       năm báo cáo đang thu, ví dụ 2026
  --lang       ngôn ngữ thông báo: vi (mặc định) hoặc en
  --json       in kết quả dạng JSON: [{file, template, ok, issues: [{code, severity, sheet, cell, message, hint}]}]
  --mark       ghi tệp trả lại đơn vị: chính tệp của đơn vị, các ô có vấn đề được tô màu kèm ghi chú, thêm trang
               "Kết quả kiểm tra" liệt kê mọi vấn đề (bấm vào ô để đến chỗ sai). Một tệp .xlsx khi kiểm tra một tệp,
               hoặc một thư mục (mỗi tệp một bản "<tên>-kiem-tra.xlsx"); tệp gốc không bị sửa. Chỉ ghi được tệp .xlsx
  --force      ghi đè tệp trả lại đã có
  --submitted  ngày đơn vị gửi tệp (dd/mm/yyyy), thay cho ngày lưu tệp; nhắc lại cho từng tệp.
               Hạn gửi lấy từ biểu mẫu, hoặc từ chế độ báo cáo của kế hoạch cho năm báo cáo
  --rules      tệp JSON cài đặt quy tắc: {"off": [mã quy tắc…], "jumpRatio": 0.5, "farFromTargetFactor": 10}
  --list-rules in bảng quy tắc: mã, mức độ, có tắt được không, khi thiếu giá trị, vế trái · phép so sánh · vế phải

Mã thoát: 0 không có lỗi (có thể có cảnh báo), 1 có lỗi hoặc có tệp không đọc được, 2 sai cách dùng.`;


interface ValidateRequest {
  readonly inputs: readonly string[];
  readonly sources: ValidationSources;
  readonly agency: string | null;
  readonly year: number | null;
  readonly language: Language;
  readonly json: boolean;
  readonly mark: string | null;
  readonly force: boolean;
  readonly settings: ValidationSettings;
  /** Submission dates the officer entered, by the file as given. */
  readonly submitted: readonly EnteredSubmission[];
}

type Refusal = { readonly exitCode: 1 | 2; readonly message: string };

/** One file's outcome: validated, or why it could not be read. */
type FileOutcome =
  | { readonly kind: "validated"; readonly file: string; readonly result: ValidatedReturn; readonly workbook: XlsxWorkbook; readonly submitted: DatedSubmission | null }
  | { readonly kind: "unreadable"; readonly file: string; readonly code: string; readonly reason: string };

/** `plan-tracker validate`: every return given, each problem at its cell, then a summary per file and overall. */
export async function runValidateCommand(args: readonly string[], io: CliIo, options: { readonly dataDir: string }): Promise<number> {
  if (parseArgs(args, SWITCHES).flags["list-rules"] === true) return listRules(args, io);
  const request = await readRequest(args, io, options.dataDir);
  if ("exitCode" in request) {
    io.stderr(request.message);
    return request.exitCode;
  }
  const listed = await listInputFiles(io, request.inputs);
  if (listed.emptyFolders.length > 0) {
    io.stderr(emptyFolderMessage(listed.emptyFolders[0]!));
    return 2;
  }
  const files = listed.files;
  const entered = await enteredDates(io, request.submitted, files);
  if ("unknown" in entered) {
    io.stderr(VALIDATE_WORDS[request.language].submittedUnknown(terminalLine(entered.unknown)));
    return 2;
  }
  if (request.mark && files.length > 1 && /\.xlsx$/i.test(request.mark)) {
    io.stderr(`--mark ${terminalLine(request.mark)}: khi kiểm tra nhiều tệp, --mark cần là một thư mục.`);
    return 2;
  }
  const outcomes: FileOutcome[] = [];
  const cache = createValidationCache({ digest: nativeDigest });
  for (const file of files) outcomes.push(await validateOne(io, file, request, await submissionOf(io, file, entered), cache));
  const checked = withDuplicates(outcomes);
  const words = VALIDATE_WORDS[request.language];
  const markLines = request.mark ? await writeReturnFiles(io, checked, request, words) : [];
  if (request.json) io.stdout(JSON.stringify(checked.map((outcome) => jsonOf(outcome, request.language)), null, 2));
  else io.stdout([...checked.map((outcome) => fileBlock(outcome, request.language, words)), summary(checked, words), ...markLines].join("\n\n"));
  if (request.json && markLines.length > 0) io.stderr(markLines.join("\n"));
  return checked.some((outcome) => outcome.kind === "unreadable" || !outcome.result.validation.ok) ? 1 : 0;
}

const SWITCHES = ["json", "force", "list-rules"];

async function readRequest(args: readonly string[], io: CliIo, bundledData: string): Promise<ValidateRequest | Refusal> {
  const parsed = parseArgs(args, SWITCHES);
  const language = flagValue(parsed, "lang") ?? "vi";
  const yearText = flagValue(parsed, "year");
  if (parsed.positional.length === 0 || (language !== "vi" && language !== "en") || ["mark", "agency", "rules", "submitted"].some((flag) => parsed.flags[flag] === true)) {
    return { exitCode: 2, message: USAGE };
  }
  const words = VALIDATE_WORDS[language];
  const settings = await readRulesFlag(io, flagValue(parsed, "rules"), language);
  if ("exitCode" in settings) return settings;
  const submitted = readSubmittedFlags(args);
  if ("bad" in submitted) return { exitCode: 2, message: words.submittedBad(terminalLine(submitted.bad)) };
  if (yearText !== null && !/^\d{4}$/.test(yearText)) return { exitCode: 2, message: `Năm báo cáo "${terminalLine(yearText)}" không hợp lệ: ghi dạng yyyy, ví dụ 2026.` };
  const dataFlag = flagValue(parsed, "data");
  const dataDir = dataFlag ? resolveCliPath(io, dataFlag) : bundledData;
  const planIds = repeatedFlag(args, "plan").flatMap((value) => value.split(",")).map((id) => id.trim()).filter(Boolean);
  const ids = planIds.length > 0 ? planIds : await bundledPlanIds(io, dataDir);
  const plans = new Map<string, PlanCatalog>();
  for (const planId of ids) {
    const read = await readPlanCatalog(io, dataDir, planId);
    if (!read.ok) return { exitCode: 1, message: planReadMessage(read) };
    plans.set(planId, read.catalog);
  }
  const agencyText = flagValue(parsed, "agency");
  const agency = agencyText === null ? null : resolveExpectedAgency(agencyText, [...plans.values()]);
  if (agency !== null && typeof agency !== "object") return { exitCode: 1, message: agency };
  return {
    inputs: parsed.positional,
    sources: { plans, agencies: bundledAgencies, successions: bundledSuccessions },
    agency: agency?.id ?? null,
    year: yearText === null ? null : Number(yearText),
    language,
    json: parsed.flags.json === true,
    mark: flagValue(parsed, "mark"),
    force: parsed.flags.force === true,
    settings,
    submitted,
  };
}

/** `--rules <file.json>`: the officer's settings, or a refusal naming every bad entry (nothing half applied). */
async function readRulesFlag(io: CliIo, file: string | null, language: Language): Promise<ValidationSettings | Refusal> {
  if (file === null) return DEFAULT_VALIDATION_SETTINGS;
  const words = VALIDATE_WORDS[language];
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(await io.readFile(resolveCliPath(io, file))));
  } catch (error) {
    const detail = error instanceof SyntaxError || error instanceof TypeError ? (language === "vi" ? "không phải JSON hợp lệ." : "not valid JSON.") : fileAccessMessage(file, error);
    return { exitCode: 2, message: terminalLine(words.rulesUnreadable(file, detail)) };
  }
  const read = readValidationSettings(data);
  if (read.ok) return read.settings;
  return { exitCode: 2, message: [words.rulesRefused(file), ...read.problems.map((problem) => `  - ${settingsProblemText(problem, language)}`)].map(terminalLine).join("\n") };
}

/** `--list-rules`: the rule table, with the officer's settings when --rules is given. */
async function listRules(args: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, SWITCHES);
  const language = flagValue(parsed, "lang") ?? "vi";
  if (language !== "vi" && language !== "en") {
    io.stderr(USAGE);
    return 2;
  }
  const settings = await readRulesFlag(io, flagValue(parsed, "rules"), language);
  if ("exitCode" in settings) {
    io.stderr(settings.message);
    return settings.exitCode;
  }
  const words = VALIDATE_WORDS[language];
  // The rules as data (neutral expressions, as DHIS2's), each with its sides worded in the chosen language.
  const rules = VALIDATION_CODES.map((code) => ({ code, ...VALIDATION_RULES[code], description: describeRule(code, language), off: isSwitchedOff(code, settings) }));
  if (parsed.flags.json === true) {
    io.stdout(JSON.stringify({ rules, jumpRatio: settings.jumpRatio, farFromTargetFactor: settings.farFromTargetFactor }, null, 2));
    return 0;
  }
  const rows = rules.map((rule) => [
    rule.code,
    rule.severity === "error" ? words.error : words.warning,
    rule.off ? words.switchedOff : rule.canSwitchOff ? words.yes : words.no,
    whenMissingWords(rule.code, language),
    ruleLine(rule.code, language),
  ]);
  const table = [words.ruleHeader, ...rows];
  const padded = table[0]!.length - 1;
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const number = (value: number) => (language === "vi" ? formatNumberVi(value) : String(value));
  io.stdout([...table.map((row) => row.map((cell, column) => (column < padded ? cell.padEnd(widths[column]!) : cell)).join("  ")), "", words.bounds(number(settings.jumpRatio), number(settings.farFromTargetFactor))].join("\n"));
  return 0;
}

/** The plan ids of data/plans/index.json. */
async function bundledPlanIds(io: CliIo, dataDir: string): Promise<string[]> {
  try {
    const index = JSON.parse(new TextDecoder("utf-8").decode(await io.readFile(`${dataDir.replace(/[\\/]+$/u, "")}/plans/index.json`))) as unknown;
    return Array.isArray(index) ? index.flatMap((entry: unknown) => (typeof entry === "object" && entry !== null && typeof (entry as { id?: unknown }).id === "string" ? [(entry as { id: string }).id] : [])) : [];
  } catch {
    return [];
  }
}

/** `--agency` against each plan being collected: the first plan it has a part in settles it. */
function resolveExpectedAgency(text: string, plans: readonly PlanCatalog[]): Agency | string {
  const byId = bundledAgencies.find((agency) => agency.id === text.trim());
  if (byId) return byId;
  let message = `Không có cơ quan "${terminalLine(text)}". Tìm mã cơ quan: plan-tracker agencies --search <tên>`;
  for (const catalog of plans) {
    const resolution = resolveAgencyArg(text, { catalog, agencies: bundledAgencies, successions: bundledSuccessions, today: todayIso() });
    if (resolution.ok) return resolution.agency;
    message = agencyArgMessage(text, catalog.id, resolution);
  }
  return message;
}

async function validateOne(
  io: CliIo,
  input: InputFile,
  request: ValidateRequest,
  submitted: DatedSubmission | null,
  cache: ValidationCache,
): Promise<FileOutcome> {
  const file = input.path;
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(resolveCliPath(io, file));
  } catch (error) {
    const problem = fileAccessProblem(error);
    const reason = request.language === "vi" ? fileAccessMessage(file, error) : `the file cannot be read (${problem}): check the path.`;
    return { kind: "unreadable", file, code: problem, reason };
  }
  try {
    const workbook = await openWorkbookFile(bytes, { fileName: file });
    const result = await validateWorkbookReturn(workbook, {
      file,
      sources: request.sources,
      expected: { agency: request.agency, year: request.year },
      today: todayIso(),
      settings: request.settings,
      submitted,
      cache,
    });
    return { kind: "validated", file, result, workbook, submitted };
  } catch (error) {
    if (isWorkbookFileError(error)) return { kind: "unreadable", file, code: error.code, reason: fileProblemMessage(error.code, request.language) };
    // A file that trips the reader in a way nobody foresaw must not stop the other returns.
    const detail = error instanceof Error ? error.message : String(error);
    const reason = request.language === "vi" ? `lỗi ngoài dự kiến khi đọc tệp (${detail}); hãy báo lỗi này kèm tệp.` : `unexpected error while reading the file (${detail}); please report it with the file.`;
    return { kind: "unreadable", file, code: "unexpected", reason };
  }
}

function withDuplicates(outcomes: readonly FileOutcome[]): FileOutcome[] {
  const validated = outcomes.flatMap((outcome) => (outcome.kind === "validated" ? [outcome] : []));
  const checked = checkDuplicateSubmissions(
    validated.map((outcome) => outcome.result),
    validated.map((outcome) => outcome.submitted?.on ?? null),
  );
  let next = 0;
  return outcomes.map((outcome) => (outcome.kind === "validated" ? { ...outcome, result: checked[next++]! } : outcome));
}

function issuesIn(outcome: Extract<FileOutcome, { kind: "validated" }>, language: Language): ValidationIssue[] {
  return outcome.result.validation.issues.map((issue) => (language === "vi" ? issue : inLanguage(issue, language)));
}

function placeOf(issue: ValidationIssue, words: ValidateWords): string {
  if (issue.sheet === null) return words.wholeFile;
  return issue.cell === null ? terminalLine(issue.sheet) : `${terminalLine(issue.sheet)}!${issue.cell}`;
}

function templateLine(template: ReturnTemplate | null, words: ValidateWords): string {
  if (!template) return "";
  const agency = template.agency ? (bundledAgencies.find((a) => a.id === template.agency)?.name ?? template.agency) : null;
  const parts = [agency ? `${terminalLine(agency)} (${terminalLine(template.agency!)})` : null, template.year ? `${words.year} ${template.year}` : null];
  return ` — ${parts.filter(Boolean).join(", ")}`;
}

function fileBlock(outcome: FileOutcome, language: Language, words: ValidateWords): string {
  if (outcome.kind === "unreadable") return outcome.reason.includes(terminalLine(outcome.file)) ? outcome.reason : `${terminalLine(outcome.file)}: ${outcome.reason}`;
  const issues = issuesIn(outcome, language);
  const lines = [`${terminalLine(outcome.file)}${templateLine(outcome.result.template, words)}`];
  for (const issue of issues) {
    const severity = issue.severity === "error" ? words.error : words.warning;
    lines.push(`  ${placeOf(issue, words)}  [${severity}] ${terminalLine(issue.message ?? "")} — ${terminalLine(issue.hint ?? "")}`);
  }
  const { errors, warnings } = outcome.result.validation.summary;
  lines.push(`  → ${issues.length === 0 ? words.clean : words.counts(errors, warnings)}`);
  return lines.join("\n");
}

function summary(outcomes: readonly FileOutcome[], words: ValidateWords): string {
  const validated = outcomes.flatMap((outcome) => (outcome.kind === "validated" ? [outcome.result] : []));
  const withErrors = validated.filter((result) => result.validation.summary.errors > 0).length;
  const warningsOnly = validated.filter((result) => result.validation.summary.errors === 0 && result.validation.summary.warnings > 0).length;
  const clean = validated.length - withErrors - warningsOnly;
  const lines = [words.summary(outcomes.length, validated.length, withErrors, warningsOnly, clean)];
  const byAgency = new Map<string, string[]>();
  for (const result of validated) {
    if (!result.identity) continue;
    const key = `${result.identity.agency} · ${result.identity.year}`;
    byAgency.set(key, [...(byAgency.get(key) ?? []), result.file ?? ""]);
  }
  for (const [agency, files] of byAgency) if (files.length > 1) lines.push(words.twice(terminalLine(agency), files.map(terminalLine)));
  return lines.join("\n");
}

function jsonOf(outcome: FileOutcome, language: Language): unknown {
  if (outcome.kind === "unreadable") return { file: outcome.file, template: null, ok: false, error: { code: outcome.code, message: outcome.reason }, issues: [] };
  return {
    file: outcome.file,
    template: outcome.result.template,
    ok: outcome.result.validation.ok,
    issues: issuesIn(outcome, language).map(({ code, severity, sheet, cell, message, hint }) => ({ code, severity, sheet, cell, message, hint })),
  };
}

/**
 * `--mark`: for each return with problems, the file to send back to its agency (its own workbook, marked, with the
 * results sheet); a .xls or .ods return is said to be read-only, never converted.
 */
async function writeReturnFiles(io: CliIo, outcomes: readonly FileOutcome[], request: ValidateRequest, words: ValidateWords): Promise<string[]> {
  const lines: string[] = [];
  const single = /\.xlsx$/i.test(request.mark!);
  for (const outcome of outcomes) {
    if (outcome.kind !== "validated") continue;
    const name = terminalLine(outcome.file);
    if (outcome.result.validation.issues.length === 0) {
      lines.push(`${name}: ${words.nothingToReturn}`);
      continue;
    }
    if (!outcome.workbook.writable) {
      lines.push(`${name}: ${words.notMarked} ${fileProblemMessage("read_only_format", request.language, outcome.workbook.format)}`);
      continue;
    }
    const out = single ? request.mark! : path.join(request.mark!, returnFileName(path.basename(outcome.file)));
    const target = resolveCliPath(io, out);
    if (await io.sameFile(target, resolveCliPath(io, outcome.file))) {
      lines.push(`${terminalLine(out)}: ${words.sameFile}`);
      continue;
    }
    if (!request.force && (await io.exists(target))) {
      lines.push(`${terminalLine(out)}: ${words.exists}`);
      continue;
    }
    lines.push(await writeReturnFile(io, outcome, out, request, words));
  }
  return lines;
}

async function writeReturnFile(io: CliIo, outcome: Extract<FileOutcome, { kind: "validated" }>, out: string, request: ValidateRequest, words: ValidateWords): Promise<string> {
  let file;
  try {
    file = await returnFileForAgency(outcome.workbook, outcome.result, { language: request.language, agencies: bundledAgencies, checkedOn: todayIso() });
  } catch (error) {
    if (!isWorkbookFileError(error)) throw error;
    return `${terminalLine(outcome.file)}: ${words.notMarked} ${fileProblemMessage(error.code, request.language, outcome.workbook.format)}`;
  }
  if (!file.ok) return `${terminalLine(outcome.file)}: ${words.notMarked} ${fileProblemMessage("read_only_format", request.language, file.format)}`;
  try {
    await io.writeFile(resolveCliPath(io, out), file.bytes);
  } catch (error) {
    // A folder or a device by that name, or no permission: said, and the other returns go on.
    return fileAccessMessage(out, error, "output");
  }
  return words.returned(terminalLine(out), file.markedCells, file.results.issues);
}

export { USAGE as VALIDATE_USAGE };
