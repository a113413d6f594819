/**
 * Spreadsheet dates are day counts with a format that says "date". Excel for Windows counts from 1899-12-30 (its
 * phantom 29/02/1900 makes serials from 61 on agree with this epoch); the 1904 system, from old Mac files, counts
 * from 1904-01-01. This is the one place that converts between serials and calendar dates.
 */
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

/** 46341 → "2026-11-15"; a fractional serial keeps its time: "2026-11-15T12:00:00". */
export function serialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial)) return null;
  const ms = Math.round(((date1904 ? EPOCH_1904 : EPOCH_1900) + serial * DAY_MS) / 1000) * 1000;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** "2026-11-15" or "2026-11-15T08:30:00" → serial in the 1900 system; null for anything else. */
export function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/.exec(iso.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  return (ms - EPOCH_1900) / DAY_MS;
}

/** Whether a number format code shows a date or time ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "h:mm"), not "0.0%". */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code || /^general$/i.test(code.trim())) return false;
  const section = code.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\sE+-]*$/i.test(bare);
}
