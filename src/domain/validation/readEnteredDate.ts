import { isoDate, isValidDayMonth } from "../catalog/values/calendar";

/** A date typed as text: the ISO date it names, "invalid" when it has a date's shape but no such day, or null. */
export type EnteredDate = { readonly kind: "date"; readonly iso: string } | { readonly kind: "invalid" } | null;

/**
 * Day first, as Vietnamese officers write dates: "15/11/2026", "5-1-2026", "15.11.2026". "03/04/2026" is the
 * 3rd of April, never March 4th: Vietnamese practice is day/month, and a return is filled in Vietnam, so the
 * rare English-style date is the officer's to correct (date_as_text shows the reading). Also accepted:
 * ISO "2026-11-15" and "ngày 15 tháng 11 năm 2026". Two-digit years are not: "15/11/26" is ambiguous.
 */
const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})$/;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s*,?\s+năm\s+(\d{4})$/i;

export function readEnteredDate(text: string): EnteredDate {
  const s = text.normalize("NFC").replace(/\s+/g, " ").trim();
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) return dateOf(Number(dayFirst[1]), Number(dayFirst[3]), Number(dayFirst[4]));
  const iso = ISO.exec(s);
  if (iso) return dateOf(Number(iso[3]), Number(iso[2]), Number(iso[1]));
  const words = WORDS.exec(s);
  if (words) return dateOf(Number(words[1]), Number(words[2]), Number(words[3]));
  return null;
}

function dateOf(day: number, month: number, year: number): EnteredDate {
  if (year < 1900 || !isValidDayMonth(day, month, year)) return { kind: "invalid" };
  return { kind: "date", iso: isoDate(year, month, day) };
}
