import type { Resolution } from "./clientObject";
import { FakeClientObject, asExcel } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError } from "./errors";
import type { WorkbookState } from "./state";

const DAY_MS = 86_400_000;

/** Excel's DATE: serial days in the workbook's date system (1900 keeps Lotus's 29 February 1900). */
export function dateSerial(workbook: WorkbookState, year: number, month: number, day: number): number {
  const time = Date.UTC(year, month - 1, day);
  if (workbook.date1904) return (time - Date.UTC(1904, 0, 1)) / DAY_MS;
  const serial = (time - Date.UTC(1899, 11, 30)) / DAY_MS;
  return serial < 61 ? serial - 1 : serial;
}

/** `workbook.functions` (ExcelApi 1.2): only DATE, over plain numbers from 1900 on, is modelled. */
export class FakeFunctions extends FakeClientObject<WorkbookState> implements Pick<Excel.Functions, "date"> {
  protected readonly typeName = "Functions";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<WorkbookState>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: WorkbookState, property: string): unknown {
    throw new FakeLimitationError(`Functions.${property}`);
  }

  date(year: unknown, month: unknown, day: unknown): Excel.FunctionResult<number> {
    const args = [year, month, day];
    if (!args.every((arg) => typeof arg === "number" && Number.isInteger(arg)) || (year as number) < 1900) {
      throw new FakeLimitationError("Functions.date over anything but whole numbers from 1900 on");
    }
    const path = `${this.fakeObjectPath}.date(${args.join(",")})`;
    return asExcel(
      new FakeFunctionResult(this.queue, path, () => ({
        value: dateSerial(this.queue.host.workbook, year as number, month as number, day as number),
      })),
    );
  }
}

interface FunctionOutcome {
  readonly value: number;
}

export class FakeFunctionResult
  extends FakeClientObject<FunctionOutcome>
  implements Pick<Excel.FunctionResult<number>, "value" | "error" | "load">
{
  protected readonly typeName = "FunctionResult";
  protected readonly loadable = ["value", "error"] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<FunctionOutcome>) {
    super(queue, path, resolver);
  }

  protected readScalar(target: FunctionOutcome, property: string): unknown {
    if (property === "value") return target.value;
    if (property === "error") return null;
    throw new FakeLimitationError(`FunctionResult.${property}`);
  }

  load(argument?: unknown): Excel.FunctionResult<number> {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get value(): number {
    return this.read("value");
  }

  get error(): string {
    return this.read("error");
  }
}
