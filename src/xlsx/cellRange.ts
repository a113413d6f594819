import { fromA1 } from "../domain/grid/cellAddress";

/** Zero-based, inclusive bounds of an A1 range. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B2:D9" or "B2" → bounds; throws on an address the code itself built wrongly. */
export function parseRange(address: string): CellRange {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const [first, last = first] = local.split(":");
  const start = fromA1(first ?? "");
  const end = fromA1(last ?? "");
  if (!start || !end) throw new Error(`Invalid range address: ${address}`);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
