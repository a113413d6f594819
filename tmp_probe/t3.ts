import { readFileSync, writeFileSync } from "fs";
import { openWorkbookFile } from "../src/xlsx/xlsxWorkbook";
(async () => {
  const dir = "tests/fixtures/workbooks/";
  for (const f of ["openpyxl-comment.xlsx","openpyxl-chart.xlsx","openpyxl-user-content.xlsx","libreoffice-user-content.xlsx","libreoffice-user-content.ods","libreoffice-user-content.xls","typed-cells.libreoffice.xlsx","inline-strings.xlsx","exceljs-excel-style.xlsx","forged-ownership.xlsx","returns.utf8.csv","returns.utf16.csv","openpyxl-1904.xlsx","openpyxl-iso-dates.xlsx"]) {
    try {
      const wb = await openWorkbookFile(readFileSync(dir + f), { fileName: f });
      const info = await wb.inspect();
      console.log(f, wb.format, JSON.stringify(info.sheets), JSON.stringify(info.names), JSON.stringify(info.tables));
      const first = info.sheets[0]!.name;
      const cells = await wb.readCells(first);
      console.log("  ", JSON.stringify(cells.slice(0, 3).map(r => r.slice(0, 3).map(c => [c.kind, c.value, c.numberFormat, c.locked]))));
    } catch (e) { console.log(f, "ERR", e); }
  }
})();
