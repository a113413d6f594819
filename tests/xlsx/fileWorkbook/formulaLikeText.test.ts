import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createXlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../../helpers/externalPrograms";

/**
 * Text that starts like a formula, written to a file, as two independent programs see it: openpyxl reads the
 * file itself, and again after LibreOffice opened and saved it, as an agency without our add-in would.
 */
const TEXTS = ["=1+1", "- Rà soát, điều chỉnh", "+84 912 345 678", "@SUM(1+1)", "\t=1+1", "\r=1+1"];

interface SeenCell {
  readonly value: unknown;
  readonly dataType: string;
  readonly quotePrefix: boolean;
  readonly link: string | null;
}

async function cellsSeenByOpenpyxl(file: string): Promise<Record<string, SeenCell>> {
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({f"{ws.title}!{c.coordinate}": {"value": c.value, "dataType": c.data_type, "quotePrefix": bool(c.quotePrefix),
  "link": c.hyperlink.location if c.hyperlink else None} for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value is not None}))`;
  return JSON.parse(await runOpenpyxl(script, [file]));
}

describe("text that starts like a formula in a saved file", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "pt-formula-text-"));
  const file = path.join(dir, "written.xlsx");
  let written: Record<string, SeenCell>;
  let resaved: Record<string, SeenCell>;

  beforeAll(async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([
      { kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã"]] } },
      {
        kind: "writeSheet",
        sheet: { name: "Nhiệm vụ", values: [[...TEXTS, "Đi tới"]], links: [{ address: "G1", target: { sheet: "Báo cáo", address: "D7" } }] },
      },
    ]);
    await workbook.apply([{ kind: "writeRange", sheet: "Báo cáo", address: "A3", values: [TEXTS] }]);
    writeFileSync(file, await workbook.toBuffer());
    written = await cellsSeenByOpenpyxl(file);
    const out = path.join(dir, "libreoffice");
    await convertWithLibreOffice(file, out);
    resaved = await cellsSeenByOpenpyxl(path.join(out, "written.xlsx"));
  }, 180_000);

  const cells = (row: string) => TEXTS.map((_text, index) => `${row.split("!")[0]}!${String.fromCharCode(65 + index)}${row.split("!")[1]}`);

  it.each(["Nhiệm vụ!1", "Báo cáo!3"])("is a string with the quote prefix for openpyxl (%s, sheet and range writes)", (row) => {
    expect(cells(row).map((cell) => written[cell])).toEqual(TEXTS.map((value) => ({ value, dataType: "s", quotePrefix: true, link: null })));
  });

  it.each(["Nhiệm vụ!1", "Báo cáo!3"])("is still the same string, not a formula, after LibreOffice saved the file (%s)", (row) => {
    expect(cells(row).map((cell) => [resaved[cell]?.value, resaved[cell]?.dataType])).toEqual(TEXTS.map((value) => [value, "s"]));
  });

  it("keeps a link to a cell of the workbook, for openpyxl and after LibreOffice", () => {
    expect(written["Nhiệm vụ!G1"]).toEqual({ value: "Đi tới", dataType: "s", quotePrefix: false, link: "'Báo cáo'!D7" });
    expect(resaved["Nhiệm vụ!G1"]?.link).toBe("'Báo cáo'!D7");
  });
});
