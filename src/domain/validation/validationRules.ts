/**
 * The validation rules of an agency's return, as data (after DHIS2's validation rules): each has a stable
 * code, a severity, and a left side, an operator and a right side that say what it compares, plus what
 * happens when the left side is missing. Wording lives in validationMessages.ts; the checks only pick a code
 * and its parameters. Adding a code to VALIDATION_CODES without a rule here or a message there does not compile.
 */

export const VALIDATION_CODES = [
  // Structure: is this one of our templates, intact? (checked by the template reader)
  "not_a_template",
  "template_matched_by_headers",
  "format_version_unknown",
  "column_missing",
  "column_renamed",
  "column_reordered",
  "row_deleted",
  "row_added",
  "locked_text_edited",
  "metadata_missing",
  "metadata_damaged",
  "metadata_recovered",
  // Identity: whose return, for which plan and year (checked by the template reader)
  "plan_unknown",
  "catalog_changed",
  "agency_mismatch",
  "year_mismatch",
  "duplicate_submission",
  // Rows: the rows found against the rows expected
  "row_key_unknown",
  "row_key_duplicate",
  "row_not_assigned",
  "row_missing",
  // Values: one input cell, or the inputs of one row
  "required_empty",
  "not_a_number",
  "number_as_text",
  "number_ambiguous",
  "percent_scale_mistake",
  "percent_scale_suspect",
  "out_of_range",
  "status_unknown",
  "status_unaccented",
  "status_contradicts_progress",
  "date_invalid",
  "date_as_text",
  "date_after_cutoff",
  "date_before_plan",
  "formula_error",
  "merged_input",
  // Plausibility: likely mistakes, never certain ones
  "jump_from_last_year",
  "against_target_direction",
  "far_from_target",
  "task_overdue",
  "estimate_below_result",
  // Timeliness
  "submitted_late",
] as const;

export type ValidationCode = (typeof VALIDATION_CODES)[number];

export type ValidationSeverity = "error" | "warning";

export type RuleCategory = "structure" | "identity" | "rows" | "values" | "plausibility" | "timeliness";

export interface RuleDefinition {
  readonly category: RuleCategory;
  /** error: the return cannot be consolidated as it is; warning: it can, but a person should look. */
  readonly severity: ValidationSeverity;
  /** What is examined ("the input cell", "status"). */
  readonly left: string;
  readonly operator: string;
  /** What it is compared with ("the field's range", "last year's value × (1 ± jumpRatio)"). */
  readonly right: string;
  /** When the left side is missing: the rule is skipped, or the absence is itself the finding. */
  readonly whenMissing: "skip" | "is_the_finding";
  /** Whether the officer may switch the rule off. Rules that protect the reading of the file may not. */
  readonly canSwitchOff: boolean;
}

const structure = (severity: ValidationSeverity, left: string, operator: string, right: string): RuleDefinition => ({
  category: "structure",
  severity,
  left,
  operator,
  right,
  whenMissing: "is_the_finding",
  canSwitchOff: false,
});

