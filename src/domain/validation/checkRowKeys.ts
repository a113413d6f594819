import { rowKeyId, type LocatedCell, type RowKey } from "./inputLayout";
import { issueAtCell, validationIssue, type ValidationIssue } from "./validationIssue";

/** A row found in a return: its key and the cell that holds its code. */
export interface FoundRow {
  readonly key: RowKey;
  readonly codeCell: LocatedCell;
}

export interface ExpectedRows {
  /** Every key the catalogue knows for the return's plans. */
  readonly known: readonly RowKey[];
  /** The keys assigned to the agency (a subset of known), in the order they should appear. */
  readonly assigned: readonly RowKey[];
}

/**
 * The rows found against the rows expected:
 * - row_key_unknown at a code the catalogue does not know;
 * - row_key_duplicate at the second and later rows with one key, naming the first;
 * - row_not_assigned at a known row that is not the agency's;
 * - row_missing, for the file, for each assigned key no row holds.
 */
export function checkRowKeys(found: readonly FoundRow[], expected: ExpectedRows, file: string | null): ValidationIssue[] {
  const known = new Set(expected.known.map(rowKeyId));
  const assigned = new Set(expected.assigned.map(rowKeyId));
  const firstSeen = new Map<string, FoundRow>();
  const issues: ValidationIssue[] = [];
  for (const row of found) {
    const id = rowKeyId(row.key);
    const first = firstSeen.get(id);
    if (first !== undefined) {
      issues.push(issueAtCell({ code: "row_key_duplicate", params: { ...paramsOf(row.key), firstCell: first.codeCell.address } }, row.codeCell, file));
      continue;
    }
    firstSeen.set(id, row);
    if (!known.has(id)) issues.push(issueAtCell({ code: "row_key_unknown", params: paramsOf(row.key) }, row.codeCell, file));
    else if (!assigned.has(id)) issues.push(issueAtCell({ code: "row_not_assigned", params: paramsOf(row.key) }, row.codeCell, file));
  }
  for (const key of expected.assigned) {
    if (!firstSeen.has(rowKeyId(key))) {
      issues.push(validationIssue("row_missing", { file, sheet: null, cell: null }, { plan: key.plan, code: key.code }));
    }
  }
  return issues;
}

function paramsOf(key: RowKey): { plan: string; code: string } {
  return { plan: key.plan, code: key.code };
}
