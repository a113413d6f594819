import type { Issue } from "../issue";
import type { LocatedCell } from "./inputLayout";
import { renderValidationText, type Language, type MessageParams } from "./validationMessages";
import { VALIDATION_RULES, type ValidationCode, type ValidationSeverity } from "./validationRules";

/** Where an issue is: the file, the sheet and the A1 cell, each null when it concerns the whole of it. */
export interface IssueLocation {
  readonly file: string | null;
  readonly sheet: string | null;
  readonly cell: string | null;
}

/** An issue of a validation rule: its code is a registered one and its severity is the rule's. */
export interface ValidationIssue extends Issue {
  readonly code: ValidationCode;
  readonly severity: ValidationSeverity;
  readonly file: string | null;
  readonly params: MessageParams;
}

/** What a check found, before it is placed in a file: a code and the values its message needs. */
export interface Finding {
  readonly code: ValidationCode;
  readonly params: MessageParams;
}

export function validationIssue(code: ValidationCode, at: IssueLocation, params: MessageParams = {}): ValidationIssue {
  const { message, hint } = renderValidationText(code, params, "vi");
  return { code, severity: VALIDATION_RULES[code].severity, file: at.file, sheet: at.sheet, cell: at.cell, message, hint, params };
}

/** The same issue worded in another language, from its parameters. */
export function inLanguage(issue: ValidationIssue, language: Language): ValidationIssue {
  return { ...issue, ...renderValidationText(issue.code, issue.params, language) };
}

/** A finding placed at the cell it is about. */
export function issueAtCell(finding: Finding, located: LocatedCell, file: string | null): ValidationIssue {
  return validationIssue(finding.code, { file, sheet: located.sheet, cell: located.address }, finding.params);
}
