import type { Rect } from "./addresses";
import { cellCount, intersects, quoteSheetName, rectToA1 } from "./addresses";
import { cellPropertiesAsked, linePropertiesAsked, readCellProperties, readFormulas, readValueTypes } from "./cellReads";
import { expectBoolean, expectColor, expectNumber, expectOneOf, expectRecord, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, FakeClientResult, FakeCollection, NULL_OBJECT, asExcel, isObjectReference } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import type { RangeTarget } from "./sheetOperations";
import {
  assertEditable,
  clearConditionalFormats,
  clearRange,
  clearValidations,
  groupRows,
  mergeRange,
  patchFormat,
  readValues,
  ungroupRows,
  unmergeRange,
  validationEntryFor,
  writeHyperlink,
  writeNumberFormats,
  writeValues,
} from "./sheetOperations";
import type { ConditionalFormatState, FormatPatch, SheetState } from "./state";
import { layersTouching, newId, resolveFormat } from "./state";
import { FakeWorksheet } from "./worksheet";

type RangeResolver = () => Resolution<RangeTarget>;

/** Column width in points: Excel's maximum is 255 characters. */
const MAX_COLUMN_WIDTH_POINTS = 1_342.5;
const MAX_ROW_HEIGHT_POINTS = 409;

abstract class RangePart<T extends object> extends FakeClientObject<T> {
  protected override assertAlive(target: T): void {
    const sheet = (target as unknown as { sheet?: { deleted: boolean; name: string } }).sheet;
    if (sheet?.deleted) throw officeError("ItemNotFound", this.typeName, `sheet "${sheet.name}" was deleted`);
  }
}

