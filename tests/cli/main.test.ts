import { execFile } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../src/cli/main";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { memoryIo } from "../helpers/memoryIo";

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

  it("fails with exit code 1 on a file that is not a workbook", async () => {
    const { io, stderr } = memoryIo({ "notes.xlsx": "plain text" });
    await expect(runCli(["inspect", "notes.xlsx"], io)).resolves.toBe(1);
    expect(stderr()).toContain("không phải tệp .xlsx");
  });
});

describe("the plan-tracker bin", () => {
  it("runs the TypeScript CLI as a real process", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pt-cli-"));
    const file = path.join(dir, "plan.xlsx");
    await writeFile(file, await sampleWorkbook());
    const bin = path.join(__dirname, "..", "..", "bin", "plan-tracker.cjs");
    const { stdout } = await promisify(execFile)(process.execPath, [bin, "inspect", file]);
    expect(stdout).toContain("Chỉ tiêu [hiện], bảng: tblChiTieu");
  }, 60_000);
});
