import type { TemplateSection } from "../templates/distributeDuties";
import { TEMPLATE_SECTIONS } from "../templates/distributeDuties";
import type { ReadInput, RowReading } from "../validation/checkInputs";

/**
 * What a validated return reported, row by row, in the template's terms: the section, the plan item and each input
 * column's value as validation read it (numbers in their unit, statuses as options, dates as ISO), with its cell.
 */
export interface SectionReading {
  readonly plan: string;
  readonly code: string;
  readonly section: TemplateSection;
  /** By template column id ("status", "percent", "result", "difficulties"…). */
  readonly fields: Readonly<Record<string, ReadInput>>;
  /**
   * Some input of the row held a value validation rejected: it contributes nothing (its field's value is null) and the
   * row needs correction by the agency. A required input left empty is not reported, not in need of correction; warnings
   * leave values in, flagged field by field.
   */
  readonly needsCorrection?: boolean;
}

/**
 * Validation keys a row's inputs "<section>.<column>", with a suffix where one column has several readings
 * (indicators.result.text): the section and column are the first two parts.
 */
export function sectionReadings(readings: readonly RowReading[]): SectionReading[] {
  return readings.flatMap((reading) => {
    let section: TemplateSection | null = null;
    const fields: Record<string, ReadInput> = {};
    for (const [id, value] of Object.entries(reading.values)) {
      const field = fieldOf(id);
      if (!field) continue;
      section = field.section;
      fields[field.column] = value;
    }
    if (section === null) return [];
    const needsCorrection = Object.values(fields).some(rejected);
    return [{ plan: reading.key.plan, code: reading.key.code, section, fields, ...(needsCorrection ? { needsCorrection } : {}) }];
  });
}

/** The few field ids of the layout, each split once: a round reads them tens of thousands of times. */
const fields = new Map<string, { readonly section: TemplateSection; readonly column: string } | null>();

function fieldOf(id: string): { readonly section: TemplateSection; readonly column: string } | null {
  let field = fields.get(id);
  if (field === undefined) {
    const [prefix, column] = id.split(".");
    const section = TEMPLATE_SECTIONS.find((candidate) => candidate === prefix);
    field = section && column ? { section, column } : null;
    fields.set(id, field);
  }
  return field;
}

/** An error at a cell that held something: every error but an empty required input's. */
function rejected(field: ReadInput): boolean {
  if (field.flag !== "error") return false;
  const codes = field.codes ?? [];
  return codes.length === 0 || codes.some((code) => code !== "required_empty");
}
