/** Small calendar helpers for deadlines: ISO dates only, no time zones. */

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

export function endOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The last day before the given month: "trước tháng 3/2025" → 2025-02-28. */
export function endOfMonthBefore(year: number, month: number): { readonly year: number; readonly iso: string } {
  const y = month === 1 ? year - 1 : year;
  const m = month === 1 ? 12 : month - 1;
  return { year: y, iso: endOfMonth(y, m) };
}

/** The day before a date: "trước ngày 15/12/2022" → 2022-12-14. */
export function dayBefore(year: number, month: number, day: number): { readonly year: number; readonly iso: string } {
  if (day > 1) return { year, iso: isoDate(year, month, day - 1) };
  return endOfMonthBefore(year, month);
}

export function isValidDayMonth(day: number, month: number, year?: number): boolean {
  if (!Number.isInteger(day) || !Number.isInteger(month) || month < 1 || month > 12 || day < 1) return false;
  return day <= (year === undefined ? (month === 2 ? 29 : daysInMonth(2001, month)) : daysInMonth(year, month));
}

export function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
