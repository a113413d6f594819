import { SHEET_COLUMNS, SHEET_ROWS, WHOLE_SHEET, parseLocalAddress } from "./addresses";
import { expectColor, expectNumber, expectOneOf, expectRecord, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, NULL_OBJECT, asExcel, isObjectReference } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { FakeItemCollection } from "./itemCollection";
import { FakeNamedItemCollection, referencesSheet } from "./names";
import { FakePageBreakCollection, FakePageLayout } from "./pageLayout";
import { rangeAreasOf } from "./rangeAreas";
import { FakeRange } from "./range";
import { visibleSheetCount } from "./sheetOperations";
import type { SheetState, Visibility, WorkbookState } from "./state";
import { createSheetState, liveSheets, sameName, usedValuesRect } from "./state";
import { FakeTableCollection, deleteTable } from "./tables";

const VISIBILITIES: readonly Visibility[] = ["Visible", "Hidden", "VeryHidden"];

function checkSheetName(name: unknown, location: string): string {
  const text = expectString(name, location, 31);
  if (text.length === 0 || /[:\\/?*[\]]/.test(text) || text.startsWith("'") || text.endsWith("'") || sameName(text, "History")) {
    throw officeError("InvalidArgument", location, `"${text}" is not a valid sheet name`);
  }
  return text;
}

export function addSheet(workbook: WorkbookState, name: string | undefined, location: string): SheetState {
  let text: string;
  if (name === undefined || name === null) {
    let number = 1;
    while (liveSheets(workbook).some((sheet) => sameName(sheet.name, `Sheet${number}`))) number += 1;
    text = `Sheet${number}`;
  } else {
    text = checkSheetName(name, location);
  }
  if (liveSheets(workbook).some((sheet) => sameName(sheet.name, text))) {
    throw officeError("ItemAlreadyExists", location, `sheet "${text}" exists`);
  }
  const sheet = createSheetState(workbook, text);
  workbook.sheets.push(sheet);
  return sheet;
}

function findSheet(workbook: WorkbookState, key: string): SheetState | undefined {
  return liveSheets(workbook).find((sheet) => sameName(sheet.name, key) || sheet.id === key);
}

export class FakeWorksheetCollection
  extends FakeItemCollection<WorkbookState, SheetState, FakeWorksheet, Excel.Worksheet, Excel.WorksheetCollection>
  implements Pick<Excel.WorksheetCollection, "add" | "getItem" | "getItemOrNullObject" | "items" | "load">
{
  protected readonly typeName = "WorksheetCollection";

  protected listItems(workbook: WorkbookState): SheetState[] {
    return liveSheets(workbook);
  }

  protected newItemProxy(path: string, resolver: () => Resolution<SheetState>): FakeWorksheet {
    return new FakeWorksheet(this.queue, path, resolver);
  }

  protected itemKey(item: SheetState): string {
    return item.name;
  }

  /** Adds a sheet after the last one. */
  add(name?: string): Excel.Worksheet {
    let created: SheetState | undefined;
    this.enqueue("WorksheetCollection.add", [name ?? null], (workbook, [received]) => {
      created = addSheet(workbook, received === null ? undefined : (received as string), "WorksheetCollection.add");
    });
    return this.addedItem(`add(${JSON.stringify(name ?? "")})`, () => created, "Worksheet");
  }

  getItem(key: string): Excel.Worksheet {
    return this.itemByKey(key, (workbook) => findSheet(workbook, key), "sheet");
  }

  getItemOrNullObject(key: string): Excel.Worksheet {
    return this.itemOrNullByKey(key, (workbook) => findSheet(workbook, key));
  }
}

