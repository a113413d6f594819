import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileProblemMessage } from "../../src/workbook/fileProblemMessages";

// 100 MB workbooks, generated here (never committed), inspected by the real CLI in a child process whose peak
// memory is measured. Before the sheet-data limit, listing the sheets of the first one took 2.7 GB and 9 minutes.

const ROOT = path.join(__dirname, "..", "..");
const MAKE = path.join(ROOT, "tests", "helpers", "makeLargeWorkbook.py");
const PEAK = path.join(ROOT, "tests", "helpers", "reportPeakRss.cjs");
const CLI = path.join(ROOT, "bin", "plan-tracker.cjs");
const MEMORY_BOUND_KB = 1024 * 1024;

let folder: string;

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), "pt-large-"));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

function makeWorkbook(name: string, ...args: string[]): string {
  const file = path.join(folder, name);
  execFileSync("/usr/bin/python3", [MAKE, file, ...args]);
  expect(statSync(file).size).toBeGreaterThan(100 * 1000 * 1000);
  return file;
}

function inspectInChild(file: string): { status: number | null; stdout: string; stderr: string; peakKb: number } {
  const child = spawnSync(process.execPath, ["--require", PEAK, CLI, "inspect", file], { encoding: "utf8", maxBuffer: 16 * 1024 * 1024 });
  const peak = /peak-rss-kb (\d+)/.exec(child.stderr);
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, peakKb: peak ? Number(peak[1]) : Number.NaN };
}

describe("plan-tracker inspect on a 100 MB workbook", () => {
  it("refuses one whose sheets unpack to 340 MB of cells, saying why, within 1 GB of memory", () => {
    const file = makeWorkbook("hai-trang-lon.xlsx", "cells", "2", "170");
    const result = inspectInChild(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(fileProblemMessage("sheet_data_too_large", "vi"));
    expect(result.peakKb).toBeLessThan(MEMORY_BOUND_KB);
  }, 180_000);

  it("lists the sheet of one whose bulk is a 100 MB picture, within 1 GB of memory", () => {
    const file = makeWorkbook("anh-lon.xlsx", "picture", "100");
    const result = inspectInChild(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("  - Báo cáo 1 [hiện]");
    expect(result.peakKb).toBeLessThan(MEMORY_BOUND_KB);
  }, 180_000);
});
