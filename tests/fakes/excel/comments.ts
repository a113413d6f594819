import type { Rect } from "./addresses";
import { parseLocalAddress, splitSheetQualified } from "./addresses";
import { expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, NULL_OBJECT, asExcel, isObjectReference } from "./clientObject";
import { FakeItemCollection } from "./itemCollection";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { FakeRange } from "./range";
import type { CommentState, SheetState, WorkbookState } from "./state";
import { liveSheets, newId, sameName } from "./state";

/** Excel's cap on the text of a cell (a comment is assumed to share it). */
const MAX_CONTENT = 32_767;

function liveComments(workbook: WorkbookState): CommentState[] {
  return workbook.comments.filter((comment) => !comment.deleted && !comment.sheet.deleted);
}

/** Assumption (not verified): a protected sheet refuses comment changes, as Excel's UI does. */
function assertCommentable(sheet: SheetState, location: string): void {
  if (sheet.protection.protected) throw officeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
}

/**
 * The one cell a comment call names by its full address ("'Chỉ tiêu'!D7"): a string with the sheet, as the docs
 * require; more than one cell is InvalidArgument (documented); an unknown sheet is InvalidArgument (assumption).
 */
function commentCell(workbook: WorkbookState, address: unknown, location: string): { sheet: SheetState; rect: Rect } {
  if (isObjectReference(address)) throw new FakeLimitationError(`${location} with a Range object`);
  const parts = typeof address === "string" ? splitSheetQualified(address) : null;
  const rect = parts ? parseLocalAddress(parts.local) : null;
  if (!parts || parts.sheet === null || !rect)
    throw officeError("InvalidArgument", location, `address ${JSON.stringify(address)}`);
  if (rect.rowCount !== 1 || rect.columnCount !== 1)
    throw officeError("InvalidArgument", location, "more than one cell");
  const sheet = liveSheets(workbook).find((candidate) => sameName(candidate.name, parts.sheet!));
  if (!sheet) throw officeError("InvalidArgument", location, `no sheet "${parts.sheet}"`);
  return { sheet, rect };
}

/** `workbook.comments` (ExcelApi 1.10): threaded comments, one per cell. */
export class FakeCommentCollection
  extends FakeItemCollection<WorkbookState, CommentState, FakeComment, Excel.Comment, Excel.CommentCollection>
  implements Pick<Excel.CommentCollection, "add" | "getItemByCell" | "items" | "load">
{
  protected readonly typeName = "CommentCollection";

  protected listItems(workbook: WorkbookState): CommentState[] {
    return liveComments(workbook);
  }

  protected newItemProxy(path: string, resolver: () => Resolution<CommentState>): FakeComment {
    return new FakeComment(this.queue, path, resolver);
  }

  protected itemKey(item: CommentState): string {
    return item.id;
  }

  /**
   * Plain-text comments on one cell given by its full address ("'Chỉ tiêu'!D7"), as the docs require for a string.
   * A range of more than one cell is InvalidArgument (documented); a cell that already has a comment is
   * InvalidOperation (assumption: Excel keeps one thread per cell).
   */
  add(
    cellAddress: Excel.Range | string,
    content: Excel.CommentRichContent | string,
    contentType?: Excel.ContentType | "Plain" | "Mention",
  ): Excel.Comment {
    let created: CommentState | undefined;
    this.enqueue(
      "CommentCollection.add",
      [cellAddress, content, contentType ?? null],
      (workbook, [address, text, type]) => {
        const location = "CommentCollection.add";
        if (isObjectReference(address)) throw new FakeLimitationError("CommentCollection.add with a Range object");
        if (type !== null && type !== "Plain") throw new FakeLimitationError(`comment content type ${String(type)}`);
        if (typeof text !== "string") throw new FakeLimitationError("rich comment content");
        const body = expectString(text, location, MAX_CONTENT);
        const parts = typeof address === "string" ? splitSheetQualified(address) : null;
        const rect = parts ? parseLocalAddress(parts.local) : null;
        if (!parts || parts.sheet === null || !rect)
          throw officeError("InvalidArgument", location, `address ${JSON.stringify(address)}`);
        if (rect.rowCount !== 1 || rect.columnCount !== 1)
          throw officeError("InvalidArgument", location, "more than one cell");
        const sheet = liveSheets(workbook).find((candidate) => sameName(candidate.name, parts.sheet!));
        if (!sheet) throw officeError("InvalidArgument", location, `no sheet "${parts.sheet}"`);
        assertCommentable(sheet, location);
        if (
          liveComments(workbook).some(
            (comment) => comment.sheet === sheet && comment.row === rect.row && comment.column === rect.column,
          )
        ) {
          throw officeError("InvalidOperation", location, "the cell already has a comment");
        }
        created = {
          id: newId(workbook, "comment"),
          sheet,
          row: rect.row,
          column: rect.column,
          content: body,
          deleted: false,
        };
        workbook.comments.push(created);
      },
    );
    return this.addedItem(`add#${this.queue.host.nextProxy()}`, () => created, "Comment");
  }

  /** The comment on a cell; none is an error (documented), ItemNotFound (assumption), at the next sync. */
  getItemByCell(cellAddress: Excel.Range | string): Excel.Comment {
    const wire = isObjectReference(cellAddress) || typeof cellAddress !== "string" ? null : cellAddress;
    const proxy = new FakeComment(this.queue, `${this.fakeObjectPath}.getItemByCell(${JSON.stringify(wire)})`, () => {
      const workbook = this.resolve();
      if (workbook === NULL_OBJECT) return NULL_OBJECT;
      if (wire === null) throw new FakeLimitationError("CommentCollection.getItemByCell with a Range object");
      const { sheet, rect } = commentCell(workbook, wire, "CommentCollection.getItemByCell");
      const found = liveComments(workbook).find(
        (comment) => comment.sheet === sheet && comment.row === rect.row && comment.column === rect.column,
      );
      if (!found) throw officeError("ItemNotFound", "CommentCollection.getItemByCell", `no comment on ${wire}`);
      return found;
    });
    proxy.instantiate();
    return asExcel(proxy);
  }
}

export class FakeComment
  extends FakeClientObject<CommentState>
  implements Pick<Excel.Comment, "content" | "id" | "delete" | "getLocation" | "load">
{
  protected readonly typeName = "Comment";
  protected readonly loadable = ["content", "id"] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<CommentState>) {
    super(queue, path, resolver);
  }

  protected override assertAlive(target: CommentState): void {
    if (target.deleted || target.sheet.deleted)
      throw officeError("ItemNotFound", "Comment", "the comment no longer exists");
  }

  protected readScalar(target: CommentState, property: string): unknown {
    if (property === "content") return target.content;
    if (property === "id") return target.id;
    throw new FakeLimitationError(`Comment.${property}`);
  }

  load(argument?: unknown): Excel.Comment {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get content(): string {
    return this.read("content");
  }

  get id(): string {
    return this.read("id");
  }

  delete(): void {
    this.enqueue("Comment.delete", [], (target) => {
      assertCommentable(target.sheet, "Comment.delete");
      target.deleted = true;
    });
  }

  getLocation(): Excel.Range {
    return asExcel(
      new FakeRange(this.queue, `${this.fakeObjectPath}.getLocation()`, () => {
        const comment = this.resolve();
        if (comment === NULL_OBJECT) return NULL_OBJECT;
        return {
          sheet: comment.sheet,
          rect: { row: comment.row, column: comment.column, rowCount: 1, columnCount: 1 },
        };
      }),
    );
  }
}