export class FakeRange
  extends RangePart<RangeTarget>
  implements
    Pick<
      Excel.Range,
      | "values"
      | "numberFormat"
      | "format"
      | "dataValidation"
      | "conditionalFormats"
      | "columnHidden"
      | "address"
      | "rowIndex"
      | "columnIndex"
      | "rowCount"
      | "columnCount"
      | "clear"
      | "merge"
      | "unmerge"
      | "group"
      | "ungroup"
      | "load"
      | "isNullObject"
      | "valueTypes"
      | "formulas"
      | "getCellProperties"
      | "getRowProperties"
      | "getColumnProperties"
      | "getMergedAreasOrNullObject"
      | "select"
      | "worksheet"
      | "hyperlink"
    >
{
  protected readonly typeName = "Range";
  protected readonly loadable = [
    "values",
    "valueTypes",
    "formulas",
    "numberFormat",
    "address",
    "rowIndex",
    "columnIndex",
    "rowCount",
    "columnCount",
  ] as const;
  private formatProxy: FakeRangeFormat | undefined;
  private worksheetProxy: FakeWorksheet | undefined;
  private validationProxy: FakeDataValidation | undefined;
  private conditionalFormatsProxy: FakeConditionalFormatCollection | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  protected readScalar(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    switch (property) {
      case "values":
        return readValues(target);
      case "valueTypes":
        return readValueTypes(target);
      case "formulas":
        return readFormulas(target);
      case "numberFormat":
        return numberFormatsOf(target);
      case "address":
        return `${quoteSheetName(sheet.name)}!${rectToA1(rect)}`;
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.column;
      case "rowCount":
        return rect.rowCount;
      case "columnCount":
        return rect.columnCount;
      default:
        throw new FakeLimitationError(`Range.${property}`);
    }
  }

  load(argument?: unknown): Excel.Range {
    this.queueLoad(argument);
    return asExcel(this);
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    if (property === "worksheet") return this.worksheetFake();
    return undefined;
  }

  private worksheetFake(): FakeWorksheet {
    this.worksheetProxy ??= new FakeWorksheet(this.queue, `${this.fakeObjectPath}.worksheet`, () => {
      const target = this.resolve();
      return target === NULL_OBJECT ? NULL_OBJECT : target.sheet;
    });
    return this.worksheetProxy;
  }

  get worksheet(): Excel.Worksheet {
    return asExcel(this.worksheetFake());
  }

  get valueTypes(): Excel.RangeValueType[][] {
    return this.read("valueTypes");
  }

  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  /** Only `address`, `format.protection.locked` and `format.fill.color` are modelled. */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.CellProperties[][]> {
    const asked = cellPropertiesAsked(options, "Range.getCellProperties");
    return this.clientResult("Range.getCellProperties", [options], (target) => readCellProperties(target, asked));
  }

  /** Only `rowHidden` and `rowIndex` are modelled. */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.RowProperties[]> {
    const asked = linePropertiesAsked(options, ["rowHidden", "rowIndex"], "Range.getRowProperties");
    return this.clientResult("Range.getRowProperties", [options], ({ sheet, rect }) =>
      Array.from({ length: rect.rowCount }, (_row, index) => {
        const row = rect.row + index;
        const properties: Excel.RowProperties = {};
        if (asked.has("rowHidden")) properties.rowHidden = sheet.hiddenRows.has(row);
        if (asked.has("rowIndex")) properties.rowIndex = row;
        return properties;
      }),
    );
  }

  /** Only `columnHidden` and `columnIndex` are modelled. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.ColumnProperties[]> {
    const asked = linePropertiesAsked(options, ["columnHidden", "columnIndex"], "Range.getColumnProperties");
    return this.clientResult("Range.getColumnProperties", [options], ({ sheet, rect }) =>
      Array.from({ length: rect.columnCount }, (_column, index) => {
        const column = rect.column + index;
        const properties: Excel.ColumnProperties = {};
        if (asked.has("columnHidden")) properties.columnHidden = sheet.hiddenColumns.has(column);
        if (asked.has("columnIndex")) properties.columnIndex = column;
        return properties;
      }),
    );
  }

  /**
   * The merged areas that intersect the range, each whole (assumption), or a null object when there is none.
   * Excel fails past 512 areas; how it fails is not modelled.
   */
  getMergedAreasOrNullObject(): Excel.RangeAreas {
    const proxy = new FakeRangeAreas(this.queue, `${this.fakeObjectPath}.getMergedAreasOrNullObject()`, () => {
      const target = this.resolve();
      if (target === NULL_OBJECT) return NULL_OBJECT;
      const areas = target.sheet.merges.filter((merge) => intersects(merge, target.rect));
      if (areas.length > 512) throw new FakeLimitationError("more than 512 merged areas (Excel fails; how is not modelled)");
      return areas.length === 0 ? NULL_OBJECT : { sheet: target.sheet, areas };
    });
    proxy.instantiate();
    return asExcel(proxy);
  }

  /** Selects the range; assumption: its sheet becomes the active one, and a sheet that is not visible refuses. */
  select(): void {
    this.enqueue("Range.select", [], (target) => {
      if (target.sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "Range.select", `sheet "${target.sheet.name}" is not visible`);
      }
      const workbook = this.queue.host.workbook;
      workbook.active = target.sheet;
      workbook.selection = { sheet: target.sheet, rect: target.rect };
    });
  }

  /** A ClientResult computed at the next sync and readable after it (ValueNotLoaded before). */
  private clientResult<V>(member: string, args: readonly unknown[], compute: (target: RangeTarget) => V): OfficeExtension.ClientResult<V> {
    const result = new FakeClientResult<V>(member);
    this.queue.enqueue({
      path: this.fakeObjectPath,
      member,
      args,
      run: (_received, scope) => {
        const target = this.resolve();
        if (target === NULL_OBJECT) {
          scope.commit(() => result.settle(undefined as V));
          return;
        }
        const value = compute(target);
        scope.respond(value);
        scope.commit(() => result.settle(value));
      },
    });
    return asExcel(result);
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(values: unknown[][]) {
    this.write("values", values, (target, received) => writeValues(target, received, "Range.values"));
  }

  get hyperlink(): Excel.RangeHyperlink {
    return this.read("hyperlink");
  }
  /** ExcelApi 1.7, on one cell: see writeHyperlink for what is modelled. */
  set hyperlink(link: Excel.RangeHyperlink) {
    this.write("hyperlink", link, (target, received) => writeHyperlink(target, received, "Range.hyperlink"));
  }

  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(formats: unknown[][]) {
    this.write("numberFormat", formats, (target, received) => writeNumberFormats(target, received, "Range.numberFormat"));
  }

  get columnHidden(): boolean {
    return this.read("columnHidden");
  }
  set columnHidden(hidden: boolean) {
    this.write("columnHidden", hidden, (target, received) => {
      const value = expectBoolean(received, "Range.columnHidden");
      assertEditable(target, "Range.columnHidden");
      const { sheet, rect } = target;
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
        if (value) sheet.hiddenColumns.add(column);
        else sheet.hiddenColumns.delete(column);
      }
    });
  }

  get address(): string {
    return this.read("address");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }

  get format(): Excel.RangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.queue, `${this.fakeObjectPath}.format`, () => this.resolve());
    return asExcel(this.formatProxy);
  }

  get dataValidation(): Excel.DataValidation {
    this.validationProxy ??= new FakeDataValidation(this.queue, `${this.fakeObjectPath}.dataValidation`, () => this.resolve());
    return asExcel(this.validationProxy);
  }

  get conditionalFormats(): Excel.ConditionalFormatCollection {
    this.conditionalFormatsProxy ??= new FakeConditionalFormatCollection(
      this.queue,
      `${this.fakeObjectPath}.conditionalFormats`,
      () => this.resolve(),
    );
    return asExcel(this.conditionalFormatsProxy);
  }

  clear(applyTo?: Excel.ClearApplyTo | "All" | "Formats" | "Contents" | "Hyperlinks" | "RemoveHyperlinks" | "ResetContents"): void {
    this.enqueue("Range.clear", [applyTo ?? "All"], (target, [received]) => {
      const how = expectOneOf(received, "Range.clear", ["All", "Formats", "Contents"] as const);
      clearRange(target, how, "Range.clear");
    });
  }

  merge(across?: boolean): void {
    this.enqueue("Range.merge", [across ?? false], (target, [received]) => {
      if (received === true) throw new FakeLimitationError("merge(across = true)");
      mergeRange(this.queue.host.workbook, target, "Range.merge");
    });
  }

  unmerge(): void {
    this.enqueue("Range.unmerge", [], (target) => unmergeRange(target, "Range.unmerge"));
  }

  group(groupOption: Excel.GroupOption | "ByRows" | "ByColumns"): void {
    this.enqueue("Range.group", [groupOption], (target, [received]) => {
      if (expectOneOf(received, "Range.group", ["ByRows", "ByColumns"] as const) === "ByColumns") {
        throw new FakeLimitationError("grouping by columns");
      }
      groupRows(target, "Range.group");
    });
  }

  ungroup(groupOption: Excel.GroupOption | "ByRows" | "ByColumns"): void {
    this.enqueue("Range.ungroup", [groupOption], (target, [received]) => {
      if (expectOneOf(received, "Range.ungroup", ["ByRows", "ByColumns"] as const) === "ByColumns") {
        throw new FakeLimitationError("ungrouping by columns");
      }
      ungroupRows(target, "Range.ungroup");
    });
  }
}

