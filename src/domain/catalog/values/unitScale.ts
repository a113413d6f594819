/**
 * The multiplier hidden in a unit that starts with a Vietnamese scale word: "triệu cây" → 1e6,
 * "tỷ đồng" → 1e9, "nghìn tấn" → 1e3, "vạn dân" → 1e4. Indicators keep the document's unit
 * ("6,0 triệu cây" stays 6 "triệu cây"); callers that need absolute amounts multiply by this.
 * Returns 1 for units without a scale word, and for rates ("/100.000 trẻ đẻ sống").
 */
export function unitScale(unit: string | null): number {
  if (unit === null) return 1;
  const first = unit.normalize("NFC").trim().toLowerCase().split(/\s+/)[0] ?? "";
  return SCALES.get(first) ?? 1;
}

const SCALES: ReadonlyMap<string, number> = new Map([
  ["nghìn", 1e3],
  ["ngàn", 1e3],
  ["vạn", 1e4],
  ["triệu", 1e6],
  ["tỷ", 1e9],
  ["tỉ", 1e9],
]);
