import type { ExcelFakeHandle } from "../../fakes/excel";
import { PAYLOAD_LIMIT_BYTES, installExcelFake } from "../../fakes/excel";
import { rejectionOf } from "../../helpers/excelRejection";

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

describe("the Excel fake: loading and syncing", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: "Chỉ tiêu", values: [["Mã", "Tên chỉ tiêu"], ["1.1", "Tỷ lệ hộ nghèo"]] }] });
  });

  it("throws PropertyNotLoaded when a property is read that was never loaded", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Chỉ tiêu").getRange("A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded", name: "RichApi.Error" }));
    });
  });

  it("throws PropertyNotLoaded when a property is loaded but not yet synced, and reads it after the sync", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Chỉ tiêu").getRange("A1:B2");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([
        ["Mã", "Tên chỉ tiêu"],
        ["1.1", "Tỷ lệ hộ nghèo"],
      ]);
    });
  });

  it("keeps queued writes out of the workbook until sync", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Chỉ tiêu");
      const before = sheet.getRange("C1");
      before.load("values");
      sheet.getRange("C1").values = [["Đơn vị"]];
      const after = sheet.getRange("C1");
      after.load("values");
      expect(fake.sheet("Chỉ tiêu").value("C1")).toBeNull();
      await context.sync();
      expect(fake.sheet("Chỉ tiêu").value("C1")).toBe("Đơn vị");
      // Operations run in queue order: the first load saw the cell empty (Office.js reads empty cells as "").
      expect(before.values).toEqual([[""]]);
      expect(after.values).toEqual([["Đơn vị"]]);
    });
  });

  it("raises ItemNotFound at the next sync, not at getItem, for a missing sheet", async () => {
    const error = await rejectionOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Không có");
      sheet.getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(error).toMatchObject({ name: "RichApi.Error", code: "ItemNotFound" });
  });

  it("reports a missing sheet as a null object through getItemOrNullObject", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Không có");
      const present = context.workbook.worksheets.getItemOrNullObject("chỉ tiêu");
      missing.load("name");
      present.load("name");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
      expect(present.name).toBe("Chỉ tiêu");
    });
  });

  it("treats calls on a null object as no-ops, as Office.js does", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Không có").delete();
      await context.sync();
    });
    expect(fake.sheets.map((sheet) => sheet.name)).toEqual(["Chỉ tiêu"]);
  });

  it("counts syncs and sends still-queued operations in one last sync when the batch returns", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Chỉ tiêu").getRange("C1").values = [["x"]];
      await context.sync();
      context.workbook.worksheets.getItem("Chỉ tiêu").getRange("D1").values = [["y"]];
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.runs).toBe(1);
    expect(fake.sheet("Chỉ tiêu").grid("C1:D1")).toEqual([["x", "y"]]);
  });

  it("leaves operations before a failing one applied, since a batch is not rolled back", async () => {
    await rejectionOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Chỉ tiêu");
      sheet.getRange("C1").values = [["trước"]];
      sheet.getRange("D1:E1").values = [["chỉ một"]];
      sheet.getRange("F1").values = [["sau"]];
      await context.sync();
    });
    expect(fake.sheet("Chỉ tiêu").grid("C1:F1")).toEqual([["trước", null, null, null]]);
  });
});

describe("the Excel fake: payload and argument checks", () => {
  beforeEach(() => {
    fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
  });

  it("records the estimated request bytes of every sync", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["a", "b"]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1000").values = Array.from({ length: 1000 }, () => ["x".repeat(100), 1]);
      await context.sync();
    });
    expect(fake.payloads).toHaveLength(2);
    expect(fake.payloads[0]).toBeLessThan(1_000);
    expect(fake.payloads[1]).toBeGreaterThan(100_000);
  });

  it("rejects a sync over 5 MB with RequestPayloadSizeLimitExceeded and applies nothing of it", async () => {
    const rows = Array.from({ length: 6_000 }, (_row, index) => [`Nhiệm vụ ${index}: ${"x".repeat(1_000)}`]);
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A6000").values = rows;
      await context.sync();
    });
    expect(error.code).toBe("RequestPayloadSizeLimitExceeded");
    expect(fake.payloads[0]).toBeGreaterThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.sheet("Sheet1").values).toEqual([]);
  });

  it.each([
    ["too few rows", "A1:B3", [["a", "b"]]],
    ["too many columns", "A1:B1", [["a", "b", "c"]]],
    ["a ragged array", "A1:B2", [["a", "b"], ["c"]]],
  ])("rejects values that do not match the range dimensions (%s) with InvalidArgument", async (_case, address, values) => {
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = values;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it.each(["A0", "A1:", "1A", "XFE1", "Sheet1!A1"])("rejects the address %p at sync with InvalidArgument", async (address) => {
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(address).values = [[1]];
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("parses text as Excel does: numbers and booleans convert, an apostrophe or the text format keeps text", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B1").numberFormat = [["@"]];
      sheet.getRange("A1:A4").values = [["1.1"], ["'1.1"], ["TRUE"], ["Tỷ lệ 5%"]];
      sheet.getRange("B1").values = [["16.10"]];
      await context.sync();
    });
    expect(fake.sheet("Sheet1").grid("A1:B4")).toEqual([
      [1.1, "16.10"],
      ["1.1", null],
      [true, null],
      ["Tỷ lệ 5%", null],
    ]);
  });

  it("leaves a cell unchanged for null and empties it for an empty string", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      range.values = [["giữ", "xoá"]];
      await context.sync();
      range.values = [[null, ""]];
      await context.sync();
    });
    expect(fake.sheet("Sheet1").grid("A1:B1")).toEqual([["giữ", null]]);
  });
});

