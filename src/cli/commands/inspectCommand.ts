import { fileProblemMessage } from "../../workbook/fileProblemMessages";
import { isWorkbookFileError } from "../../workbook/fileProblems";
import type { WorkbookInfo } from "../../workbook/port";
import { openWorkbookFile, type XlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import type { CliIo } from "../cliIo";
import { fileAccessMessage } from "../fileAccessMessage";
import { terminalLine } from "../terminalText";

const VISIBILITY: Record<string, string> = { visible: "hiện", hidden: "ẩn", veryHidden: "ẩn hẳn" };

/** A name written with combining accents (NFD) looks like its composed form (NFC) but is another name: say so. */
function decomposedNote(name: string): string {
  return name === name.normalize("NFC") ? "" : " (tên viết bằng dấu tổ hợp rời, Unicode NFD)";
}

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
  } catch (error) {
    io.stderr(fileAccessMessage(file, error));
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
  io.stdout(formatWorkbookInfo(file, workbook, info));
  return 0;
}

/** One line per sheet, name and metadata entry; every name and value comes from the file, so each is one terminal line. */
function formatWorkbookInfo(file: string, workbook: XlsxWorkbook, info: WorkbookInfo): string {
  const line = terminalLine;
  const lines = [`Tệp: ${line(file)} (${workbook.format}${workbook.writable ? "" : ", chỉ đọc"})`, `Trang tính (${info.sheets.length}):`];
  for (const sheet of info.sheets) {
    const tables = info.tables.filter((table) => table.sheet === sheet.name).map((table) => line(table.name));
    lines.push(
      `  - ${line(sheet.name)}${decomposedNote(sheet.name)} [${VISIBILITY[sheet.visibility] ?? line(sheet.visibility)}]` +
        `${tables.length ? `, bảng: ${tables.join(", ")}` : ""}`,
    );
  }
  if (info.names.length > 0) {
    lines.push(`Tên được định nghĩa (${info.names.length}):`);
    for (const name of info.names) lines.push(`  - ${line(name.name)} = ${line(name.reference)}`);
  }
  const keys = Object.keys(info.metadata).sort();
  lines.push(keys.length ? `Siêu dữ liệu Theo dõi kế hoạch (${keys.length}):` : "Không có siêu dữ liệu Theo dõi kế hoạch.");
  for (const key of keys) lines.push(`  ${line(key)} = ${line(info.metadata[key] ?? "")}`);
  return lines.join("\n");
}
