import { execFile } from "node:child_process";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import * as ExcelJS from "exceljs";
import { runCli } from "../../../src/cli/main";
import { createXlsxWorkbook, openXlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import JSZip from "jszip";
import { memoryIo } from "../../helpers/memoryIo";
import { fixtureBytes } from "../../helpers/workbookFixtures";

async function written(bytes: Uint8Array | string | undefined) {
  if (!(bytes instanceof Uint8Array)) throw new Error("nothing written");
  return openXlsxWorkbook(bytes);
}

describe("plan-tracker inject", () => {
  it("writes the four plan sheets of a bundled plan to an .xlsx file", async () => {
    const memory = memoryIo();
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--out", "plan.xlsx"], memory.io)).resolves.toBe(0);
    const workbook = await written(memory.written["/virtual/plan.xlsx"]);
    const info = await workbook.inspect();
    expect(info.tables.map((table) => table.name).sort()).toEqual(["CanXemLai", "ChiTieu", "NhiemVu", "PhanCong", "ThongTin"]);
    const codes = new Set((await workbook.readSheet("Chỉ tiêu")).slice(1).flatMap((row) => (typeof row[1] === "string" && row[1] ? [row[1]] : [])));
    expect(codes.size).toBe(104);
    expect(memory.stdout()).toContain("Chỉ tiêu:");
  });

  it("injects one agency's slice only", async () => {
    const memory = memoryIo();
    await expect(
      runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.syt", "--out", "syt.xlsx"], memory.io),
    ).resolves.toBe(0);
    const workbook = await written(memory.written["/virtual/syt.xlsx"]);
    expect((await workbook.inspect()).sheets.map((sheet) => sheet.name)).toContain("Chỉ tiêu (Sở YT)");
    const full = memoryIo();
    await runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--out", "all.xlsx"], full.io);
    const all = await written(full.written["/virtual/all.xlsx"]);
    expect((await workbook.readSheet("Chỉ tiêu (Sở YT)")).length).toBeLessThan((await all.readSheet("Chỉ tiêu")).length);
  });

  it("adds to an existing workbook without touching the user's sheets", async () => {
    const mine = await createXlsxWorkbook();
    await mine.apply([{ kind: "writeSheet", sheet: { name: "Chỉ tiêu", values: [["của tôi"]] } }]);
    const memory = memoryIo({ "/virtual/mine.xlsx": await mine.toBuffer() });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--into", "mine.xlsx", "--out", "out.xlsx"], memory.io)).resolves.toBe(0);
    const workbook = await written(memory.written["/virtual/out.xlsx"]);
    expect(await workbook.readSheet("Chỉ tiêu")).toEqual([["của tôi"]]);
    expect(memory.stdout()).toContain("Chỉ tiêu (2)");
  });

  it("never writes over the workbook it was given with --into", async () => {
    const mine = await createXlsxWorkbook();
    await mine.apply([{ kind: "writeSheet", sheet: { name: "Của tôi", values: [["x"]] } }]);
    const original = await mine.toBuffer();
    const memory = memoryIo({ "/virtual/mine.xlsx": original });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--into", "mine.xlsx", "--out", "./mine.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.written["/virtual/mine.xlsx"]).toBeUndefined();
  });

  it("refuses an --out file that exists unless --force is given", async () => {
    const memory = memoryIo({ "/virtual/plan.xlsx": "đã có" });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--out", "plan.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.written["/virtual/plan.xlsx"]).toBeUndefined();
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--out", "plan.xlsx", "--force"], memory.io)).resolves.toBe(0);
    expect(memory.written["/virtual/plan.xlsx"]).toBeInstanceOf(Uint8Array);
  });

  it("refuses to write into an .ods, saying how to save it as .xlsx, and writes nothing", async () => {
    const memory = memoryIo({ "/virtual/mine.ods": fixtureBytes("libreoffice-user-content.ods") });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--into", "mine.ods", "--out", "out.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.stderr()).toContain(".ods");
    expect(Object.keys(memory.written)).toEqual([]);
  });

  it("writes into an openpyxl workbook with a comment and a chart, which exceljs alone refused", async () => {
    const memory = memoryIo({ "/virtual/user.xlsx": fixtureBytes("openpyxl-user-content.xlsx") });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--into", "user.xlsx", "--out", "out.xlsx"], memory.io)).resolves.toBe(0);
    const workbook = await written(memory.written["/virtual/out.xlsx"]);
    expect((await workbook.inspect()).sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Số liệu", "Thuế", "Chỉ tiêu"]));
  });

  it("leaves a structure-protected workbook alone and says why, writing nothing", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes("libreoffice-user-content.xlsx"));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/<workbookProtection[^>]*\/>/, '<workbookProtection lockStructure="1"/>'));
    const memory = memoryIo({ "/virtual/locked.xlsx": await zip.generateAsync({ type: "uint8array" }) });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--into", "locked.xlsx", "--out", "out.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.stderr()).toContain("locked.xlsx");
    expect(Object.keys(memory.written)).toEqual([]);
  });

  it("shows today's lead after the 2025 mergers, and honours the officer's edits to that mapping", async () => {
    const plain = memoryIo();
    await runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--out", "a.xlsx"], plain.io);
    const current = async (bytes: unknown) => {
      const grid = await (await written(bytes as Uint8Array)).readSheet("Chỉ tiêu");
      const column = grid[0]!.indexOf("Chủ trì hiện nay (sau sắp xếp bộ máy)");
      return new Set(grid.slice(1).map((row) => row[column]));
    };
    const before = await current(plain.written["/virtual/a.xlsx"]);
    expect(before.has("Sở Kế hoạch và Đầu tư")).toBe(false);

    const keep = [{ from: "thanhhoa.skhdt", to: [], effective: "2025-03-01", source: "test", uncertain: false }];
    const edited = memoryIo({ "/virtual/keep.json": JSON.stringify(keep) });
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--successors", "keep.json", "--out", "b.xlsx"], edited.io)).resolves.toBe(0);
    expect((await current(edited.written["/virtual/b.xlsx"])).has("Sở Kế hoạch và Đầu tư")).toBe(true);
  });

  it.each([
    [["inject", "--out", "x.xlsx"], 2, "Cách dùng"],
    [["inject", "--plan", "khong-co", "--out", "x.xlsx"], 1, 'Không có kế hoạch "khong-co"'],
    [["inject", "--plan", "thanhhoa-sdg-2017", "--agency", "khong.co", "--out", "x.xlsx"], 1, 'Không có cơ quan "khong.co"'],
  ])("rejects %j with exit code %i and says why", async (argv, code, message) => {
    const memory = memoryIo();
    await expect(runCli(argv, memory.io)).resolves.toBe(code);
    expect(memory.stderr()).toContain(message);
  });

  it("takes the agency's name, accents optional, for its id", async () => {
    const byName = memoryIo();
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--agency", "so y te", "--out", "syt.xlsx"], byName.io)).resolves.toBe(0);
    const byId = memoryIo();
    await runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.syt", "--out", "syt.xlsx"], byId.io);
    const grid = async (memory: ReturnType<typeof memoryIo>) => (await written(memory.written["/virtual/syt.xlsx"])).readSheet("Chỉ tiêu (Sở YT)");
    expect(await grid(byName)).toEqual(await grid(byId));
  });

  it("writes nothing for an agency with no part in the plan, and suggests the agencies whose duties it took over", async () => {
    const memory = memoryIo();
    await expect(runCli(["inject", "--plan", "thanhhoa-sdg-2017", "--agency", "So Nong nghiep va Moi truong", "--out", "x.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.written).toEqual({});
    // Sở Nông nghiệp và Môi trường took over Sở Tài nguyên và Môi trường in 2025; the 2017 plan names the latter.
    expect(memory.stderr()).toMatch(/^ +--agency thanhhoa\.stnmt /mu);
  });

  it.each([
    ["a path for a plan id", ["--plan", "../../package"]],
    ["a successions file that is not JSON", ["--plan", "thanhhoa-sdg-2017", "--successors", "hong.json"]],
    ["successions of the wrong shape", ["--plan", "thanhhoa-sdg-2017", "--successors", "sai-dang.json"]],
  ])("refuses %s with exit code 1 and a message, writing nothing", async (_what, args) => {
    const memory = memoryIo({ "/virtual/hong.json": "[{ from: thanhhoa.skhdt }", "/virtual/sai-dang.json": '[{ "from": 5, "to": "x" }]' });
    await expect(runCli(["inject", ...args, "--out", "x.xlsx"], memory.io)).resolves.toBe(1);
    expect(memory.written).toEqual({});
    expect(memory.stderr()).not.toMatch(/^\s+at /mu);
  });

  it("runs as a real process from another directory", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "pt-inject-"));
    const bin = path.join(__dirname, "..", "..", "..", "bin", "plan-tracker.cjs");
    await promisify(execFile)(process.execPath, [bin, "inject", "--plan", "quangninh-sdg-2018", "--out", "qn.xlsx", "--lang", "en"], { cwd: dir });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path.join(dir, "qn.xlsx"));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Plan info", "Targets", "Tasks", "Assignments", "_plan_tracker"]);
  }, 60_000);
});
