import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../src/domain/catalog/types";
import type { CellValue } from "../../src/domain/grid/cellValue";
import { toA1 } from "../../src/domain/grid/cellAddress";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { CellMark, SheetSpec } from "../../src/workbook/port";
import { injectPlan } from "../../src/workflows/injectPlan";
import type { FakeWorkbookInit } from "../../tests/fakes/excel";
import { scaleCatalog } from "../../tests/helpers/catalogBuilders";
import { measure, recordingPort, type Comparison, type Cost } from "./fakeCost";
import { compareTemplate, compareValidate } from "./officeReturns";
import { naiveMarkCells, naiveReadCells, naiveWriteSheets } from "./naiveOfficeJs";

export const SIZES: readonly number[] = [100, 1_000, 10_000];

const PLAN_FILE = path.join(__dirname, "..", "..", "data", "plans", "thanhhoa-sdg-2017.json");
const CLOCK = () => new Date("2026-12-01T08:00:00Z");
const RETURNS = "Báo cáo";
const RETURN_COLUMNS = 7;

async function plannedSheets(catalog: PlanCatalog): Promise<SheetSpec[]> {
  const { port, sheets } = recordingPort();
  await injectPlan(port, catalog, { agencies: bundledAgencies, successions: bundledSuccessions, now: CLOCK });
  return sheets;
}

const rowsOf = (sheets: readonly SheetSpec[]): number => sheets.reduce((sum, sheet) => sum + sheet.values.length, 0);

/** The first target of the bundled plan and its tasks: the unit the bench repeats. */
function oneTarget(base: PlanCatalog): PlanCatalog {
  const target = base.targets[0]!;
  return {
    ...base,
    targets: [target],
    tasks: base.tasks.filter((task) => task.target === target.code),
    review: [],
  };
}

/** One target of the bundled plan, repeated until the sheets hold at least `rows` rows. */
async function catalogOfRows(base: PlanCatalog, rows: number): Promise<{ catalog: PlanCatalog; sheets: SheetSpec[] }> {
  const unit = oneTarget(base);
  const once = rowsOf(await plannedSheets(scaleCatalog(unit, 1)));
  const perCopy = rowsOf(await plannedSheets(scaleCatalog(unit, 2))) - once;
  let copies = Math.max(1, Math.ceil((rows - once) / perCopy) + 1);
  for (;;) {
    const catalog = scaleCatalog(unit, copies);
    const sheets = await plannedSheets(catalog);
    if (rowsOf(sheets) >= rows) return { catalog, sheets };
    copies += 1;
  }
}

/** A filled return of `rows` rows below its header, as an agency sends it back. */
function returnSheet(rows: number): FakeWorkbookInit {
  const header = ["Kế hoạch", "Mã", "Nội dung", "Kết quả năm", "Ước cả năm", "Tình trạng", "Ghi chú"];
  const body: CellValue[][] = Array.from({ length: rows }, (_, i) => [
    "000",
    `${(i % 17) + 1}.${i + 1}`,
    `Nhiệm vụ số ${i + 1} về chuyển đổi số`,
    i % 100,
    (i % 100) + 0.5,
    "Đang thực hiện",
    i % 3 ? null : "Ghi chú",
  ]);
  return { sheets: [{ name: RETURNS, values: [header, ...body] }] };
}

function marksFor(rows: number): CellMark[] {
  return Array.from({ length: rows }, (_, i) => ({ address: toA1({ row: i + 1, column: 3 }), fill: "#FFC7CE", note: "Giá trị phải là số" }));
}

async function compareInject(base: PlanCatalog, size: number): Promise<Comparison> {
  const { catalog, sheets } = await catalogOfRows(base, size);
  const empty: FakeWorkbookInit = { sheets: [{ name: "Sheet1" }] };
  const options = { agencies: bundledAgencies, successions: bundledSuccessions, now: CLOCK };
  const ours = await measure(empty, () => injectPlan(createExcelWorkbook(), catalog, options));
  const naive = await measure(empty, () => naiveWriteSheets(sheets));
  return { operation: "inject", rows: rowsOf(sheets), ours, naive };
}

async function compareMark(size: number): Promise<Comparison> {
  const marks = marksFor(size);
  const ours = await measure(returnSheet(size), () => createExcelWorkbook().apply([{ kind: "markCells", sheet: RETURNS, marks }]));
  const naive = await measure(returnSheet(size), () => naiveMarkCells(RETURNS, marks));
  return { operation: "mark", rows: size, ours, naive };
}

async function compareRead(size: number): Promise<Comparison> {
  const ours = await measure(returnSheet(size), () => createExcelWorkbook().readCells(RETURNS));
  const naive = await measure(returnSheet(size), () => naiveReadCells(RETURNS, size + 1, RETURN_COLUMNS));
  return { operation: "readCells", rows: size, ours, naive };
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
const ratio = (naive: number, ours: number): string => (ours === 0 ? "n/a" : `${(naive / ours).toFixed(1)}x`);

function describe({ operation, rows, ours, naive, note }: Comparison): string {
  const side = (cost: Cost) => `${cost.syncs} syncs, ${kb(cost.requestBytes)} sent, ${kb(cost.responseBytes)} received, ${cost.ms.toFixed(0)} ms`;
  return (
    `${operation} ${rows.toLocaleString("en")} rows: ours ${side(ours)}; naive ${side(naive)}; ` +
    `naive/ours: syncs ${ratio(naive.syncs, ours.syncs)}, bytes ${ratio(naive.requestBytes + naive.responseBytes, ours.requestBytes + ours.responseBytes)}, time ${ratio(naive.ms, ours.ms)}` +
    (note ? `; ${note}` : "")
  );
}

function figuresOf({ operation, rows, ours, naive }: Comparison): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const [who, cost] of [["ours", ours], ["naive", naive]] as const) {
    for (const [key, value] of Object.entries(cost)) figures[`${operation}.${rows}.${who}.${key}`] = value;
  }
  figures[`${operation}.${rows}.syncRatio`] = naive.syncs / ours.syncs;
  figures[`${operation}.${rows}.timeRatio`] = naive.ms / ours.ms;
  return figures;
}

/**
 * Office.js cost per operation on the strict fake (tests/fakes/excel): our adapter against a naive cell-by-cell
 * add-in doing the same operation, in the same run. Times are the fake's (serialising each request), not Excel's;
 * syncs and bytes are what Excel would see. The naive side writes values only (no tables, formats, validation lists,
 * protection or outline), marks without remembering the previous fill, and reads four properties per cell: it does
 * less than ours. Template and validate are officeReturns.ts's.
 */
export default async function benchOfficeSyncs(sizes: readonly number[] = SIZES): Promise<{ lines: string[]; figures: Record<string, number> }> {
  const base = JSON.parse(readFileSync(PLAN_FILE, "utf8")) as PlanCatalog;
  const operations: ((size: number) => Promise<Comparison>)[] = [(size) => compareInject(base, size), compareTemplate, compareValidate, compareMark, compareRead];
  // A first pass warms the JIT up; its figures are dropped.
  for (const operation of operations) await operation(sizes[0]!);
  const comparisons: Comparison[] = [];
  for (const operation of operations) for (const size of sizes) comparisons.push(await operation(size));
  const lines = comparisons.map(describe);
  lines.push("(one run each on the strict fake; times are the fake's, syncs and bytes are what Excel would receive)");
  return { lines, figures: Object.assign({}, ...comparisons.map(figuresOf)) as Record<string, number> };
}