function numberFormatsOf(target: RangeTarget): string[][] {
  const { sheet, rect } = target;
  if (rect.rowCount * rect.columnCount > 5_000_000) throw new FakeLimitationError("numberFormat of a huge range");
  const layers = sheet.formatLayers;
  const rows: string[][] = [];
  for (let r = 0; r < rect.rowCount; r += 1) {
    const row: string[] = [];
    for (let c = 0; c < rect.columnCount; c += 1) {
      let format = "General";
      for (const layer of layers) {
        const inside =
          rect.row + r >= layer.rect.row &&
          rect.row + r < layer.rect.row + layer.rect.rowCount &&
          rect.column + c >= layer.rect.column &&
          rect.column + c < layer.rect.column + layer.rect.columnCount;
        if (!inside) continue;
        if (layer.kind === "reset") format = "General";
        else if (layer.kind === "patch" && layer.patch.numberFormat) format = layer.patch.numberFormat;
        else if (layer.kind === "numberFormats") {
          format = layer.formats[rect.row + r - layer.rect.row]?.[rect.column + c - layer.rect.column] ?? format;
        }
      }
      row.push(format);
    }
    rows.push(row);
  }
  return rows;
}

/** A formatting proxy whose only job is to turn property sets into format patches. */
abstract class FormatPart extends RangePart<RangeTarget> {
  protected readonly loadable: readonly string[] = [];

  protected readScalar(_target: RangeTarget, property: string): unknown {
    throw new FakeLimitationError(`${this.typeName}.${property} cannot be loaded from the fake`);
  }

  protected setPatch(property: string, value: unknown, toPatch: (received: unknown, location: string) => FormatPatch): void {
    const location = `${this.typeName}.${property}`;
    this.write(property, value, (target, received) => patchFormat(target, toPatch(received, location), location));
  }
}

