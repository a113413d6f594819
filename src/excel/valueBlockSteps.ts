import type { ExcelCell } from "./excelCellValues";
import { jsonBytes } from "./payloadSize";
import type { WriteStep } from "./writeSteps";
import { OPERATION_BYTES } from "./writeSteps";

/** A number format for one column of the block (column relative to the block's first column). */
export interface ColumnFormat {
  readonly column: number;
  readonly format: string;
}

export interface ValueBlockInput {
  readonly sheet: string;
  /** Zero-based top-left cell. */
  readonly row: number;
  readonly column: number;
  readonly rows: readonly (readonly ExcelCell[])[];
  readonly columnFormats: readonly ColumnFormat[];
}

/**
 * Splits a block of values into row blocks whose estimated JSON stays under `blockBudget`, each one step that
 * sets the column number formats (first, so "@" columns keep text) and then the values, in whole ranges.
 */
export function valueBlockSteps(input: ValueBlockInput, blockBudget: number): WriteStep[] {
  const { rows, columnFormats } = input;
  const width = rows[0]?.length ?? 0;
  const formatRowBytes = columnFormats.reduce((sum, { format }) => sum + jsonBytes([format]) + 1, 0);
  const blocks: { start: number; end: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const rowBytes = jsonBytes(row) + 1 + formatRowBytes;
    if (index > start && bytes + rowBytes > blockBudget) {
      blocks.push({ start, end: index, bytes });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (rows.length > start) blocks.push({ start, end: rows.length, bytes });

  return blocks.map((block) => ({
    bytes: block.bytes + OPERATION_BYTES * (1 + columnFormats.length),
    queue: (session) => {
      const sheet = session.sheet(input.sheet);
      const count = block.end - block.start;
      const top = input.row + block.start;
      for (const { column, format } of columnFormats) {
        sheet.getRangeByIndexes(top, input.column + column, count, 1).numberFormat = Array.from({ length: count }, () => [format]);
      }
      if (width > 0) {
        sheet.getRangeByIndexes(top, input.column, count, width).values = rows.slice(block.start, block.end) as ExcelCell[][];
      }
    },
  }));
}
