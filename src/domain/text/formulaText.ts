/**
 * Text that a spreadsheet would take for a formula if it were typed: it begins with "=", "+", "-" or "@", or with
 * a tab or carriage return (OWASP's list for CSV injection). Every adapter writes such text as text and marks it
 * with the quote prefix (see SheetSpec's text-safety rule); a CSV export neutralises it (csvCell).
 */
export function startsLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}
