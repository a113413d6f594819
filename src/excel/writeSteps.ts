import { ExcelAdapterError } from "./excelAdapterError";
import { jsonBytes } from "./payloadSize";

/** Proxies shared by the steps of one apply, so a sheet is looked up once per Excel.run. */
export interface WriteSession {
  readonly context: Excel.RequestContext;
  sheet(name: string): Excel.Worksheet;
  addSheet(name: string): Excel.Worksheet;
  forgetSheet(name: string): void;
}

/** A piece of queued work with its estimated request size; steps are packed into syncs in order. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: (session: WriteSession) => void;
}

/** Rough request bytes of one queued call (object path, member, ids) besides its arguments. */
export const OPERATION_BYTES = 200;

/**
 * Excel on the web refuses requests over 5 MB. Our estimate is the UTF-8 JSON of every argument plus
 * OPERATION_BYTES per call, so 4.5 MB keeps a margin of about 10% below the limit.
 */
export const SYNC_BUDGET_BYTES = 4_500_000;

/** A step of a few calls whose size is their count plus the JSON of their arguments. */
export function smallStep(operations: number, args: unknown, queue: WriteStep["queue"]): WriteStep {
  return { bytes: OPERATION_BYTES * Math.max(operations, 1) + jsonBytes(args), queue };
}

export function nameKey(name: string): string {
  return name.normalize("NFC").toLocaleUpperCase("vi");
}

export function createWriteSession(context: Excel.RequestContext): WriteSession {
  const sheets = new Map<string, Excel.Worksheet>();
  return {
    context,
    sheet(name) {
      const key = nameKey(name);
      let sheet = sheets.get(key);
      if (!sheet) {
        sheet = context.workbook.worksheets.getItem(name);
        sheets.set(key, sheet);
      }
      return sheet;
    },
    addSheet(name) {
      const sheet = context.workbook.worksheets.add(name);
      sheets.set(nameKey(name), sheet);
      return sheet;
    },
    forgetSheet(name) {
      sheets.delete(nameKey(name));
    },
  };
}

/** Greedy, order-preserving: a new sync starts when the next step would pass the budget. */
export function packSteps(steps: readonly WriteStep[], budget: number): WriteStep[][] {
  const batches: WriteStep[][] = [];
  let current: WriteStep[] = [];
  let bytes = 0;
  for (const step of steps) {
    if (step.bytes > budget) {
      throw new ExcelAdapterError("PayloadTooLarge", `One write step needs ${step.bytes} bytes, over the ${budget} byte budget`);
    }
    if (current.length > 0 && bytes + step.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(step);
    bytes += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
