import { openXlsxWorkbook } from "../../xlsx/xlsxWorkbook";
import type { WorkbookInfo } from "../../workbook/port";
import type { CliIo } from "../cliIo";
import { terminalLine } from "../terminalText";

const VISIBILITY: Record<string, string> = { visible: "hiện", hidden: "ẩn", veryHidden: "ẩn hẳn" };

/** `plan-tracker inspect <file.xlsx>`: sheets, tables, names and Plan Tracker metadata of a workbook. */
export async function runInspectCommand(args: readonly string[], io: CliIo): Promise<number> {
  const file = args[0];
  if (!file) {
    io.stderr("Thiếu tên tệp. Cách dùng: plan-tracker inspect <tệp.xlsx>");
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch {
    io.stderr(`Không đọc được tệp ${file}: kiểm tra đường dẫn.`);
    return 1;
  }
  let info;
  try {
    const workbook = await openXlsxWorkbook(bytes);
    info = await workbook.inspect();
  } catch {
    io.stderr(`Tệp ${file} không phải tệp .xlsx đọc được. Hãy lưu lại bằng Excel hoặc LibreOffice dưới dạng .xlsx.`);
    return 1;
  }
  io.stdout(formatWorkbookInfo(file, info));
  return 0;
}

/** One line per sheet, name and metadata entry; every name and value comes from the file, so each is one terminal line. */
function formatWorkbookInfo(file: string, info: WorkbookInfo): string {
  const line = terminalLine;
  const lines = [`Tệp: ${line(file)}`, `Trang tính (${info.sheets.length}):`];
  for (const sheet of info.sheets) {
    const tables = info.tables.filter((table) => table.sheet === sheet.name).map((table) => line(table.name));
    lines.push(`  - ${line(sheet.name)} [${VISIBILITY[sheet.visibility] ?? line(sheet.visibility)}]${tables.length ? `, bảng: ${tables.join(", ")}` : ""}`);
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