export class FakeRangeFormat
  extends FormatPart
  implements
    Pick<
      Excel.RangeFormat,
      | "columnWidth"
      | "rowHeight"
      | "wrapText"
      | "textOrientation"
      | "horizontalAlignment"
      | "verticalAlignment"
      | "useStandardWidth"
      | "useStandardHeight"
      | "font"
      | "fill"
      | "protection"
    >
{
  protected readonly typeName = "RangeFormat";
  private fontProxy: FakeRangeFont | undefined;
  private fillProxy: FakeRangeFill | undefined;
  private protectionProxy: FakeFormatProtection | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  get font(): Excel.RangeFont {
    this.fontProxy ??= new FakeRangeFont(this.queue, `${this.fakeObjectPath}.font`, () => this.resolve());
    return asExcel(this.fontProxy);
  }
  get fill(): Excel.RangeFill {
    this.fillProxy ??= new FakeRangeFill(this.queue, `${this.fakeObjectPath}.fill`, () => this.resolve());
    return asExcel(this.fillProxy);
  }
  get protection(): Excel.FormatProtection {
    this.protectionProxy ??= new FakeFormatProtection(this.queue, `${this.fakeObjectPath}.protection`, () => this.resolve());
    return asExcel(this.protectionProxy);
  }

  get columnWidth(): number {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, (target, received) => {
      const width = expectNumber(received, "RangeFormat.columnWidth", 0, MAX_COLUMN_WIDTH_POINTS);
      assertEditable(target, "RangeFormat.columnWidth");
      forEachColumn(target.rect, (column) => target.sheet.columnWidths.set(column, width));
    });
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (target, received) => {
      const height = expectNumber(received, "RangeFormat.rowHeight", 0, MAX_ROW_HEIGHT_POINTS);
      assertEditable(target, "RangeFormat.rowHeight");
      if (target.rect.rowCount > 100_000) throw new FakeLimitationError("row height on more than 100,000 rows");
      for (let row = target.rect.row; row < target.rect.row + target.rect.rowCount; row += 1) {
        target.sheet.rowHeights.set(row, height);
      }
    });
  }

  get useStandardWidth(): boolean {
    return this.read("useStandardWidth");
  }
  set useStandardWidth(standard: boolean) {
    this.write("useStandardWidth", standard, (target, received) => {
      if (!expectBoolean(received, "RangeFormat.useStandardWidth")) return;
      assertEditable(target, "RangeFormat.useStandardWidth");
      forEachColumn(target.rect, (column) => target.sheet.columnWidths.delete(column));
    });
  }

  get useStandardHeight(): boolean {
    return this.read("useStandardHeight");
  }
  set useStandardHeight(standard: boolean) {
    this.write("useStandardHeight", standard, (target, received) => {
      if (!expectBoolean(received, "RangeFormat.useStandardHeight")) return;
      assertEditable(target, "RangeFormat.useStandardHeight");
      const { rect, sheet } = target;
      for (const row of [...sheet.rowHeights.keys()]) {
        if (row >= rect.row && row < rect.row + rect.rowCount) sheet.rowHeights.delete(row);
      }
    });
  }

  get textOrientation(): number {
    return this.read("textOrientation");
  }
  /** Whole degrees from -90 to 90, or 180 for vertical text (ExcelApi 1.7). */
  set textOrientation(degrees: number) {
    this.setPatch("textOrientation", degrees, (received, location) => {
      const value = expectNumber(received, location, -90, 180);
      if (!Number.isInteger(value) || (value > 90 && value !== 180)) {
        throw officeError("InvalidArgument", location, `expected -90 to 90 or 180, got ${value}`);
      }
      return { textOrientation: value };
    });
  }

  get wrapText(): boolean {
    return this.read("wrapText");
  }
  set wrapText(wrap: boolean) {
    this.setPatch("wrapText", wrap, (received, location) => ({ wrap: expectBoolean(received, location) }));
  }

  get horizontalAlignment(): Excel.HorizontalAlignment {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(alignment: Excel.HorizontalAlignment | "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed") {
    this.setPatch("horizontalAlignment", alignment, (received, location) => ({
      horizontal: expectOneOf(received, location, ["General", "Left", "Center", "Right"] as const),
    }));
  }

  get verticalAlignment(): Excel.VerticalAlignment {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(alignment: Excel.VerticalAlignment | "Top" | "Center" | "Bottom" | "Justify" | "Distributed") {
    this.setPatch("verticalAlignment", alignment, (received, location) => ({
      vertical: expectOneOf(received, location, ["Top", "Center", "Bottom"] as const),
    }));
  }
}

function forEachColumn(rect: Rect, action: (column: number) => void): void {
  for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) action(column);
}

export class FakeRangeFont extends FormatPart implements Pick<Excel.RangeFont, "bold" | "italic" | "size" | "color" | "underline"> {
  protected readonly typeName = "RangeFont";

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.setPatch("bold", bold, (received, location) => ({ bold: expectBoolean(received, location) }));
  }
  get italic(): boolean {
    return this.read("italic");
  }
  set italic(italic: boolean) {
    this.setPatch("italic", italic, (received, location) => ({ italic: expectBoolean(received, location) }));
  }
  get size(): number {
    return this.read("size");
  }
  set size(size: number) {
    this.setPatch("size", size, (received, location) => ({ fontSize: expectNumber(received, location, 1, 409) }));
  }
  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.setPatch("color", color, (received, location) => ({ fontColor: expectColor(received, location) }));
  }
  get underline(): Excel.RangeUnderlineStyle {
    return this.read("underline");
  }
  set underline(underline: Excel.RangeUnderlineStyle | "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant") {
    this.setPatch("underline", underline, (received, location) => ({
      underline: expectOneOf(received, location, ["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"] as const),
    }));
  }
}

