import { readFile } from "node:fs/promises";
import fc from "fast-check";
import { toA1 } from "../../src/domain/grid/cellAddress";
import { TEMPLATE_SECTIONS } from "../../src/domain/templates/distributeDuties";
import { SECTION_COLUMNS } from "../../src/domain/templates/templateLayout";
import type { WorkbookChange } from "../../src/workbook/port";
import { validateWorkbookReturn } from "../../src/workflows/validateReturn";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { correctFill, filledReturn, templateOnDisk, type TemplateOnDisk } from "./returnFixtures";
import { THANH_HOA_SOURCES } from "./templateFixtures";

jest.setTimeout(240_000);

const sources = THANH_HOA_SOURCES;

let template: TemplateOnDisk;
let correct: Uint8Array;

beforeAll(async () => {
  template = await templateOnDisk();
  correct = new Uint8Array(await readFile(await filledReturn(template, "correct.xlsx", correctFill(template))));
});

/** Damage an agency's program or hands may do to a correct return; each must show as at least one issue. */
function damage(): fc.Arbitrary<WorkbookChange> {
  const sections = TEMPLATE_SECTIONS.filter((section) => template.metadata.rows[section].length > 0);
  const section = fc.constantFrom(...sections);
  const lockedCell = section.chain((name) =>
    fc.record({
      sheet: fc.constant(template.metadata.sheets[name]!),
      row: fc.constantFrom(...template.metadata.rows[name].map((key) => template.rowOf.get(`${name}:${key}`)!)),
      column: fc.constantFrom(...SECTION_COLUMNS[name].flatMap((column, index) => (column.input || index === 0 ? [] : [index]))),
      text: fc.string({ minLength: 1, maxLength: 12 }).map((text) => `sửa ${text}`),
    }),
  );
  const header = section.chain((name) =>
    fc.record({ sheet: fc.constant(template.metadata.sheets[name]!), column: fc.integer({ min: 0, max: SECTION_COLUMNS[name].length - 1 }), text: fc.string({ minLength: 1, maxLength: 12 }).map((text) => `cột ${text}`) }),
  );
  return fc.oneof(
    lockedCell.map(({ sheet, row, column, text }): WorkbookChange => ({ kind: "writeRange", sheet, address: toA1({ row: row - 1, column }), values: [[text]] })),
    header.map(({ sheet, column, text }): WorkbookChange => ({ kind: "writeRange", sheet, address: toA1({ row: 2, column }), values: [[text]] })),
    section.map((name): WorkbookChange => ({ kind: "deleteSheet", name: template.metadata.sheets[name]! })),
    fc
      .constantFrom("template.fingerprint", "template.version", "template.format", "template.year", "template.rows.leadTasks.1", "template.plans")
      .chain((key) => fc.string({ maxLength: 8 }).map((value): WorkbookChange => ({ kind: "setMetadata", entries: { [key]: `x${value}` } }))),
  );
}

describe("validating a correct return after random damage", () => {
  it("never throws and always reports the damage", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(damage(), { minLength: 1, maxLength: 3 }), async (changes) => {
        const port = await openWorkbookFile(correct, { fileName: "correct.xlsx" });
        // Writes before deletions, each sheet deleted once: a write to a deleted sheet is not damage but a mistake of the test.
        const deleted = [...new Set(changes.flatMap((change) => (change.kind === "deleteSheet" ? [change.name] : [])))];
        await port.apply([...changes.filter((change) => change.kind !== "deleteSheet"), ...deleted.map((name): WorkbookChange => ({ kind: "deleteSheet", name }))]);
        const result = await validateWorkbookReturn(port, { file: "correct.xlsx", sources, today: "2026-06-01" });
        expect(result.validation.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 25 },
    );
  });
});
