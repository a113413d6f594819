import type { Language } from "../../../domain/validation/validationMessages";
import type { FileRun } from "./runValidation";

/** What an output of a validation run can use: the files as validated, and where files go. */
export interface OutputContext {
  readonly runs: readonly FileRun[];
  readonly language: Language;
  /** Standalone: hands bytes to the browser as a download; null in Excel. */
  readonly save: ((fileName: string, bytes: Uint8Array) => void) | null;
  /** Excel: opens .xlsx bytes as a new workbook; null where the host cannot. */
  readonly openNewWorkbook: ((bytes: Uint8Array) => Promise<void>) | null;
  /** Tells the pane the open workbook changed (after writing to it). */
  readonly changed: () => void;
}

/** A button under the results that makes something from them. */
export interface ValidationOutput {
  readonly id: string;
  readonly label: Readonly<Record<Language, string>>;
  readonly available: (context: OutputContext) => boolean;
  /** Makes the output; resolves to one sentence telling the officer what was made and where. */
  readonly produce: (context: OutputContext) => Promise<string>;
}

/**
 * The outputs offered after a run, one button each, in this order. The "Kết quả kiểm tra" sheet and each agency's
 * marked return file plug in here (being built on branch wip/voutputs); the panel needs no other change for them.
 */
export const VALIDATION_OUTPUTS: readonly ValidationOutput[] = [];
