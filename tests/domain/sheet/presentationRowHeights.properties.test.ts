import fc from "fast-check";
import { rangeA1 } from "../../../src/domain/grid/cellAddress";
import { DEFAULT_COLUMN_WIDTH, withRowHeights } from "../../../src/domain/sheet/presentation";
import { charactersPerLine, estimateLineCount, heightForLines } from "../../../src/domain/sheet/rowHeights";
import type { SheetSpec, StyleSpec } from "../../../src/domain/sheet/sheetSpec";

/**
 * Row heights on sheets with styles and merges of every size (a few rows, or more than the 64 a style is filed under
 * row by row), against the rule read cell by cell: each cell takes its column's settings, then every style over it in
 * order, a later one winning; a merge's first cell spans its columns' widths; a row a style sizes is left alone.
 */
describe("row heights on sheets with styles and merges", () => {
  const ROWS = 140;
  const COLUMNS = 5;
  const rect = fc
    .record({ top: fc.nat(ROWS - 1), left: fc.nat(COLUMNS - 1), height: fc.oneof(fc.nat(3), fc.integer({ min: 60, max: 140 })), width: fc.nat(2) })
    .map(({ top, left, height, width }) => rangeA1({ row: top, column: left }, Math.min(height + 1, ROWS - top), Math.min(width + 1, COLUMNS - left)));
  const style: fc.Arbitrary<StyleSpec> = fc.record(
    {
      address: rect,
      wrap: fc.boolean(),
      bold: fc.boolean(),
      fontSize: fc.constantFrom(9, 11, 14),
      rowHeight: fc.constant(30),
      vertical: fc.constant("top" as const),
    },
    { requiredKeys: ["address"] },
  );
  const text = fc.constantFrom("Sở Y tế", "Kế hoạch thực hiện các mục tiêu phát triển bền vững đến năm 2030", "x".repeat(70), "a\nb\nc", 12.5, null);
  const sheet = fc.record({
    values: fc.array(fc.array(text, { minLength: COLUMNS, maxLength: COLUMNS }), { minLength: ROWS, maxLength: ROWS }),
    columns: fc.array(fc.record({ width: fc.constantFrom(8, 12, 30), wrap: fc.boolean() }, { requiredKeys: [] }), { maxLength: COLUMNS }),
    styles: fc.array(style, { maxLength: 8 }),
    merges: fc.array(rect, { maxLength: 3 }),
  });

  it("gives every row the height the cell-by-cell rule gives", () => {
    fc.assert(
      fc.property(sheet, ({ values, columns, styles, merges }) => {
        const spec: SheetSpec = { name: "S", values, columns, styles, merges };
        expect(withRowHeights(spec).rowHeights ?? []).toEqual(heightsCellByCell(spec));
      }),
      { numRuns: 200 },
    );
  });
});

interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function box(address: string): Box {
  const [first, last = first] = address.split(":");
  const at = (a1: string) => {
    const match = /^([A-Z]+)(\d+)$/.exec(a1)!;
    return { row: Number(match[2]) - 1, column: [...match[1]!].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0) - 1 };
  };
  const start = at(first!);
  const end = at(last!);
  return { top: start.row, left: start.column, bottom: end.row, right: end.column };
}

const inside = (b: Box, row: number, column: number) => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right;

function heightsCellByCell(spec: SheetSpec): { row: number; height: number }[] {
  const styles = (spec.styles ?? []).map((style) => ({ style, box: box(style.address) }));
  const merges = (spec.merges ?? []).map(box);
  const width = (column: number) => spec.columns?.[column]?.width ?? DEFAULT_COLUMN_WIDTH;
  const heights: { row: number; height: number }[] = [];
  spec.values.forEach((row, index) => {
    if (styles.some(({ style, box: b }) => style.rowHeight !== undefined && index >= b.top && index <= b.bottom)) return;
    let tallest = 1;
    let size = 11;
    row.forEach((value, column) => {
      if (typeof value !== "string") return;
      let look = { wrap: spec.columns?.[column]?.wrap ?? false, bold: false, fontSize: 11 };
      for (const { style, box: b } of styles) if (inside(b, index, column)) look = { ...look, ...pick(style) };
      if (!look.wrap) return;
      const merge = merges.find((b) => inside(b, index, column));
      let across = merge ? 0 : width(column);
      if (merge) for (let spanned = merge.left; spanned <= merge.right; spanned++) across += width(spanned);
      const lines = estimateLineCount(value, charactersPerLine(across, look));
      if (lines > tallest || (lines === tallest && look.fontSize > size)) [tallest, size] = [lines, look.fontSize];
    });
    if (tallest > 1) heights.push({ row: index + 1, height: heightForLines(tallest, size) });
  });
  return heights;
}

function pick(style: StyleSpec) {
  return Object.fromEntries(Object.entries({ wrap: style.wrap, bold: style.bold, fontSize: style.fontSize }).filter(([, v]) => v !== undefined));
}
