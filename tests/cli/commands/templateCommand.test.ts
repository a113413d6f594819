import JSZip from "jszip";
import { runCli } from "../../../src/cli/main";
import { readTemplate } from "../../../src/workflows/readTemplate";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { bundledDataIo } from "../../helpers/bundledDataIo";

const THANH_HOA = ["--plan", "thanhhoa-sdg-2017", "--plan", "thanhhoa-nq58-2021", "--plan", "thanhhoa-green-growth-2023"];

async function recognised(bytes: Uint8Array | string | undefined) {
  if (!(bytes instanceof Uint8Array)) throw new Error("nothing written");
  const read = await readTemplate(await openWorkbookFile(bytes));
  if (!read.recognised) throw new Error(JSON.stringify(read.issues));
  return read.result;
}

describe("plan-tracker template", () => {
  it("writes one agency's template, found by its name without accents, covering the plans given", async () => {
    const memory = bundledDataIo();
    await expect(runCli(["template", ...THANH_HOA, "--agency", "so nong nghiep va moi truong", "--year", "2026", "--out", "snnmt.xlsx"], memory.io)).resolves.toBe(0);
    const template = await recognised(memory.written["/virtual/snnmt.xlsx"]);
    expect(template.metadata.agency).toBe("thanhhoa.snnmt");
    expect(template.metadata.plans.map((plan) => plan.id)).toEqual(["thanhhoa-sdg-2017", "thanhhoa-nq58-2021", "thanhhoa-green-growth-2023"]);
    expect([template.metadata.cutoff, template.metadata.deadline]).toEqual(["2026-10-31", "2026-11-15"]);
  });

  it("takes the officer's cut-off and deadline as dd/mm/yyyy", async () => {
    const memory = bundledDataIo();
    const args = ["template", "--plan", "quangninh-sdg-2018", "--agency", "quangninh.syt", "--year", "2026", "--cutoff", "30/9/2026", "--deadline", "20/10/2026", "--out", "syt.xlsx"];
    await expect(runCli(args, memory.io)).resolves.toBe(0);
    const template = await recognised(memory.written["/virtual/syt.xlsx"]);
    expect([template.metadata.cutoff, template.metadata.deadline]).toEqual(["2026-09-30", "2026-10-20"]);
  });

  it("puts every agency's template and the cover list in one .zip, each file named after the agency and the year", async () => {
    const memory = bundledDataIo();
    await expect(runCli(["template", "--plan", "thanhhoa-green-growth-2023", "--all", "--year", "2026", "--out", "mau-bieu.zip"], memory.io)).resolves.toBe(0);
    const zip = await JSZip.loadAsync(memory.written["/virtual/mau-bieu.zip"] as Uint8Array);
    const files = Object.keys(zip.files);
    expect(files).toContain("danh-sach-gui.csv");
    expect(files).toContain("so-nn-mt-2026.xlsx");
    const csv = await zip.file("danh-sach-gui.csv")!.async("string");
    const listed = csv.split("\r\n").slice(1).map((line) => /,([a-z0-9-]+-2026\.xlsx),/.exec(line)?.[1]).filter(Boolean);
    expect(new Set(listed)).toEqual(new Set(files.filter((file) => file.endsWith(".xlsx"))));
    // An agency with nothing assigned is listed with no file and no rows.
    expect(csv).toMatch(/\r\nthanhhoa\.[a-z0-9.-]+,("[^"]*"|[^,]*),,0,0,0,/);
    const template = await recognised(await zip.file("so-nn-mt-2026.xlsx")!.async("uint8array"));
    expect(template.metadata.agency).toBe("thanhhoa.snnmt");
  }, 60_000);

  it("writes the files and the cover list into a directory", async () => {
    const memory = bundledDataIo();
    await expect(runCli(["template", "--plan", "thanhhoa-green-growth-2023", "--all", "--year", "2026", "--out", "mau-bieu"], memory.io)).resolves.toBe(0);
    expect(Object.keys(memory.written)).toEqual(expect.arrayContaining(["/virtual/mau-bieu/so-nn-mt-2026.xlsx", "/virtual/mau-bieu/danh-sach-gui.csv"]));
  }, 60_000);

  it("follows --assign for a duty of a split body, which otherwise goes to nobody", async () => {
    const key = "thanhhoa-sdg-2017|CT|1.1";
    const without = bundledDataIo();
    await runCli(["template", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.snv", "--year", "2026", "--out", "snv.xlsx"], without.io);
    expect(without.stdout()).toContain(`"${key}"`);
    const before = await recognised(without.written["/virtual/snv.xlsx"]);
    expect(before.metadata.rows.indicators.some((row) => row.startsWith(`${key}#`))).toBe(false);

    const memory = bundledDataIo({ "/virtual/phan-giao.json": JSON.stringify({ [key]: ["thanhhoa.snv"] }) });
    await expect(runCli(["template", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.snv", "--year", "2026", "--assign", "phan-giao.json", "--out", "snv.xlsx"], memory.io)).resolves.toBe(0);
    const after = await recognised(memory.written["/virtual/snv.xlsx"]);
    expect(after.metadata.rows.indicators.some((row) => row.startsWith(`${key}#`))).toBe(true);
    expect(after.metadata.choices).toEqual([{ dutyKey: key, agencies: ["thanhhoa.snv"] }]);
  });

  it("assigns a split body's duties to the successors their subjects suggest with --accept-suggestions", async () => {
    const memory = bundledDataIo();
    const args = ["template", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.sgddt", "--year", "2026", "--out", "sgddt.xlsx"];
    await runCli(args, memory.io);
    const before = await recognised(memory.written["/virtual/sgddt.xlsx"]);
    await expect(runCli([...args, "--accept-suggestions", "--force"], memory.io)).resolves.toBe(0);
    const after = await recognised(memory.written["/virtual/sgddt.xlsx"]);
    expect(after.metadata.choices.length).toBeGreaterThan(0);
    const keys = (template: typeof after) => Object.values(template.metadata.rows).flat();
    expect(keys(after).length).toBeGreaterThan(keys(before).length);
    expect(keys(after)).toEqual(expect.arrayContaining([...keys(before)]));
  });

  it.each([
    ["no --year", ["--plan", "thanhhoa-sdg-2017", "--all", "--out", "x.zip"]],
    ["both --agency and --all", ["--plan", "thanhhoa-sdg-2017", "--all", "--agency", "thanhhoa.syt", "--year", "2026", "--out", "x.zip"]],
    ["a deadline that is no date", ["--plan", "thanhhoa-sdg-2017", "--all", "--year", "2026", "--deadline", "31/02/2026", "--out", "x.zip"]],
    ["several templates into one .xlsx", ["--plan", "thanhhoa-green-growth-2023", "--all", "--year", "2026", "--out", "x.xlsx"]],
  ])("is a usage error (exit 2) with %s, and writes nothing", async (_case, args) => {
    const memory = bundledDataIo();
    await expect(runCli(["template", ...args], memory.io)).resolves.toBe(2);
    expect(Object.keys(memory.written)).toEqual([]);
  });

  it.each([
    ["an unknown plan", ["--plan", "thanhhoa-sdg-2017", "--plan", "khong-co", "--all"]],
    ["plans of two provinces", ["--plan", "thanhhoa-sdg-2017", "--plan", "daknong-sdg-2018", "--all"]],
    ["an unknown agency", ["--plan", "thanhhoa-sdg-2017", "--agency", "Sở Không Có"]],
    ["an agency merged away", ["--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.snnptnt"]],
    ["an agency with nothing in the plan", ["--plan", "thanhhoa-green-growth-2023", "--agency", "thanhhoa.tand"]],
  ])("fails (exit 1) with %s, says why, and writes nothing", async (_case, args) => {
    const memory = bundledDataIo();
    await expect(runCli(["template", ...args, "--year", "2026", "--out", "x.zip"], memory.io)).resolves.toBe(1);
    expect(memory.stderr() + memory.stdout()).not.toBe("");
    expect(Object.keys(memory.written)).toEqual([]);
  });

  it("does not replace an existing file without --force", async () => {
    const memory = bundledDataIo({ "/virtual/syt.xlsx": "cũ" });
    const args = ["template", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.syt", "--year", "2026", "--out", "syt.xlsx"];
    await expect(runCli(args, memory.io)).resolves.toBe(1);
    expect(memory.written["/virtual/syt.xlsx"]).toBeUndefined();
    await expect(runCli([...args, "--force"], memory.io)).resolves.toBe(0);
    await recognised(memory.written["/virtual/syt.xlsx"]);
  });
});