describe("the Excel fake: tables, validation, protection and outline", () => {
  beforeEach(() => {
    fake = installExcelFake({
      sheets: [{ name: "Sheet1", values: [["Mã", "Tên", "Mã"], ["1", "a", "x"], ["2", "b", "y"]], tables: [{ name: "Bang_Cu", address: "E1:F3" }] }],
    });
  });

  it("rejects a table that overlaps another table with InvalidArgument", async () => {
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("D1:E3", true);
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
  });

  it("rejects a table name used anywhere in the workbook with ItemAlreadyExists", async () => {
    const error = await rejectionOf(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:C3", true);
      table.name = "bang_cu";
      await context.sync();
    });
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it("makes repeated headers unique when a table is created, as Excel does", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").tables.add("A1:C3", true).name = "ChiTieu";
      await context.sync();
    });
    expect(fake.sheet("Sheet1").grid("A1:C1")).toEqual([["Mã", "Tên", "Mã2"]]);
    expect(fake.tables.map((table) => [table.name, table.address])).toEqual([
      ["Bang_Cu", "E1:F3"],
      ["ChiTieu", "A1:C3"],
    ]);
  });

  it("rejects a Range object as a list source (office-js#277) and accepts the same reference as text", async () => {
    const error = await rejectionOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").dataValidation.rule = { list: { inCellDropDown: true, source: sheet.getRange("A2:A3") } };
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2:B3").dataValidation.rule = {
        list: { inCellDropDown: true, source: "=Sheet1!$A$2:$A$3" },
      };
    });
    expect(fake.sheet("Sheet1").validations).toEqual([
      { address: "B2:B3", rule: { list: { inCellDropDown: true, source: "=Sheet1!$A$2:$A$3" } }, prompt: null, errorAlert: null },
    ]);
  });

  it("rejects a rule over cells with mixed validation (office-js#2594) until the range is cleared", async () => {
    const prompt = { showPrompt: true, title: "Năm", message: "Nhập năm" };
    const rule = { wholeNumber: { operator: "Between" as const, formula1: 2020, formula2: 2030 } };
    const error = await rejectionOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B5:B10").dataValidation.prompt = prompt;
      sheet.getRange("B1:B10").dataValidation.rule = rule;
      await context.sync();
    });
    expect(error.code).toBe("InvalidArgument");
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B1:B10");
      range.dataValidation.clear();
      range.dataValidation.rule = rule;
      range.dataValidation.prompt = prompt;
    });
    expect(fake.sheet("Sheet1").validations).toEqual([{ address: "B1:B10", rule, prompt, errorAlert: null }]);
  });

  it("rejects protecting a protected sheet with AccessDenied (office-js#6784)", async () => {
    const error = await rejectionOf(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.protection.protect({ allowFormatColumns: true });
      sheet.protection.protect({ allowFormatColumns: true });
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });

  it("lets values into unlocked cells of a protected sheet and refuses locked ones", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("B2:B3").format.protection.locked = false;
      sheet.protection.protect({}, "mật khẩu");
      sheet.getRange("B2:B3").values = [["c"], ["d"]];
    });
    expect(fake.sheet("Sheet1").grid("B2:B3")).toEqual([["c"], ["d"]]);
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["3"]];
      await context.sync();
    });
    expect(error.code).toBe("AccessDenied");
  });

  it("groups rows into outline levels and refuses to ungroup rows that are not grouped", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("2:9").group("ByRows");
      sheet.getRange("3:4").group("ByRows");
    });
    expect([1, 2, 3, 4, 5, 9, 10].map((row) => fake.sheet("Sheet1").rowLevel(row))).toEqual([0, 1, 2, 2, 1, 1, 0]);
    const error = await rejectionOf(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("20:30").ungroup("ByRows");
      await context.sync();
    });
    expect(error.code).toBe("InvalidOperation");
  });

  it("sets globalThis.Excel while installed and removes it on uninstall", () => {
    expect(typeof Excel.run).toBe("function");
    fake.uninstall();
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
    fake = installExcelFake();
  });
});
