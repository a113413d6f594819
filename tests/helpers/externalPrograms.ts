import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** Debian's python3, which has python3-openpyxl; the pyenv python on PATH does not. */
export const SYSTEM_PYTHON = "/usr/bin/python3";

function requireProgram(path: string, install: string): void {
  if (!existsSync(path)) throw new Error(`${path} is missing. Install it with "${install}" (.ci/run does this).`);
}

/** Runs a Python snippet with openpyxl available; returns stdout. Arguments arrive as sys.argv[1:]. */
export async function runOpenpyxl(script: string, args: readonly string[]): Promise<string> {
  requireProgram(SYSTEM_PYTHON, "apt-get install -y python3-openpyxl");
  const { stdout } = await run(SYSTEM_PYTHON, ["-c", script, ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Converts a spreadsheet with LibreOffice Calc (headless) into `outDir`, as an agency without our add-in would. */
export async function convertWithLibreOffice(file: string, outDir: string, format = "xlsx"): Promise<void> {
  requireProgram("/usr/bin/soffice", "apt-get install -y libreoffice-calc-nogui");
  await run(
    "/usr/bin/soffice",
    [`-env:UserInstallation=file://${outDir}/lo-profile`, "--headless", "--convert-to", format, "--outdir", outDir, file],
    { timeout: 120_000 },
  );
}

/** One page of a PDF: its size in points and its words with their boxes (origin top left). */
export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly words: readonly PdfWord[];
}

export interface PdfWord {
  readonly text: string;
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** The words of every page of a PDF, with their positions, through poppler's pdftotext -bbox. */
export async function pdfPages(file: string): Promise<PdfPage[]> {
  requireProgram("/usr/bin/pdftotext", "apt-get install -y poppler-utils");
  const { stdout } = await run("/usr/bin/pdftotext", ["-bbox", file, "-"], { maxBuffer: 256 * 1024 * 1024 });
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((page) => ({
    width: Number(page[1]),
    height: Number(page[2]),
    words: [...page[3]!.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((word) => ({
      xMin: Number(word[1]),
      yMin: Number(word[2]),
      xMax: Number(word[3]),
      yMax: Number(word[4]),
      text: word[5]!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&"),
    })),
  }));
}

/** A spreadsheet printed to PDF by LibreOffice (File › Print), beside it, and its pages read back with poppler. */
export async function printWithLibreOffice(file: string): Promise<PdfPage[]> {
  const folder = path.dirname(file);
  await convertWithLibreOffice(file, folder, "pdf");
  return pdfPages(path.join(folder, `${path.basename(file, path.extname(file))}.pdf`));
}

/** Words in reading order (top to bottom, then left to right), joined by spaces: phrases can be looked for across words. */
export function textInReadingOrder(words: readonly PdfWord[]): string {
  return [...words].sort((a, b) => a.yMin - b.yMin || a.xMin - b.xMin).map((word) => word.text).join(" ");
}

/** The lowest line of words on a page, which is the footer, in reading order. */
export function footerText(page: PdfPage): string {
  const bottom = Math.max(...page.words.map((word) => word.yMin));
  return textInReadingOrder(page.words.filter((word) => word.yMin > bottom - 3));
}
