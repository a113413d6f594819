import type { Rect } from "./addresses";
import { intersects, parseLocalAddress, splitSheetQualified } from "./addresses";
import { expectBoolean, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, NULL_OBJECT, asExcel } from "./clientObject";
import { FakeItemCollection } from "./itemCollection";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { checkDefinedName } from "./names";
import { assertEditable } from "./sheetOperations";
import type { SheetState, TableState, WorkbookState } from "./state";
import { clearValues, getCell, liveSheets, newId, sameName, setCell } from "./state";
import { FakeWorksheet } from "./worksheet";

/** A table collection belongs to the workbook (all tables) or to one sheet. */
export interface TableScope {
  readonly workbook: WorkbookState;
  readonly sheet: SheetState | null;
}

const BUILT_IN_STYLE = /^TableStyle(Light([1-9]|1\d|2[01])|Medium([1-9]|1\d|2[0-8])|Dark([1-9]|1[01]))$/;

function tablesIn(scope: TableScope): TableState[] {
  return scope.workbook.tables.filter((table) => !table.deleted && (scope.sheet === null || table.sheet === scope.sheet));
}

function nameTaken(workbook: WorkbookState, name: string, except?: TableState): boolean {
  return (
    workbook.tables.some((table) => !table.deleted && table !== except && sameName(table.name, name)) ||
    workbook.names.some((item) => !item.deleted && sameName(item.name, name))
  );
}

/**
 * Excel makes header cells unique, non-empty text when a table is created: a blank header becomes "Column1",
 * numbers become text, a repeated header gets a number ("Năm2"). The values in the grid change accordingly.
 */
function normaliseHeaders(sheet: SheetState, rect: Rect): void {
  const seen: string[] = [];
  for (let c = 0; c < rect.columnCount; c += 1) {
    const column = rect.column + c;
    const raw = getCell(sheet, rect.row, column);
    let header = raw === undefined || raw === "" ? `Column${c + 1}` : String(raw);
    const base = header;
    for (let suffix = 2; seen.some((other) => sameName(other, header)); suffix += 1) header = `${base}${suffix}`;
    seen.push(header);
    setCell(sheet, rect.row, column, header);
  }
}

export function addTable(
  workbook: WorkbookState,
  scopeSheet: SheetState | null,
  address: unknown,
  hasHeaders: unknown,
  location: string,
): TableState {
  if (hasHeaders !== true) throw new FakeLimitationError("tables without a header row");
  if (typeof address !== "string") throw new FakeLimitationError("tables.add with a Range object");
  const parts = splitSheetQualified(address);
  const local = parts ? parseLocalAddress(parts.local) : null;
  if (!parts || !local) throw officeError("InvalidArgument", location, `address "${address}"`);
  const named = parts.sheet === null ? null : liveSheets(workbook).find((candidate) => sameName(candidate.name, parts.sheet!));
  if (parts.sheet !== null && (!named || (scopeSheet !== null && named !== scopeSheet))) {
    throw officeError("InvalidArgument", location, `sheet in "${address}"`);
  }
  const target = named ?? scopeSheet;
  if (!target) throw officeError("InvalidArgument", location, "a workbook-level add needs a sheet-qualified address");
  // A table made from a lone header row gets one empty data row.
  const rect = local.rowCount === 1 ? { ...local, rowCount: 2 } : local;
  assertEditable({ sheet: target, rect }, location);
  if (workbook.tables.some((table) => !table.deleted && table.sheet === target && intersects(table.rect, rect))) {
    throw officeError("InvalidArgument", location, "a table cannot overlap another table");
  }
  if (target.merges.some((merge) => intersects(merge, rect))) {
    throw officeError("InvalidArgument", location, "a table cannot overlap merged cells");
  }
  normaliseHeaders(target, rect);
  let number = 1;
  while (nameTaken(workbook, `Table${number}`)) number += 1;
  const table: TableState = {
    id: newId(workbook, "table"),
    name: `Table${number}`,
    sheet: target,
    rect,
    style: "TableStyleMedium2",
    showBandedRows: true,
    showFilterButton: true,
    deleted: false,
  };
  workbook.tables.push(table);
  return table;
}

