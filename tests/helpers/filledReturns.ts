import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Locator, Page } from "playwright-core";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import { STATUSES } from "../../src/domain/templates/templateText";
import type { ValidationCode } from "../../src/domain/validation/validationRules";
import { isMetadataSheetName } from "../../src/workbook/metadataSheet";
import { validateWorkbookReturn, type ValidatedReturn } from "../../src/workflows/validateReturn";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { cellOf, correctFill, filledReturn, templateOnDisk, type Edit, type TemplateOnDisk } from "../workflows/returnFixtures";
import { bundledPlan, BUNDLED_PLAN_IDS } from "../workflows/templateFixtures";

/**
 * Two agencies' returns filled in by openpyxl from their templates, each with a few mistakes at known cells, for the
 * pane's validation view: Sở NN&MT's and Sở Y tế's, made on 1 June 2026 for the year 2026.
 */

export const TEMPLATES_MADE_ON = "2026-06-01";

export interface FilledReturnFile {
  readonly path: string;
  readonly name: string;
  readonly template: TemplateOnDisk;
  /** The mistakes made, each with the code it must give and its cell. */
  readonly mistakes: readonly { readonly code: ValidationCode; readonly sheet: string; readonly cell: string }[];
}

interface Mistake {
  readonly code: ValidationCode;
  /** The cell reported (the status, when the status contradicts the percent typed). */
  readonly reported: { readonly sheet: string; readonly address: string };
  readonly edits: readonly Edit[];
}

async function returnWith(agency: string, name: string, mistakes: (template: TemplateOnDisk) => readonly Mistake[]): Promise<FilledReturnFile> {
  const template = await templateOnDisk(agency);
  const made = mistakes(template);
  const file = await filledReturn(template, name, [...correctFill(template), ...made.flatMap((mistake) => mistake.edits)]);
  return {
    path: file,
    name,
    template,
    mistakes: made.map((mistake) => ({ code: mistake.code, sheet: mistake.reported.sheet, cell: mistake.reported.address })),
  };
}

/** Sở NN&MT: a percent typed as text, a completed task below 100 %, a completion date after the cut-off. */
export function agricultureReturn(name = "so-nnmt-2026.xlsx"): Promise<FilledReturnFile> {
  return returnWith("thanhhoa.snnmt", name, (template) => {
    const [first, second, third] = template.metadata.rows.leadTasks;
    const at = (key: string | undefined, column: string) => cellOf(template, "leadTasks", key!, column);
    return [
      {
        code: "number_as_text",
        reported: at(first, "percent"),
        edits: [
          { ...at(first, "status"), value: STATUSES[2], kind: "text" },
          { ...at(first, "percent"), value: "12,5%", kind: "text" },
        ],
      },
      { code: "status_contradicts_progress", reported: at(second, "status"), edits: [{ ...at(second, "percent"), value: 60, kind: "number" }] },
      { code: "date_after_cutoff", reported: at(third, "completedOn"), edits: [{ ...at(third, "completedOn"), value: "2026-12-30", kind: "date" }] },
    ];
  });
}

/** Sở Y tế: a status that is not in the list, and 0.45 for a percent meant as 45 %. */
export function healthReturn(name = "so-y-te-2026.xlsx"): Promise<FilledReturnFile> {
  return returnWith("thanhhoa.syt", name, (template) => {
    const [first, second] = template.metadata.rows.leadTasks;
    const at = (key: string | undefined, column: string) => cellOf(template, "leadTasks", key!, column);
    return [
      {
        code: "percent_scale_suspect",
        reported: at(first, "percent"),
        edits: [
          { ...at(first, "status"), value: STATUSES[2], kind: "text" },
          { ...at(first, "percent"), value: 0.45, kind: "number" },
        ],
      },
      { code: "status_unknown", reported: at(second, "status"), edits: [{ ...at(second, "status"), value: "Xong rồi", kind: "text" }] },
    ];
  });
}

/** The bundled catalogues, agencies and successions, as the pane gives them to validation. */
export const BUNDLED_SOURCES = {
  plans: new Map(BUNDLED_PLAN_IDS.map((id) => [id as string, bundledPlan(id) as PlanCatalog])),
  agencies: bundledAgencies,
  successions: bundledSuccessions,
};

/** The file validated by the workflow itself, outside the pane: what the pane must show. */
export async function validatedDirectly(file: FilledReturnFile): Promise<ValidatedReturn> {
  const port = await openWorkbookFile(await readFile(file.path), { fileName: file.name });
  return validateWorkbookReturn(port, { file: path.basename(file.name), sources: BUNDLED_SOURCES, today: TEMPLATES_MADE_ON });
}

/**
 * Every sheet reads back cell for cell as the original, and so does the add-in's metadata sheet, row for row:
 * clearing marks removes their records' rows.
 */
export async function expectSameWorkbook(bytes: Uint8Array, originalBytes: Uint8Array): Promise<void> {
  const original = await openWorkbookFile(originalBytes);
  const after = await openWorkbookFile(bytes);
  const [before, now] = [await original.inspect(), await after.inspect()];
  expect(now.sheets).toEqual(before.sheets);
  for (const sheet of before.sheets.filter((entry) => !isMetadataSheetName(entry.name))) {
    expect(await after.readCells(sheet.name)).toEqual(await original.readCells(sheet.name));
  }
  for (const sheet of before.sheets.filter((entry) => isMetadataSheetName(entry.name))) {
    expect(await after.readSheet(sheet.name)).toEqual(await original.readSheet(sheet.name));
  }
  expect(now.metadata).toEqual(before.metadata);
}

/** In the served pane: opens "Kiểm tra báo cáo", picks the files and waits for the results. */
export async function checkReturnsInPane(page: Page, files: readonly FilledReturnFile[]): Promise<void> {
  await page.getByRole("button", { name: "Kiểm tra báo cáo" }).click();
  await page.getByRole("button", { name: "Chọn tệp báo cáo…" }).waitFor({ timeout: 30_000 });
  await page.getByTestId("validation-file-input").setInputFiles(
    await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        buffer: await readFile(file.path),
      })),
    ),
  );
  await page.getByRole("status").waitFor({ timeout: 60_000 });
}

/** The pane's button for the issue reported at `cell` of `file`. */
export const issueInPane = (page: Page, file: FilledReturnFile, cell: string): Locator =>
  page.getByRole("region", { name: file.name }).locator(`button[data-cell="${cell}"]`);
