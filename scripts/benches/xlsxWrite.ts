import type { CellValue } from "../../src/domain/grid/cellValue";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { medianMs } from "./timing";

function rows(count: number): CellValue[][] {
  const header = ["Mã", "Chỉ tiêu", "Đơn vị", "Giá trị", "Năm", "Chủ trì"];
  return [header, ...Array.from({ length: count }, (_, i) => [`${i + 1}.1`, `Chỉ tiêu số ${i + 1}`, "%", i / 10, 2030, "Sở Y tế"])];
}

/** Writing a tabled sheet and saving it as .xlsx, at two sizes, to show how cost grows with rows. */
export default async function benchXlsxWrite(): Promise<readonly string[]> {
  const lines: string[] = [];
  const results: Record<number, number> = {};
  for (const count of [1_000, 10_000]) {
    const values = rows(count);
    results[count] = await medianMs(3, async () => {
      const workbook = await createXlsxWorkbook();
      await workbook.apply([
        { kind: "writeSheet", sheet: { name: "Chỉ tiêu", values, tables: [{ name: "tblBench", address: `A1:F${count + 1}` }] } },
      ]);
      await workbook.toBuffer();
    });
    lines.push(`${count.toLocaleString("en")} rows: ${results[count]!.toFixed(0)} ms (median of 3)`);
  }
  lines.push(`ratio 10,000 / 1,000 rows: ${(results[10_000]! / results[1_000]!).toFixed(1)}x (linear would be 10x)`);
  return lines;
}
