import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES } from "../../src/domain/consolidation/consolidationText";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { consolidate } from "../../src/workflows/consolidate";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { bundledPlan } from "./templateFixtures";

/** The same consolidation written into the open workbook (strict Office.js fake) instead of a file. */

const FIXTURES = path.join(__dirname, "..", "fixtures", "consolidation");
const manifest = JSON.parse(readFileSync(path.join(FIXTURES, "returns.json"), "utf8")) as {
  plan: string;
  year: number;
  returns: { file: string; submittedOn: string }[];
};

let fake: ExcelFakeHandle;
beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
});
afterEach(() => fake.uninstall());

describe("consolidate into the open workbook (strict fake)", () => {
  it("writes every report sheet in one apply of at most three syncs", async () => {
    const returns = await Promise.all(
      manifest.returns.map(async ({ file, submittedOn }) => ({
        file,
        submittedOn,
        port: await openWorkbookFile(readFileSync(path.join(FIXTURES, file)), { fileName: file }),
      })),
    );
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
