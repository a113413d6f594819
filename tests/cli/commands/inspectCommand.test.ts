import { runCli } from "../../../src/cli/main";
import { memoryIo } from "../../helpers/memoryIo";
import { readdirSync } from "node:fs";
import { fixtureBytes, WORKBOOK_FIXTURES } from "../../helpers/workbookFixtures";

const FIXTURES = readdirSync(WORKBOOK_FIXTURES).filter((name) => /\.(xlsx|xls|ods|csv)$/.test(name));

describe("plan-tracker inspect", () => {
  it.each(FIXTURES)("reads %s, written by another program", async (fixture) => {
    const { io, stdout } = memoryIo({ [`/virtual/${fixture}`]: fixtureBytes(fixture) });
    await expect(runCli(["inspect", `/virtual/${fixture}`], io)).resolves.toBe(0);
    expect(stdout()).toMatch(/Trang tính \([1-9]\d*\):/);
  });

  it.each([
    ["openpyxl-comment.xlsx", "Dữ liệu"],
    ["openpyxl-user-content.xlsx", "Thuế"],
    ["libreoffice-user-content.ods", "Số liệu"],
    ["libreoffice-user-content.xls", "Số liệu"],
    ["returns.utf16.csv", "Sheet1"],
  ])("lists the sheets of %s", async (fixture, sheet) => {
    const { io, stdout } = memoryIo({ [`/virtual/${fixture}`]: fixtureBytes(fixture) });
    await expect(runCli(["inspect", `/virtual/${fixture}`], io)).resolves.toBe(0);
    expect(stdout()).toContain(`  - ${sheet} [hiện]`);
  });

  it("names the file and the reason when it cannot be read", async () => {
    const { io, stderr } = memoryIo({ "/virtual/bao-cao.xlsx": new Uint8Array() });
    await expect(runCli(["inspect", "/virtual/bao-cao.xlsx"], io)).resolves.toBe(1);
    expect(stderr()).toContain("/virtual/bao-cao.xlsx");
  });
});
