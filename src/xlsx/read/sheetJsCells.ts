import type { CellObject, Range, WorkSheet } from "@e965/xlsx";
import { EMPTY_CELL, type CellKind, type CellRead } from "../../domain/grid/cellRead";
import { columnIndex, columnLetters, rangeA1 } from "../../domain/grid/cellAddress";
import { isDateFormat, serialToIso } from "../../domain/grid/excelDates";
import type { CellValue } from "../../domain/grid/cellValue";
import type { CellRange } from "../cellRange";

/** A sheet whose used area passes this many cells is refused rather than read into memory. */
export const MAX_SHEET_CELLS = 5_000_000;

/** SheetJS keeps an error's code as a number; the port gives the text a user sees. */
const ERROR_TEXT: Readonly<Record<number, string>> = {
  0x00: "#NULL!",
  0x07: "#DIV/0!",
  0x0f: "#VALUE!",
  0x17: "#REF!",
  0x1d: "#NAME?",
  0x24: "#NUM!",
  0x2a: "#N/A",
  0x2b: "#GETTING_DATA",
};

export interface SheetFacts {
  readonly date1904: boolean;
  /** Lock state by cell address, where the format stores it (.xlsx); absent cells use `defaultLocked`. */
  readonly locked: ((address: string) => boolean) | null;
}

/**
 * The area a sheet really uses, from the cells it holds rather than the dimension it declares: a file may declare
 * A1:XFD1048576 around three cells.
 */
export function usedArea(sheet: WorkSheet): CellRange | null {
  let bottom = -1;
  let right = -1;
  for (const key of Object.keys(sheet)) {
    if (key.startsWith("!")) continue;
    const match = /^([A-Z]+)(\d+)$/.exec(key);
    if (!match) continue;
    const cell = sheet[key] as CellObject;
    if (cell.t === "z" && !cell.f && !cell.c) continue;
    bottom = Math.max(bottom, Number(match[2]) - 1);
    right = Math.max(right, columnIndex(match[1]!) ?? -1);
  }
  return bottom < 0 ? null : { top: 0, left: 0, bottom, right };
}

/** Typed cells of `area`, row-major. */
export function readTypedCells(sheet: WorkSheet, area: CellRange, facts: SheetFacts): CellRead[][] {
  const merges = mergeLookup(sheet["!merges"] ?? []);
  const hiddenRows = new Set((sheet["!rows"] ?? []).flatMap((row, index) => (row?.hidden ? [index] : [])));
  const hiddenColumns = new Set((sheet["!cols"] ?? []).flatMap((column, index) => (column?.hidden ? [index] : [])));
  const letters: string[] = [];
  for (let column = area.left; column <= area.right; column += 1) letters.push(columnLetters(column));
  const grid: CellRead[][] = [];
  for (let row = area.top; row <= area.bottom; row += 1) {
    const line: CellRead[] = [];
    const rowHidden = hiddenRows.has(row);
    const digits = String(row + 1);
    for (let column = area.left; column <= area.right; column += 1) {
      const address = letters[column - area.left] + digits;
      const cell = sheet[address] as CellObject | undefined;
      const typed = cell ? typedValue(cell, facts.date1904) : EMPTY_CELL;
      line.push({
        kind: typed.kind,
        value: typed.value,
        formula: typed.formula,
        numberFormat: typed.numberFormat,
        merged: merges(row, column),
        locked: facts.locked ? facts.locked(address) : null,
        hidden: rowHidden || hiddenColumns.has(column),
        comment: cell?.c?.length ? cell.c.map((part) => part.t ?? "").join("\n") : null,
      });
    }
    grid.push(line);
  }
  return grid;
}

function typedValue(cell: CellObject, date1904: boolean): Pick<CellRead, "kind" | "value" | "formula" | "numberFormat"> {
  const formula = cell.f ? `=${cell.f}` : null;
  const numberFormat = typeof cell.z === "string" ? cell.z : null;
  const typed = (kind: CellKind, value: CellValue): Pick<CellRead, "kind" | "value" | "formula" | "numberFormat"> => ({ kind, value, formula, numberFormat });
  switch (cell.t) {
    case "s":
      return typed(cell.v === "" || cell.v === undefined ? "empty" : "text", cell.v === "" || cell.v === undefined ? null : String(cell.v));
    case "b":
      return typed("boolean", Boolean(cell.v));
    case "e":
      return typed("error", typeof cell.w === "string" && cell.w.startsWith("#") ? cell.w : (ERROR_TEXT[Number(cell.v)] ?? "#VALUE!"));
    case "d":
      return typed("date", dateValue(cell.v));
    case "n": {
      const number = Number(cell.v);
      if (isDateFormatCached(numberFormat)) {
        const iso = serialToIso(number, date1904);
        if (iso !== null) return typed("date", iso);
      }
      return typed("number", number);
    }
    default:
      return typed("empty", null);
  }
}

const dateFormats = new Map<string, boolean>();

/** A sheet repeats a handful of formats over thousands of cells; each is judged once. */
function isDateFormatCached(code: string | null): boolean {
  if (code === null) return false;
  let known = dateFormats.get(code);
  if (known === undefined) {
    known = isDateFormat(code);
    if (dateFormats.size < 10_000) dateFormats.set(code, known);
  }
  return known;
}

function dateValue(value: unknown): string | null {
  if (value instanceof Date) {
    const iso = value.toISOString();
    return value.getTime() % 86_400_000 === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
  }
  return typeof value === "string" ? value.replace(/Z$/, "").replace(/T00:00:00(\.0+)?$/, "") : null;
}

function mergeLookup(merges: readonly Range[]): (row: number, column: number) => string | null {
  if (merges.length === 0) return () => null;
  return (row, column) => {
    const merge = merges.find((range) => row >= range.s.r && row <= range.e.r && column >= range.s.c && column <= range.e.c);
    return merge ? rangeA1({ row: merge.s.r, column: merge.s.c }, merge.e.r - merge.s.r + 1, merge.e.c - merge.s.c + 1) : null;
  };
}
