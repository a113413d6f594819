import type { Agency, AgencySuccession } from "../../domain/catalog/agency";
import type { AgencyId, PlanCatalog } from "../../domain/catalog/types";
import type { CellValue } from "../../domain/grid/cellValue";
import { catalogHash } from "../../domain/templates/catalogHash";
import { TEMPLATE_SECTIONS, type TemplateRow, type TemplateSection } from "../../domain/templates/distributeDuties";
import { fingerprintOf, lockedLine } from "../../domain/templates/fingerprint";
import { decodeKeyPart } from "../../domain/templates/keyParts";
import { readDue } from "../../domain/templates/reportingDates";
import { planLabel, rowCells } from "../../domain/templates/templateCells";
import type { TextDigest } from "../../domain/templates/sha256";
import { SECTION_COLUMNS } from "../../domain/templates/templateLayout";
import type { RowKey } from "../../domain/validation/inputLayout";
import { indicatorRule, type NumericRule } from "./returnLayout";
import type { ValidationCache } from "./validationCache";

/** What the catalogues say about a template's rows: which keys exist, what the locked cells held, what each row asks. */

/** "<plan>|CT|<code>#n" → {plan, code: "<code>#n"}; "<plan>|NV|<task>" → {plan, code: task}. Null for anything else. */
export function parseRowKey(key: string): RowKey | null {
  const parts = key.split("|");
  if (parts.length !== 3 || (parts[1] !== "CT" && parts[1] !== "NV") || !parts[0] || !parts[2]) return null;
  return { plan: decodeKeyPart(parts[0]), code: decodeKeyPart(parts[2]) };
}

/** Every row key the catalogues can put in a template, whoever it goes to. */
export function knownRowKeys(catalogs: readonly PlanCatalog[]): RowKey[] {
  return catalogs.flatMap((plan) => [
    ...(plan.targets ?? []).flatMap((target) => {
      const count = (target.indicators ?? []).length;
      return count === 0 ? [{ plan: plan.id, code: `${target.code}#0` }] : Array.from({ length: count }, (_, n) => ({ plan: plan.id, code: `${target.code}#${n + 1}` }));
    }),
    ...(plan.tasks ?? []).map((task) => ({ plan: plan.id, code: task.id })),
  ]);
}

/** What each row asks of its inputs: the kind of number an indicator takes, a task's deadline. */
export interface RowRules {
  readonly numericRules: ReadonlyMap<string, NumericRule>;
  readonly deadlines: ReadonlyMap<string, string | null>;
}

export interface ExpectedTemplateRows {
  /** Locked values by key, in column order (input columns null). */
  readonly locked: ReadonlyMap<string, readonly CellValue[]>;
}

export interface TemplateRowsRequest {
  readonly catalogs: readonly PlanCatalog[];
  readonly agency: AgencyId;
  readonly agencies: readonly Agency[];
  readonly successions: readonly AgencySuccession[];
  readonly choices: Readonly<Record<string, readonly AgencyId[]>>;
  /** Days on which the template may have been made; the first whose rows give the fingerprint is taken. */
  readonly madeOn: readonly string[];
  readonly rows: Readonly<Record<TemplateSection, readonly string[]>>;
  readonly fingerprint: string | null;
}

/**
 * The agency's rows as the catalogues give them, rebuilt the way the template was: trusted (`exact`) when their
 * locked content gives the template's fingerprint, so an edited cell can be named (rowRules gives what the
 * rows ask of their inputs). Who receives what on each day comes from the run's cache: the whole catalogue is distributed
 * once per day, not once per return.
 */
export function expectedTemplateRows(request: TemplateRowsRequest, cache: ValidationCache): { readonly expected: ExpectedTemplateRows; readonly exact: boolean } {
  const agencies = cache.directory(request.agencies);
  const context = { plans: new Map(request.catalogs.map((plan) => [plan.id as string, plan])), agencies };
  let fallback: ExpectedTemplateRows | null = null;
  for (const asOf of request.madeOn) {
    const duties = cache.distribution(request.catalogs, request.successions, asOf, request.choices).byAgency.get(request.agency);
    const locked = new Map<string, CellValue[]>();
    const lines: string[] = [];
    for (const section of TEMPLATE_SECTIONS) {
      const columns = SECTION_COLUMNS[section];
      const byKey = new Map<string, TemplateRow>((duties?.[section] ?? []).map((row) => [row.key, row]));
      for (const key of request.rows[section]) {
        const row = byKey.get(key);
        const cells = row ? rowCells(row, context) : {};
        const values: CellValue[] = [];
        const lockedValues: CellValue[] = [];
        for (const column of columns) {
          const value = column.input || !row ? null : (cells[column.id] ?? null);
          values.push(value);
          if (!column.input) lockedValues.push(value);
        }
        lines.push(lockedLine(section, lockedValues));
        if (row) locked.set(key, values);
      }
    }
    const expected = { locked };
    if (request.fingerprint !== null && fingerprintOf(lines, cache.digest) === request.fingerprint) return { expected, exact: true };
    fallback ??= expected;
  }
  return { expected: fallback ?? { locked: new Map() }, exact: false };
}

/**
 * The rules of the agency's rows, each from the first day the template may have been made on whose duties hold it.
 * Reading needs no more than these; locked content is rebuilt (expectedTemplateRows) only when it was edited.
 */
export function rowRules(request: TemplateRowsRequest, cache: ValidationCache): RowRules {
  const numericRules = new Map<string, NumericRule>();
  const deadlines = new Map<string, string | null>();
  const wanted = new Set(TEMPLATE_SECTIONS.flatMap((section) => request.rows[section]));
  for (const asOf of request.madeOn) {
    if (wanted.size === 0) break;
    const duties = cache.distribution(request.catalogs, request.successions, asOf, request.choices).byAgency.get(request.agency);
    for (const section of TEMPLATE_SECTIONS) {
      for (const row of duties?.[section] ?? []) {
        if (!wanted.delete(row.key)) continue;
        if (row.section === "indicators") numericRules.set(row.key, indicatorRule(row));
        else deadlines.set(row.key, readDue(row.task).by);
      }
    }
  }
  return { numericRules, deadlines };
}

/** The heading row a section shows above a plan's rows: "<document number>: <title>". */
export function planHeading(plan: PlanCatalog): string {
  return `${planLabel(plan, plan.id)}: ${plan.title}`;
}

/** The first day of the earliest plan's period, ISO; null when no plan says. */
export function planStart(catalogs: readonly PlanCatalog[]): string | null {
  const years = catalogs.flatMap((plan) => (typeof plan.period?.from === "number" ? [plan.period.from] : []));
  return years.length > 0 ? `${Math.min(...years)}-01-01` : null;
}

/** catalog_changed parameters for a plan whose catalogue no longer has the template's hash; null when unchanged. */
export function catalogChange(
  plan: PlanCatalog,
  templateHash: string | null,
  templateKeys: readonly string[],
  digest: TextDigest,
): { readonly changes: string } | null {
  const hash = catalogHash(plan, digest);
  if (templateHash === null || hash === templateHash) return null;
  const known = new Set(knownRowKeys([plan]).map((key) => key.code));
  const gone = templateKeys.flatMap((key) => {
    const parsed = parseRowKey(key);
    return parsed && parsed.plan === plan.id && !known.has(parsed.code) ? [parsed.code] : [];
  });
  return { changes: gone.length > 0 ? `− ${gone.join(", ")}` : `${templateHash.slice(0, 8)} → ${hash.slice(0, 8)}` };
}
