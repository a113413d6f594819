/**
 * Readings a person can choose between when a year range runs backwards ("2021-2020", 002 L426).
 * We do not pick one. The candidates are, in order:
 * 1. the two years swapped ("2020-2021");
 * 2. the start year with an end year one digit away from the written one that closes a five-year
 *    or ten-year phase (ends in 0 or 5) within 15 years: "2021-2025", "2021-2030";
 * 3. the start year with the plan's end year, when the plan period is known and not yet listed.
 */
export function yearRangeCandidates(from: number, to: number, planTo?: number | null): readonly string[] {
  const out: string[] = [`${Math.min(from, to)}-${Math.max(from, to)}`];
  for (const year of oneDigitEdits(to)) {
    if (year > from && year <= from + 15 && year % 5 === 0) out.push(`${from}-${year}`);
  }
  if (planTo !== undefined && planTo !== null && planTo > from) out.push(`${from}-${planTo}`);
  return [...new Set(out)];
}

function oneDigitEdits(year: number): number[] {
  const digits = String(year);
  const out: number[] = [];
  for (let i = 0; i < digits.length; i += 1) {
    for (let d = 0; d <= 9; d += 1) {
      const edited = Number(digits.slice(0, i) + String(d) + digits.slice(i + 1));
      if (edited !== year && edited >= 1900) out.push(edited);
    }
  }
  return out.sort((a, b) => a - b);
}
