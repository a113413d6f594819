import { fileProblemMessage } from "../../workbook/fileProblemMessages";
import { isWorkbookFileError } from "../../workbook/fileProblems";
import { openWorkbookFile } from "../../xlsx/xlsxWorkbook";
import type { CliIo } from "../cliIo";

const VISIBILITY: Record<string, string> = { visible: "hiện", hidden: "ẩn", veryHidden: "ẩn hẳn" };

/** `plan-tracker inspect <file>`: format, sheets, tables, names and Plan Tracker metadata of a workbook. */
export async function runInspectCommand(args: readonly string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (!file) {
    io.stderr("Thiếu tên tệp. Cách dùng: plan-tracker inspect <tệp.xlsx|.xls|.ods|.csv>");
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    io.stderr(`Không đọc được tệp ${file}: kiểm tra đường dẫn.`);
    return 1;
  }
  let workbook;
  let info;
  try {
    workbook = await openWorkbookFile(bytes, { fileName: file });
    info = await workbook.inspect();
  } catch (error) {
    if (!isWorkbookFileError(error)) throw error;
    io.stderr(`${file}: ${fileProblemMessage(error.code, "vi", error.detail)}`);
    return 1;
  }
  const lines = [`Tệp: ${file} (${workbook.format}${workbook.writable ? "" : ", chỉ đọc"})`, `Trang tính (${info.sheets.length}):`];
  for (const sheet of info.sheets) {
    const tables = info.tables.filter((table) => table.sheet === sheet.name).map((table) => table.name);
    lines.push(`  - ${sheet.name} [${VISIBILITY[sheet.visibility] ?? sheet.visibility}]${tables.length ? `, bảng: ${tables.join(", ")}` : ""}`);
  }
  if (info.names.length > 0) {
    lines.push(`Tên được định nghĩa (${info.names.length}):`);
    for (const name of info.names) lines.push(`  - ${name.name} = ${name.reference}`);
  }
  const keys = Object.keys(info.metadata).sort();
  lines.push(keys.length ? `Siêu dữ liệu Theo dõi kế hoạch (${keys.length}):` : "Không có siêu dữ liệu Theo dõi kế hoạch.");
  for (const key of keys) lines.push(`  ${key} = ${info.metadata[key]}`);
  io.stdout(lines.join("\n"));
  return 0;
}
