import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import { METADATA_SHEET, metadataToGrid } from "../../src/workbook/metadataSheet";
import type { WorkbookPort } from "../../src/workbook/port";
import { prepareTemplates, writeTemplate, type PreparedTemplates, type TemplateAssignment } from "../../src/workflows/generateTemplates";
import { validateWorkbookReturn, type ValidationSources } from "../../src/workflows/validateReturn";
import type { FakeWorkbookInit } from "../../tests/fakes/excel";
import { scaleCatalog } from "../../tests/helpers/catalogBuilders";
import { bundledPlan, templateInput, THANH_HOA_PLANS } from "../../tests/workflows/templateFixtures";
import { measure, recordingPort, type Comparison } from "./fakeCost";
import { naiveWriteSheets } from "./naiveOfficeJs";
import { naiveReadPort } from "./naiveReadPort";
import { fillInputs, TODAY } from "./validationRound";

/**
 * The template and validate operations of the Excel host: the officer writes one agency's template into the open
 * workbook (the pane's "into this workbook" path: prepareTemplates, then writeTemplate through the Office.js
 * adapter), and later validates that workbook once the agency has filled it in. The agency is Sở NN&MT on the three
 * Thanh Hóa plans (147 rows), the plans copied until its template has the rows asked for.
 */

const AGENCY = "thanhhoa.snnmt";
const EMPTY: FakeWorkbookInit = { sheets: [{ name: "Sheet1" }] };

interface TemplateCase {
  readonly sources: ValidationSources;
  readonly prepared: PreparedTemplates;
  readonly assignment: Extract<TemplateAssignment, { status: "template" }>;
  readonly rows: number;
}

async function templateCase(factor: number): Promise<TemplateCase> {
  const plans = new Map(THANH_HOA_PLANS.map((id) => [id as string, scaleCatalog(bundledPlan(id) as PlanCatalog, factor)]));
  const sources: ValidationSources = { plans, agencies: bundledAgencies, successions: bundledSuccessions };
  const result = await prepareTemplates(templateInput(THANH_HOA_PLANS, { agency: AGENCY }, { loadPlan: (id) => plans.get(id) ?? null, asOf: TODAY }));
  const assignment = result.ok ? result.prepared.assignments[0] : undefined;
  if (!result.ok || assignment?.status !== "template") throw new Error(`bench: no template for ${AGENCY}`);
  const { indicators, leadTasks, partnerTasks } = assignment.duties;
  return { sources, prepared: result.prepared, assignment, rows: indicators.length + leadTasks.length + partnerTasks.length };
}

/** The smallest copy count whose template has at least `rows` rows. */
export async function templateOfRows(rows: number): Promise<TemplateCase> {
  const once = await templateCase(1);
  let factor = Math.max(1, Math.ceil(rows / once.rows));
  for (;;) {
    const found = factor === 1 ? once : await templateCase(factor);
    if (found.rows >= rows) return found;
    factor += 1;
  }
}

/** Ours: one inspect and one apply. Naive: the same sheets and the metadata sheet written cell by cell, values only. */
export async function compareTemplate(size: number): Promise<Comparison> {
  const { prepared, assignment, rows } = await templateOfRows(size);
  const { template } = await writeTemplate(prepared, assignment, recordingPort().port);
  const sheets = [...template.sheets, { name: METADATA_SHEET, values: metadataToGrid(template.entries) }];
  const ours = await measure(EMPTY, () => writeTemplate(prepared, assignment, createExcelWorkbook()));
  const naive = await measure(EMPTY, () => naiveWriteSheets(sheets));
  return { operation: "template", rows, ours, naive };
}

/**
 * The template written into the workbook through our adapter and every input filled (not measured), then validated
 * through our adapter and through naiveReadPort: the same workflow, sheets and cells, only the reads differ.
 */
export async function compareValidate(size: number): Promise<Comparison> {
  const { sources, prepared, assignment, rows } = await templateOfRows(size);
  const filled = async () => {
    const { template } = await writeTemplate(prepared, assignment, createExcelWorkbook());
    await fillInputs(createExcelWorkbook(), template.metadata);
  };
  const options = { file: null, sources, today: TODAY };
  const issues: number[] = [];
  const validate = async (port: WorkbookPort) => issues.push((await validateWorkbookReturn(port, options)).validation.issues.length);
  const ours = await measure(EMPTY, () => validate(createExcelWorkbook()), filled);
  const naive = await measure(EMPTY, () => validate(naiveReadPort()), filled);
  const note = issues[0] === issues[1] ? `both found ${issues[0]} issue(s)` : `ours found ${issues[0]} issue(s), naive ${issues[1]}`;
  return { operation: "validate", rows, ours, naive, note };
}
