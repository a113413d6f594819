import * as ExcelJS from "exceljs";

/** Everything a user sees or a tool reads in a workbook, as plain data, so two workbooks can be compared. */
export async function dumpWorkbook(bytes: Uint8Array): Promise<unknown> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return {
    names: (workbook.definedNames.model as unknown as { name: string; ranges: string[] }[])
      .map((entry) => `${entry.name}=${entry.ranges.join(",")}`)
      .sort(),
    sheets: workbook.worksheets.map((sheet) => {
      const values: unknown[][] = [];
      sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
        values[rowNumber - 1] = (row.values as unknown[]).slice(1);
      });
      return {
        name: sheet.name,
        state: sheet.state,
        values,
        tables: sheet.getTables().map((entry) => {
          const table = (entry as unknown as { table?: { name: string; tableRef?: string; ref?: string } }).table ?? (entry as never);
          return table.name;
        }),
        outline: Array.from({ length: sheet.rowCount }, (_, i) => sheet.getRow(i + 1).outlineLevel ?? 0),
        views: sheet.views,
        validations: (sheet as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model,
      };
    }),
  };
}
