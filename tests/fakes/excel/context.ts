import { officeError } from "./errors";
import type { SuspendCall, WorkbookState } from "./state";

/** Excel on the web rejects any request or response larger than 5 MB. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** What `context.sync()` sends for one queued operation: an object path, a member, and its arguments. */
export interface QueuedOperation {
  readonly path: string;
  readonly member: string;
  readonly args: readonly unknown[];
  /** Runs at sync with the arguments as the host receives them (after JSON). */
  readonly run: (args: readonly unknown[], scope: SyncScope) => void;
}

export interface SyncScope {
  /** Index of the running sync (0-based). */
  readonly index: number;
  /** Applied only if the whole sync succeeds: loaded values become readable. */
  commit(action: () => void): void;
  /** Counts loaded data towards the response payload. */
  respond(data: unknown): void;
}

export interface SyncRecord {
  /** Estimated request bytes: UTF-8 length of the JSON of the queued operations and their arguments. */
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  readonly members: Readonly<Record<string, number>>;
  failed: string | null;
}

/** The workbook and the counters shared by every Excel.run of one installed fake. */
export class FakeExcelHost {
  readonly syncs: SyncRecord[] = [];
  readonly suspendCalls: SuspendCall[] = [];
  runs = 0;
  private proxies = 0;

  constructor(readonly workbook: WorkbookState) {}

  /** A unique number for proxy paths that have no name of their own (e.g. an added conditional format). */
  nextProxy(): number {
    this.proxies += 1;
    return this.proxies;
  }
}

/** Serialises proxies passed as arguments (e.g. a Range as a list source) as references, as Office.js does. */
function wireReplacer(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === "object" && "fakeObjectPath" in value) {
    return { objectReference: (value as { fakeObjectPath: string }).fakeObjectPath };
  }
  return value;
}

export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

export class FakeRequestQueue {
  private pending: QueuedOperation[] = [];

  constructor(readonly host: FakeExcelHost) {}

  enqueue(operation: QueuedOperation): void {
    this.pending.push(operation);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  /** Sends the queued operations as one request and applies them in order, like one Office.js round trip. */
  async flush(): Promise<void> {
    await Promise.resolve();
    const operations = this.pending;
    this.pending = [];
    const index = this.host.syncs.length;
    const request = JSON.stringify(
      operations.map((operation) => [operation.path, operation.member, operation.args]),
      wireReplacer,
    );
    const members: Record<string, number> = {};
    for (const operation of operations) members[operation.member] = (members[operation.member] ?? 0) + 1;
    const record: SyncRecord = {
      requestBytes: utf8Bytes(request),
      responseBytes: 0,
      operations: operations.length,
      members,
      failed: null,
    };
    this.host.syncs.push(record);
    try {
      if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
        throw officeError("RequestPayloadSizeLimitExceeded", "context.sync", `request of ${record.requestBytes} bytes`);
      }
      const received = JSON.parse(request) as [string, string, unknown[]][];
      const commits: (() => void)[] = [];
      const scope: SyncScope = {
        index,
        commit: (action) => commits.push(action),
        respond: (data) => {
          record.responseBytes += utf8Bytes(JSON.stringify(data) ?? "null");
        },
      };
      // Operations before a failing one stay applied: Office.js does not roll a batch back.
      operations.forEach((operation, position) => operation.run(received[position]![2], scope));
      if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
        throw officeError("RequestPayloadSizeLimitExceeded", "context.sync", `response of ${record.responseBytes} bytes`);
      }
      commits.forEach((action) => action());
    } catch (error) {
      record.failed = error instanceof Error ? error.message : String(error);
      throw error;
    }
  }
}