export class FakeWorksheet
  extends FakeClientObject<SheetState>
  implements
    Pick<
      Excel.Worksheet,
      | "name"
      | "position"
      | "visibility"
      | "tabColor"
      | "delete"
      | "getRange"
      | "getRangeByIndexes"
      | "getRanges"
      | "getUsedRangeOrNullObject"
      | "tables"
      | "charts"
      | "names"
      | "freezePanes"
      | "protection"
      | "pageLayout"
      | "horizontalPageBreaks"
      | "activate"
      | "load"
      | "isNullObject"
    >
{
  protected readonly typeName = "Worksheet";
  protected readonly loadable = ["name", "position", "visibility", "tabColor", "id"] as const;
  private tablesProxy: FakeTableCollection | undefined;
  private chartsProxy: FakeChartCollection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;
  private freezeProxy: FakeWorksheetFreezePanes | undefined;
  private protectionProxy: FakeWorksheetProtection | undefined;
  private pageLayoutProxy: FakePageLayout | undefined;
  private pageBreaksProxy: FakePageBreakCollection | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  private get workbookState(): WorkbookState {
    return this.queue.host.workbook;
  }

  protected override assertAlive(target: SheetState): void {
    if (target.deleted) throw officeError("ItemNotFound", "Worksheet", `sheet "${target.name}" was deleted`);
  }

  protected readScalar(target: SheetState, property: string): unknown {
    switch (property) {
      case "name":
        return target.name;
      case "position":
        return liveSheets(this.workbookState).indexOf(target);
      case "visibility":
        return target.visibility;
      case "tabColor":
        return target.tabColor;
      case "id":
        return target.id;
      default:
        throw new FakeLimitationError(`Worksheet.${property}`);
    }
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    if (property === "protection") return this.protectionFake();
    return undefined;
  }

  load(argument?: unknown): Excel.Worksheet {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (target, received) => {
      const text = checkSheetName(received, "Worksheet.name");
      const other = findSheet(this.workbookState, text);
      if (other && other !== target) throw officeError("ItemAlreadyExists", "Worksheet.name", `sheet "${text}" exists`);
      const referring = [...this.workbookState.names, ...liveSheets(this.workbookState).flatMap((sheet) => sheet.names)];
      if (referring.some((item) => !item.deleted && referencesSheet(item.formula, target.name))) {
        throw new FakeLimitationError("renaming a sheet that names refer to");
      }
      target.name = text;
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(position: number) {
    this.write("position", position, (target, received) => {
      const sheets = this.workbookState.sheets;
      const live = liveSheets(this.workbookState);
      const index = expectNumber(received, "Worksheet.position", 0, live.length - 1);
      if (!Number.isInteger(index)) throw officeError("InvalidArgument", "Worksheet.position", "not an integer");
      const reordered = live.filter((sheet) => sheet !== target);
      reordered.splice(index, 0, target);
      const dead = sheets.filter((sheet) => sheet.deleted);
      sheets.splice(0, sheets.length, ...reordered, ...dead);
    });
  }

  get visibility(): Excel.SheetVisibility {
    return this.read("visibility");
  }
  set visibility(visibility: Excel.SheetVisibility | "Visible" | "Hidden" | "VeryHidden") {
    this.write("visibility", visibility, (target, received) => {
      const value = expectOneOf(received, "Worksheet.visibility", VISIBILITIES);
      if (value !== "Visible" && target.visibility === "Visible" && visibleSheetCount(this.workbookState) === 1) {
        throw officeError("InvalidOperation", "Worksheet.visibility", "a workbook must keep one visible sheet");
      }
      target.visibility = value;
    });
  }

  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(color: string) {
    this.write("tabColor", color, (target, received) => {
      target.tabColor = received === "" ? "" : expectColor(received, "Worksheet.tabColor");
    });
  }

  /** Assumption (not verified): a hidden or very hidden sheet cannot be activated (InvalidOperation). */
  activate(): void {
    this.enqueue("Worksheet.activate", [], (target) => {
      if (target.visibility !== "Visible") {
        throw officeError("InvalidOperation", "Worksheet.activate", `sheet "${target.name}" is not visible`);
      }
      this.workbookState.active = target;
    });
  }

  delete(): void {
    this.enqueue("Worksheet.delete", [], (target) => {
      const workbook = this.workbookState;
      if (liveSheets(workbook).length === 1 || (target.visibility === "Visible" && visibleSheetCount(workbook) === 1)) {
        throw officeError("InvalidOperation", "Worksheet.delete", "a workbook must keep one visible sheet");
      }
      for (const table of workbook.tables) if (!table.deleted && table.sheet === target) deleteTable(table);
      target.deleted = true;
      if (workbook.active === target) workbook.active = null;
      if (workbook.selection?.sheet === target) workbook.selection = null;
      for (const item of [...workbook.names, ...liveSheets(workbook).flatMap((sheet) => sheet.names)]) {
        if (referencesSheet(item.formula, target.name)) item.formula = "=#REF!";
      }
    });
  }

  getRange(address?: string): Excel.Range {
    const path = `${this.fakeObjectPath}.getRange(${address === undefined ? "" : JSON.stringify(address)})`;
    return asExcel(
      new FakeRange(this.queue, path, () => {
        const sheet = this.resolve();
        if (sheet === NULL_OBJECT) return NULL_OBJECT;
        if (address === undefined) return { sheet, rect: WHOLE_SHEET };
        const rect = typeof address === "string" && !address.includes("!") ? parseLocalAddress(address) : null;
        if (!rect) throw officeError("InvalidArgument", "Worksheet.getRange", `address ${JSON.stringify(address)}`);
        return { sheet, rect };
      }),
    );
  }

  /** ExcelApi 1.9: several areas of this sheet ("3:3, 5:9"); only their rows' height is modelled. */
  getRanges(address?: string): Excel.RangeAreas {
    if (address === undefined) throw new FakeLimitationError("getRanges() without an address (the selection)");
    return rangeAreasOf(this.queue, `${this.fakeObjectPath}.getRanges(${JSON.stringify(address)})`, () => this.resolve(), address);
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): Excel.Range {
    const path = `${this.fakeObjectPath}.getRangeByIndexes(${startRow},${startColumn},${rowCount},${columnCount})`;
    return asExcel(
      new FakeRange(this.queue, path, () => {
        const sheet = this.resolve();
        if (sheet === NULL_OBJECT) return NULL_OBJECT;
        const valid =
          [startRow, startColumn, rowCount, columnCount].every(Number.isInteger) &&
          startRow >= 0 &&
          startColumn >= 0 &&
          rowCount >= 1 &&
          columnCount >= 1 &&
          startRow + rowCount <= SHEET_ROWS &&
          startColumn + columnCount <= SHEET_COLUMNS;
        if (!valid) throw officeError("InvalidArgument", "Worksheet.getRangeByIndexes", path);
        return { sheet, rect: { row: startRow, column: startColumn, rowCount, columnCount } };
      }),
    );
  }

  /** The fake models only the values-only used range (what the adapter reads). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): Excel.Range {
    if (valuesOnly !== true) throw new FakeLimitationError("getUsedRangeOrNullObject(false): formats do not count in the fake");
    return asExcel(
      new FakeRange(this.queue, `${this.fakeObjectPath}.getUsedRangeOrNullObject(true)`, () => {
        const sheet = this.resolve();
        if (sheet === NULL_OBJECT) return NULL_OBJECT;
        const rect = usedValuesRect(sheet);
        return rect ? { sheet, rect } : NULL_OBJECT;
      }),
    );
  }

  get tables(): Excel.TableCollection {
    this.tablesProxy ??= new FakeTableCollection(this.queue, `${this.fakeObjectPath}.tables`, () => {
      const sheet = this.resolve();
      return sheet === NULL_OBJECT ? NULL_OBJECT : { workbook: this.workbookState, sheet };
    });
    return asExcel(this.tablesProxy);
  }

  /** Charts drawn over this sheet (ExcelApi 1.1; series edits 1.7). */
  get charts(): Excel.ChartCollection {
    this.chartsProxy ??= new FakeChartCollection(this.queue, `${this.fakeObjectPath}.charts`, () => this.resolve());
    return asExcel(this.chartsProxy);
  }

  get names(): Excel.NamedItemCollection {
    this.namesProxy ??= new FakeNamedItemCollection(this.queue, `${this.fakeObjectPath}.names`, () => {
      const sheet = this.resolve();
      return sheet === NULL_OBJECT ? NULL_OBJECT : { workbook: this.workbookState, sheet };
    });
    return asExcel(this.namesProxy);
  }

  get freezePanes(): Excel.WorksheetFreezePanes {
    this.freezeProxy ??= new FakeWorksheetFreezePanes(this.queue, `${this.fakeObjectPath}.freezePanes`, () => this.resolve());
    return asExcel(this.freezeProxy);
  }

  /** ExcelApi 1.9. Assumption: page setup works on a protected sheet, as Excel's Page Setup dialog does. */
  get pageLayout(): Excel.PageLayout {
    this.pageLayoutProxy ??= new FakePageLayout(this.queue, `${this.fakeObjectPath}.pageLayout`, () => this.resolve());
    return asExcel(this.pageLayoutProxy);
  }

  /** ExcelApi 1.9: manual page breaks above rows. */
  get horizontalPageBreaks(): Excel.PageBreakCollection {
    this.pageBreaksProxy ??= new FakePageBreakCollection(this.queue, `${this.fakeObjectPath}.horizontalPageBreaks`, () => this.resolve());
    return asExcel(this.pageBreaksProxy);
  }

  private protectionFake(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.queue, `${this.fakeObjectPath}.protection`, () => this.resolve());
    return this.protectionProxy;
  }

  get protection(): Excel.WorksheetProtection {
    return asExcel(this.protectionFake());
  }
}

abstract class SheetPart extends FakeClientObject<SheetState> {
  protected override assertAlive(target: SheetState): void {
    if (target.deleted) throw officeError("ItemNotFound", this.typeName, `sheet "${target.name}" was deleted`);
  }
}

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
  "selectionMode",
];

