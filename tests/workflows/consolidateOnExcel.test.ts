import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES } from "../../src/domain/consolidation/consolidationText";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { consolidate } from "../../src/workflows/consolidate";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { consolidationManifest, openConsolidationReturns } from "../helpers/consolidationReturns";
import { bundledPlan } from "./templateFixtures";

/** The same consolidation written into the open workbook (strict Office.js fake) instead of a file. */

const manifest = consolidationManifest;

let fake: ExcelFakeHandle;
beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
});
afterEach(() => fake.uninstall());

describe("consolidate into the open workbook (strict fake)", () => {
  it("writes every report sheet in one apply of at most three syncs", async () => {
    const returns = await openConsolidationReturns();
    const result = await consolidate(
      {
        plans: [bundledPlan(manifest.plan)!],
        year: manifest.year,
        returns,
        agencies: bundledAgencies,
        successions: bundledSuccessions,
      },
      createExcelWorkbook(),
    );
    expect(result.ok).toBe(true);
    for (const name of Object.values(SHEET_TITLES)) expect(fake.sheet(name)).toBeDefined();
    expect(result.ok && result.roundTrips).toBeLessThanOrEqual(3);
  }, 60_000);
});