export const VALIDATION_RULES = {
  not_a_template: structure("error", "the file", "is", "one of our templates, or a table whose headers and codes match one"),
  template_matched_by_headers: {
    ...structure("warning", "a hand-made table", "matches", "a template by its headers and codes"),
    canSwitchOff: true,
  },
  format_version_unknown: structure("error", "the template's format version", "is one of", "the versions this release reads"),
  column_missing: structure("error", "each template column", "is present in", "the header row"),
  column_renamed: { ...structure("warning", "each column's header", "equals", "the template's header"), canSwitchOff: true },
  column_reordered: { ...structure("warning", "each column's position", "equals", "its position in the template"), canSwitchOff: true },
  row_deleted: structure("error", "each template row without a code (headings, totals)", "is present in", "the sheet"),
  row_added: { ...structure("warning", "each row in the sheet", "is one of", "the template's rows"), canSwitchOff: true },
  locked_text_edited: structure("error", "the locked text", "equals", "the template's fingerprint"),
  metadata_missing: structure("error", "the template metadata", "is", "present"),
  metadata_damaged: structure("error", "the template metadata", "decodes to", "a valid record"),
  metadata_recovered: { ...structure("warning", "what was recovered", "comes from", "the visible header"), canSwitchOff: true },

  plan_unknown: { ...structure("error", "the return's plan", "is in", "the catalogue"), category: "identity" },
  catalog_changed: {
    ...structure("warning", "the plan version the template was made from", "equals", "the catalogue's version"),
    category: "identity",
    canSwitchOff: true,
  },
  agency_mismatch: { ...structure("error", "the return's agency", "equals", "the agency expected"), category: "identity" },
  year_mismatch: { ...structure("error", "the return's year", "equals", "the year being collected"), category: "identity" },
  duplicate_submission: {
    ...structure("error", "the number of returns from one agency for one plan and year", "<=", "1"),
    category: "identity",
  },

  row_key_unknown: { ...structure("error", "each row's plan and code", "is in", "the catalogue"), category: "rows" },
  row_key_duplicate: { ...structure("error", "each row's plan and code", "appears once in", "the return"), category: "rows" },
  row_not_assigned: {
    ...structure("warning", "each row's plan and code", "is in", "the rows assigned to the agency"),
    category: "rows",
    canSwitchOff: true,
  },
  row_missing: { ...structure("error", "each row assigned to the agency", "is in", "the return"), category: "rows" },

  required_empty: values("error", "a required input", "is not", "empty", "is_the_finding"),
  not_a_number: values("error", "a number input", "is", "a number, or text that reads as one"),
  number_as_text: values("warning", "a number input", "is stored as", "a number, not text", "skip", true),
  number_ambiguous: values("error", "a number typed as text", "has", "one reading (not \"1.234\" or \"1,234\")"),
  percent_scale_mistake: values("error", "a %-formatted percent as shown (stored × 100)", "is within", "the field's range (reported when only the stored value is)"),
  percent_scale_suspect: values("warning", "a percent in points with no % sign", "is not between", "0 and 1 (exclusive)", "skip", true),
  out_of_range: values("error", "a number or percent input", "is within", "the field's range (percent: 0–100 by default)"),
  status_unknown: values("error", "a status input, folded", "is one of", "the template's statuses"),
  status_unaccented: values("warning", "a status input", "is spelled as", "the template's status, with its accents", "skip", true),
  status_contradicts_progress: values("error", "the progress", "is within", "the range the status allows (Hoàn thành: 100; Chưa triển khai: 0)"),
  date_invalid: values("error", "a date input", "is", "a date, or dd/mm/yyyy text of a real day"),
  date_as_text: values("warning", "a date input", "is stored as", "a date, not text", "skip", true),
  date_after_cutoff: values("error", "a date input", "<=", "the reporting cut-off"),
  date_before_plan: values("error", "a date input", ">=", "the plan's start"),
  formula_error: values("error", "an input's value (a formula's result)", "is not", "an error value (#REF!, #DIV/0!, #N/A…)"),
  merged_input: values("error", "an input cell", "is not part of", "a merged area"),

  jump_from_last_year: plausibility("abs(value − last year) / abs(last year)", "<=", "jumpRatio (0.5 by default)"),
  against_target_direction: plausibility("value − last year", "has the sign of", "the target's direction (increase / decrease)"),
  far_from_target: plausibility("value / target", "is between", "1 / farFromTargetFactor and farFromTargetFactor (10 by default)"),
  task_overdue: plausibility("the reporting cut-off", "<=", "the task's deadline, unless the task is complete"),
  estimate_below_result: plausibility("the full-year estimate", ">=", "the result so far"),

  submitted_late: {
    category: "timeliness",
    severity: "warning",
    left: "the submission date (file date, or entered by the officer)",
    operator: "<=",
    right: "the reporting deadline",
    whenMissing: "skip",
    canSwitchOff: true,
  },
} as const satisfies Record<ValidationCode, RuleDefinition>;

function values(
  severity: ValidationSeverity,
  left: string,
  operator: string,
  right: string,
  whenMissing: RuleDefinition["whenMissing"] = "skip",
  canSwitchOff = false,
): RuleDefinition {
  return { category: "values", severity, left, operator, right, whenMissing, canSwitchOff };
}

function plausibility(left: string, operator: string, right: string): RuleDefinition {
  return { category: "plausibility", severity: "warning", left, operator, right, whenMissing: "skip", canSwitchOff: true };
}

export function ruleFor(code: ValidationCode): RuleDefinition {
  return VALIDATION_RULES[code];
}

/** The bounds an officer may change, and the rules switched off. Built-in defaults below. */
export interface ValidationSettings {
  /** Codes not reported. Rules with canSwitchOff false are reported regardless. */
  readonly off: readonly ValidationCode[];
  /** jump_from_last_year: the largest change from last year, as a share of last year's value. */
  readonly jumpRatio: number;
  /** far_from_target: how many times above or below the target a value may be. */
  readonly farFromTargetFactor: number;
}

export const DEFAULT_VALIDATION_SETTINGS: ValidationSettings = {
  off: [],
  jumpRatio: 0.5,
  farFromTargetFactor: 10,
};

export function isSwitchedOff(code: ValidationCode, settings: ValidationSettings): boolean {
  return VALIDATION_RULES[code].canSwitchOff && settings.off.includes(code);
}
