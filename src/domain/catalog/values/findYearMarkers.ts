import type { ValueAmbiguity } from "./valueAmbiguity";
import { yearRangeCandidates } from "./yearRangeCandidates";

/** A phrase that sets the target year of the values after it ("Đến năm 2025,", "Giai đoạn 2021 - 2025,"). */
export interface YearMarker {
  readonly start: number;
  readonly end: number;
  readonly kind: "year" | "period" | "annual";
  readonly year: number | null;
  readonly period?: { readonly from: number; readonly to: number };
  readonly ambiguity?: ValueAmbiguity;
}

const Y = String.raw`((?:19|20|21)\d\d)`;

const PERIOD = new RegExp(
  String.raw`(?:(?:giai đoạn|thời kỳ)\s+(?:từ\s+)?|từ\s+)(?:năm\s+)?${Y}\s*(?:-|đến)\s*(?:năm\s+)?${Y}`,
  "g",
);
const BARE_PERIOD = new RegExp(String.raw`(?:^|[;:.,+]\s*)${Y}\s*-\s*${Y}\s*[,:]`, "g");
const YEAR = new RegExp(String.raw`(?:(?:giai đoạn\s+)?(?:đến|tới|vào|trong|cuối|hết|đầu)\s+)?năm\s+${Y}`, "g");
const ANNUAL = /(?:^|[;:.,]\s*)(?:(?:phấn|phân) (?:đấu|đầu)\s+)?(?:hằng|hàng|mỗi) năm\s*[,:]/g;
/** Years that are not target years: baselines, constant-price bases, visions. */
const NOT_A_TARGET = /(?:so với(?:\s+cuối)?|giá cố định|giá so sánh|tầm nhìn(?:\s+đến)?|tầm nhìn đến)\s*$/;

/** Every year marker in lower-cased, normalised text, in order. */
export function findYearMarkers(low: string, planTo?: number | null): readonly YearMarker[] {
  const out: YearMarker[] = [];
  const add = (marker: YearMarker): void => {
    if (out.some((m) => marker.start < m.end && marker.end > m.start)) return;
    if (NOT_A_TARGET.test(low.slice(Math.max(0, marker.start - 20), marker.start))) return;
    out.push(marker);
  };
  for (const re of [PERIOD, BARE_PERIOD]) {
    for (const m of low.matchAll(re)) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      const start = (m.index ?? 0) + (re === PERIOD ? 0 : m[0].search(/\d/));
      const end = (m.index ?? 0) + m[0].length;
      if (from > to) {
        add({
          start,
          end,
          kind: "period",
          year: null,
          ambiguity: { reason: "year_typo", candidates: yearRangeCandidates(from, to, planTo) },
        });
      } else {
        add({ start, end, kind: "period", year: to, period: { from, to } });
      }
    }
  }
  for (const m of low.matchAll(YEAR)) {
    const start = m.index ?? 0;
    add({ start, end: start + m[0].length, kind: "year", year: Number(m[1]) });
  }
  for (const m of low.matchAll(ANNUAL)) {
    const start = (m.index ?? 0) + m[0].search(/\p{L}/u);
    add({ start, end: (m.index ?? 0) + m[0].length, kind: "annual", year: null });
  }
  return out.sort((a, b) => a.start - b.start);
}