/**
 * What Excel reports for each option when protection did not set it: the Protect Sheet dialog's defaults (users
 * may select cells, nothing else). An unprotected sheet reports the same.
 */
const DEFAULT_PROTECTION_OPTIONS: Required<Excel.WorksheetProtectionOptions> = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

/** Every option, as Excel keeps them: those protection did not set take the defaults. */
export function withDefaultOptions(options: Excel.WorksheetProtectionOptions | null): Excel.WorksheetProtectionOptions {
  return { ...DEFAULT_PROTECTION_OPTIONS, ...options };
}

export class FakeWorksheetProtection
  extends SheetPart
  implements Pick<Excel.WorksheetProtection, "protect" | "unprotect" | "protected" | "options" | "load">
{
  protected readonly typeName = "WorksheetProtection";
  protected readonly loadable = ["protected", "options"] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(target: SheetState, property: string): unknown {
    if (property === "protected") return target.protection.protected;
    // Every option, as Excel answers (a copy: the answer must not follow later changes).
    if (property === "options") return withDefaultOptions(target.protection.protected ? target.protection.options : null);
    throw new FakeLimitationError(`WorksheetProtection.${property}`);
  }

  load(argument?: unknown): Excel.WorksheetProtection {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get protected(): boolean {
    return this.read("protected");
  }

  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }

  /** Since mid-2026 Excel rejects protecting a protected sheet with AccessDenied (office-js#6784). */
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.enqueue("WorksheetProtection.protect", [options ?? null, password ?? null], (target, [receivedOptions, receivedPassword]) => {
      if (target.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.protect", "already protected");
      const checked = receivedOptions === null ? {} : expectRecord(receivedOptions, "WorksheetProtection.protect");
      const unknown = Object.keys(checked).filter((key) => !PROTECTION_OPTIONS.includes(key));
      if (unknown.length > 0) throw officeError("InvalidArgument", "WorksheetProtection.protect", `options ${unknown.join(", ")}`);
      const password = receivedPassword === null ? null : expectString(receivedPassword, "WorksheetProtection.protect", 255);
      target.protection = { protected: true, options: withDefaultOptions(checked as Excel.WorksheetProtectionOptions), password };
    });
  }

  /** Since mid-2026 Excel rejects unprotecting an unprotected sheet with AccessDenied (office-js#6784). */
  unprotect(password?: string): void {
    this.enqueue("WorksheetProtection.unprotect", [password ?? null], (target, [receivedPassword]) => {
      if (!target.protection.protected) throw officeError("AccessDenied", "WorksheetProtection.unprotect", "not protected");
      if (target.protection.password !== null && target.protection.password !== receivedPassword) {
        throw officeError("InvalidArgument", "WorksheetProtection.unprotect", "wrong password");
      }
      target.protection = { protected: false, options: null, password: null };
    });
  }
}

