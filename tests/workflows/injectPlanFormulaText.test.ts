import { readFileSync } from "node:fs";
import path from "node:path";
import type { Agency } from "../../src/domain/catalog/agency";
import { importPlan } from "../../src/domain/catalog/import/importPlan";
import type { PlanCatalog, TargetCode } from "../../src/domain/catalog/types";
import { toA1 } from "../../src/domain/grid/cellAddress";
import { SECTION_COLUMNS } from "../../src/domain/templates/templateLayout";
import { generateTemplates } from "../../src/workflows/generateTemplates";
import { injectPlan } from "../../src/workflows/injectPlan";
import { validateWorkbookReturn } from "../../src/workflows/validateReturn";
import type { WorkbookPort } from "../../src/workbook/port";
import { bundledAgencies } from "../../src/domain/catalog/agencies/bundledAgencies";
import { AGENCIES, makeCatalog, makeTarget } from "../helpers/catalogBuilders";
import { excelAdapter, fileAdapter } from "../workbook/contract/adapters";
import { bundledPlan, templateInput, THANH_HOA_PLANS, THANH_HOA_SOURCES } from "./templateFixtures";

/**
 * Formula injection: text that starts like a formula ("=", "+", "-", "@", a tab or carriage return before one)
 * reaches the sheets from plan documents the user imports, from agency names, and from what agencies type into
 * their returns. Excel would run it if written as typed; both adapters must store it as the text it is, and read
 * it back unchanged. The strict Excel fake turns such text into a formula when the apostrophe is missing.
 */
const root = path.join(__dirname, "../..");
const agencies = JSON.parse(readFileSync(path.join(root, "data/agencies.json"), "utf8")) as Agency[];
const CLOCK = () => new Date("2026-11-23T08:00:00Z");

jest.setTimeout(60_000);

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

/** Every text cell of every sheet, and every formula: a sheet the add-in wrote holds none. */
async function everyCell(workbook: WorkbookPort): Promise<{ texts: string[]; formulas: string[] }> {
  const texts: string[] = [];
  const formulas: string[] = [];
  for (const sheet of (await workbook.inspect()).sheets) {
    for (const cell of (await workbook.readCells(sheet.name)).flat()) {
      if (cell.formula !== null) formulas.push(`${sheet.name}: ${cell.formula}`);
      else if (cell.kind === "text") texts.push(String(cell.value));
    }
  }
  return { texts, formulas };
}

/** The bundled agencies, every name turned into text that starts like a formula, as a tampered list would have it. */
const LEADS = ['=HYPERLINK("http://x.example","', "- ", "+", "@"];
const renamedAgencies: Agency[] = bundledAgencies.map((agency, index) => {
  const name = `${LEADS[index % LEADS.length]}${agency.name}`;
  return { ...agency, name, shortName: name };
});
const hostileNames = new Set(renamedAgencies.map((agency) => agency.name));
const startsWithHostileName = (text: string) => [...hostileNames].some((name) => text.startsWith(name));

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

describe.each([fileAdapter, excelAdapter])("agency names and return text that start like a formula", (make) => {
  const adapter = make();
  afterEach(() => adapter.close());

  it(`stay text in the plan's sheets, which name the agencies (${adapter.name})`, async () => {
    const workbook = await adapter.open();
    await injectPlan(workbook, bundledPlan("thanhhoa-nq58-2021")!, { agencies: renamedAgencies, now: CLOCK });
    const { texts, formulas } = await everyCell(workbook);
    expect(formulas).toEqual([]);
    expect(texts.filter(startsWithHostileName).length).toBeGreaterThan(0);
  });

  it(`stay text in an agency's template, its name and the plan's texts included (${adapter.name})`, async () => {
    const plan = importedWithFormulas();
    const hostile = plan.tasks.filter((task) => FORMULAS.some((formula) => task.text.startsWith(formula)));
    // The first agency named on a hostile task that still exists (the others were merged into successors).
    const candidates = hostile.flatMap((task) => [...task.lead, ...task.partners].map((agency) => ({ task, agency })));
    for (const { task, agency } of candidates) {
      const input = templateInput(["thanhhoa-nq58-2021"], { agency }, { agencies: renamedAgencies, loadPlan: () => plan });
      const result = await generateTemplates(input, () => adapter.open());
      if (!result.ok) continue;
      const { texts, formulas } = await everyCell(result.result.written[0]!.port);
      expect(formulas).toEqual([]);
      expect(texts.some((text) => text.startsWith(renamedAgencies.find((known) => known.id === agency)!.name))).toBe(true);
      expect(texts.some((text) => text.startsWith(task.text))).toBe(true);
      return;
    }
    throw new Error("no agency of a hostile task receives a template");
  });

  it(`stay text when typed into a return's text inputs, and validate without a formula error (${adapter.name})`, async () => {
    const result = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }), () => adapter.open());
    if (!result.ok) throw new Error(result.error.code);
    const { port, template } = result.result.written[0]!;
    const section = "leadTasks" as const;
    const sheet = template.metadata.sheets[section]!;
    const column = SECTION_COLUMNS[section].findIndex((candidate) => candidate.input && candidate.kind === "text");
    const rows = (await port.readCells(sheet)).flatMap((row, index) => (String(row[0]?.value ?? "").includes("|") ? [index] : []));
    const typed = rows.map((row, k) => ({ address: toA1({ row, column }), text: FORMULAS[k % FORMULAS.length]! }));
    await port.apply(typed.map(({ address, text }) => ({ kind: "writeRange" as const, sheet, address, values: [[text]] })));

    const validated = await validateWorkbookReturn(port, { file: null, sources: THANH_HOA_SOURCES, today: "2026-06-01" });
    expect(validated.validation.issues.filter((issue) => issue.code === "formula_error")).toEqual([]);
    const cells = await port.readCells(sheet);
    for (const { address, text } of typed) {
      const { row, column: at } = { row: Number(address.slice(1)) - 1, column };
      expect(cells[row]?.[at]).toMatchObject({ kind: "text", value: text, formula: null });
    }
  });
});
