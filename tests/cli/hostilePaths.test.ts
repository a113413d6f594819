import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { processIo, type CliIo } from "../../src/cli/cliIo";
import { fileAccessMessage } from "../../src/cli/fileAccessMessage";
import { runCli } from "../../src/cli/main";
import { CliFileError, type FileAccessProblem } from "../../src/cli/regularFiles";

// The real file system (processIo), in a temporary folder: FIFOs, devices and directories where files belong.

const realIo = processIo();
let folder: string;
let err: string[];

function diskIo(): CliIo {
  return { ...realIo, stdout: () => undefined, stderr: (text) => err.push(text) };
}

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "pt-hostile-"));
  err = [];
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

const at = (name: string): string => path.join(folder, name);
const run = (...argv: string[]): Promise<number> => runCli(argv, diskIo());

/** The message the CLI prints for this problem with this path, as an input or an output. */
function refusal(file: string, problem: FileAccessProblem, role: "input" | "output" = "input"): string {
  return fileAccessMessage(file, new CliFileError(problem, file), role);
}

const PLAN_TEXT = "KẾ HOẠCH\nThực hiện Chương trình hành động\n";

describe("plan-tracker on inputs that are not regular files", () => {
  it("refuses to inspect a FIFO, saying it is not a regular file, without waiting for a writer", async () => {
    execFileSync("mkfifo", [at("bao-cao.xlsx")]);
    await expect(run("inspect", at("bao-cao.xlsx"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("bao-cao.xlsx"), "not_regular"));
  });

  it("refuses to inspect a link to /dev/zero instead of reading without end", async () => {
    symlinkSync("/dev/zero", at("bao-cao.xlsx"));
    await expect(run("inspect", at("bao-cao.xlsx"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("bao-cao.xlsx"), "not_regular"));
  });

  it("refuses to inspect a directory, saying it is a directory", async () => {
    mkdirSync(at("bao-cao.xlsx"));
    await expect(run("inspect", at("bao-cao.xlsx"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("bao-cao.xlsx"), "directory"));
  });

  it("refuses to import a plan from a FIFO", async () => {
    execFileSync("mkfifo", [at("ke-hoach.txt")]);
    await expect(run("catalog", "import", at("ke-hoach.txt"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("ke-hoach.txt"), "not_regular"));
  });

  it("refuses to inject into a FIFO, and writes no output", async () => {
    execFileSync("mkfifo", [at("so-tinh.xlsx")]);
    await expect(run("inject", "--plan", "thanhhoa-sdg-2017", "--into", at("so-tinh.xlsx"), "--out", at("ket-qua.xlsx"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("so-tinh.xlsx"), "not_regular"));
    expect(readdirSync(folder)).toEqual(["so-tinh.xlsx"]);
  });
});

describe("plan-tracker on outputs that name a directory, a device or the input", () => {
  it("refuses --out naming a directory, even with --force, and leaves the directory as it was", async () => {
    mkdirSync(at("ket-qua.xlsx"));
    await expect(run("inject", "--plan", "thanhhoa-sdg-2017", "--out", at("ket-qua.xlsx"), "--force")).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("ket-qua.xlsx"), "directory", "output"));
    expect(lstatSync(at("ket-qua.xlsx")).isDirectory()).toBe(true);
    expect(readdirSync(folder)).toEqual(["ket-qua.xlsx"]);
  });

  it("refuses --out naming a FIFO, even with --force, and leaves the FIFO in place", async () => {
    execFileSync("mkfifo", [at("ket-qua.xlsx")]);
    await expect(run("inject", "--plan", "thanhhoa-sdg-2017", "--out", at("ket-qua.xlsx"), "--force")).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("ket-qua.xlsx"), "not_regular", "output"));
    expect(lstatSync(at("ket-qua.xlsx")).isFIFO()).toBe(true);
  });

  it("refuses a catalogue --out naming a directory", async () => {
    writeFileSync(at("ke-hoach.txt"), PLAN_TEXT);
    mkdirSync(at("ke-hoach.json"));
    await expect(run("catalog", "import", at("ke-hoach.txt"), "--out", at("ke-hoach.json"))).resolves.toBe(1);
    expect(err.join("\n")).toContain(refusal(at("ke-hoach.json"), "directory", "output"));
  });

  it.each([
    ["--out", "ke-hoach.txt"],
    ["--out", "./thu-muc/../ke-hoach.txt"],
    ["--text", "ke-hoach.txt"],
    ["--out", "lien-ket.txt"],
  ])("refuses catalog import %s %s onto its own input, which keeps its text", async (flag, output) => {
    writeFileSync(at("ke-hoach.txt"), PLAN_TEXT);
    mkdirSync(at("thu-muc"));
    symlinkSync(at("ke-hoach.txt"), at("lien-ket.txt"));
    await expect(run("catalog", "import", at("ke-hoach.txt"), flag, at(output))).resolves.toBe(1);
    expect(err.join("\n")).toContain(at(output));
    expect(readFileSync(at("ke-hoach.txt"), "utf8")).toBe(PLAN_TEXT);
  });

  it("still writes a catalogue --out beside its input", async () => {
    writeFileSync(at("ke-hoach.txt"), PLAN_TEXT);
    await expect(run("catalog", "import", at("ke-hoach.txt"), "--out", at("ke-hoach.json"))).resolves.toBe(0);
    expect(JSON.parse(readFileSync(at("ke-hoach.json"), "utf8"))).toMatchObject({ id: "ke-hoach" });
    expect(readFileSync(at("ke-hoach.txt"), "utf8")).toBe(PLAN_TEXT);
  });
});
