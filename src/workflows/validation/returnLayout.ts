import type { IndicatorRow } from "../../domain/templates/distributeDuties";
import { numericRule } from "../../domain/templates/templateCells";
import { DEFAULT_STATUS_OPTIONS, type InputField, type InputLayout, type StatusOption } from "../../domain/validation/inputLayout";
import { TEMPLATE_SECTIONS, type TemplateSection } from "../../domain/templates/distributeDuties";
import { SECTION_COLUMNS, type TemplateColumn } from "../../domain/templates/templateLayout";
import { SELF_ASSESSMENTS, STATUSES } from "../../domain/templates/templateText";

/**
 * The validation layout of a progress template (format version 1): one input field per input column of each
 * section, ids "<section>.<column>". An indicator's result is a number (non-negative for levels, shares and counts),
 * or free text where the target states no value: each has its own field, and a row uses the one that fits it.
 */

/**
 * How a row's figure is read. Where the unit is "%" (or "%/năm"), the figure is in percent points: "percent" for a
 * share (0–100, 0.45 suspected of meaning 45%), "percentChange" for a growth rate or a change (from −100%, small
 * values normal).
 */
export type NumericRule = "nonNegative" | "number" | "percent" | "percentChange" | null;

/** A growth of more than this many percent in a year is a typing mistake, not a figure. */
const MAX_PERCENT_CHANGE = 1000;

/** The rule of an indicator row: the template's numeric rule, in percent points where the unit is a percentage. */
export function indicatorRule(row: IndicatorRow): NumericRule {
  const rule = numericRule(row);
  if (rule === null || !/^\s*%/u.test(row.indicator?.unit ?? "")) return rule;
  return rule === "nonNegative" ? "percent" : "percentChange";
}

/** The progress each status allows: done is 100%, not started is 0%. */
const STATUS_PROGRESS: Readonly<Record<string, StatusOption["progress"]>> = {
  "Hoàn thành": { min: 100, max: 100 },
  "Hoàn thành chậm": { min: 100, max: 100 },
  "Chưa triển khai": { min: 0, max: 0 },
};

const STATUS_OPTIONS: readonly StatusOption[] = STATUSES.map((label) => {
  const progress = STATUS_PROGRESS[label] ?? DEFAULT_STATUS_OPTIONS.find((option) => option.label === label)?.progress;
  return progress ? { label, progress } : { label };
});
const ASSESSMENT_OPTIONS: readonly StatusOption[] = SELF_ASSESSMENTS.map((label) => ({ label }));

export function fieldId(section: TemplateSection, column: string, rule: NumericRule | undefined = undefined): string {
  if (section !== "indicators" || (column !== "result" && column !== "estimate")) return `${section}.${column}`;
  switch (rule) {
    case "nonNegative":
      return `${section}.${column}`;
    case null:
      return `${section}.${column}.text`;
    case "percent":
      return `${section}.${column}.percent`;
    case "percentChange":
      return `${section}.${column}.change`;
    default:
      return `${section}.${column}.any`;
  }
}

function fieldsOf(section: TemplateSection, column: TemplateColumn): InputField[] {
  const label = column.header;
  const base = { label };
  switch (column.kind) {
    case "number":
      return [
        { ...base, id: fieldId(section, column.id, "nonNegative"), kind: "number", min: 0, required: false },
        { ...base, id: fieldId(section, column.id, "number"), kind: "number", required: false },
        { ...base, id: fieldId(section, column.id, null), kind: "text", required: false },
        { ...base, id: fieldId(section, column.id, "percent"), kind: "percent", required: false },
        { ...base, id: fieldId(section, column.id, "percentChange"), kind: "percent", min: -100, max: MAX_PERCENT_CHANGE, suspectFraction: false, required: false },
      ];
    case "percent":
      return [{ ...base, id: fieldId(section, column.id), kind: "percent", required: false }];
    case "date":
      return [{ ...base, id: fieldId(section, column.id), kind: "date", required: false }];
    case "status":
      return [{ ...base, id: fieldId(section, column.id), kind: "status", options: STATUS_OPTIONS, required: true }];
    case "assessment":
      return [{ ...base, id: fieldId(section, column.id), kind: "status", options: ASSESSMENT_OPTIONS, required: true }];
    case "text":
      return [{ ...base, id: fieldId(section, column.id), kind: "text", required: false }];
  }
}

export const TEMPLATE_INPUT_LAYOUT: InputLayout = {
  fields: TEMPLATE_SECTIONS.flatMap((section) => SECTION_COLUMNS[section].filter((column) => column.input).flatMap((column) => fieldsOf(section, column))),
  roles: {
    status: fieldId("leadTasks", "status"),
    progress: fieldId("leadTasks", "percent"),
    resultToDate: fieldId("indicators", "result", "nonNegative"),
    fullYearEstimate: fieldId("indicators", "estimate", "nonNegative"),
  },
};
