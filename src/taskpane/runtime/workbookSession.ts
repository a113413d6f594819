import type { WorkbookPort } from "../../workbook/port";

export interface WorkbookSnapshot {
  readonly port: WorkbookPort;
  /** The .xlsx file name in standalone mode; null in Excel. */
  readonly fileName: string | null;
  /** Bumped after every change, so views know to re-read. */
  readonly version: number;
}

/** The workbook the pane works on, and who to tell when it changes or is replaced by an opened file. */
export class WorkbookSession {
  private snapshot: WorkbookSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(port: WorkbookPort, fileName: string | null) {
    this.snapshot = { port, fileName, version: 0 };
  }

  readonly getSnapshot = (): WorkbookSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  replace(port: WorkbookPort, fileName: string | null): void {
    this.snapshot = { port, fileName, version: this.snapshot.version + 1 };
    this.notify();
  }

  /** Call after writing through the port. */
  changed(): void {
    this.snapshot = { ...this.snapshot, version: this.snapshot.version + 1 };
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
