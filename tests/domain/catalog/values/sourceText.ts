import { readFileSync } from "fs";
import { join } from "path";

/** The five plan documents, read from data/sources (tests may read files; src/domain may not). */
export const SOURCE_FILES = [
  "000-thanhhoa-sdg-2017.txt",
  "001-daknong-sdg-2018.txt",
  "002-quangninh-sdg-2018.txt",
  "003-thanhhoa-nq58-2021.txt",
  "004-thanhhoa-green-growth-2023.txt",
] as const;

export type SourceFile = (typeof SOURCE_FILES)[number];

export function sourceLines(file: SourceFile): readonly string[] {
  return readFileSync(join(__dirname, "../../../../data/sources", file), "utf8").split("\n");
}

/** One line of a document, 1-based as `sed -n` counts. */
export function sourceLine(file: SourceFile, line: number): string {
  const text = sourceLines(file)[line - 1];
  if (text === undefined) throw new Error(`${file} has no line ${line}`);
  return text;
}

/** Every distinct value of one tab-separated column, with the first line it appears on. */
export function distinctColumnValues(
  file: SourceFile,
  fieldCount: number,
  column: number,
): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  sourceLines(file).forEach((line, index) => {
    const cells = line.split("\t");
    if (cells.length !== fieldCount) return;
    const value = (cells[column] ?? "").trim();
    if (!out.has(value)) out.set(value, index + 1);
  });
  return out;
}
