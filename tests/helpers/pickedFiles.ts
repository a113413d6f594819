import { fireEvent, screen } from "@testing-library/react";
import { readFile } from "node:fs/promises";
import type { ReturnFile } from "../../src/taskpane/components/consolidation/runConsolidation";
import type { PickedFile } from "../../src/taskpane/runtime/paneRuntime";

/**
 * Files as the pane's file inputs hand them over, and the officer's picking of them, for the panels' tests. A file
 * has a date only when given one: validation tells the newer of two returns by it, consolidation the day it came.
 * Its bytes are copied whole, so a Buffer from the pool gives its own bytes only.
 */

export function pickedFile(name: string, bytes: Uint8Array): PickedFile;
export function pickedFile(name: string, bytes: Uint8Array, lastModified: number): PickedFile & ReturnFile;
export function pickedFile(name: string, bytes: Uint8Array, lastModified?: number): PickedFile {
  const file = { name, size: bytes.byteLength, arrayBuffer: async () => new Uint8Array(bytes).buffer };
  return lastModified === undefined ? file : { ...file, lastModified };
}

/** A file on disk picked under a name of its own. */
export async function pickedFromDisk(name: string, filePath: string): Promise<PickedFile> {
  return pickedFile(name, new Uint8Array(await readFile(filePath)));
}

/** Picks files through the file input of that test id, as the officer's choice in the file dialog does. */
export function pickFiles(testId: string, files: readonly (PickedFile | ReturnFile)[]): void {
  const input = screen.getByTestId(testId);
  Object.defineProperty(input, "files", { value: files, configurable: true });
  fireEvent.change(input);
}

/** Picks returns in the validation panel and waits for the run's totals. */
export async function checkInValidationPanel(files: readonly PickedFile[]): Promise<void> {
  pickFiles("validation-file-input", files);
  await screen.findByRole("status", {}, { timeout: 60_000 });
}
