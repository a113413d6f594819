import { createXlsxWorkbook, openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";

describe("a sheet that declares more than it holds", () => {
  it("reads the cells it holds and refuses, with a reason, a used area past five million cells", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([
      { kind: "writeSheet", sheet: { name: "_plan_tracker", values: [["ghi chú"]] } },
      { kind: "writeRange", sheet: "_plan_tracker", address: "XFD1048576", values: [["cuối"]] },
    ]);
    const reopened = await openWorkbookFile(await workbook.toBuffer());

    const info = await reopened.inspect();
    expect(info.sheets).toEqual([{ name: "_plan_tracker", visibility: "visible" }]);
    expect(info.metadata).toEqual({});
    expect(await reopened.readSheet("_plan_tracker", "A1:B2")).toEqual([
      ["ghi chú", null],
      [null, null],
    ]);
    await expect(reopened.readCells("_plan_tracker")).rejects.toMatchObject({ code: "sheet_too_large" });
  });
});
