import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { loadSheetJs } from "../../src/xlsx/read/loadSheetJs";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { medianMs } from "./timing";

const ROWS = 10_000;

function returnRows(): CellValue[][] {
  const header = ["Kế hoạch", "Mã", "Nội dung", "Kết quả năm", "Ước cả năm", "Tình trạng", "Ghi chú"];
  return [
    header,
    ...Array.from({ length: ROWS }, (_, i) => ["000", `${(i % 17) + 1}.${i + 1}`, `Nhiệm vụ số ${i + 1} về chuyển đổi số`, i % 100, (i % 100) + 0.5, "Đang thực hiện", i % 3 ? null : "Ghi chú"]),
  ];
}

/** The same return as .ods and .xls, saved by LibreOffice, when it is installed. */
function convertedCopies(xlsx: Uint8Array): Record<string, Uint8Array> {
  if (!existsSync("/usr/bin/soffice")) return {};
  const folder = mkdtempSync(path.join(tmpdir(), "pt-bench-"));
  const input = path.join(folder, "return.xlsx");
  writeFileSync(input, xlsx);
  const copies: Record<string, Uint8Array> = {};
  for (const format of ["ods", "xls"]) {
    execFileSync("/usr/bin/soffice", [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", format, "--outdir", folder, input], { stdio: "ignore" });
    copies[format] = new Uint8Array(readFileSync(path.join(folder, `return.${format}`)));
  }
  return copies;
}

/**
 * Reading a 10,000-row return: our typed read (open, inspect, typed cells) against a bare SheetJS read of the same
 * bytes to a plain array of values. The ratio is the price of knowing kinds, formats, locks and ownership.
 */
export default async function benchReadReturn(): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const workbook = await createXlsxWorkbook();
  await workbook.apply([{ kind: "writeSheet", sheet: { name: "Nhiệm vụ", values: returnRows() } }]);
  const files: Record<string, Uint8Array> = { xlsx: await workbook.toBuffer(), ...convertedCopies(await workbook.toBuffer()) };
  const XLSX = await loadSheetJs();
  const lines: string[] = [];
  const figures: Record<string, number> = {};
  for (const [format, bytes] of Object.entries(files)) {
    const ours = await medianMs(5, async () => {
      const opened = await openWorkbookFile(bytes);
      await opened.inspect();
      await opened.readCells("Nhiệm vụ");
    });
    const bare = await medianMs(5, () => {
      const book = XLSX.read(bytes, { type: "array" });
      XLSX.utils.sheet_to_json(book.Sheets["Nhiệm vụ"]!, { header: 1 });
    });
    figures[`${format}.oursMs`] = ours;
    figures[`${format}.bareMs`] = bare;
    figures[`${format}.ratio`] = ours / bare;
    lines.push(`.${format} ${ROWS.toLocaleString("en")} rows: ours ${ours.toFixed(0)} ms, bare SheetJS ${bare.toFixed(0)} ms, overhead ${(ours / bare).toFixed(2)}x (median of 5)`);
  }
  if (!files.ods) lines.push("(.ods and .xls skipped: LibreOffice is not installed)");
  return { lines, figures };
}
