import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { processIo, type CliIo } from "../../../src/cli/cliIo";
import { runCli } from "../../../src/cli/main";
import { STATUSES } from "../../../src/domain/templates/templateText";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice } from "../../helpers/externalPrograms";
import { memoryIo } from "../../helpers/memoryIo";
import { cellOf, correctFill, filledReturn, templateOnDisk, type TemplateOnDisk } from "../../workflows/returnFixtures";

jest.setTimeout(240_000);

/** The command's printing captured, its files real: returns are files an agency sent. */
function diskIo(): ReturnType<typeof memoryIo> & { io: CliIo } {
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

async function validateJson(args: readonly string[]): Promise<{ code: number; results: JsonResult[] }> {
  const run = diskIo();
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
    expect(results[0]!.issues).toEqual([]);
    expect(results[1]!.issues.map((issue) => issue.code)).toEqual(["duplicate_submission"]);
    expect(results[2]).toMatchObject({ ok: false, error: { code: "not_a_workbook" }, issues: [] });
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
});
