import { readFile } from "node:fs/promises";
import { nativeDigest } from "../../src/cli/nativeDigest";
import type { TemplateSection } from "../../src/domain/templates/distributeDuties";
import { parseRowKey } from "../../src/workflows/validation/catalogRows";
import { checkDuplicateSubmissions, createValidationCache, validateWorkbookReturn, type ValidatedReturn, type ValidationCache, type ValidationSources } from "../../src/workflows/validateReturn";
import { openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { cellOf, correctFill, filledReturn, templateOnDisk, type Edit, type TemplateOnDisk } from "./returnFixtures";
import { THANH_HOA_SOURCES } from "./templateFixtures";

jest.setTimeout(240_000);

const sources = THANH_HOA_SOURCES;

/** Two agencies' templates, and returns filled in by openpyxl: correct, with mistakes, and one agency twice. */
let files: string[];
let department: TemplateOnDisk;

beforeAll(async () => {
  department = await templateOnDisk("thanhhoa.snnmt");
  const finance = await templateOnDisk("thanhhoa.stc");
  const at = (template: TemplateOnDisk, section: TemplateSection, index: number, column: string) =>
    cellOf(template, section, template.metadata.rows[section][index]!, column);
  const mistakes = (template: TemplateOnDisk): Edit[] => [
    ...correctFill(template),
    { ...at(template, "leadTasks", 0, "percent"), value: "12,5%", kind: "text" },
    { ...at(template, "leadTasks", 1, "task"), value: "Nhiệm vụ đã sửa", kind: "text" },
  ];
  files = [
    await filledReturn(department, "department.xlsx", correctFill(department)),
    await filledReturn(finance, "finance-mistakes.xlsx", mistakes(finance)),
    await filledReturn(department, "department-again.xlsx", mistakes(department)),
    await filledReturn(finance, "finance.xlsx", correctFill(finance)),
  ];
});

async function validateAll(given: ValidationSources, cache?: ValidationCache): Promise<ValidatedReturn[]> {
  const results: ValidatedReturn[] = [];
  for (const file of files) {
    const port = await openWorkbookFile(await readFile(file), { fileName: file });
    results.push(await validateWorkbookReturn(port, { file, sources: given, today: "2026-06-01", ...(cache ? { cache } : {}) }));
  }
  return checkDuplicateSubmissions(results);
}

const issuesOf = (results: readonly ValidatedReturn[]) =>
  results.map((result) => result.validation.issues.map((issue) => ({ code: issue.code, sheet: issue.sheet, cell: issue.cell, params: issue.params })));

describe("a round validated with one cache", () => {
  it("reports exactly the issues and readings each return gives when validated alone", async () => {
    const alone = await validateAll(sources);
    const shared = await validateAll(sources, createValidationCache());
    expect(issuesOf(shared)).toEqual(issuesOf(alone));
    expect(shared.map((result) => result.readings)).toEqual(alone.map((result) => result.readings));
    // The round is not trivially clean: a value typed as text ("12,5%" beside "Hoàn thành"), an edited locked cell
    // and a second return of one agency are all seen.
    expect(new Set(shared.flatMap((result) => result.validation.issues.map((issue) => issue.code)))).toEqual(
      new Set(["number_as_text", "status_contradicts_progress", "locked_text_edited", "duplicate_submission"]),
    );
  });

  it("reports the same with the CLI's native SHA-256 as with the domain's own, and hashes with the one it is given", async () => {
    const hashed: number[] = [];
    const digest: typeof nativeDigest = () => {
      hashed.push(1);
      return nativeDigest();
    };
    const native = await validateAll(sources, createValidationCache({ digest }));
    expect(issuesOf(native)).toEqual(issuesOf(await validateAll(sources, createValidationCache())));
    // Each catalogue once, and each return's locked content.
    expect(hashed.length).toBeGreaterThanOrEqual(files.length);
  });

  it("does not answer a later run from rows it remembered of a catalogue that has since changed", async () => {
    const cache = createValidationCache();
    await validateAll(sources, cache);
    // The department's first task is taken out of its plan: its row is no longer one the catalogue knows.
    const removed = parseRowKey(department.metadata.rows.leadTasks[0]!)!;
    const plan = sources.plans.get(removed.plan)!;
    const plans = new Map(sources.plans).set(removed.plan, { ...plan, tasks: plan.tasks.filter((task) => task.id !== removed.code) });
    const changed = { ...sources, plans };
    const reused = await validateAll(changed, cache);
    expect(issuesOf(reused)).toEqual(issuesOf(await validateAll(changed)));
    const first = reused[0]!.validation.issues;
    expect(first.map((issue) => issue.code)).toEqual(expect.arrayContaining(["catalog_changed", "row_key_unknown"]));
    expect(first.find((issue) => issue.code === "row_key_unknown")?.params).toMatchObject({ plan: removed.plan, code: removed.code });
  });
});
