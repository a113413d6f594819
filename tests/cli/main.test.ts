import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { HELP_TOPICS } from "../../src/cli/commandHelp";
import { runCli, unexpectedErrorMessage } from "../../src/cli/main";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bundledDataIo } from "../helpers/bundledDataIo";
import { makeCatalog, makeTask } from "../helpers/catalogBuilders";
import { memoryIo } from "../helpers/memoryIo";

const bin = path.join(__dirname, "..", "..", "bin", "plan-tracker.cjs");
const docxFixture = path.join(__dirname, "..", "fixtures", "docx", "thanhhoa-green-growth-2023.docx");

async function sampleWorkbook(): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.apply([
    {
      kind: "writeSheet",
      sheet: { name: "Chỉ tiêu", values: [["Mã", "Tên"], ["1.1", "Giảm nghèo"]], tables: [{ name: "tblChiTieu", address: "A1:B2" }] },
    },
    { kind: "setMetadata", entries: { "plan.id": "thanhhoa-sdg-2017" } },
  ]);
  return workbook.toBuffer();
}

describe("runCli", () => {
  it("prints usage and exits 2 when no command is given", async () => {
    const { io, stdout } = memoryIo();
    await expect(runCli([], io)).resolves.toBe(2);
    expect(stdout()).toContain("plan-tracker <lệnh>");
  });

  it("rejects an unknown command with exit code 2 and says which", async () => {
    const { io, stderr } = memoryIo();
    await expect(runCli(["frobnicate"], io)).resolves.toBe(2);
    expect(stderr()).toContain('"frobnicate"');
  });

  it("inspects a workbook: sheets with visibility, tables and metadata", async () => {
    const { io, stdout } = memoryIo({ "plan.xlsx": await sampleWorkbook() });
    await expect(runCli(["inspect", "plan.xlsx"], io)).resolves.toBe(0);
    expect(stdout()).toContain("Chỉ tiêu [hiện], bảng: tblChiTieu");
    expect(stdout()).toContain("_plan_tracker [ẩn hẳn]");
    expect(stdout()).toContain("plan.id = thanhhoa-sdg-2017");
  });

  it("lists the catalogue commands in its usage", async () => {
    const { io, stdout } = memoryIo();
    await expect(runCli(["help"], io)).resolves.toBe(0);
    expect(stdout()).toContain("catalog list");
    expect(stdout()).toContain("catalog import <tệp>");
  });

  it("lists the bundled plans with `catalog list`", async () => {
    const { io, stdout } = bundledDataIo();
    await expect(runCli(["catalog", "list"], io)).resolves.toBe(0);
    expect(stdout()).toContain("Các kế hoạch (5):");
    expect(stdout()).toContain("thanhhoa-green-growth-2023");
  });

  it("shows a bundled plan with `catalog show`", async () => {
    const { io, stdout } = bundledDataIo();
    await expect(runCli(["catalog", "show", "daknong-sdg-2018"], io)).resolves.toBe(0);
    expect(stdout()).toContain("Tỉnh: Đắk Nông");
    expect(stdout()).toContain("Cần xem lại (");
  });

  it("imports a .docx with `catalog import` and writes --out", async () => {
    const { io, stdout, written } = bundledDataIo({ "ke-hoach.docx": await readFile(docxFixture) });
    await expect(runCli(["catalog", "import", "ke-hoach.docx", "--out", "ke-hoach.json"], io)).resolves.toBe(0);
    expect(stdout()).toContain("84 nhiệm vụ (84 có cơ quan chủ trì)");
    expect(JSON.parse(String(written["ke-hoach.json"]))).toMatchObject({ id: "ke-hoach", documentNumber: "3825/QĐ-UBND" });
  });

  it("explains each command with an example: `help <command>` and `<command> --help` print the same", async () => {
    for (const topic of HELP_TOPICS) {
      const asked = memoryIo();
      await expect(runCli(["help", topic], asked.io)).resolves.toBe(0);
      expect(asked.stdout()).toMatch(new RegExp(`^ {2}plan-tracker ${topic}\\b`, "mu"));
      if (topic === "help") continue;
      const flagged = memoryIo();
      await expect(runCli([topic, "--help"], flagged.io)).resolves.toBe(0);
      expect(flagged.stdout()).toBe(asked.stdout());
    }
  });

  it("lists the agencies command in its usage, and refuses help on a command that does not exist", async () => {
    const usage = memoryIo();
    await runCli(["help"], usage.io);
    expect(usage.stdout()).toMatch(/^ {2}agencies /mu);
    const unknown = memoryIo();
    await expect(runCli(["help", "frobnicate"], unknown.io)).resolves.toBe(2);
    expect(unknown.stderr()).toContain('"frobnicate"');
  });

  it("keeps a workbook's metadata to one line per entry in `inspect`, whatever line breaks a value holds", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "setMetadata", entries: { "plan.title": "Kế hoạch\n  gia.mao = 1\n  gia.mao.2 = 2" } }]);
    const { io, stdout } = memoryIo({ "hostile.xlsx": await workbook.toBuffer() });
    await expect(runCli(["inspect", "hostile.xlsx"], io)).resolves.toBe(0);
    expect(stdout()).not.toMatch(/[^\P{Cc}\n]/u);
    expect(stdout()).not.toMatch(/^ +gia\.mao/mu);
    expect(stdout()).toMatch(/^ {2}plan\.title = Kế hoạch\\n {2}gia\.mao = 1\\n {2}gia\.mao\.2 = 2$/mu);
  });

  it("shows a plan whose texts carry control codes and line breaks without forging lines (`catalog show`)", async () => {
    const base = makeCatalog();
    const hostile = makeCatalog({
      id: "hostile" as typeof base.id,
      title: "Kế hoạch \u001b[2J\u001b]0;pwned\u0007",
      tasks: [...base.tasks, makeTask("3.2.a", { text: "Việc thật\n    Chủ trì: Cơ quan giả\r" })],
    });
    const { io, stdout } = memoryIo({ "/virtual/data/plans/hostile.json": JSON.stringify(hostile) });
    await expect(runCli(["catalog", "show", "hostile", "--data", "/virtual/data"], io)).resolves.toBe(0);
    expect(stdout()).not.toMatch(/[^\P{Cc}\n]/u);
    expect(stdout().match(/^ +Chủ trì: /gmu)).toHaveLength(hostile.targets.length + hostile.tasks.length);
  });

  it("fails with exit code 1 on a file that is not a workbook", async () => {
    const { io, stderr } = memoryIo({ "notes.xlsx": "plain text" });
    await expect(runCli(["inspect", "notes.xlsx"], io)).resolves.toBe(1);
    expect(stderr()).toContain("notes.xlsx");
  });
});

