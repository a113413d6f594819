import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies } from "../../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../../src/domain/catalog/types";
import { injectPlan } from "../../../src/workflows/injectPlan";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { fixtureBytes } from "../../helpers/workbookFixtures";

const catalog = JSON.parse(readFileSync(path.resolve(__dirname, "../../../data/plans/thanhhoa-sdg-2017.json"), "utf8")) as PlanCatalog;

describe("a workbook whose names and sheets imitate the add-in's", () => {
  it("keeps the user's sheets that forged PT_ names point at, and writes the plan beside them", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("forged-ownership.xlsx"));
    const reportBefore = await workbook.readSheet("Báo cáo");
    const targetsBefore = await workbook.readSheet("Chỉ tiêu");

    const result = await injectPlan(workbook, catalog, { agencies: bundledAgencies });

    expect(result.sheets.every((sheet) => !sheet.updated)).toBe(true);
    expect(await workbook.readSheet("Báo cáo")).toEqual(reportBefore);
    expect(await workbook.readSheet("Chỉ tiêu")).toEqual(targetsBefore);
    expect(result.sheets.find((sheet) => sheet.role === "targets")?.name).toBe("Chỉ tiêu (2)");
  });

  it("leaves a user's visible sheet named _plan_tracker as it was and keeps metadata in a sheet of its own", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("forged-ownership.xlsx"));
    const notesBefore = await workbook.readSheet("_plan_tracker");

    await injectPlan(workbook, catalog, { agencies: bundledAgencies });
    const info = await workbook.inspect();

    expect(await workbook.readSheet("_plan_tracker")).toEqual(notesBefore);
    expect(info.sheets.find((sheet) => sheet.name === "_plan_tracker")?.visibility).toBe("visible");
    expect(info.sheets.find((sheet) => sheet.name === "_plan_tracker_2")?.visibility).toBe("veryHidden");
    expect(info.metadata["app.name"]).toBe("Plan Tracker");
  });

  it("updates its own sheets in place on a second injection, once the names and tables agree", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("forged-ownership.xlsx"));
    await injectPlan(workbook, catalog, { agencies: bundledAgencies });
    const again = await injectPlan(workbook, catalog, { agencies: bundledAgencies });

    expect(again.sheets.every((sheet) => sheet.updated)).toBe(true);
    expect((await workbook.inspect()).sheets.filter((sheet) => sheet.name.startsWith("Chỉ tiêu"))).toHaveLength(2);
  });

  it("does not trust a PT_ name whose sheet lacks the table the metadata recorded", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("forged-ownership.xlsx"));
    await injectPlan(workbook, catalog, { agencies: bundledAgencies });
    await workbook.apply([{ kind: "setName", name: "PT_thanhhoa_sdg_2017_targets", reference: "'Báo cáo'!$A$1" }]);
    const reportBefore = await workbook.readSheet("Báo cáo");

    const again = await injectPlan(workbook, catalog, { agencies: bundledAgencies });

    expect(again.sheets.find((sheet) => sheet.role === "targets")?.updated).toBe(false);
    expect(await workbook.readSheet("Báo cáo")).toEqual(reportBefore);
  });
});
