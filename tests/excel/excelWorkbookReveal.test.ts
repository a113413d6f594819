import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { ExcelFakeHandle } from "../fakes/excel";
import { installExcelFake } from "../fakes/excel";

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Tổng hợp" }, { name: "Báo cáo", values: [["Mã", "Giá trị"]] }] });
});

afterEach(() => fake.uninstall());

describe("createExcelWorkbook › reveal", () => {
  it("activates the sheet and selects the cell, in one sync", async () => {
    await createExcelWorkbook().reveal("Báo cáo", "B7");

    expect(fake.activeSheet).toBe("Báo cáo");
    expect(fake.selection).toEqual({ sheet: "Báo cáo", address: "B7" });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0]!.members["Worksheet.activate"]).toBe(1);
  });

  it("fails with ItemNotFound for a sheet that does not exist", async () => {
    await expect(createExcelWorkbook().reveal("Không có", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});
