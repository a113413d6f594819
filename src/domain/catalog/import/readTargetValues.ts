import { formatRangeVi } from "../../text/vietnameseFormat";
import type { Indicator } from "../types";
import { parseIndicators, type ParsedIndicator } from "../values/parseIndicators";
import { sourceRef, type DraftReview, type DraftStatement, type DraftTarget } from "./draft";

/**
 * A target's values, read statement by statement (the heading, each sub-point, each dated line) so
 * that every value keeps its own line and year. Values the plan quotes for the whole country are
 * marked `national`: those of a statement before the province's own ("Tỉnh Quảng Ninh:", 002 L326),
 * and a share of the country's total ("trong tổng … của quốc gia", 002 L976).
 */
export interface TargetValue {
  readonly indicator: ParsedIndicator;
  /** The indicator as the catalogue stores it (no ambiguity; `line` when read off the target's line). */
  readonly value: Indicator;
  readonly statement: DraftStatement;
  readonly national: boolean;
}

const NATIONAL_SHARE = /\btrong tổng\b.*\bcủa (?:quốc gia|cả nước|toàn quốc)$/iu;

export function readTargetValues(target: DraftTarget, planTo: number | null): readonly TargetValue[] {
  const statements: readonly DraftStatement[] = target.statements ?? [
    { text: target.text, line: target.source.line, year: target.year ?? null },
  ];
  const read: TargetValue[] = [];
  for (const statement of statements) {
    for (const indicator of parseIndicators(statement.text, { year: statement.year, planTo })) {
      const { ambiguity: _ambiguity, ...stored } = indicator;
      const own =
        target.statements !== undefined && statement.line !== target.source.line ? { line: statement.line } : {};
      // A value in a clause that inherits "Giai đoạn 2021 - 2025" belongs to that period (003 L102).
      const period =
        stored.period === undefined && target.period !== undefined && stored.year === target.period.to
          ? { period: target.period }
          : {};
      const value: Indicator = { ...stored, ...own, ...period };
      const national =
        statement.national === true ||
        (indicator.value !== null && indicator.benchmark === undefined && NATIONAL_SHARE.test(indicator.label));
      read.push({ indicator, value, statement, national });
    }
  }
  return read;
}

/**
 * Two different values for one measure and one year (002 L2192: "Đến năm 2020 … 5.000 vườn mẫu;
 * Đến năm 2020 … 10.000 vườn mẫu") cannot both hold: the later year is probably a typo. The later
 * value keeps no year; the review item offers the milestone years after it.
 */
export function findRepeatedYears(
  targetCode: string,
  values: readonly TargetValue[],
  planTo: number | null,
): { readonly values: readonly TargetValue[]; readonly review: readonly DraftReview[] } {
  const review: DraftReview[] = [];
  const out = [...values];
  out.forEach((entry, index) => {
    const value = entry.value;
    if (value.year === null || value.value === null || value.annual === true || value.change === true) return;
    const earlier = out
      .slice(0, index)
      .find(
        (other) =>
          other.value.year === value.year &&
          other.value.label === value.label &&
          other.value.unit === value.unit &&
          other.value.value !== null &&
          other.value.value !== value.value &&
          other.value.annual !== true &&
          other.value.change !== true,
      );
    if (earlier === undefined) return;
    const year = value.year;
    const later: number[] = [];
    for (let candidate = year + 1; candidate <= (planTo ?? year + 10); candidate += 1)
      if (candidate % 5 === 0) later.push(candidate);
    review.push({
      code: "year_repeated",
      subject: { kind: "target", id: targetCode },
      params: {
        target: targetCode,
        year,
        label: value.label,
        first: earlier.value.value,
        second: value.value,
        indicator: index,
      },
      source: sourceRef(entry.statement.line, entry.statement.text),
      candidates: later.map(String),
    });
    out[index] = { ...entry, value: { ...value, year: null } };
  });
  return { values: out, review };
}

/** The backward year range in a statement ("Giai đoạn 2021-2020", 002 L426), as printed. */
export function backwardRange(text: string): string | null {
  for (const match of text.matchAll(/\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/gu)) {
    if (Number(match[2]) < Number(match[1])) return match[0];
  }
  return null;
}

/** "Tỷ số tử vong mẹ < 45 /100.000 trẻ đẻ sống (2030)", for notes. */
export function describeValue(indicator: Indicator): string {
  const amount = formatRangeVi(indicator.value, indicator.valueMax);
  const comparator =
    indicator.comparator === null || indicator.comparator === "=" || indicator.comparator === "between"
      ? ""
      : `${indicator.comparator} `;
  const year = indicator.year === null ? "" : ` (${indicator.year})`;
  return `${indicator.label} ${comparator}${amount}${indicator.unit === null ? "" : ` ${indicator.unit}`}${year}`
    .replace(/\s+/gu, " ")
    .trim();
}
