import { openAsNewWorkbook } from "../../src/excel/createWorkbook";
import { readTemplate } from "../../src/workflows/readTemplate";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { AGENCIES, makeCatalog } from "../helpers/catalogBuilders";

let excel: ExcelFakeHandle;
beforeEach(() => {
  excel = installExcelFake();
});
afterEach(() => excel.uninstall());

describe("openAsNewWorkbook", () => {
  it("hands Excel the file's exact bytes, which open as a template readTemplate recognises", async () => {
    const catalog = makeCatalog();
    const generated = await generateTemplates(
      {
        planIds: [catalog.id],
        loadPlan: () => catalog,
        recipients: "all",
        year: 2026,
        agencies: AGENCIES,
        successions: [],
        asOf: "2026-11-23",
      },
      () => createXlsxWorkbook(),
    );
    if (!generated.ok) throw new Error(generated.error.code);
    const template = generated.result.written[0]!;
    const bytes = await template.port.toBuffer();

    await openAsNewWorkbook(bytes);

    expect(excel.createdWorkbooks).toHaveLength(1);
    expect(Buffer.from(excel.createdWorkbooks[0]!).equals(Buffer.from(bytes))).toBe(true);
    const recognition = await readTemplate(await openWorkbookFile(excel.createdWorkbooks[0]!));
    expect(recognition.recognised && recognition.result.metadata.agency).toBe(template.agency.id);
  });

  it("sends a workbook larger than one encoding slice whole", async () => {
    const bytes = Uint8Array.from({ length: 100_000 }, (_value, index) => (index * 31) % 256);
    await openAsNewWorkbook(bytes);
    expect(Buffer.from(excel.createdWorkbooks[0]!).equals(Buffer.from(bytes))).toBe(true);
  });

  it("goes through no Excel.run on the open workbook", async () => {
    await openAsNewWorkbook(new Uint8Array([80, 75, 3, 4]));
    expect(excel.runs).toBe(0);
    expect(excel.syncCount).toBe(0);
  });
});
