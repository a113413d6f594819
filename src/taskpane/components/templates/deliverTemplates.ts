import type { Agency } from "../../../domain/catalog/agency";
import {
  generateTemplates,
  prepareTemplates,
  writeTemplate,
  type TemplateError,
  type TemplateRequestInput,
} from "../../../workflows/generateTemplates";
import { templateFiles, zipFiles } from "../../../workflows/templateFiles";
import type { TemplateTarget } from "./templateTarget";

/** What generating gave: the typed error found before any write, or what was written where. */
export type Delivery =
  | { readonly kind: "error"; readonly error: TemplateError }
  | { readonly kind: "nothing"; readonly agency: Agency | null }
  | { readonly kind: "file"; readonly fileName: string }
  | { readonly kind: "zip"; readonly fileName: string; readonly count: number }
  | { readonly kind: "sheets"; readonly agency: Agency; readonly sheets: readonly string[] }
  | { readonly kind: "workbooks"; readonly count: number };

/** The zip of every agency's template for a year. */
export function zipFileName(year: number): string {
  return `mau-bieu-bao-cao-${year}.zip`;
}

/**
 * Generates the templates asked for and hands them over: into the open workbook's new sheets (Excel, one agency),
 * as new Excel workbooks, or as a download (.xlsx for one agency, .zip with the cover list for all).
 */
export async function deliverTemplates(
  input: TemplateRequestInput,
  target: TemplateTarget,
  into: "sheets" | "workbooks",
): Promise<Delivery> {
  if (target.kind === "excel" && into === "sheets") return intoOpenWorkbook(input, target);
  // The file adapter is its own chunk; it builds each template in memory.
  const { createXlsxWorkbook } = await import(/* webpackChunkName: "file-adapter" */ "../../../xlsx/xlsxWorkbook");
  const generated = await generateTemplates(input, () => createXlsxWorkbook());
  if (!generated.ok) return { kind: "error", error: generated.error };
  const { written, prepared } = generated.result;
  if (written.length === 0) return { kind: "nothing", agency: prepared.assignments[0]?.agency ?? null };
  if (target.kind === "excel") {
    if (!target.openNewWorkbook) throw new Error("This Excel cannot create workbooks");
    for (const template of written) await target.openNewWorkbook(await template.port.toBuffer());
    return { kind: "workbooks", count: written.length };
  }
  if (input.recipients === "all") {
    const fileName = zipFileName(prepared.year);
    target.save(fileName, await zipFiles(await templateFiles(generated.result, true)));
    return { kind: "zip", fileName, count: written.length };
  }
  target.save(written[0]!.fileName, await written[0]!.port.toBuffer());
  return { kind: "file", fileName: written[0]!.fileName };
}

async function intoOpenWorkbook(
  input: TemplateRequestInput,
  target: Extract<TemplateTarget, { kind: "excel" }>,
): Promise<Delivery> {
  const prepared = await prepareTemplates(input);
  if (!prepared.ok) return { kind: "error", error: prepared.error };
  const assignment = prepared.prepared.assignments[0];
  if (!assignment || assignment.status !== "template") return { kind: "nothing", agency: assignment?.agency ?? null };
  const written = await writeTemplate(prepared.prepared, assignment, target.port);
  target.changed();
  return {
    kind: "sheets",
    agency: assignment.agency,
    sheets: written.template.sheets
      .filter((sheet) => sheet.visibility !== "veryHidden" && sheet.visibility !== "hidden")
      .map((sheet) => sheet.name),
  };
}
