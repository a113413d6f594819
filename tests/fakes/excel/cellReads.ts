import { cellCount, quoteSheetName, rectToA1 } from "./addresses";
import { FakeLimitationError } from "./errors";
import type { RangeTarget } from "./sheetOperations";
import type { CellFormat } from "./state";
import { cellKey, getCell, layersTouching, resolveFormat } from "./state";

/** Reads wider than this are not modelled (Office.js caps them at 5 million cells). */
const MAX_READ_CELLS = 5_000_000;

function eachCell<V>(target: RangeTarget, read: (row: number, column: number) => V): V[][] {
  const { rect } = target;
  if (cellCount(rect) > MAX_READ_CELLS) throw new FakeLimitationError("a cell read of more than 5 million cells");
  return Array.from({ length: rect.rowCount }, (_row, r) =>
    Array.from({ length: rect.columnCount }, (_cell, c) => read(rect.row + r, rect.column + c)),
  );
}

/**
 * Range.valueTypes. Assumption: Excel reports every number as "Double" (never "Integer"); the adapter treats
 * both alike.
 */
export function readValueTypes(target: RangeTarget): Excel.RangeValueType[][] {
  const { sheet } = target;
  return eachCell(target, (row, column) => {
    const value = getCell(sheet, row, column);
    if (value === undefined) return "Empty" as Excel.RangeValueType;
    if (sheet.errors.has(cellKey(row, column))) return "Error" as Excel.RangeValueType;
    if (typeof value === "number") return "Double" as Excel.RangeValueType;
    if (typeof value === "boolean") return "Boolean" as Excel.RangeValueType;
    return "String" as Excel.RangeValueType;
  });
}

/** Range.formulas: the formula of a formula cell, the constant of any other ("" when empty). */
export function readFormulas(target: RangeTarget): (string | number | boolean)[][] {
  const { sheet } = target;
  return eachCell(
    target,
    (row, column) => sheet.formulas.get(cellKey(row, column)) ?? getCell(sheet, row, column) ?? "",
  );
}

/** The per-cell properties the fake can answer in Range.getCellProperties. */
export type CellPropertyName = "address" | "locked" | "fill";

export function readCellProperties(
  target: RangeTarget,
  asked: ReadonlySet<CellPropertyName>,
): Excel.CellProperties[][] {
  const { sheet } = target;
  const layers = layersTouching(sheet, target.rect);
  return eachCell(target, (row, column) => {
    const properties: Excel.CellProperties = {};
    if (asked.has("address")) {
      properties.address = `${quoteSheetName(sheet.name)}!${rectToA1({ row, column, rowCount: 1, columnCount: 1 })}`;
    }
    if (asked.has("locked") || asked.has("fill")) {
      const format = resolveFormat(layers, row, column);
      properties.format = {};
      // formulaHidden is not modelled: always false, the default.
      if (asked.has("locked")) properties.format.protection = { locked: format.locked, formulaHidden: false };
      if (asked.has("fill")) properties.format.fill = { color: fillColor(format) };
    }
    return properties;
  });
}

/** Excel reports "#FFFFFF" for a cell without fill, as for a white one (office-js#4900, #6218). */
export function fillColor(format: CellFormat): string {
  return format.fill ?? "#FFFFFF";
}

function unsupported(location: string, key: string): never {
  throw new FakeLimitationError(`${location}: loading ${key} is not modelled`);
}

export function cellPropertiesAsked(options: Excel.CellPropertiesLoadOptions, location: string): Set<CellPropertyName> {
  const asked = new Set<CellPropertyName>();
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!value) continue;
    if (key === "address") asked.add("address");
    else if (key === "format" && typeof value === "object") {
      for (const [part, inner] of Object.entries(value as Record<string, unknown>)) {
        if (!inner) continue;
        if (part === "protection" && inner === true) {
          asked.add("locked");
          continue;
        }
        const fields = Object.entries(inner as Record<string, unknown>).filter(([, on]) => on);
        if (part === "fill" && fields.length > 0 && fields.every(([field]) => field === "color")) asked.add("fill");
        else unsupported(location, `format.${part}`);
      }
    } else unsupported(location, key);
  }
  return asked;
}
export function linePropertiesAsked(options: object, allowed: readonly string[], location: string): Set<string> {
  const asked = new Set<string>();
  for (const [key, value] of Object.entries(options ?? {})) {
    if (!value) continue;
    if (!allowed.includes(key)) unsupported(location, key);
    asked.add(key);
  }
  return asked;
}
