import { performance } from "node:perf_hooks";
import type { SheetSpec, WorkbookChange, WorkbookPort } from "../../src/workbook/port";
import { installExcelFake, type ExcelFakeHandle, type FakeWorkbookInit } from "../../tests/fakes/excel";

/** What one operation cost on the strict fake: syncs, bytes each way and wall time. */
export interface Cost {
  readonly syncs: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly ms: number;
}

/** One operation at one size, ours against the naive add-in's, measured in the same run. */
export interface Comparison {
  readonly operation: string;
  readonly rows: number;
  readonly ours: Cost;
  readonly naive: Cost;
  /** What the line adds after the figures, e.g. that both sides found the same issues. */
  readonly note?: string;
}

/**
 * One operation on a fresh fake workbook: `setup` first (what the workbook holds before the officer acts, e.g. a
 * filled return written through the adapter), then the counters are reset and only `operation` is measured.
 */
export async function measure(initial: FakeWorkbookInit, operation: () => Promise<unknown>, setup?: () => Promise<unknown>): Promise<Cost> {
  const fake: ExcelFakeHandle = installExcelFake(initial);
  try {
    await setup?.();
    fake.resetCounters();
    const start = performance.now();
    await operation();
    const ms = performance.now() - start;
    const syncs = fake.syncs;
    return {
      syncs: syncs.length,
      requestBytes: syncs.reduce((sum, sync) => sum + sync.requestBytes, 0),
      responseBytes: syncs.reduce((sum, sync) => sum + sync.responseBytes, 0),
      ms,
    };
  } finally {
    fake.uninstall();
  }
}

/** A port that records what a workflow would write into a workbook of one empty sheet, so the naive writer writes the same. */
export function recordingPort(): { port: WorkbookPort; sheets: SheetSpec[] } {
  const sheets: SheetSpec[] = [];
  const unused = (): never => {
    throw new Error("a recorded workflow only inspects and writes");
  };
  const port: WorkbookPort = {
    host: "file",
    inspect: async () => ({ sheets: [{ name: "Sheet1", visibility: "visible" }], names: [], tables: [], metadata: {} }),
    readSheet: unused,
    readCells: unused,
    reveal: unused,
    apply: async (changes: readonly WorkbookChange[]) => {
      for (const change of changes) if (change.kind === "writeSheet") sheets.push(change.sheet);
      return { roundTrips: 0 };
    },
  };
  return { port, sheets };
}