export class FakeRangeFill extends FormatPart implements Pick<Excel.RangeFill, "color" | "tintAndShade" | "clear" | "load"> {
  protected readonly typeName = "RangeFill";
  protected override readonly loadable: readonly string[] = ["color", "tintAndShade"];

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  /**
   * color: "#FFFFFF" for no fill as for white (office-js#4900, #6218); tintAndShade: null for no fill, 0 for a
   * solid colour (as Microsoft answered in office-js#4900). Both null when the cells differ.
   */
  protected override readScalar(target: RangeTarget, property: string): unknown {
    const { sheet, rect } = target;
    if (cellCount(rect) > 100_000) throw new FakeLimitationError("RangeFill of more than 100,000 cells");
    const layers = layersTouching(sheet, rect);
    const fills = new Set<string | null>();
    for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) {
      for (let column = rect.column; column < rect.column + rect.columnCount; column += 1) {
        fills.add(resolveFormat(layers, row, column).fill);
      }
    }
    if (fills.size !== 1) return null;
    const [fill] = [...fills] as [string | null];
    if (property === "color") return fill ?? "#FFFFFF";
    if (property === "tintAndShade") return fill === null ? null : 0;
    throw new FakeLimitationError(`RangeFill.${property}`);
  }

  load(argument?: unknown): Excel.RangeFill {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.setPatch("color", color, (received, location) => ({ fill: expectColor(received, location) }));
  }

  get tintAndShade(): number {
    return this.read("tintAndShade");
  }

  clear(): void {
    this.enqueue("RangeFill.clear", [], (target) => patchFormat(target, { fill: null }, "RangeFill.clear"));
  }
}

export class FakeFormatProtection extends FormatPart implements Pick<Excel.FormatProtection, "locked"> {
  protected readonly typeName = "FormatProtection";

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  get locked(): boolean {
    return this.read("locked");
  }
  set locked(locked: boolean) {
    this.setPatch("locked", locked, (received, location) => ({ locked: expectBoolean(received, location) }));
  }
}

const VALIDATION_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqualTo",
  "LessThanOrEqualTo",
] as const;

/** Excel's own caps on the texts of a validation: prompt title 32, prompt 255, alert title 32, alert 225. */
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ALERT_MESSAGE_MAX = 225;
/** An inline list source (not a reference) is capped at 255 characters, commas included. */
const INLINE_LIST_MAX = 255;

function checkFormula(value: unknown, location: string, allowDate: boolean): void {
  if (typeof value === "number" && Number.isFinite(value)) return;
  if (typeof value === "string" && value.length > 0) {
    if (value.startsWith("=") || /^-?\d+(\.\d+)?$/.test(value)) return;
    if (allowDate && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(value)) return;
  }
  throw officeError("InvalidArgument", location, `formula ${JSON.stringify(value)}`);
}

function checkBasic(value: unknown, location: string, allowDate: boolean): void {
  const basic = expectRecord(value, location);
  const operator = expectOneOf(basic.operator, `${location}.operator`, VALIDATION_OPERATORS);
  checkFormula(basic.formula1, `${location}.formula1`, allowDate);
  if (operator === "Between" || operator === "NotBetween") checkFormula(basic.formula2, `${location}.formula2`, allowDate);
}

/** Checks a DataValidationRule as the host would: exactly one kind, well-formed, list sources as strings. */
export function checkValidationRule(value: unknown, location: string): Excel.DataValidationRule {
  const rule = expectRecord(value, location);
  const kinds = Object.keys(rule).filter((key) => rule[key] !== undefined && rule[key] !== null);
  if (kinds.length !== 1) throw officeError("InvalidArgument", location, `a rule needs exactly one kind, got ${kinds.join(", ")}`);
  const kind = kinds[0]!;
  const body = rule[kind];
  switch (kind) {
    case "wholeNumber":
    case "decimal":
    case "textLength":
      checkBasic(body, `${location}.${kind}`, false);
      break;
    case "date":
      checkBasic(body, `${location}.date`, true);
      break;
    case "list": {
      const list = expectRecord(body, `${location}.list`);
      expectBoolean(list.inCellDropDown, `${location}.list.inCellDropDown`);
      // office-js#277: a Range object as the source fails; it must be a string.
      if (isObjectReference(list.source) || typeof list.source !== "string" || list.source.length === 0) {
        throw officeError("InvalidArgument", "ListDataValidation.source", "list source must be a non-empty string");
      }
      if (!list.source.startsWith("=") && list.source.length > INLINE_LIST_MAX) {
        throw officeError("InvalidArgument", "ListDataValidation.source", `inline list of ${list.source.length} characters`);
      }
      break;
    }
    case "custom": {
      const custom = expectRecord(body, `${location}.custom`);
      if (typeof custom.formula !== "string" || !custom.formula.startsWith("=")) {
        throw officeError("InvalidArgument", `${location}.custom.formula`, `formula ${JSON.stringify(custom.formula)}`);
      }
      break;
    }
    default:
      throw new FakeLimitationError(`validation kind ${kind}`);
  }
  return rule as Excel.DataValidationRule;
}

