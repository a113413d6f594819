import type { Agency } from "../catalog/agency";
import type { AgencyId, Indicator, PlanCatalog } from "../catalog/types";
import type { CellValue } from "../grid/cellValue";
import type { IndicatorRow, TaskRow, TemplateRow } from "./distributeDuties";
import { readDue } from "./reportingDates";
import { inheritanceText } from "./templateText";

/** What the locked cells of a row say, by column id; input columns start empty. */

export interface CellContext {
  readonly plans: ReadonlyMap<string, PlanCatalog>;
  readonly agencies: ReadonlyMap<AgencyId, Agency>;
}

export function planLabel(plan: PlanCatalog | undefined, planId: string): string {
  return plan?.documentNumber ?? planId;
}

export function rowCells(row: TemplateRow, context: CellContext): Readonly<Record<string, CellValue>> {
  const shortName = (id: string) => context.agencies.get(id as AgencyId)?.shortName ?? id;
  const common = {
    key: row.key,
    plan: planLabel(context.plans.get(row.planId), row.planId),
    code: row.code,
    received: inheritanceText(row.inherited, shortName),
  };
  return row.section === "indicators" ? { ...common, ...indicatorCells(row) } : { ...common, ...taskCells(row, context) };
}

function indicatorCells(row: IndicatorRow): Record<string, CellValue> {
  const indicator = row.indicator;
  return {
    target: row.target.text,
    indicator: indicator ? (indicator.text ?? indicator.label) : null,
    unit: indicator?.unit ?? null,
    targetValue: indicator ? targetValueText(indicator) : null,
    targetYear: indicator?.year ?? row.target.year ?? null,
    baseline: indicator ? baselineText(indicator) : null,
  };
}

function taskCells(row: TaskRow, context: CellContext): Record<string, CellValue> {
  const outputs = Array.isArray(row.task.outputs) ? row.task.outputs.filter((output) => typeof output === "string") : [];
  return {
    task: row.task.text,
    due: readDue(row.task).text,
    outputs: outputs.join("\n") || null,
    lead: row.leads.map((id) => context.agencies.get(id)?.name ?? id).join("; ") || null,
  };
}

const COMPARATORS: Readonly<Record<string, string>> = { "<": "< ", "<=": "≤ ", ">": "> ", ">=": "≥ ", "=": "", "~": "khoảng " };

/** "≥ 95", "25 – 30", "khoảng 5"; the benchmark when the plan states no number. */
export function targetValueText(indicator: Indicator): string | null {
  if (indicator.value === null) return indicator.benchmark ?? null;
  if (indicator.comparator === "between" && indicator.valueMax !== null) return `${indicator.value} – ${indicator.valueMax}`;
  const ratio = indicator.ratio && indicator.ratio.length > 1 ? indicator.ratio.join("/") : null;
  const value = ratio ?? String(indicator.value);
  return `${COMPARATORS[indicator.comparator ?? "="] ?? ""}${value}${indicator.annual ? " mỗi năm" : ""}`;
}

export function baselineText(indicator: Indicator): string | null {
  if (indicator.baseYear) return `So với năm ${indicator.baseYear}`;
  if (indicator.change) return "So với năm gốc của kế hoạch";
  if (indicator.value !== null && indicator.benchmark) return indicator.benchmark;
  return null;
}

/**
 * Whether a numeric result must not be negative: shares, counts and levels cannot be; changes and growth rates can.
 * Null when the row asks for words, not a number (a target without a stated value).
 */
export function numericRule(row: IndicatorRow): "nonNegative" | "number" | null {
  const indicator = row.indicator;
  if (!indicator || (indicator.value === null && !indicator.unit)) return null;
  const words = `${indicator.label} ${indicator.text ?? ""} ${row.target.text}`.toLowerCase();
  if (indicator.change || /tăng trưởng|tốc độ|chênh lệch/u.test(words)) return "number";
  return "nonNegative";
}
