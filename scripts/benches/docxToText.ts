import { readFileSync } from "node:fs";
import { join } from "node:path";
import { docxToText } from "../../src/xlsx/docxToText";
import { medianMs } from "./timing";

/** Reading plan 004 from the .docx fixture (unzip + Word XML → text), the step `catalog import` adds for .docx. */
export default async function benchDocxToText(): Promise<readonly string[]> {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "../../tests/fixtures/docx/thanhhoa-green-growth-2023.docx")));
  let lines = 0;
  const ms = await medianMs(5, async () => {
    const result = await docxToText(bytes);
    lines = result.ok ? result.text.split("\n").length : 0;
  });
  return [`plan 004 (${(bytes.length / 1024).toFixed(0)} KB .docx, ${lines} lines): ${ms.toFixed(1)} ms (median of 5)`];
}
