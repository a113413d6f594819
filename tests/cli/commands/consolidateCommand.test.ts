import { readFileSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, readFile, realpath, stat, utimes } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliIo } from "../../../src/cli/cliIo";
import { runCli } from "../../../src/cli/main";
import { localIsoDate } from "../../../src/domain/text/vietnameseFormat";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { bundledDataIo } from "../../helpers/bundledDataIo";
import { memoryIo } from "../../helpers/memoryIo";

jest.setTimeout(120_000);

const FIXTURES = path.join(__dirname, "..", "..", "fixtures", "consolidation");
const manifest = JSON.parse(readFileSync(path.join(FIXTURES, "returns.json"), "utf8")) as {
  plan: string;
  late: string;
  broken: string;
  returns: { file: string; submittedOn: string }[];
};

/** Returns on disk in a folder, each dated the day it arrived; what the command prints is captured and what it writes is kept in memory. */
async function returnsFolder(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "consolidate-cli-"));
  for (const { file, submittedOn } of manifest.returns) {
    await copyFile(path.join(FIXTURES, file), path.join(dir, file));
    const noon = new Date(`${submittedOn}T12:00:00`);
    await utimes(path.join(dir, file), noon, noon);
  }
  return dir;
}

function diskIo() {
  const captured = memoryIo();
  const io: CliIo = {
    ...captured.io,
    readFile: async (file) => new Uint8Array(await readFile(file)),
    listDir: async (dir) => readdir(dir).catch(() => null),
    realPath: async (file) => realpath(file).catch(() => null),
    modifiedOn: async (file) => localIsoDate((await stat(file)).mtime),
  };
  return { ...captured, io };
}

interface RegisterJson {
  readonly register: readonly {
    readonly agency: string;
    readonly state: string;
    readonly file: string | null;
    readonly submittedOn: string | null;
    readonly firstSubmittedOn: string | null;
    readonly submissions: readonly { readonly file: string; readonly role: string; readonly included: boolean; readonly submittedOn: string | null }[];
  }[];
  readonly chase: readonly string[];
}

