import type { ExcelFakeHandle } from "../../fakes/excel";
import { FakeLimitationError, installExcelFake } from "../../fakes/excel";

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Báo cáo", formats: [{ address: "C:C", numberFormat: "@" }] }] });
});
afterEach(() => fake.uninstall());

async function write(address: string, values: unknown[][]): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.worksheets.getItem("Báo cáo").getRange(address).values = values;
    await context.sync();
  });
}

describe("the Excel fake's text parsing", () => {
  it("turns text that starts like a formula into a formula, as typed text would be", async () => {
    await write("A1:A4", [["=1+1"], ["- Rà soát"], ["+cmd|' /C calc'!A0"], ["@SUM(1)"]]);
    const sheet = fake.sheet("Báo cáo");
    expect(["A1", "A2", "A3", "A4"].map((address) => sheet.formula(address))).toEqual(["=1+1", "=- Rà soát", "=+cmd|' /C calc'!A0", "=SUM(1)"]);
    expect(sheet.value("A2")).toBe("#NAME?");
  });

  it("keeps numbers as numbers, a sign included", async () => {
    await write("A1:A2", [["-2"], ["+3.5"]]);
    expect([fake.sheet("Báo cáo").value("A1"), fake.sheet("Báo cáo").value("A2")]).toEqual([-2, 3.5]);
  });

  it("stores text after a leading apostrophe as text with the quote prefix, which a later value removes", async () => {
    await write("A1:B1", [["'=1+1", "Sở Y tế"]]);
    const sheet = fake.sheet("Báo cáo");
    expect([sheet.value("A1"), sheet.formula("A1"), sheet.quotePrefix("A1"), sheet.quotePrefix("B1")]).toEqual(["=1+1", null, true, false]);
    await write("A1", [["Sở Y tế"]]);
    expect(fake.sheet("Báo cáo").quotePrefix("A1")).toBe(false);
  });

  it("takes any text as text in a cell formatted as text", async () => {
    await write("C1", [["=1+1"]]);
    expect([fake.sheet("Báo cáo").value("C1"), fake.sheet("Báo cáo").formula("C1")]).toEqual(["=1+1", null]);
  });
});

describe("the Excel fake's hyperlinks", () => {
  async function link(address: string, hyperlink: unknown): Promise<void> {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange(address).hyperlink = hyperlink as Excel.RangeHyperlink;
      await context.sync();
    });
  }

  it("links a cell to a cell of the workbook, its text from textToDisplay", async () => {
    await link("B2", { documentReference: "'Báo cáo'!D7", textToDisplay: "Đi tới D7" });
    expect(fake.sheet("Báo cáo").hyperlink("B2")).toEqual({ documentReference: "'Báo cáo'!D7", textToDisplay: "Đi tới D7" });
    expect(fake.sheet("Báo cáo").value("B2")).toBe("Đi tới D7");
  });

  it("keeps the cell's value when no text is given", async () => {
    await write("B2", [["'=x"]]);
    await link("B2", { documentReference: "'Báo cáo'!D7" });
    expect([fake.sheet("Báo cáo").value("B2"), fake.sheet("Báo cáo").quotePrefix("B2")]).toEqual(["=x", true]);
  });

  it("refuses a link with neither or both targets, and an unknown member, with InvalidArgument", async () => {
    await expect(link("B2", { textToDisplay: "x" })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(link("B2", { address: "https://x.example", documentReference: "'Báo cáo'!D7" })).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(link("B2", { documentReference: "'Báo cáo'!D7", target: "x" })).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("does not model a link over several cells or to a name", async () => {
    await expect(link("B2:B3", { documentReference: "'Báo cáo'!D7" })).rejects.toBeInstanceOf(FakeLimitationError);
    await expect(link("B2", { documentReference: "TenVung" })).rejects.toBeInstanceOf(FakeLimitationError);
  });

  it("loses its links when the range is cleared", async () => {
    await link("B2", { documentReference: "'Báo cáo'!D7", textToDisplay: "Đi tới" });
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Báo cáo").getRange().clear("All");
      await context.sync();
    });
    expect(fake.sheet("Báo cáo").hyperlink("B2")).toBeNull();
  });
});
