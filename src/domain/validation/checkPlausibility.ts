import type { InputContext, InputField, InputRow, LocatedCell } from "./inputLayout";
import type { FieldValue } from "./readInputCell";
import { issueAtCell, type ValidationIssue } from "./validationIssue";
import type { ValidationSettings } from "./validationRules";

/** A row whose inputs have been read: the values that were read cleanly, by field id. */
export interface ReadRow {
  readonly row: InputRow;
  readonly values: ReadonlyMap<string, { readonly field: InputField; readonly located: LocatedCell; readonly value: FieldValue }>;
}

/**
 * Warnings about values that are possible but unlikely, from what is known besides the return: last year's
 * value, the target and its direction, the task's deadline. Each is skipped when its reference is unknown.
 */
export function checkPlausibility(read: ReadRow, context: InputContext, settings: ValidationSettings): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const [fieldId, { field, located, value }] of read.values) {
    const reference = read.row.references?.[fieldId];
    if (value.kind !== "number" || reference === undefined) continue;
    const found = value.value;
    const lastYear = reference.lastYear ?? null;
    const target = reference.target ?? null;
    if (lastYear !== null && lastYear !== 0) {
      const change = Math.abs(found - lastYear) / Math.abs(lastYear);
      if (change > settings.jumpRatio) {
        const params = { field: field.label, value: found, lastYear, change: Math.round(change * 100) };
        issues.push(issueAtCell({ code: "jump_from_last_year", params }, located, context.file));
      }
    }
    if (lastYear !== null && movesAgainst(reference.direction ?? null, lastYear, found)) {
      const params = { field: field.label, value: found, lastYear, direction: reference.direction ?? null };
      issues.push(issueAtCell({ code: "against_target_direction", params }, located, context.file));
    }
    if (target !== null && target > 0 && found > 0) {
      const ratio = found / target;
      if (ratio > settings.farFromTargetFactor || ratio < 1 / settings.farFromTargetFactor) {
        const params = { field: field.label, value: found, target, factor: settings.farFromTargetFactor };
        issues.push(issueAtCell({ code: "far_from_target", params }, located, context.file));
      }
    }
  }
  issues.push(...checkOverdue(read, context));
  return issues;
}

function movesAgainst(direction: string | null, lastYear: number, found: number): boolean {
  return (direction === "increase" && found < lastYear) || (direction === "decrease" && found > lastYear);
}

/**
 * A task whose deadline is before the cut-off and that is not complete: status that implies 100% or progress
 * of 100. Reported at the status cell (else the progress cell); skipped when neither was read.
 */
function checkOverdue(read: ReadRow, context: InputContext): ValidationIssue[] {
  const deadline = read.row.deadline ?? null;
  if (deadline === null || context.cutoff === null || deadline >= context.cutoff) return [];
  const roles = context.layout.roles;
  const status = roles?.status === undefined ? undefined : read.values.get(roles.status);
  const progress = roles?.progress === undefined ? undefined : read.values.get(roles.progress);
  const statusDone = status?.value.kind === "status" ? (status.value.option.progress?.min ?? 0) >= 100 : null;
  const progressDone = progress?.value.kind === "number" ? progress.value.value >= 100 : null;
  if (statusDone === null && progressDone === null) return [];
  if (statusDone === true || progressDone === true) return [];
  const where = (status ?? progress)!.located;
  return [issueAtCell({ code: "task_overdue", params: { deadline, cutoff: context.cutoff } }, where, context.file)];
}