describe("plan-tracker consolidate", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await returnsFolder();
  });

  it("writes the report and prints the register as JSON, each agency with its state, dated by its file", async () => {
    const run = diskIo();
    const out = path.join(dir, "tong-hop.xlsx");
    const code = await runCli(
      ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"],
      run.io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(run.stdout()) as {
      register: { state: string; submissions: { role: string }[] }[];
      chase: string[];
    };
    const counts = json.register.reduce<Record<string, number>>(
      (all, entry) => ({ ...all, [entry.state]: (all[entry.state] ?? 0) + 1 }),
      {},
    );
    expect(counts).toEqual({ on_time: 21, late: 1, not_merged: 1, missing: 2 });
    expect(json.chase).toHaveLength(3);
    const report = await openWorkbookFile(run.written[out] as Uint8Array, { fileName: "tong-hop.xlsx" });
    expect((await report.inspect()).sheets.map((sheet) => sheet.name)).toContain("Sổ theo dõi");
  });

  it("reads a return given by name and through its folder once", async () => {
    const run = diskIo();
    const out = path.join(dir, "hai-lan.xlsx");
    const named = path.join(dir, manifest.late);
    const code = await runCli(
      ["consolidate", named, dir, named, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"],
      run.io,
    );
    expect(code).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    const records = json.register.flatMap((entry) => entry.submissions.filter((record) => record.file === manifest.late));
    expect(records).toEqual([expect.objectContaining({ role: "used" })]);
  });

  it("merges a return with structural errors that --include names by its absolute path", async () => {
    const run = diskIo();
    const out = path.join(dir, "gom-ca-loi.xlsx");
    const broken = path.join(dir, manifest.broken);
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"];
    expect(await runCli([...args, "--include", broken], run.io)).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    const records = json.register.flatMap((entry) => entry.submissions.filter((record) => record.file === manifest.broken));
    expect(records).toEqual([expect.objectContaining({ role: "used", included: true })]);
  });

  it("refuses an --include that names none of the returns, and writes nothing", async () => {
    const run = diskIo();
    const out = path.join(dir, "khong-gom.xlsx");
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out];
    expect(await runCli([...args, "--include", path.join(dir, "khong-co.xlsx")], run.io)).toBe(2);
    expect(run.written[out]).toBeUndefined();
  });

  it("refuses, even with --force, to write the report over a return or over the history", async () => {
    const aReturn = path.join(dir, manifest.late);
    for (const target of ["--out", "--csv"]) {
      const run = diskIo();
      const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", path.join(dir, "x.xlsx"), "--force"];
      const code = await runCli([...args, target, aReturn], run.io);
      expect({ target, code, written: Object.keys(run.written) }).toEqual({ target, code: 2, written: [] });
    }
    const run = diskIo();
    const history = path.join(dir, manifest.broken);
    const args = ["consolidate", path.join(dir, manifest.late), "--plan", manifest.plan, "--year", "2026", "--force"];
    expect(await runCli([...args, "--history", history, "--out", `${dir}/./${manifest.broken}`], run.io)).toBe(2);
    expect(run.written).toEqual({});
  });

  it("gives the register with every agency missing for an empty folder, with a warning", async () => {
    const run = diskIo();
    const empty = await mkdtemp(path.join(tmpdir(), "consolidate-empty-"));
    const out = path.join(empty, "tong-hop.xlsx");
    expect(await runCli(["consolidate", empty, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    expect(new Set(json.register.map((entry) => entry.state))).toEqual(new Set(["missing"]));
    expect(json.chase).toHaveLength(json.register.length);
    expect(run.stderr()).toContain(empty);
  });

  it("reads the returns in subfolders, one folder per round", async () => {
    const run = diskIo();
    const rounds = await mkdtemp(path.join(tmpdir(), "consolidate-rounds-"));
    await mkdir(path.join(rounds, "lan1"));
    await mkdir(path.join(rounds, "lan2"));
    await copyFile(path.join(dir, manifest.late), path.join(rounds, "lan1", manifest.late));
    await copyFile(path.join(dir, manifest.late), path.join(rounds, "lan2", manifest.late));
    const out = path.join(rounds, "tong-hop.xlsx");
    expect(await runCli(["consolidate", rounds, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    const files = json.register.flatMap((entry) => entry.submissions.map((record) => record.file)).sort();
    expect(files).toEqual([`lan1/${manifest.late}`, `lan2/${manifest.late}`]);
  });

  it("dates each agency by the file it uses, keeping the first return's day for timeliness", async () => {
    const run = diskIo();
    const out = path.join(dir, "ngay-gui.xlsx");
    expect(await runCli(["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"], run.io)).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    const twice = json.register.find((entry) => entry.file === "so-nn-mt-2026-lan-2.xlsx");
    expect(twice).toMatchObject({ submittedOn: "2026-11-12", firstSubmittedOn: "2026-11-05", state: "on_time" });
  });

  it("takes the day the officer entered with --submitted over the file's date", async () => {
    const run = diskIo();
    const out = path.join(dir, "ngay-nhap.xlsx");
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"];
    expect(await runCli([...args, "--submitted", `${manifest.late}=10/11/2026`], run.io)).toBe(0);
    const json = JSON.parse(run.stdout()) as RegisterJson;
    expect(json.register.find((entry) => entry.file === manifest.late)).toMatchObject({ submittedOn: "2026-11-10", state: "on_time" });
  });

  it("refuses a --submitted that is not <file>=<dd/mm/yyyy>, or names no return", async () => {
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", path.join(dir, "x.xlsx")];
    for (const value of [`${manifest.late}=31/02/2026`, `${manifest.late}`, "khong-co.xlsx=10/11/2026"]) {
      const run = diskIo();
      expect({ value, code: await runCli([...args, "--submitted", value], run.io) }).toEqual({ value, code: 2 });
    }
  });

  it("refuses to replace a report without --force", async () => {
    const run = diskIo();
    const out = path.join(dir, "da-co.xlsx");
    run.io.exists = async () => true;
    expect(await runCli(["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out], run.io)).toBe(1);
    expect(run.stderr()).toContain("--force");
  });

  it("judges progress with the UNSD profile when asked, and states it on the method sheet", async () => {
    const run = diskIo();
    const out = path.join(dir, "unsd.xlsx");
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", out, "--json"];
    expect(await runCli([...args, "--profile", "unsd"], run.io)).toBe(0);
    expect((JSON.parse(run.stdout()) as { profile: string }).profile).toBe("unsd");
    const report = await openWorkbookFile(run.written[out] as Uint8Array, { fileName: "unsd.xlsx" });
    const method = (await report.readSheet("Phương pháp đánh giá")).flat();
    expect(method.some((cell) => typeof cell === "string" && cell.includes("0,95 / 0,5 / -0,1"))).toBe(true);
  });

  it("is a usage error (exit 2) with a profile it does not know", async () => {
    const run = diskIo();
    const args = ["consolidate", dir, "--plan", manifest.plan, "--year", "2026", "--out", path.join(dir, "x.xlsx")];
    expect(await runCli([...args, "--profile", "toString"], run.io)).toBe(2);
    expect(run.written).toEqual({});
  });

  it("expects a split body's duty of the agency --assign gave it, as the template command sent it", async () => {
    const key = "thanhhoa-sdg-2017|CT|1.1";
    const memory = bundledDataIo({ "/virtual/phan-giao.json": JSON.stringify({ [key]: ["thanhhoa.snv"] }) });
    const template = ["template", "--plan", "thanhhoa-sdg-2017", "--agency", "thanhhoa.snv", "--year", "2026", "--assign", "phan-giao.json", "--out", "snv.xlsx"];
    expect(await runCli(template, memory.io)).toBe(0);
    const consolidateWith = async (...flags: string[]) => {
      const args = ["consolidate", "snv.xlsx", "--plan", "thanhhoa-sdg-2017", "--year", "2026", "--out", "th.xlsx", "--json", "--force", ...flags];
      const before = memory.stdout().length;
      expect(await runCli(args, memory.io)).toBe(0);
      const json = JSON.parse(memory.stdout().slice(before)) as {
        register: { agency: string; state: string; rowsOwed: { code: string }[] }[];
        unmatched: unknown[];
      };
      return json.register.find((entry) => entry.agency === "thanhhoa.snv")!;
    };
    const owes11 = (entry: { rowsOwed: { code: string }[] }) => entry.rowsOwed.some((row) => row.code.startsWith("1.1#"));
    expect(owes11(await consolidateWith())).toBe(false);
    const assigned = await consolidateWith("--assign", "phan-giao.json");
    expect(assigned.state).not.toBe("missing");
    expect(owes11(assigned)).toBe(true);
  });

  it("is listed in the help", async () => {
    const run = diskIo();
    expect(await runCli(["help", "consolidate"], run.io)).toBe(0);
    expect(run.stdout()).toContain("--history");
  });
});
