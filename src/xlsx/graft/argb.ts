/** "#1F6F5A" → "FF1F6F5A", the opaque ARGB form spreadsheet parts store colours in. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}
