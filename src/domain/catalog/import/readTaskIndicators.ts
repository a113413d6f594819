import type { Indicator, SourceRef } from "../types";
import { parseIndicators, type ParsedIndicator } from "../values/parseIndicators";
import type { ValueAmbiguity } from "../values/valueAmbiguity";
import { lineHolding } from "./readTaskMilestones";
import type { SourceDocument } from "./sourceDocument";

/**
 * Numbers a task commits to in its own text (001 3.3.b L297 "Phấn đấu đến năm 2030 có trên 30% dân số hoạt
 * động thể dục thể thao thường xuyên"; 002 2.1.b L282 "diện tích lúa chất lượng cao đạt trên 65%"), read as
 * the task's indicators so that templates can ask for them. A value the task's target already holds (002
 * repeats its targets' values in the task column) is not read twice.
 *
 * A value is a commitment when it has a year, a period or a yearly rate ("6,0 triệu cây xanh phân tán/năm", 004
 * L556), a bound ("trên", "tối thiểu", "từ … trở lên") or a verb of commitment ("đạt", "phấn đấu"). A bare number with none of these ("tăng 10% so với TH năm trước", 002
 * L2202) may be context as well: it is not read, it is a review item.
 */
export interface TaskValues {
  readonly indicators: readonly Indicator[];
  readonly unclear: readonly { readonly indicator: ParsedIndicator; readonly source: SourceRef }[];
  readonly ambiguous: readonly {
    readonly indicator: ParsedIndicator;
    readonly ambiguity: ValueAmbiguity;
    readonly source: SourceRef;
  }[];
}

const COMMITMENT = /\b(?:đạt|phấn đấu|tối thiểu|ít nhất|trở lên|không quá|không dưới|còn|xuống)\b/iu;

export function readTaskIndicators(
  text: string,
  where: SourceRef,
  targetIndicators: readonly Indicator[],
  document: SourceDocument | null,
  planTo: number | null,
): TaskValues {
  const indicators: Indicator[] = [];
  const unclear: { indicator: ParsedIndicator; source: SourceRef }[] = [];
  const ambiguous: { indicator: ParsedIndicator; ambiguity: ValueAmbiguity; source: SourceRef }[] = [];
  for (const indicator of parseIndicators(text, { planTo })) {
    if (indicator.value === null || heldByTarget(indicator, targetIndicators)) continue;
    const line = lineHolding(document, indicator.text.slice(0, 40), where.line, where.endLine ?? where.line);
    const source: SourceRef = { line: line ?? where.line, quote: indicator.text };
    const { ambiguity, ...stored } = indicator;
    if (ambiguity !== undefined) {
      ambiguous.push({ indicator, ambiguity, source });
      continue;
    }
    if (!isCommitment(indicator)) {
      unclear.push({ indicator, source });
      continue;
    }
    indicators.push({ ...stored, ...(line !== null && line !== where.line ? { line } : {}) });
  }
  return { indicators, unclear, ambiguous };
}

function isCommitment(indicator: ParsedIndicator): boolean {
  const bounded = indicator.comparator !== null && indicator.comparator !== "=" && indicator.comparator !== "~";
  const rate = indicator.annual === true || indicator.period !== undefined;
  return indicator.year !== null || bounded || rate || COMMITMENT.test(indicator.text);
}

function heldByTarget(indicator: ParsedIndicator, targetIndicators: readonly Indicator[]): boolean {
  // Year aside: a task column that restates its target's dated lines can lose which year a value is for.
  return targetIndicators.some((held) => held.value === indicator.value && held.unit === indicator.unit);
}
