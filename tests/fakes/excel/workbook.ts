import type { Resolution } from "./clientObject";
import { FakeClientObject, asExcel } from "./clientObject";
import { FakeCommentCollection } from "./comments";
import { FakeFunctions } from "./functions";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError } from "./errors";
import { FakeNamedItemCollection } from "./names";
import type { WorkbookState } from "./state";
import { FakeTableCollection } from "./tables";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeApplication
  extends FakeClientObject<WorkbookState>
  implements Pick<Excel.Application, "suspendApiCalculationUntilNextSync" | "suspendScreenUpdatingUntilNextSync">
{
  protected readonly typeName = "Application";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<WorkbookState>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: WorkbookState, property: string): unknown {
    throw new FakeLimitationError(`Application.${property}`);
  }

  suspendApiCalculationUntilNextSync(): void {
    this.record("calculation", "Application.suspendApiCalculationUntilNextSync");
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.record("screenUpdating", "Application.suspendScreenUpdatingUntilNextSync");
  }

  private record(kind: "calculation" | "screenUpdating", member: string): void {
    this.queue.enqueue({
      path: this.fakeObjectPath,
      member,
      args: [],
      run: (_args, scope) => {
        this.queue.host.suspendCalls.push({ kind, sync: scope.index });
      },
    });
  }
}

export class FakeWorkbook
  extends FakeClientObject<WorkbookState>
  implements Pick<Excel.Workbook, "worksheets" | "tables" | "names" | "application" | "comments" | "functions">
{
  protected readonly typeName = "Workbook";
  protected readonly loadable: readonly string[] = [];
  readonly worksheets: Excel.WorksheetCollection;
  readonly tables: Excel.TableCollection;
  readonly names: Excel.NamedItemCollection;
  readonly application: Excel.Application;
  readonly comments: Excel.CommentCollection;
  readonly functions: Excel.Functions;

  constructor(queue: FakeRequestQueue) {
    const root = (): WorkbookState => queue.host.workbook;
    super(queue, "workbook", root);
    this.worksheets = asExcel(new FakeWorksheetCollection(queue, "workbook.worksheets", root));
    this.tables = asExcel(new FakeTableCollection(queue, "workbook.tables", () => ({ workbook: root(), sheet: null })));
    this.names = asExcel(new FakeNamedItemCollection(queue, "workbook.names", () => ({ workbook: root(), sheet: null })));
    this.application = asExcel(new FakeApplication(queue, "workbook.application", root));
    this.comments = asExcel(new FakeCommentCollection(queue, "workbook.comments", root));
    this.functions = asExcel(new FakeFunctions(queue, "workbook.functions", root));
  }

  protected readScalar(_target: WorkbookState, property: string): unknown {
    throw new FakeLimitationError(`Workbook.${property}`);
  }
}

/** The context handed to `Excel.run` batches. */
export class FakeRequestContext implements Pick<Excel.RequestContext, "workbook" | "sync"> {
  readonly workbook: Excel.Workbook;

  constructor(private readonly queue: FakeRequestQueue) {
    this.workbook = asExcel(new FakeWorkbook(queue));
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    await this.queue.flush();
    return passThroughValue as T;
  }
}
