import { copyFile, mkdir, readdir, readFile, stat, utimes, writeFile } from "node:fs/promises";
import path from "node:path";
import { processIo, type CliIo } from "../../../src/cli/cliIo";
import { runCli } from "../../../src/cli/main";
import { STATUSES } from "../../../src/domain/templates/templateText";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice } from "../../helpers/externalPrograms";
import { memoryIo } from "../../helpers/memoryIo";
import { localIsoDate } from "../../../src/domain/text/vietnameseFormat";
import { describeRule, ruleLine, whenMissingWords } from "../../../src/domain/validation/ruleDescriptions";
import { VALIDATION_CODES, VALIDATION_RULES, type ValidationCode } from "../../../src/domain/validation/validationRules";
import { cellOf, correctFill, filledReturn, templateOnDisk, type TemplateOnDisk } from "../../workflows/returnFixtures";

jest.setTimeout(240_000);

/**
 * The command's printing captured, its files real: returns are files an agency sent. Their dates are the day the
 * test made them, after the deadline, so they are given only to the tests of timeliness.
 */
function diskIo(options: { fileDates?: boolean } = {}): ReturnType<typeof memoryIo> & { io: CliIo } {
  const captured = memoryIo();
  const io: CliIo = {
    ...captured.io,
    readFile: async (file) => new Uint8Array(await readFile(file)),
    writeFile: async (file, data) => {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, data);
    },
    exists: async (file) => readFile(file).then(() => true, () => false),
    sameFile: async (a, b) => path.resolve(a) === path.resolve(b),
    listDir: async (dir) => readdir(dir).catch(() => null),
    ...(options.fileDates ? { modifiedOn: async (file: string) => localIsoDate((await stat(file)).mtime) } : {}),
  };
  return { ...captured, io };
}

interface JsonResult {
  readonly file: string;
  readonly ok: boolean;
  readonly template: { readonly agency: string } | null;
  readonly error?: { readonly code: string };
  readonly issues: readonly { readonly code: string; readonly severity: string; readonly sheet: string | null; readonly cell: string | null }[];
}

async function validateJson(args: readonly string[], options: { fileDates?: boolean } = {}): Promise<{ code: number; results: JsonResult[] }> {
  const run = diskIo(options);
  const code = await runCli(["validate", ...args, "--json"], run.io);
  return { code, results: JSON.parse(run.stdout()) as JsonResult[] };
}

let template: TemplateOnDisk;
let correct: string;
let mistaken: string;
let mistakeCell: { sheet: string; address: string };

beforeAll(async () => {
  template = await templateOnDisk();
  correct = await filledReturn(template, "so-nn-mt.xlsx", correctFill(template));
  const key = template.metadata.rows.leadTasks[0]!;
  mistakeCell = cellOf(template, "leadTasks", key, "percent");
  mistaken = await filledReturn(template, "so-nn-mt-sai.xlsx", [
    ...correctFill(template),
    { ...cellOf(template, "leadTasks", key, "status"), value: STATUSES[0], kind: "text" },
    { ...mistakeCell, value: 60, kind: "number" },
  ]);
});