export class FakeDataValidation
  extends RangePart<RangeTarget>
  implements Pick<Excel.DataValidation, "rule" | "prompt" | "errorAlert" | "clear">
{
  protected readonly typeName = "DataValidation";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: RangeTarget, property: string): unknown {
    throw new FakeLimitationError(`DataValidation.${property} cannot be loaded from the fake`);
  }

  get rule(): Excel.DataValidationRule {
    return this.read("rule");
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write("rule", rule, (target, received) => {
      const checked = checkValidationRule(received, "DataValidation.rule");
      assertEditable(target, "DataValidation.rule");
      validationEntryFor(target, "DataValidation.rule").rule = checked;
    });
  }

  get prompt(): Excel.DataValidationPrompt {
    return this.read("prompt");
  }
  set prompt(prompt: Excel.DataValidationPrompt) {
    this.write("prompt", prompt, (target, received) => {
      const body = expectRecord(received, "DataValidation.prompt");
      const checked: Excel.DataValidationPrompt = {
        showPrompt: expectBoolean(body.showPrompt, "DataValidationPrompt.showPrompt"),
        title: expectString(body.title, "DataValidationPrompt.title", PROMPT_TITLE_MAX),
        message: expectString(body.message, "DataValidationPrompt.message", PROMPT_MESSAGE_MAX),
      };
      assertEditable(target, "DataValidation.prompt");
      validationEntryFor(target, "DataValidation.prompt").prompt = checked;
    });
  }

  get errorAlert(): Excel.DataValidationErrorAlert {
    return this.read("errorAlert");
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write("errorAlert", alert, (target, received) => {
      const body = expectRecord(received, "DataValidation.errorAlert");
      const checked: Excel.DataValidationErrorAlert = {
        showAlert: expectBoolean(body.showAlert, "DataValidationErrorAlert.showAlert"),
        style: expectOneOf(body.style, "DataValidationErrorAlert.style", ["Stop", "Warning", "Information"] as const),
        title: expectString(body.title, "DataValidationErrorAlert.title", PROMPT_TITLE_MAX),
        message: expectString(body.message, "DataValidationErrorAlert.message", ALERT_MESSAGE_MAX),
      };
      assertEditable(target, "DataValidation.errorAlert");
      validationEntryFor(target, "DataValidation.errorAlert").errorAlert = checked;
    });
  }

  clear(): void {
    this.enqueue("DataValidation.clear", [], (target) => clearValidations(target, "DataValidation.clear"));
  }
}

export class FakeConditionalFormatCollection
  extends RangePart<RangeTarget>
  implements Pick<Excel.ConditionalFormatCollection, "add" | "clearAll">
{
  protected readonly typeName = "ConditionalFormatCollection";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: RangeResolver) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: RangeTarget, property: string): unknown {
    throw new FakeLimitationError(`ConditionalFormatCollection.${property}`);
  }

  add(
    type:
      | Excel.ConditionalFormatType
      | "Custom"
      | "DataBar"
      | "ColorScale"
      | "IconSet"
      | "TopBottom"
      | "PresetCriteria"
      | "ContainsText"
      | "CellValue",
  ): Excel.ConditionalFormat {
    let created: ConditionalFormatState | undefined;
    this.enqueue("ConditionalFormatCollection.add", [type], (target, [received]) => {
      const kind = expectOneOf(received, "ConditionalFormatCollection.add", [
        "Custom",
        "DataBar",
        "ColorScale",
        "IconSet",
        "TopBottom",
        "PresetCriteria",
        "ContainsText",
        "CellValue",
      ] as const);
      if (kind !== "CellValue" && kind !== "DataBar") throw new FakeLimitationError(`conditional format type ${kind}`);
      assertEditable(target, "ConditionalFormatCollection.add");
      created = {
        id: newId(this.queue.host.workbook, "cf"),
        areas: [target.rect],
        type: kind,
        cellValueRule: null,
        format: { fill: null, fontColor: null, bold: null },
        dataBarColor: null,
        deleted: false,
      };
      target.sheet.conditionalFormats.push(created);
    });
    const index = this.queue.host.nextProxy();
    return asExcel(
      new FakeConditionalFormat(this.queue, `${this.fakeObjectPath}.add#${index}`, () => {
        const target = this.resolve();
        if (target === NULL_OBJECT) return NULL_OBJECT;
        if (!created) throw officeError("InvalidOperation", "ConditionalFormat", "used before it was added");
        return { sheet: target.sheet, format: created };
      }),
    );
  }

  clearAll(): void {
    this.enqueue("ConditionalFormatCollection.clearAll", [], (target) =>
      clearConditionalFormats(target, "ConditionalFormatCollection.clearAll"),
    );
  }
}

interface ConditionalFormatTarget {
  readonly sheet: RangeTarget["sheet"];
  readonly format: ConditionalFormatState;
}

type ConditionalFormatResolver = () => Resolution<ConditionalFormatTarget>;

abstract class ConditionalPart extends FakeClientObject<ConditionalFormatTarget> {
  protected readonly loadable: readonly string[] = [];

