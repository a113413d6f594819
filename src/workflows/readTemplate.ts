import { decodeTemplateMetadata, type MetadataIssue } from "../domain/templates/templateMetadata";
import { readTemplateReturn, type TemplateReturn } from "../domain/templates/readTemplateReturn";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../domain/templates/distributeDuties";
import type { CellGrid } from "../domain/grid/cellRead";
import type { WorkbookPort } from "../workbook/port";

export type TemplateRecognition =
  | { readonly recognised: true; readonly result: TemplateReturn }
  | { readonly recognised: false; readonly issues: readonly MetadataIssue[] };

/**
 * Recognises a returned template in any workbook (Excel, WPS or LibreOffice may have saved it) and reads every
 * input back by row key. A workbook without template metadata is not a template: issues say why.
 */
export async function readTemplate(port: WorkbookPort): Promise<TemplateRecognition> {
  const info = await port.inspect();
  const decoded = decodeTemplateMetadata(info.metadata);
  if (!decoded.metadata) return { recognised: false, issues: decoded.issues };
  const metadata = decoded.metadata;
  const present = new Set(info.sheets.map((sheet) => sheet.name));
  const read = async (name: string | undefined): Promise<CellGrid | null> => (name && present.has(name) ? port.readCells(name) : null);
  const sections: Partial<Record<TemplateSection, CellGrid | null>> = {};
  for (const section of TEMPLATE_SECTIONS) {
    if (metadata.rows[section].length > 0) sections[section] = await read(metadata.sheets[section]);
  }
  return { recognised: true, result: readTemplateReturn(metadata, { cover: await read(metadata.sheets.cover), sections }) };
}
