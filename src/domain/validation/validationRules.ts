/**
 * The validation rules of an agency's return, as data (after DHIS2's validation rules): each has a stable
 * code, a severity, and a left side, an operator and a right side that say what it compares (neutral expressions,
 * as DHIS2's), plus what happens when the left side is missing. Wording lives apart: the issues' messages in
 * validationMessages.ts, the rules' sides as officers read them in ruleDescriptions.ts; the checks only pick a code
 * and its parameters. Adding a code to VALIDATION_CODES without a rule here, a message or a description there does
 * not compile.
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

/**
 * How a rule's left side stands to its right side (after DHIS2's operators, with set membership and ranges):
 * the rule holds when "left operator right" is true, and reports an issue when it is not.
 */
export const RULE_OPERATORS = ["==", "!=", "<=", ">=", "in", "not_in", "between", "not_between"] as const;

export type RuleOperator = (typeof RULE_OPERATORS)[number];

export interface RuleDefinition {
  readonly category: RuleCategory;
  /** error: the return cannot be consolidated as it is; warning: it can, but a person should look. */
  readonly severity: ValidationSeverity;
  /** What is examined, as a neutral expression (`input(number)`); officers read it in ruleDescriptions.ts. */
  readonly left: string;
  readonly operator: RuleOperator;
  /** What it is compared with (`field.range`, `jumpRatio`). */
  readonly right: string;
  /** When the left side is missing: the rule is skipped, or the absence is itself the finding. */
  readonly whenMissing: "skip" | "is_the_finding";
  /** Whether the officer may switch the rule off. Rules that protect the reading of the file may not. */
  readonly canSwitchOff: boolean;
}

type Sides = readonly [left: string, operator: RuleOperator, right: string];

const structure = (severity: ValidationSeverity, [left, operator, right]: Sides): RuleDefinition => ({
  category: "structure",
  severity,
  left,
  operator,
  right,
  whenMissing: "is_the_finding",
  canSwitchOff: false,
});

export const VALIDATION_RULES = {
  not_a_template: structure("error", ["file", "in", "templates + tablesMatchedByHeaders"]),
  template_matched_by_headers: { ...structure("warning", ["table.headers + table.codes", "==", "template.headers + template.codes"]), canSwitchOff: true },
  format_version_unknown: structure("error", ["metadata.formatVersion", "in", "readableFormatVersions"]),
  column_missing: structure("error", ["each(template.column)", "in", "sheet.headerRow"]),
  column_renamed: { ...structure("warning", ["each(column).header", "==", "template.column.header"]), canSwitchOff: true },
  column_reordered: { ...structure("warning", ["each(column).position", "==", "template.column.position"]), canSwitchOff: true },
  row_deleted: structure("error", ["each(template.uncodedRow)", "in", "sheet.rows"]),
  row_added: { ...structure("warning", ["each(sheet.row)", "in", "template.rows"]), canSwitchOff: true },
  locked_text_edited: structure("error", ["fingerprint(sheet.lockedText)", "==", "template.fingerprint"]),
  metadata_missing: structure("error", ["metadata", "!=", "none"]),
  metadata_damaged: structure("error", ["decode(metadata)", "==", "validRecord"]),
  metadata_recovered: { ...structure("warning", ["recoveredIdentity.source", "==", "sheet.visibleHeader"]), canSwitchOff: true },

  plan_unknown: { ...structure("error", ["return.plan", "in", "catalogue.plans"]), category: "identity" },
  catalog_changed: {
    ...structure("warning", ["template.planVersion", "==", "catalogue.planVersion"]),
    category: "identity",
    canSwitchOff: true,
  },
  agency_mismatch: { ...structure("error", ["return.agency", "==", "expected.agency"]), category: "identity" },
  year_mismatch: { ...structure("error", ["return.year", "==", "expected.year"]), category: "identity" },
  duplicate_submission: { ...structure("error", ["count(returns per agency, plan, year)", "<=", "1"]), category: "identity" },

  row_key_unknown: { ...structure("error", ["each(row).(plan, code)", "in", "catalogue.rows"]), category: "rows" },
  row_key_duplicate: { ...structure("error", ["count(row.(plan, code) in return)", "==", "1"]), category: "rows" },
  row_not_assigned: {
    ...structure("warning", ["each(row).(plan, code)", "in", "agency.assignedRows"]),
    category: "rows",
    canSwitchOff: true,
  },
  row_missing: { ...structure("error", ["each(agency.assignedRow)", "in", "return.rows"]), category: "rows" },

  required_empty: values("error", ["input(required)", "!=", "empty"], "is_the_finding"),
  not_a_number: values("error", ["input(number)", "in", "numbers + textReadAsNumber"]),
  number_as_text: values("warning", ["type(input(number))", "==", "number"], "skip", true),
  number_ambiguous: values("error", ["count(readings(input(number) as text))", "==", "1"]),
  percent_scale_mistake: values("error", ["shown(input(percent, % format))", "between", "field.range"]),
  percent_scale_suspect: values("warning", ["input(percent, no % sign)", "not_between", "(0, 1)"], "skip", true),
  out_of_range: values("error", ["input(number | percent)", "between", "field.range"]),
  status_unknown: values("error", ["fold(input(status))", "in", "fold(template.statuses)"]),
  status_unaccented: values("warning", ["input(status)", "==", "template.status"], "skip", true),
  status_contradicts_progress: values("error", ["progress", "between", "status.allowedProgress"]),
  date_invalid: values("error", ["input(date)", "in", "dates + dd/mm/yyyy text"]),
  date_as_text: values("warning", ["type(input(date))", "==", "date"], "skip", true),
  date_after_cutoff: values("error", ["input(date)", "<=", "reporting.cutoff"]),
  date_before_plan: values("error", ["input(date)", ">=", "plan.start"]),
  formula_error: values("error", ["value(input)", "not_in", "errorValues"]),
  merged_input: values("error", ["input.cell", "not_in", "mergedAreas"]),

  jump_from_last_year: plausibility(["abs(value − lastYear) / abs(lastYear)", "<=", "jumpRatio"]),
  against_target_direction: plausibility(["sign(value − lastYear)", "==", "target.direction"]),
  far_from_target: plausibility(["value / target", "between", "[1 / farFromTargetFactor, farFromTargetFactor]"]),
  task_overdue: plausibility(["reporting.cutoff", "<=", "task.deadline, unless task.complete"]),
  estimate_below_result: plausibility(["estimate.fullYear", ">=", "result.soFar"]),

  submitted_late: {
    category: "timeliness",
    severity: "warning",
    left: "submission.date",
    operator: "<=",
    right: "reporting.deadline",
    whenMissing: "skip",
    canSwitchOff: true,
  },
} as const satisfies Record<ValidationCode, RuleDefinition>;

function values(severity: ValidationSeverity, [left, operator, right]: Sides, whenMissing: RuleDefinition["whenMissing"] = "skip", canSwitchOff = false): RuleDefinition {
  return { category: "values", severity, left, operator, right, whenMissing, canSwitchOff };
}

function plausibility([left, operator, right]: Sides): RuleDefinition {
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
