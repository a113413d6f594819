/**
 * Excel keeps dates as serial day numbers and tells them apart from other numbers only by the cell's number
 * format. These helpers turn such a number into the calendar date it shows, the same way in both adapters.
 */

const DAY_MS = 86_400_000;
/** Serial 1 is 1900-01-01 in the 1900 system; serials from 61 on count from 1899-12-30 because Excel keeps
 * Lotus's 1900-02-29, which did not exist. */
const EPOCH_1900_MS = Date.UTC(1899, 11, 30);
const EPOCH_1900_EARLY_MS = Date.UTC(1899, 11, 31);
const EPOCH_1904_MS = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last date Excel shows. */
const LAST_SERIAL_1900 = 2_958_465;
const LAST_SERIAL_1904 = LAST_SERIAL_1900 - 1_462;

/**
 * Whether a number format code shows a date or a time ("dd/mm/yyyy", "[$-42A]d mmmm yyyy", "h:mm", "mmm-yy").
 * Only the first section counts (the one positive numbers use); quoted text, escaped characters and bracketed
 * parts (colours, locales, conditions) are not format tokens, except elapsed time ("[h]:mm").
 */
export function isDateFormat(code: string | null | undefined): boolean {
  if (!code) return false;
  const section = firstSection(code);
  if (/^general$/i.test(section.trim())) return false;
  const tokens = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[(h+|m+|s+)\]/gi, "h")
    .replace(/\[[^\]]*\]/g, "");
  return /[dmyhs]/i.test(tokens);
}

function firstSection(code: string): string {
  let quoted = false;
  for (let index = 0; index < code.length; index += 1) {
    const char = code[index];
    if (char === '"') quoted = !quoted;
    else if (char === "\\") index += 1;
    else if (char === ";" && !quoted) return code.slice(0, index);
  }
  return code;
}

/**
 * The calendar date (and time, when there is one, to the second) an Excel serial number stands for, as ISO
 * "yyyy-mm-dd" or "yyyy-mm-ddThh:mm:ss"; null for a number that is not a date Excel can show (negative, past
 * 9999-12-31). In the 1900 system, serial 60 is Excel's fictitious 1900-02-29.
 */
export function serialToIso(serial: number, date1904: boolean): string | null {
  if (!Number.isFinite(serial) || serial < 0) return null;
  if (serial >= (date1904 ? LAST_SERIAL_1904 : LAST_SERIAL_1900) + 1) return null;
  const day = Math.floor(serial);
  const seconds = Math.round((serial - day) * 86_400);
  if (!date1904 && day === 60) return withTime("1900-02-29", seconds);
  const epoch = date1904 ? EPOCH_1904_MS : day < 60 ? EPOCH_1900_EARLY_MS : EPOCH_1900_MS;
  const date = new Date(epoch + day * DAY_MS + seconds * 1_000);
  const iso = date.toISOString();
  return seconds === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

function withTime(date: string, seconds: number): string {
  if (seconds === 0) return date;
  if (seconds >= 86_400) return "1900-03-01";
  const time = new Date(seconds * 1_000).toISOString().slice(11, 19);
  return `${date}T${time}`;
}

/** "2026-11-15" or "2026-11-15T08:30:00" → the serial Excel stores in the 1900 system; null for anything else. */
export function isoToSerial(iso: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?Z?$/.exec(iso.trim());
  if (!match) return null;
  const [, y, mo, d, h = "0", mi = "0", s = "0"] = match;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(ms);
  if (check.getUTCMonth() !== Number(mo) - 1 || check.getUTCDate() !== Number(d)) return null;
  const serial = (ms - EPOCH_1900_MS) / DAY_MS;
  // Before 1900-03-01 Excel's serials are one lower than the calendar, because of its 1900-02-29.
  return serial < 61 ? serial - 1 : serial;
}