export class FakeWorksheetFreezePanes
  extends SheetPart
  implements Pick<Excel.WorksheetFreezePanes, "freezeAt" | "freezeRows" | "freezeColumns" | "unfreeze">
{
  protected readonly typeName = "WorksheetFreezePanes";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SheetState>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: SheetState, property: string): unknown {
    throw new FakeLimitationError(`WorksheetFreezePanes.${property}`);
  }

  /** Freezes the rows above and the columns left of the bottom-right corner of `frozenRange`. */
  freezeAt(frozenRange: Excel.Range | string): void {
    this.enqueue("WorksheetFreezePanes.freezeAt", [frozenRange], (target, [received]) => {
      if (isObjectReference(received)) throw new FakeLimitationError("freezeAt with a Range object");
      const rect = typeof received === "string" ? parseLocalAddress(received) : null;
      if (!rect) throw officeError("InvalidArgument", "WorksheetFreezePanes.freezeAt", `address ${JSON.stringify(received)}`);
      target.freeze = { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
    });
  }

  freezeRows(count?: number): void {
    this.enqueue("WorksheetFreezePanes.freezeRows", [count ?? 1], (target, [received]) => {
      target.freeze = { rows: expectNumber(received, "WorksheetFreezePanes.freezeRows", 1, SHEET_ROWS - 1), columns: 0 };
    });
  }

  freezeColumns(count?: number): void {
    this.enqueue("WorksheetFreezePanes.freezeColumns", [count ?? 1], (target, [received]) => {
      target.freeze = { rows: 0, columns: expectNumber(received, "WorksheetFreezePanes.freezeColumns", 1, SHEET_COLUMNS - 1) };
    });
  }

  unfreeze(): void {
    this.enqueue("WorksheetFreezePanes.unfreeze", [], (target) => {
      target.freeze = { rows: 0, columns: 0 };
    });
  }
}
