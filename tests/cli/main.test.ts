import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/main";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { bundledDataIo } from "../helpers/bundledDataIo";
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

  it("fails with exit code 1 on a file that is not a workbook", async () => {
    const { io, stderr } = memoryIo({ "notes.xlsx": "plain text" });
    await expect(runCli(["inspect", "notes.xlsx"], io)).resolves.toBe(1);
    expect(stderr()).toContain("notes.xlsx");
  });
});

describe("the plan-tracker bin", () => {
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