describe("unexpectedErrorMessage", () => {
  it("gives a sentence without the stack, unless debugging is asked for", () => {
    const error = new TypeError("Cannot read properties of undefined");
    expect(unexpectedErrorMessage(error, false)).toContain("Cannot read properties of undefined");
    expect(unexpectedErrorMessage(error, false)).not.toMatch(/^\s+at /mu);
    expect(unexpectedErrorMessage(error, true)).toMatch(/^\s+at /mu);
  });
});

describe("the plan-tracker bin", () => {
  const shell = (command: string) =>
    promisify(execFile)("bash", ["-o", "pipefail", "-c", command]).then(
      (done) => ({ code: 0, ...done }),
      (failed: { code: number; stdout: string; stderr: string }) => failed,
    );

  it("ends quietly with exit code 0 when the reader closes the pipe early (`| head -1`)", async () => {
    // catalog show prints far more than a pipe holds, so the CLI is still writing when head exits.
    const { code, stdout, stderr } = await shell(`"${process.execPath}" "${bin}" catalog show thanhhoa-sdg-2017 | head -1`);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.split("\n").filter(Boolean)).toHaveLength(1);
  }, 60_000);

  it("refuses a path-like plan id with exit code 1 and a message, not a stack trace", async () => {
    const { code, stderr } = await shell(`"${process.execPath}" "${bin}" inject --plan ../../package --out /dev/null`);
    expect(code).toBe(1);
    expect(stderr).toContain('"../../package"');
    expect(stderr).not.toMatch(/^\s+at /mu);
  }, 60_000);

  it("runs the TypeScript CLI as a real process", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pt-cli-"));
    const file = path.join(dir, "plan.xlsx");
    await writeFile(file, await sampleWorkbook());
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "inspect", file]);
    expect(stdout).toContain("Chỉ tiêu [hiện], bảng: tblChiTieu");
  }, 60_000);

  it("imports a .docx and lists the bundled plans from any working directory", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pt-cli-"));
    await writeFile(path.join(dir, "ke hoach.docx"), await readFile(docxFixture));
    const run = (args: string[]) => promisify(execFile)(process.execPath, [bin, ...args], { cwd: dir });
    const imported = await run(["catalog", "import", "ke hoach.docx", "--out", "ra/ke-hoach.json"]);
    expect(imported.stdout).toContain("84 nhiệm vụ (84 có cơ quan chủ trì)");
    expect(JSON.parse(await readFile(path.join(dir, "ra", "ke-hoach.json"), "utf8")).tasks).toHaveLength(84);
    const listed = await run(["catalog", "list"]);
    expect(listed.stdout).toContain("thanhhoa-sdg-2017");
  }, 60_000);
});
