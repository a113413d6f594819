import type { AgencySuccession } from "../../domain/catalog/agency";
import { bundledAgencies, bundledSuccessions } from "../../domain/catalog/agencies/bundledAgencies";
import { mergeSuccessions } from "../../domain/catalog/agencies/mergeSuccessions";
import { injectPlan } from "../../workflows/injectPlan";
import { fileProblemMessage } from "../../workbook/fileProblemMessages";
import { isWorkbookFileError } from "../../workbook/fileProblems";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import { flagValue, parseArgs, resolveCliPath } from "../cliArgs";
import type { CliIo } from "../cliIo";
import { fileAccessMessage } from "../fileAccessMessage";
import { planReadMessage, readPlanCatalog } from "../readPlanCatalog";
import { readSuccessionEdits, successionEditsMessage } from "../readSuccessionEdits";
import { resolveAgencyFlag } from "../resolveAgencyArg";
import { terminalLine } from "../terminalText";

const USAGE = `Cách dùng: plan-tracker inject --plan <mã kế hoạch> --out <tệp.xlsx> [--agency <mã cơ quan>] [--into <tệp.xlsx có sẵn>] [--lang vi|en] [--successors <tệp.json>] [--force] [--data <thư mục>]

Đưa chỉ tiêu, nhiệm vụ và bảng phân công của một kế hoạch vào sổ tính (bốn bảng Excel có tên).
  --plan     mã kế hoạch, xem: plan-tracker catalog list
  --agency   chỉ đưa phần việc cơ quan này chủ trì hoặc phối hợp: mã hoặc tên, dấu không bắt buộc (xem: plan-tracker agencies --plan <mã>)
  --into     ghi thêm vào một sổ tính có sẵn; các trang tính của bạn được giữ nguyên
  --out      tệp .xlsx sẽ ghi ra (không được trùng --into; tệp đã có chỉ bị ghi đè khi có --force)
  --lang     ngôn ngữ tiêu đề cột: vi (mặc định) hoặc en
  --successors  tệp JSON sửa bảng cơ quan kế nhiệm (cùng dạng data/agency-successors.json)`;

/** `plan-tracker inject`: the same injection the pane runs, on an .xlsx file. */
export async function runInjectCommand(args: readonly string[], io: CliIo, options: { readonly dataDir: string }): Promise<number> {
  const parsed = parseArgs(args, ["force"]);
  const planId = flagValue(parsed, "plan");
  const out = flagValue(parsed, "out");
  const language = flagValue(parsed, "lang") ?? "vi";
  if (!planId || !out || (language !== "vi" && language !== "en")) {
    io.stderr(USAGE);
    return 2;
  }
  const dataFlag = flagValue(parsed, "data");
  const dataDir = dataFlag ? resolveCliPath(io, dataFlag) : options.dataDir;
  const plan = await readPlanCatalog(io, dataDir, planId);
  if (!plan.ok) {
    io.stderr(planReadMessage(plan));
    return 1;
  }
  const catalog = plan.catalog;
  const successorsFile = flagValue(parsed, "successors");
  let edits: readonly AgencySuccession[] = [];
  if (successorsFile) {
    const read = await readSuccessionEdits(io, resolveCliPath(io, successorsFile), new Set(bundledAgencies.map((a) => a.id)));
    if (!read.ok) {
      io.stderr(successionEditsMessage(successorsFile, read.problems));
      return 1;
    }
    edits = read.edits;
  }
  const agencyArg = resolveAgencyFlag(parsed.flags.agency, catalog, mergeSuccessions(bundledSuccessions, edits));
  if (!agencyArg.ok) {
    io.stderr(agencyArg.message);
    return agencyArg.exitCode;
  }
  const agency = agencyArg.agency;

  const into = flagValue(parsed, "into");
  const refusal = await refuseOutput(io, out, into, parsed.flags.force === true);
  if (refusal) {
    io.stderr(refusal);
    return 1;
  }
  const workbook = into ? await openTarget(io, into) : await createXlsxWorkbook();
  if (typeof workbook === "string") {
    io.stderr(workbook);
    return 1;
  }
  let result;
  try {
    result = await injectPlan(workbook, catalog, {
      agencies: bundledAgencies,
      agency,
      language,
      successions: mergeSuccessions(bundledSuccessions, edits),
      now: () => new Date(),
    });
  } catch (error) {
    if (!isWorkbookFileError(error)) throw error;
    io.stderr(`${into ?? out}: ${fileProblemMessage(error.code, "vi", error.detail)}`);
    return 1;
  }
  await io.writeFile(resolveCliPath(io, out), await workbook.toBuffer());

  const lines = [`Đã ghi kế hoạch ${catalog.id}${agency ? ` (phần việc của ${agency})` : ""} vào ${out}:`];
  for (const sheet of result.sheets) {
    const notes = [
      sheet.updated ? "cập nhật trang đã có" : null,
      sheet.nameTaken ? `tên “${terminalLine(sheet.nameTaken)}” đã có trang tính khác, giữ nguyên trang đó` : null,
    ].filter(Boolean);
    lines.push(`  - ${terminalLine(sheet.name)}: ${sheet.rows} dòng${notes.length ? ` (${notes.join("; ")})` : ""}`);
  }
  io.stdout(lines.join("\n"));
  return 0;
}

/** The output never replaces the input, nor an existing file unless --force says so. */
async function refuseOutput(io: CliIo, out: string, into: string | null, force: boolean): Promise<string | null> {
  const outPath = resolveCliPath(io, out);
  if (into && (resolveCliPath(io, into) === outPath || (await io.sameFile(resolveCliPath(io, into), outPath)))) {
    return `--out trùng với --into (${out}): Theo dõi kế hoạch không ghi đè tệp gốc. Hãy chọn một tên tệp khác cho --out.`;
  }
  if (!force && (await io.exists(outPath))) {
    return `Tệp ${out} đã có. Hãy chọn tên khác cho --out, hoặc thêm --force để ghi đè.`;
  }
  return null;
}

/** The workbook to write into: an .xlsx from any program; other formats are read-only and refused with the reason. */
async function openTarget(io: CliIo, into: string): Promise<XlsxWorkbook | string> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(resolveCliPath(io, into));
  } catch (error) {
    return fileAccessMessage(into, error);
  }
  try {
    const workbook = await openWorkbookFile(bytes, { fileName: into });
    return workbook.writable ? workbook : `${into}: ${fileProblemMessage("read_only_format", "vi", workbook.format)}`;
  } catch (error) {
    if (!isWorkbookFileError(error)) throw error;
    return `${into}: ${fileProblemMessage(error.code, "vi", error.detail)}`;
  }
}


export { USAGE as INJECT_USAGE };
