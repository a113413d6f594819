import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { injectPlan } from "../../src/workflows/injectPlan";
import { installExcelFake, PAYLOAD_LIMIT_BYTES, type ExcelFakeHandle } from "../fakes/excel";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { AGENCIES, makeCatalog, scaleCatalog } from "../helpers/catalogBuilders";

const PLANS_DIR = path.join(__dirname, "..", "..", "data", "plans");

/** The bundled plan that writes the most, by the size of its catalogue. */
function largestBundledPlan(): PlanCatalog {
  const files = readdirSync(PLANS_DIR).filter((file) => file.endsWith(".json") && file !== "index.json");
  const texts = files.map((file) => readFileSync(path.join(PLANS_DIR, file), "utf8"));
  return JSON.parse(texts.reduce((largest, text) => (text.length > largest.length ? text : largest))) as PlanCatalog;
}

const CLOCK = () => new Date("2026-11-23T08:00:00Z");

let fake: ExcelFakeHandle;

beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
});

afterEach(() => fake.uninstall());

/** Rows written below the header rows of the three data sheets. */
function rowsWritten(): number {
  return ["Chỉ tiêu", "Nhiệm vụ", "Phân công"].reduce((sum, name) => sum + fake.sheet(name).values.length, 0);
}

describe("injectPlan on Excel (strict fake)", () => {
  // Each copy of the test plan adds 11 rows across the targets, tasks and assignment sheets.
  it.each([
    [9, 100],
    [910, 10_000],
  ])("costs three syncs for %i copies of a plan (over %i rows written), each sync under 5 MB", async (copies, rows) => {
    await injectPlan(createExcelWorkbook(), scaleCatalog(makeCatalog(), copies), { agencies: AGENCIES, now: CLOCK });
    expect(rowsWritten()).toBeGreaterThanOrEqual(rows);
    expect(rowsWritten()).toBeLessThan(rows * 1.1);
    expect(fake.syncCount).toBe(3);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });

  it("injects a synthetic catalogue ten times the largest bundled plan in three syncs, each under 5 MB", async () => {
    const tenfold = scaleCatalog(largestBundledPlan(), 10);
    await injectPlan(createExcelWorkbook(), tenfold, { agencies: bundledAgencies, successions: bundledSuccessions, now: CLOCK });
    expect(fake.syncCount).toBe(3);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    expect(fake.sheet("Nhiệm vụ").values.filter((row) => typeof row[0] === "string" && row[0] !== "").length).toBe(tenfold.tasks.length + 1);
  });

  it("splits a plan too large for one request into several syncs, each under 5 MB, losing nothing", async () => {
    await injectPlan(createExcelWorkbook(), scaleCatalog(makeCatalog(), 2_500), { agencies: AGENCIES, now: CLOCK });
    expect(fake.syncCount).toBeGreaterThan(3);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    const codes = fake.sheet("Chỉ tiêu").values.map((row) => row[1]);
    expect(codes).toContain("3.2.x2499");
  });

  it("suspends calculation and screen updating while writing", async () => {
    await injectPlan(createExcelWorkbook(), makeCatalog(), { agencies: AGENCIES });
    expect(fake.suspendCalls.map((call) => call.kind)).toEqual(expect.arrayContaining(["calculation", "screenUpdating"]));
  });

  it("writes the four named tables, the ownership names and the very hidden metadata sheet", async () => {
    await injectPlan(createExcelWorkbook(), makeCatalog(), { agencies: AGENCIES, now: CLOCK });
    expect(fake.tables.map((table) => [table.name, table.sheet]).sort()).toEqual([
      ["CanXemLai", "Thông tin"],
      ["ChiTieu", "Chỉ tiêu"],
      ["NhiemVu", "Nhiệm vụ"],
      ["PhanCong", "Phân công"],
      ["ThongTin", "Thông tin"],
    ]);
    expect(fake.names.map((name) => name.name)).toEqual(
      expect.arrayContaining(["PT_test_plan_info", "PT_test_plan_targets", "PT_test_plan_tasks", "PT_test_plan_assignments"]),
    );
    expect(fake.sheet("_plan_tracker").visibility).toBe("VeryHidden");
    expect(fake.sheet("Chỉ tiêu").rowLevel(3)).toBe(1);
    expect(fake.sheet("Chỉ tiêu").value("J4")).toBe(2030);
  });

  it("leaves the same workbook when run twice, at the same cost", async () => {
    const port = createExcelWorkbook();
    await injectPlan(port, makeCatalog(), { agencies: AGENCIES, now: CLOCK });
    const snapshot = () => fake.sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, names: sheet.names }));
    const first = { sheets: snapshot(), tables: fake.tables, names: fake.names };
    fake.resetCounters();
    await injectPlan(port, makeCatalog(), { agencies: AGENCIES, now: CLOCK });
    expect(fake.syncCount).toBe(3);
    expect({ sheets: snapshot(), tables: fake.tables, names: fake.names }).toEqual(first);
  });

  it("leaves a user's own sheet named Chỉ tiêu untouched", async () => {
    fake.uninstall();
    fake = installExcelFake({ sheets: [{ name: "Chỉ tiêu", values: [["Của tôi", 1]] }] });
    const result = await injectPlan(createExcelWorkbook(), makeCatalog(), { agencies: AGENCIES });
    expect(result.sheets.find((sheet) => sheet.role === "targets")?.name).toBe("Chỉ tiêu (2)");
    expect(fake.sheet("Chỉ tiêu").values).toEqual([["Của tôi", 1]]);
  });
});
