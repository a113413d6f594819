import { parseLocalAddress, splitSheetQualified } from "./addresses";
import { expectBoolean, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, NULL_OBJECT, asExcel } from "./clientObject";
import { FakeItemCollection } from "./itemCollection";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { FakeRange } from "./range";
import type { RangeTarget } from "./sheetOperations";
import type { NameState, SheetState, WorkbookState } from "./state";
import { liveSheets, newId, sameName } from "./state";

/** Where names live: the workbook, or one sheet. */
export interface NameScope {
  readonly workbook: WorkbookState;
  readonly sheet: SheetState | null;
}

function namesOf(scope: NameScope): NameState[] {
  return scope.sheet ? scope.sheet.names : scope.workbook.names;
}

export function checkDefinedName(name: unknown, location: string): string {
  const text = expectString(name, location, 255);
  const valid =
    /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(text) &&
    !/^[A-Za-z]{1,3}\d+$/.test(text) &&
    !/^[RrCc]$/.test(text) &&
    !/^[Rr]\d*[Cc]\d*$/.test(text);
  if (!valid) throw officeError("InvalidArgument", location, `"${text}" is not a valid name`);
  return text;
}

/** The sheet and cells a "=Sheet!$A$1:$B$2" formula refers to, or null when it is not a single-area reference. */
export function referenceTarget(workbook: WorkbookState, formula: string): RangeTarget | null {
  const parts = splitSheetQualified(formula.replace(/^=/, ""));
  if (!parts || parts.sheet === null) return null;
  const sheet = liveSheets(workbook).find((candidate) => sameName(candidate.name, parts.sheet!));
  const rect = parseLocalAddress(parts.local);
  return sheet && rect ? { sheet, rect } : null;
}

export function referencesSheet(formula: string, sheetName: string): boolean {
  const parts = splitSheetQualified(formula.replace(/^=/, ""));
  return parts !== null && parts.sheet !== null && sameName(parts.sheet, sheetName);
}

export class FakeNamedItemCollection
  extends FakeItemCollection<NameScope, NameState, FakeNamedItem, Excel.NamedItem, Excel.NamedItemCollection>
  implements Pick<Excel.NamedItemCollection, "add" | "getItemOrNullObject" | "items" | "load">
{
  protected readonly typeName = "NamedItemCollection";

  protected listItems(scope: NameScope): NameState[] {
    return namesOf(scope).filter((item) => !item.deleted);
  }

  protected newItemProxy(path: string, resolver: () => Resolution<NameState>): FakeNamedItem {
    return new FakeNamedItem(this.queue, path, resolver);
  }

  protected itemKey(item: NameState): string {
    return item.name;
  }

  add(name: string, reference: Excel.Range | string, comment?: string): Excel.NamedItem {
    let created: NameState | undefined;
    this.enqueue("NamedItemCollection.add", [name, reference, comment ?? ""], (scope, [receivedName, receivedReference, receivedComment]) => {
      const location = "NamedItemCollection.add";
      const text = checkDefinedName(receivedName, location);
      if (typeof receivedReference !== "string") throw new FakeLimitationError("names.add with a Range object");
      const taken =
        namesOf(scope).some((item) => !item.deleted && sameName(item.name, text)) ||
        (scope.sheet === null && scope.workbook.tables.some((table) => !table.deleted && sameName(table.name, text)));
      if (taken) throw officeError("ItemAlreadyExists", location, `name "${text}" exists`);
      const formula = receivedReference.startsWith("=") ? receivedReference : `=${receivedReference}`;
      if (formula.length < 2) throw officeError("InvalidArgument", location, "empty reference");
      created = {
        id: newId(scope.workbook, "name"),
        name: text,
        formula,
        comment: expectString(receivedComment, location, 255),
        visible: true,
        deleted: false,
      };
      namesOf(scope).push(created);
    });
    return this.addedItem(`add(${JSON.stringify(name)})`, () => created, "NamedItem");
  }

  getItemOrNullObject(name: string): Excel.NamedItem {
    const proxy = new FakeNamedItem(this.queue, `${this.fakeObjectPath}.getItemOrNullObject(${JSON.stringify(name)})`, () => {
      const scope = this.resolve();
      if (scope === NULL_OBJECT) return NULL_OBJECT;
      return namesOf(scope).find((item) => !item.deleted && sameName(item.name, name)) ?? NULL_OBJECT;
    });
    return asExcel(proxy);
  }
}

export class FakeNamedItem
  extends FakeClientObject<NameState>
  implements Pick<Excel.NamedItem, "name" | "formula" | "comment" | "visible" | "delete" | "getRange" | "load" | "isNullObject">
{
  protected readonly typeName = "NamedItem";
  protected readonly loadable = ["name", "formula", "comment", "visible"] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<NameState>) {
    super(queue, path, resolver);
  }

  protected override assertAlive(target: NameState): void {
    if (target.deleted) throw officeError("ItemNotFound", "NamedItem", `name "${target.name}" was deleted`);
  }

  protected readScalar(target: NameState, property: string): unknown {
    switch (property) {
      case "name":
        return target.name;
      case "formula":
        return target.formula;
      case "comment":
        return target.comment;
      case "visible":
        return target.visible;
      default:
        throw new FakeLimitationError(`NamedItem.${property}`);
    }
  }

  load(argument?: unknown): Excel.NamedItem {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(comment: string) {
    this.write("comment", comment, (target, received) => {
      target.comment = expectString(received, "NamedItem.comment", 255);
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.write("visible", visible, (target, received) => {
      target.visible = expectBoolean(received, "NamedItem.visible");
    });
  }

  delete(): void {
    this.enqueue("NamedItem.delete", [], (target) => {
      target.deleted = true;
    });
  }

  getRange(): Excel.Range {
    return asExcel(
      new FakeRange(this.queue, `${this.fakeObjectPath}.getRange()`, () => {
        const target = this.resolve();
        if (target === NULL_OBJECT) return NULL_OBJECT;
        const range = referenceTarget(this.queue.host.workbook, target.formula);
        if (!range) throw officeError("InvalidOperation", "NamedItem.getRange", `"${target.formula}" is not a range`);
        return range;
      }),
    );
  }
}
