import { readFileSync } from "node:fs";
import path from "node:path";
import type { Agency } from "../../src/domain/catalog/agency";
import { importPlan } from "../../src/domain/catalog/import/importPlan";
import type { PlanCatalog, TargetCode } from "../../src/domain/catalog/types";
import { injectPlan } from "../../src/workflows/injectPlan";
import { AGENCIES, makeCatalog, makeTarget } from "../helpers/catalogBuilders";
import { excelAdapter, fileAdapter } from "../workbook/contract/adapters";

/**
 * Formula injection: text that starts like a formula ("=", "+", "-", "@", a tab or carriage return before one)
 * reaches the sheets from plan documents the user imports. Excel would run it if written as typed; both
 * adapters must store it as the text it is, and read it back unchanged.
 */
const root = path.join(__dirname, "../..");
const agencies = JSON.parse(readFileSync(path.join(root, "data/agencies.json"), "utf8")) as Agency[];
const CLOCK = () => new Date("2026-11-23T08:00:00Z");

const FORMULAS = [
  '=HYPERLINK("http://x.example/?q=1","Bấm vào đây")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
];

/** Plan 003 with the first appendix rows' task texts starting with a formula each, imported as an officer would. */
function importedWithFormulas(): PlanCatalog {
  const lines = readFileSync(path.join(root, "data/sources/003-thanhhoa-nq58-2021.txt"), "utf8").split("\n");
  const rows = lines
    .map((line, index) => ({ line, index }))
    .filter(({ line, index }) => index > 315 && /^\d+\t(?!<b>)/.test(line));
  FORMULAS.forEach((formula, k) => {
    const row = rows[k]!;
    lines[row.index] = row.line.replace(/^(\d+\t)/, `$1${formula} `);
  });
  return importPlan({ planId: "thanhhoa-nq58-2021", text: lines.join("\n") }, { agencies }).catalog;
}

function textCells(grid: readonly (readonly unknown[])[]): string[] {
  return grid.flat().filter((cell): cell is string => typeof cell === "string");
}

describe.each([fileAdapter, excelAdapter])("plan text that starts like a formula", (make) => {
  const adapter = make();
  afterEach(() => adapter.close());

  it(`stays text in the Nhiệm vụ sheet when a plan document carries it (${adapter.name})`, async () => {
    const catalog = importedWithFormulas();
    const hostile = catalog.tasks.filter((task) => FORMULAS.some((formula) => task.text.startsWith(formula)));
    expect(hostile).toHaveLength(FORMULAS.length);
    const workbook = await adapter.open();
    await injectPlan(workbook, catalog, { agencies, now: CLOCK });
    const cells = textCells(await workbook.readSheet("Nhiệm vụ"));
    for (const task of hostile) expect(cells).toContain(task.text);
  });

  it(`stays text in the Chỉ tiêu sheet, a leading tab or carriage return included (${adapter.name})`, async () => {
    const texts = ['=HYPERLINK("http://x.example","Chỉ tiêu")', "\t=1+1", "\r=1+1", "+1", "-1", "@A1"];
    const targets = texts.map((text, k) => makeTarget(`1.${k + 1}`, { text, code: `1.${k + 1}` as TargetCode }));
    const workbook = await adapter.open();
    await injectPlan(workbook, makeCatalog({ targets, tasks: [] }), { agencies: AGENCIES, now: CLOCK });
    const cells = textCells(await workbook.readSheet("Chỉ tiêu"));
    for (const text of texts) expect(cells).toContain(text);
  });
});
