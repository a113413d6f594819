import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import type { ColumnKind } from "../../src/domain/templates/templateLayout";
import type { TemplateMetadata } from "../../src/domain/templates/templateMetadata";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { markIssues, validateWorkbookReturn } from "../../src/workflows/validateReturn";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { scaleCatalog } from "../helpers/catalogBuilders";
import { correctValue, fillTemplateInputs } from "../helpers/fillTemplateInputs";
import { bundledPlan, templateInput, THANH_HOA_PLANS } from "./templateFixtures";

/** Validating and marking the return open in Excel (strict Office.js fake): the sync budget of issue 14. */

let fake: ExcelFakeHandle;
beforeEach(() => {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
});
afterEach(() => fake.uninstall());

const sources = (factor: number) => ({
  plans: new Map(THANH_HOA_PLANS.map((id) => [id as string, scaleCatalog(bundledPlan(id) as PlanCatalog, factor)])),
  agencies: bundledAgencies,
  successions: bundledSuccessions,
});

/** Sở NN&MT's template written into the open workbook, its plans `factor` times as long, every input filled in. */
async function filledInExcel(factor: number, value: (kind: ColumnKind, id: string) => CellValue = correctValue): Promise<TemplateMetadata> {
  const loadPlan = (id: string) => sources(factor).plans.get(id) ?? null;
  const generated = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }, { loadPlan }), async () => createExcelWorkbook());
  if (!generated.ok) throw new Error(generated.error.code);
  const { metadata } = generated.result.written[0]!.template;
  await fillTemplateInputs(createExcelWorkbook(), metadata, value);
  return metadata;
}

async function unprotect(sheets: readonly string[]): Promise<void> {
  await Excel.run(async (context) => {
    for (const sheet of sheets) context.workbook.worksheets.getItem(sheet).protection.unprotect();
    await context.sync();
  });
}

/** The sheets validation reads: the cover and each section sheet that has rows. */
function sheetsValidated(metadata: TemplateMetadata): number {
  return 1 + TEMPLATE_SECTIONS.filter((section) => metadata.rows[section].length > 0).length;
}

async function validationSyncs(factor: number): Promise<{ syncs: number; sheets: number; rows: number; errors: number }> {
  const metadata = await filledInExcel(factor);
  fake.resetCounters();
  const result = await validateWorkbookReturn(createExcelWorkbook(), { file: null, sources: sources(factor), today: "2026-06-01" });
  const rows = TEMPLATE_SECTIONS.reduce((sum, section) => sum + metadata.rows[section].length, 0);
  return { syncs: fake.syncCount, sheets: sheetsValidated(metadata), rows, errors: result.validation.summary.errors };
}

describe("validating the open workbook", () => {
  it("takes at most three syncs per sheet validated", async () => {
    const { syncs, sheets, errors } = await validationSyncs(1);
    expect(errors).toBe(0);
    expect(syncs).toBeGreaterThan(0);
    expect(syncs).toBeLessThanOrEqual(3 * sheets);
  });

  it("takes no more syncs for a return ten times as long", async () => {
    const one = await validationSyncs(1);
    fake.uninstall();
    fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
    const ten = await validationSyncs(10);
    expect(ten.rows).toBeGreaterThan(1_000);
    expect(ten.syncs).toBe(one.syncs);
  }, 60_000);
});

describe("marking the open workbook", () => {
  it("colours and notes every problem cell in at most three syncs, however many there are", async () => {
    // Every number typed as words, in a return ten times as long: one issue per input number cell.
    const metadata = await filledInExcel(10, (kind, id) => (kind === "number" || kind === "percent" ? "chưa rõ" : correctValue(kind, id)));
    const port = createExcelWorkbook();
    const result = await validateWorkbookReturn(port, { file: null, sources: sources(10), today: "2026-06-01" });
    // Excel refuses formats and notes on a protected sheet: the officer has lifted the template's (password-less) protection.
    await unprotect(TEMPLATE_SECTIONS.flatMap((section) => (metadata.rows[section].length > 0 ? [metadata.sheets[section]!] : [])));
    fake.resetCounters();
    const marked = await markIssues(port, result.validation.issues);
    expect(marked).toBeGreaterThan(500);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  }, 60_000);
});