  protected readScalar(_target: ConditionalFormatTarget, property: string): unknown {
    throw new FakeLimitationError(`${this.typeName}.${property} cannot be loaded from the fake`);
  }

  protected override assertAlive(target: ConditionalFormatTarget): void {
    if (target.sheet.deleted || target.format.deleted) {
      throw officeError("ItemNotFound", this.typeName, "the conditional format no longer exists");
    }
  }

  protected change(property: string, value: unknown, apply: (format: ConditionalFormatState, received: unknown, location: string) => void): void {
    const location = `${this.typeName}.${property}`;
    this.write(property, value, (target, received) => {
      if (target.sheet.protection.protected) throw officeError("AccessDenied", location, "sheet is protected");
      apply(target.format, received, location);
    });
  }
}

function requireType(format: ConditionalFormatState, type: ConditionalFormatState["type"], location: string): void {
  if (format.type !== type) throw officeError("InvalidArgument", location, `the conditional format is ${format.type}`);
}

export class FakeConditionalFormat extends ConditionalPart implements Pick<Excel.ConditionalFormat, "cellValue" | "dataBar"> {
  protected readonly typeName = "ConditionalFormat";
  private cellValueProxy: FakeCellValueConditionalFormat | undefined;
  private dataBarProxy: FakeDataBarConditionalFormat | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: ConditionalFormatResolver) {
    super(queue, path, resolver);
  }

  get cellValue(): Excel.CellValueConditionalFormat {
    this.cellValueProxy ??= new FakeCellValueConditionalFormat(this.queue, `${this.fakeObjectPath}.cellValue`, () => this.resolve());
    return asExcel(this.cellValueProxy);
  }

  get dataBar(): Excel.DataBarConditionalFormat {
    this.dataBarProxy ??= new FakeDataBarConditionalFormat(this.queue, `${this.fakeObjectPath}.dataBar`, () => this.resolve());
    return asExcel(this.dataBarProxy);
  }
}

const CELL_VALUE_OPERATORS = [
  "Between",
  "NotBetween",
  "EqualTo",
  "NotEqualTo",
  "GreaterThan",
  "LessThan",
  "GreaterThanOrEqual",
  "LessThanOrEqual",
] as const;

export class FakeCellValueConditionalFormat extends ConditionalPart implements Pick<Excel.CellValueConditionalFormat, "format" | "rule"> {
  protected readonly typeName = "CellValueConditionalFormat";
  private formatProxy: FakeConditionalRangeFormat | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: ConditionalFormatResolver) {
    super(queue, path, resolver);
  }

  get format(): Excel.ConditionalRangeFormat {
    this.formatProxy ??= new FakeConditionalRangeFormat(this.queue, `${this.fakeObjectPath}.format`, () => this.resolve(), "CellValue");
    return asExcel(this.formatProxy);
  }

  get rule(): Excel.ConditionalCellValueRule {
    return this.read("rule");
  }
  set rule(rule: Excel.ConditionalCellValueRule) {
    this.change("rule", rule, (format, received, location) => {
      requireType(format, "CellValue", location);
      const body = expectRecord(received, location);
      const operator = expectOneOf(body.operator, `${location}.operator`, CELL_VALUE_OPERATORS);
      const formula1 = expectString(body.formula1, `${location}.formula1`, 255);
      if (formula1 === "") throw officeError("InvalidArgument", `${location}.formula1`, "empty formula");
      const formula2 = body.formula2 === undefined || body.formula2 === null ? undefined : expectString(body.formula2, `${location}.formula2`, 255);
      if ((operator === "Between" || operator === "NotBetween") && !formula2) {
        throw officeError("InvalidArgument", `${location}.formula2`, "Between needs formula2");
      }
      format.cellValueRule = formula2 === undefined ? { operator, formula1 } : { operator, formula1, formula2 };
    });
  }
}

export class FakeConditionalRangeFormat extends ConditionalPart implements Pick<Excel.ConditionalRangeFormat, "fill" | "font"> {
  protected readonly typeName = "ConditionalRangeFormat";
  private fillProxy: FakeConditionalRangeFill | undefined;
  private fontProxy: FakeConditionalRangeFont | undefined;

  constructor(
    queue: FakeRequestQueue,
    path: string,
    resolver: ConditionalFormatResolver,
    private readonly ownerType: ConditionalFormatState["type"],
  ) {
    super(queue, path, resolver);
  }

  get fill(): Excel.ConditionalRangeFill {
    this.fillProxy ??= new FakeConditionalRangeFill(this.queue, `${this.fakeObjectPath}.fill`, () => this.resolve(), this.ownerType);
    return asExcel(this.fillProxy);
  }
  get font(): Excel.ConditionalRangeFont {
    this.fontProxy ??= new FakeConditionalRangeFont(this.queue, `${this.fakeObjectPath}.font`, () => this.resolve(), this.ownerType);
    return asExcel(this.fontProxy);
  }
}