describe("plan-tracker validate", () => {
  it("exits 0 for a correctly filled return, with no issues", async () => {
    const { code, results } = await validateJson([correct, "--agency", "thanhhoa.snnmt", "--year", "2026"]);
    expect(code).toBe(0);
    expect(results).toEqual([expect.objectContaining({ file: correct, ok: true, issues: [], template: expect.objectContaining({ agency: "thanhhoa.snnmt" }) })]);
  });

  it("takes the expected agency by name, and reports a return of another at the cover cell showing it", async () => {
    const { code, results } = await validateJson([correct, "--agency", "So Y te", "--plan", "thanhhoa-sdg-2017", "--plan", "thanhhoa-nq58-2021", "--plan", "thanhhoa-green-growth-2023"]);
    expect(code).toBe(1);
    expect(results[0]!.issues.map(({ code: rule, sheet }) => ({ rule, sheet }))).toEqual([{ rule: "agency_mismatch", sheet: template.metadata.sheets.cover }]);
  });

  it("reports a return for a plan not being collected as an unknown plan", async () => {
    const { code, results } = await validateJson([correct, "--plan", "quangninh-sdg-2018"]);
    expect(code).toBe(1);
    expect(new Set(results[0]!.issues.map((issue) => issue.code))).toEqual(new Set(["plan_unknown"]));
  });

  it("exits 1 for a return with an error, and places the issue at its cell", async () => {
    const { code, results } = await validateJson([mistaken]);
    expect(code).toBe(1);
    const statusCell = cellOf(template, "leadTasks", template.metadata.rows.leadTasks[0]!, "status");
    expect(results[0]!.issues.map(({ code: rule, sheet, cell }) => ({ rule, sheet, cell }))).toEqual([{ rule: "status_contradicts_progress", sheet: statusCell.sheet, cell: statusCell.address }]);
  });

  it("reads every workbook in a folder, reports an unreadable one on its own and the same agency twice", async () => {
    const folder = path.join(template.dir, "folder");
    await mkdir(folder, { recursive: true });
    await filledReturn(template, "a.xlsx", correctFill(template), folder);
    await filledReturn(template, "b.xlsx", correctFill(template), folder);
    await writeFile(path.join(folder, "c.xlsx"), "không phải sổ tính");
    await writeFile(path.join(folder, "ghi-chu.txt"), "bỏ qua");
    const { code, results } = await validateJson([folder]);
    expect(code).toBe(1);
    expect(results.map((result) => path.basename(result.file))).toEqual(["a.xlsx", "b.xlsx", "c.xlsx"]);
    // Without dates, the one listed later (b) is taken as the newer and kept; the older carries the duplicate.
    expect(results[0]!.issues.map((issue) => issue.code)).toEqual(["duplicate_submission"]);
    expect(results[1]!.issues).toEqual([]);
    expect(results[2]).toMatchObject({ ok: false, error: { code: "not_a_workbook" }, issues: [] });
  });

  it("puts the duplicate submission on the older return by the days entered, and keeps the newer", async () => {
    const folder = path.join(template.dir, "twice");
    await mkdir(folder, { recursive: true });
    const older = await filledReturn(template, "b-cu.xlsx", correctFill(template), folder);
    const newer = await filledReturn(template, "a-moi.xlsx", correctFill(template), folder);
    const { results } = await validateJson([folder, "--submitted", `${older}=05/11/2026`, "--submitted", `${newer}=12/11/2026`]);
    const issues = Object.fromEntries(results.map((result) => [path.basename(result.file), result.issues.map((issue) => issue.code)]));
    expect(issues).toEqual({ "a-moi.xlsx": [], "b-cu.xlsx": expect.arrayContaining(["duplicate_submission"]) });
  });

  it("reports a path that does not exist on its own, and checks the other files", async () => {
    const run = diskIo();
    const io: CliIo = { ...run.io, readFile: processIo().readFile };
    await expect(runCli(["validate", path.join(template.dir, "khong-co.xlsx"), correct, "--json"], io)).resolves.toBe(1);
    const results = JSON.parse(run.stdout()) as JsonResult[];
    expect(results.map((result) => [result.error?.code ?? null, result.issues.length])).toEqual([["not_found", 0], [null, 0]]);
  });

  it("prints one line per issue with its sheet and cell, and names the agency that sent twice", async () => {
    const run = diskIo();
    await expect(runCli(["validate", mistaken, correct], run.io)).resolves.toBe(1);
    const lines = run.stdout().split("\n");
    const statusCell = cellOf(template, "leadTasks", template.metadata.rows.leadTasks[0]!, "status");
    expect(lines.filter((line) => line.startsWith(`  ${statusCell.sheet}!${statusCell.address}  [lỗi] `))).toHaveLength(1);
    expect(lines.filter((line) => line.includes("thanhhoa.snnmt") && line.includes(`(${mistaken}, ${correct})`))).toHaveLength(1);
  });

  it("--mark writes a copy with the problem cells noted and leaves the return as it was", async () => {
    const before = await readFile(mistaken);
    const out = path.join(template.dir, "marked", "kiem-tra.xlsx");
    const { code } = await validateJson([mistaken, "--mark", out]);
    expect(code).toBe(1);
    expect(Buffer.compare(await readFile(mistaken), before)).toBe(0);
    const statusCell = cellOf(template, "leadTasks", template.metadata.rows.leadTasks[0]!, "status");
    const marked = await openWorkbookFile(await readFile(out), { fileName: out });
    const cells = await marked.readCells(statusCell.sheet, statusCell.address);
    expect(cells[0]![0]!.comment).not.toBeNull();
  });

  it("--mark says an .ods return cannot be marked, and writes nothing", async () => {
    const outDir = path.join(template.dir, "ods");
    await convertWithLibreOffice(mistaken, outDir, "ods");
    const markDir = path.join(template.dir, "marked-ods");
    const run = diskIo();
    await expect(runCli(["validate", path.join(outDir, "so-nn-mt-sai.ods"), "--mark", markDir], run.io)).resolves.toBe(1);
    await expect(readdir(markDir)).rejects.toThrow();
  });

  it.each([[[]], [["x.xlsx", "--lang", "fr"]], [["x.xlsx", "--year", "26"]], [["x.xlsx", "--mark"]]])("is a usage error (exit 2) with %j", async (args) => {
    const run = diskIo();
    await expect(runCli(["validate", ...args], run.io)).resolves.toBe(2);
  });

  it("--mark <folder> writes one file to send back per return with problems, each with its results sheet", async () => {
    const folder = path.join(template.dir, "to-return");
    await mkdir(folder, { recursive: true });
    await copyFile(mistaken, path.join(folder, "so-a.xlsx"));
    await copyFile(mistaken, path.join(folder, "so-b.xlsx"));
    const out = path.join(template.dir, "returned");
    const run = diskIo();
    await expect(runCli(["validate", folder, "--mark", out, "--json"], run.io)).resolves.toBe(1);
    expect(await readdir(out)).toEqual(["so-a-kiem-tra.xlsx", "so-b-kiem-tra.xlsx"]);
    expect(run.stderr().split("\n")).toEqual([expect.stringContaining("so-a-kiem-tra.xlsx"), expect.stringContaining("so-b-kiem-tra.xlsx")]);
    const returned = await openWorkbookFile(await readFile(path.join(out, "so-b-kiem-tra.xlsx")));
    const sheets = (await returned.inspect()).sheets.map((sheet) => sheet.name);
    expect(sheets).toContain("Kết quả kiểm tra");
    const statusCell = cellOf(template, "leadTasks", template.metadata.rows.leadTasks[0]!, "status");
    expect((await returned.readCells(statusCell.sheet, statusCell.address))[0]![0]!.comment).not.toBeNull();
  });

  it("--mark writes nothing for a return without problems, and says so", async () => {
    const out = path.join(template.dir, "clean-returned");
    const run = diskIo();
    await expect(runCli(["validate", correct, "--mark", out], run.io)).resolves.toBe(0);
    await expect(readdir(out)).rejects.toThrow();
    expect(run.stdout().split("\n").filter((line) => line.startsWith(`${correct}: `))).toHaveLength(1);
  });

  it("--mark <folder> says for each .ods return that it cannot be written, and writes the .xlsx ones", async () => {
    const folder = path.join(template.dir, "mixed");
    await convertWithLibreOffice(mistaken, folder, "ods");
    await copyFile(mistaken, path.join(folder, "so-nn-mt-sai.xlsx"));
    const out = path.join(template.dir, "mixed-returned");
    const run = diskIo();
    await expect(runCli(["validate", folder, "--mark", out], run.io)).resolves.toBe(1);
    expect(await readdir(out)).toEqual(["so-nn-mt-sai-kiem-tra.xlsx"]);
    expect(run.stdout().split("\n").filter((line) => line.startsWith(`${path.join(folder, "so-nn-mt-sai.ods")}: `) && line.includes(".xlsx"))).toHaveLength(1);
  });

  describe("timeliness", () => {
    let late: string;
    const deadline = () => new Date(`${template.metadata.deadline!}T12:00:00`);
    const dayAfter = () => new Date(deadline().getTime() + 2 * 86_400_000);
    const codesOf = (results: JsonResult[]) => results[0]!.issues.map((issue) => issue.code);
    const asDdMmYyyy = (moment: Date) => `${moment.getDate()}/${moment.getMonth() + 1}/${moment.getFullYear()}`;

    beforeAll(async () => {
      late = path.join(template.dir, "gui-muon.xlsx");
      await copyFile(correct, late);
      await utimes(late, dayAfter(), dayAfter());
    });

    it("warns of a return whose file was saved after the deadline", async () => {
      const { code, results } = await validateJson([late], { fileDates: true });
      expect(code).toBe(0);
      expect(codesOf(results)).toEqual(["submitted_late"]);
    });

    it("takes the date the officer entered over the file's date", async () => {
      expect(codesOf((await validateJson([late, "--submitted", `gui-muon.xlsx=${asDdMmYyyy(deadline())}`], { fileDates: true })).results)).toEqual([]);
      expect(codesOf((await validateJson([correct, `--submitted=${correct}=${asDdMmYyyy(dayAfter())}`])).results)).toEqual(["submitted_late"]);
    });

    it.each([["gui-muon.xlsx=31/02/2026"], ["gui-muon.xlsx"], ["khac.xlsx=01/12/2026"]])("is a usage error with --submitted %s", async (value) => {
      const run = diskIo();
      await expect(runCli(["validate", late, "--submitted", value], run.io)).resolves.toBe(2);
      expect(run.stdout()).toBe("");
    });

    it("leaves out the rules --rules switches off", async () => {
      const rules = path.join(template.dir, "rules-off.json");
      await writeFile(rules, JSON.stringify({ off: ["submitted_late"], jumpRatio: 0.3 }));
      expect(codesOf((await validateJson([late, "--rules", rules], { fileDates: true })).results)).toEqual([]);
    });
  });

  it("--rules refuses settings with bad entries, naming each, and checks nothing", async () => {
    const rules = path.join(template.dir, "rules-bad.json");
    await writeFile(rules, JSON.stringify({ off: ["not_a_number", "khong_co"], farFromTargetFactor: 0.5, them: 1 }));
    const run = diskIo();
    await expect(runCli(["validate", correct, "--rules", rules], run.io)).resolves.toBe(2);
    expect(run.stdout()).toBe("");
    for (const key of ["not_a_number", "khong_co", "farFromTargetFactor", "them"]) expect(run.stderr()).toContain(`"${key}"`);
  });

  it("--rules refuses a file that is not JSON", async () => {
    const rules = path.join(template.dir, "rules.txt");
    await writeFile(rules, "off: submitted_late");
    const run = diskIo();
    await expect(runCli(["validate", correct, "--rules", rules], run.io)).resolves.toBe(2);
  });

  it("--list-rules prints every rule in Vietnamese: its severity, whether it can be switched off, when a value is missing, and its sides", async () => {
    const run = diskIo();
    await expect(runCli(["validate", "--list-rules"], run.io)).resolves.toBe(0);
    const lines = run.stdout().split("\n");
    for (const code of VALIDATION_CODES) {
      const rule = VALIDATION_RULES[code];
      const line = lines.find((candidate) => candidate.startsWith(`${code} `));
      expect(line).toContain(ruleLine(code, "vi"));
      expect(line).toContain(whenMissingWords(code, "vi"));
      expect(line).toMatch(rule.canSwitchOff ? / có /u : / không /u);
    }
  });

  it("--list-rules --lang en prints every rule's sides in English", async () => {
    const run = diskIo();
    await expect(runCli(["validate", "--list-rules", "--lang", "en"], run.io)).resolves.toBe(0);
    const lines = run.stdout().split("\n");
    for (const code of VALIDATION_CODES) {
      const line = lines.find((candidate) => candidate.startsWith(`${code} `));
      expect(line).toContain(ruleLine(code, "en"));
      expect(line).toContain(whenMissingWords(code, "en"));
      expect(line).not.toContain(ruleLine(code, "vi"));
    }
  });

  it("--list-rules --json gives the rules as data, with the officer's settings", async () => {
    const rules = path.join(template.dir, "rules-list.json");
    await writeFile(rules, JSON.stringify({ off: ["jump_from_last_year"] }));
    const run = diskIo();
    await expect(runCli(["validate", "--list-rules", "--json", "--rules", rules], run.io)).resolves.toBe(0);
    const listed = JSON.parse(run.stdout()) as { rules: { code: ValidationCode; operator: string; description: unknown; canSwitchOff: boolean; off: boolean }[] };
    expect(listed.rules.map((rule) => rule.code)).toEqual([...VALIDATION_CODES]);
    expect(listed.rules.filter((rule) => rule.off).map((rule) => rule.code)).toEqual(["jump_from_last_year"]);
    for (const rule of listed.rules) {
      expect(rule.operator).toBe(VALIDATION_RULES[rule.code].operator);
      expect(rule.description).toEqual(describeRule(rule.code, "vi"));
    }
  });
});
