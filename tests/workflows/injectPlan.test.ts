import { injectPlan, ownershipName, injectionKey } from "../../src/workflows/injectPlan";
import { createXlsxWorkbook, openXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { AGENCIES, agencyId, makeCatalog } from "../helpers/catalogBuilders";
import { dumpWorkbook } from "../helpers/workbookDump";

const FIXED_CLOCK = () => new Date("2026-11-23T08:00:00Z");

describe("injectPlan", () => {
  it("writes the four sheets as named tables and tags them with defined names and metadata", async () => {
    const workbook = await createXlsxWorkbook();
    const result = await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES, now: FIXED_CLOCK });
    expect(result.sheets.map((sheet) => [sheet.role, sheet.name, sheet.updated, sheet.nameTaken])).toEqual([
      ["info", "Thông tin", false, null],
      ["targets", "Chỉ tiêu", false, null],
      ["tasks", "Nhiệm vụ", false, null],
      ["assignments", "Phân công", false, null],
    ]);
    const info = await workbook.inspect();
    expect(info.sheets.map((sheet) => sheet.name)).toEqual(["Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Phân công", "_plan_tracker"]);
    expect(info.tables.map((table) => table.name).sort()).toEqual(["CanXemLai", "ChiTieu", "NhiemVu", "PhanCong", "ThongTin"]);
    expect(info.names).toContainEqual({ name: ownershipName(injectionKey("test-plan", null), "targets"), reference: "'Chỉ tiêu'!$A$1" });
    expect(info.metadata).toMatchObject({ "injection.test_plan.plan": "test-plan", "injection.test_plan.injectedAt": "2026-11-23T08:00:00.000Z" });
  });

  it("leaves the same workbook when run twice", async () => {
    const workbook = await createXlsxWorkbook();
    await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES, now: FIXED_CLOCK });
    const once = await dumpWorkbook(await workbook.toBuffer());
    const second = await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES, now: FIXED_CLOCK });
    expect(second.sheets.every((sheet) => sheet.updated)).toBe(true);
    expect(await dumpWorkbook(await workbook.toBuffer())).toEqual(once);
  });

  it("never touches a user's own sheet named Chỉ tiêu and says which name it used instead", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { name: "Chỉ tiêu", values: [["Ghi chú riêng của tôi", 42]] } }]);
    const result = await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES });
    expect(result.sheets.find((sheet) => sheet.role === "targets")).toMatchObject({ name: "Chỉ tiêu (2)", nameTaken: "Chỉ tiêu" });
    expect(await workbook.readSheet("Chỉ tiêu")).toEqual([["Ghi chú riêng của tôi", 42]]);
    await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES });
    expect(await workbook.readSheet("Chỉ tiêu")).toEqual([["Ghi chú riêng của tôi", 42]]);
    expect((await workbook.inspect()).sheets.map((sheet) => sheet.name)).toEqual([
      "Chỉ tiêu",
      "Thông tin",
      "Chỉ tiêu (2)",
      "Nhiệm vụ",
      "Phân công",
      "_plan_tracker",
    ]);
  });

  it("updates its own sheet in place after the user renamed it, keeping the user's name", async () => {
    const workbook = await createXlsxWorkbook();
    await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES });
    // Simulate the rename Excel performs: the sheet and the defined name that points at it both change.
    const bytes = await workbook.toBuffer();
    const ExcelJS = await import("exceljs");
    const raw = new ExcelJS.Workbook();
    await raw.xlsx.load(Buffer.from(bytes) as unknown as import("exceljs").Buffer);
    raw.getWorksheet("Chỉ tiêu")!.name = "Chỉ tiêu 2024";
    const names = raw.definedNames as unknown as { matrixMap: Record<string, unknown>; add(ref: string, name: string): void };
    const targetsName = ownershipName(injectionKey("test-plan", null), "targets");
    delete names.matrixMap[targetsName];
    names.add("'Chỉ tiêu 2024'!$A$1", targetsName);
    const renamed = await openXlsxWorkbook(new Uint8Array(await raw.xlsx.writeBuffer()));

    const result = await injectPlan(renamed, makeCatalog(), { agencies: AGENCIES });
    expect(result.sheets.find((sheet) => sheet.role === "targets")).toMatchObject({ name: "Chỉ tiêu 2024", updated: true });
    expect((await renamed.inspect()).sheets.map((sheet) => sheet.name)).not.toContain("Chỉ tiêu");
  });

  it("injects only an agency's slice on sheets named after it, beside the full plan", async () => {
    const workbook = await createXlsxWorkbook();
    await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES });
    const result = await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES, agency: agencyId("thanhhoa.syt") });
    expect(result.sheets.map((sheet) => sheet.name)).toEqual(["Thông tin (SYT)", "Chỉ tiêu (SYT)", "Nhiệm vụ (SYT)", "Phân công (SYT)"]);
    const targets = await workbook.readSheet("Chỉ tiêu (SYT)");
    expect(targets.map((row) => row[1]).filter((code) => typeof code === "string" && /^\d/.test(code))).toEqual(["3.1", "3.2"]);
    expect((await workbook.readSheet("Chỉ tiêu")).length).toBeGreaterThan(targets.length);
  });

  it("reports progress from 0 to 1", async () => {
    const workbook = await createXlsxWorkbook();
    const seen: number[] = [];
    await injectPlan(workbook, makeCatalog(), { agencies: AGENCIES, onProgress: (fraction) => seen.push(fraction) });
    expect(seen[0]).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});