export class FakeConditionalRangeFill extends ConditionalPart implements Pick<Excel.ConditionalRangeFill, "color"> {
  protected readonly typeName = "ConditionalRangeFill";

  constructor(
    queue: FakeRequestQueue,
    path: string,
    resolver: ConditionalFormatResolver,
    private readonly ownerType: ConditionalFormatState["type"],
  ) {
    super(queue, path, resolver);
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.change("color", color, (format, received, location) => {
      requireType(format, this.ownerType, location);
      format.format.fill = expectColor(received, location);
    });
  }
}

export class FakeConditionalRangeFont extends ConditionalPart implements Pick<Excel.ConditionalRangeFont, "color" | "bold"> {
  protected readonly typeName = "ConditionalRangeFont";

  constructor(
    queue: FakeRequestQueue,
    path: string,
    resolver: ConditionalFormatResolver,
    private readonly ownerType: ConditionalFormatState["type"],
  ) {
    super(queue, path, resolver);
  }

  get color(): string {
    return this.read("color");
  }
  set color(color: string) {
    this.change("color", color, (format, received, location) => {
      requireType(format, this.ownerType, location);
      format.format.fontColor = expectColor(received, location);
    });
  }

  get bold(): boolean {
    return this.read("bold");
  }
  set bold(bold: boolean) {
    this.change("bold", bold, (format, received, location) => {
      requireType(format, this.ownerType, location);
      format.format.bold = expectBoolean(received, location);
    });
  }
}

export class FakeDataBarConditionalFormat extends ConditionalPart implements Pick<Excel.DataBarConditionalFormat, "positiveFormat"> {
  protected readonly typeName = "DataBarConditionalFormat";
  private positiveProxy: FakeConditionalDataBarPositiveFormat | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: ConditionalFormatResolver) {
    super(queue, path, resolver);
  }

  get positiveFormat(): Excel.ConditionalDataBarPositiveFormat {
    this.positiveProxy ??= new FakeConditionalDataBarPositiveFormat(this.queue, `${this.fakeObjectPath}.positiveFormat`, () => this.resolve());
    return asExcel(this.positiveProxy);
  }
}

export class FakeConditionalDataBarPositiveFormat
  extends ConditionalPart
  implements Pick<Excel.ConditionalDataBarPositiveFormat, "fillColor">
{
  protected readonly typeName = "ConditionalDataBarPositiveFormat";

  constructor(queue: FakeRequestQueue, path: string, resolver: ConditionalFormatResolver) {
    super(queue, path, resolver);
  }

  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(color: string) {
    this.change("fillColor", color, (format, received, location) => {
      requireType(format, "DataBar", location);
      format.dataBarColor = expectColor(received, location);
    });
  }
}

interface AreasTarget {
  readonly sheet: SheetState;
  readonly areas: readonly Rect[];
}

/** What Range.getMergedAreasOrNullObject gives: the areas, as a collection of ranges. */
export class FakeRangeAreas extends RangePart<AreasTarget> implements Pick<Excel.RangeAreas, "areas" | "load" | "isNullObject"> {
  protected readonly typeName = "RangeAreas";
  protected readonly loadable: readonly string[] = [];
  private areasProxy: FakeRangeCollection | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<AreasTarget>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: AreasTarget, property: string): unknown {
    throw new FakeLimitationError(`RangeAreas.${property}`);
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    return property === "areas" ? this.areasFake() : undefined;
  }

  private areasFake(): FakeRangeCollection {
    this.areasProxy ??= new FakeRangeCollection(this.queue, `${this.fakeObjectPath}.areas`, () => this.resolve());
    return this.areasProxy;
  }

  get areas(): Excel.RangeCollection {
    return asExcel(this.areasFake());
  }

  load(argument?: unknown): Excel.RangeAreas {
    this.queueLoad(argument);
    return asExcel(this);
  }
}

export class FakeRangeCollection
  extends FakeCollection<AreasTarget, RangeTarget, FakeRange>
  implements Pick<Excel.RangeCollection, "items" | "load">
{
  protected readonly typeName = "RangeCollection";

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<AreasTarget>) {
    super(queue, path, resolver);
  }

  protected listItems(target: AreasTarget): RangeTarget[] {
    return target.areas.map((rect) => ({ sheet: target.sheet, rect }));
  }

  protected itemProxy(item: RangeTarget): FakeRange {
    return new FakeRange(this.queue, `${this.fakeObjectPath}[${rectToA1(item.rect)}]`, () => item);
  }

  protected itemPrototype(): FakeRange {
    return new FakeRange(this.queue, "prototype", () => NULL_OBJECT);
  }

  get items(): Excel.Range[] {
    return asExcel(this.loadedItems());
  }

  load(argument?: unknown): Excel.RangeCollection {
    this.queueLoad(argument);
    return asExcel(this);
  }
}