/** ListObject.Delete: the table goes, and so do its cells' values and formats. */
export function deleteTable(table: TableState): void {
  clearValues(table.sheet, table.rect);
  table.sheet.formatLayers.push({ rect: table.rect, kind: "reset" });
  table.deleted = true;
}

export class FakeTableCollection
  extends FakeItemCollection<TableScope, TableState, FakeTable, Excel.Table, Excel.TableCollection>
  implements Pick<Excel.TableCollection, "add" | "getItem" | "items" | "load">
{
  protected readonly typeName = "TableCollection";

  protected listItems(scope: TableScope): TableState[] {
    return tablesIn(scope);
  }

  protected newItemProxy(path: string, resolver: () => Resolution<TableState>): FakeTable {
    return new FakeTable(this.queue, path, resolver);
  }

  protected itemKey(item: TableState): string {
    return item.name;
  }

  add(address: Excel.Range | string, hasHeaders: boolean): Excel.Table {
    let created: TableState | undefined;
    this.enqueue("TableCollection.add", [address, hasHeaders], (scope, [receivedAddress, receivedHeaders]) => {
      created = addTable(scope.workbook, scope.sheet, receivedAddress, receivedHeaders, "TableCollection.add");
    });
    return this.addedItem(`add(${JSON.stringify(String(address))})`, () => created, "Table");
  }

  getItem(key: string): Excel.Table {
    return this.itemByKey(key, (scope) => tablesIn(scope).find((candidate) => sameName(candidate.name, key) || candidate.id === key), "table");
  }
}

export class FakeTable
  extends FakeClientObject<TableState>
  implements Pick<Excel.Table, "name" | "style" | "showBandedRows" | "showFilterButton" | "worksheet" | "delete" | "load">
{
  protected readonly typeName = "Table";
  protected readonly loadable = ["name", "style", "showBandedRows", "showFilterButton", "id"] as const;
  private worksheetProxy: FakeWorksheet | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<TableState>) {
    super(queue, path, resolver);
  }

  protected override assertAlive(target: TableState): void {
    if (target.deleted) throw officeError("ItemNotFound", "Table", `table "${target.name}" was deleted`);
  }

  protected override navigate(property: string): FakeClientObject<object> | undefined {
    return property === "worksheet" ? this.worksheetFake() : undefined;
  }

  protected readScalar(target: TableState, property: string): unknown {
    switch (property) {
      case "name":
        return target.name;
      case "style":
        return target.style;
      case "showBandedRows":
        return target.showBandedRows;
      case "showFilterButton":
        return target.showFilterButton;
      case "id":
        return target.id;
      default:
        throw new FakeLimitationError(`Table.${property}`);
    }
  }

  load(argument?: unknown): Excel.Table {
    this.queueLoad(argument);
    return asExcel(this);
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

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (target, received) => {
      const text = checkDefinedName(received, "Table.name");
      if (nameTaken(this.queue.host.workbook, text, target)) {
        throw officeError("ItemAlreadyExists", "Table.name", `a table or name "${text}" exists`);
      }
      target.name = text;
    });
  }

  get style(): string {
    return this.read("style");
  }
  set style(style: string) {
    this.write("style", style, (target, received) => {
      const text = expectString(received, "Table.style", 255);
      if (text !== "" && !BUILT_IN_STYLE.test(text)) throw officeError("InvalidArgument", "Table.style", `no table style "${text}"`);
      target.style = text;
    });
  }

  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(show: boolean) {
    this.write("showBandedRows", show, (target, received) => {
      target.showBandedRows = expectBoolean(received, "Table.showBandedRows");
    });
  }

  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(show: boolean) {
    this.write("showFilterButton", show, (target, received) => {
      target.showFilterButton = expectBoolean(received, "Table.showFilterButton");
    });
  }

  delete(): void {
    this.enqueue("Table.delete", [], (target) => {
      assertEditable({ sheet: target.sheet, rect: target.rect }, "Table.delete");
      deleteTable(target);
    });
  }
}
