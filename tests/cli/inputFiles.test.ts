import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { readdir, realpath } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { CliIo } from "../../src/cli/cliIo";
import { inputsNamed, listInputFiles } from "../../src/cli/inputFiles";
import { memoryIo } from "../helpers/memoryIo";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "pt-inputs-"));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Folders and links as the disk has them, relative paths against the temporary folder. */
function diskIo(): CliIo {
  return {
    ...memoryIo().io,
    cwd: folder,
    listDir: async (dir) => readdir(dir).catch(() => null),
    realPath: async (file) => realpath(file).catch(() => null),
  };
}

function file(name: string): string {
  const at = path.join(folder, name);
  mkdirSync(path.dirname(at), { recursive: true });
  writeFileSync(at, "x");
  return at;
}

describe("listInputFiles", () => {
  it("reads a file named and also found in its folder once, where it was first given", async () => {
    file("tra/so-yt-2026.xlsx");
    file("tra/so-tc-2026.xlsx");
    const listed = await listInputFiles(diskIo(), ["tra/so-yt-2026.xlsx", "tra", path.join(folder, "tra", "so-yt-2026.xlsx")]);
    expect(listed.files.map((input) => input.path)).toEqual(["tra/so-yt-2026.xlsx", path.join("tra", "so-tc-2026.xlsx")]);
  });

  it("reads a file reached through a link once", async () => {
    file("tra/so-yt-2026.xlsx");
    symlinkSync(path.join(folder, "tra"), path.join(folder, "lien-ket"));
    const listed = await listInputFiles(diskIo(), ["tra", "lien-ket"]);
    expect(listed.files.map((input) => input.path)).toEqual([path.join("tra", "so-yt-2026.xlsx")]);
  });

  it("leaves out Office lock files and hidden files", async () => {
    file("tra/so-yt-2026.xlsx");
    file("tra/~$so-yt-2026.xlsx");
    file("tra/.so-tc-2026.xlsx");
    const listed = await listInputFiles(diskIo(), ["tra"]);
    expect(listed.files.map((input) => path.basename(input.path))).toEqual(["so-yt-2026.xlsx"]);
  });
});

describe("listInputFiles in subfolders", () => {
  it("reads subfolders as deep as asked, and no deeper", async () => {
    file("tra/so-yt-2026.xlsx");
    file("tra/lan2/so-tc-2026.xlsx");
    file("tra/lan2/huyen/ubnd-2026.ods");
    const shown = async (subfolders: number) => (await listInputFiles(diskIo(), ["tra"], { subfolders })).files.map((input) => input.shown);
    expect(await shown(0)).toEqual(["so-yt-2026.xlsx"]);
    expect(await shown(1)).toEqual(["so-yt-2026.xlsx", "lan2/so-tc-2026.xlsx"]);
    expect(await shown(2)).toEqual(["so-yt-2026.xlsx", "lan2/so-tc-2026.xlsx", "lan2/huyen/ubnd-2026.ods"]);
  });

  it("skips hidden folders and the marked copies validate --mark writes", async () => {
    file("tra/so-yt-2026.xlsx");
    file("tra/.cu/so-tc-2026.xlsx");
    file("tra/kiem-tra/so-yt-2026-kiem-tra.xlsx");
    const listed = await listInputFiles(diskIo(), ["tra"], { subfolders: 3 });
    expect(listed.files.map((input) => input.shown)).toEqual(["so-yt-2026.xlsx"]);
  });

  it("follows a link back to a folder above only once", async () => {
    file("tra/lan1/so-yt-2026.xlsx");
    symlinkSync(path.join(folder, "tra"), path.join(folder, "tra", "lan1", "vong"));
    const listed = await listInputFiles(diskIo(), ["tra"], { subfolders: 5 });
    expect(listed.files.map((input) => input.shown)).toEqual(["so-yt-2026.xlsx"]);
  });

  it("names a folder without any return, subfolders included", async () => {
    file("tra/ghi-chu.txt");
    mkdirSync(path.join(folder, "tra", "lan1"));
    expect((await listInputFiles(diskIo(), ["tra"], { subfolders: 3 })).emptyFolders).toEqual(["tra"]);
  });
});

describe("the names reports show", () => {
  it("are paths from the folder the inputs share, so returns of one name in two folders are told apart", async () => {
    file("tra/lan1/so-tc-2026.xlsx");
    file("tra/lan2/so-tc-2026.xlsx");
    const listed = await listInputFiles(diskIo(), ["tra/lan1", path.join(folder, "tra/lan2")]);
    expect(listed.files.map((input) => input.shown)).toEqual(["lan1/so-tc-2026.xlsx", "lan2/so-tc-2026.xlsx"]);
  });

  it("are a lone file's own name", async () => {
    file("tra/so-tc-2026.xlsx");
    const listed = await listInputFiles(diskIo(), ["tra/so-tc-2026.xlsx"]);
    expect(listed.files.map((input) => input.shown)).toEqual(["so-tc-2026.xlsx"]);
  });
});

describe("inputsNamed", () => {
  async function named(given: string) {
    file("tra/lan1/so-tc-2026.xlsx");
    file("tra/lan2/so-tc-2026.xlsx");
    file("tra/lan2/so-yt-2026.xlsx");
    const io = diskIo();
    const found = await inputsNamed(io, given, (await listInputFiles(io, ["tra/lan1", "tra/lan2"])).files);
    return "problem" in found ? found.problem : found.files.map((input) => input.shown);
  }

  it("finds an input by its absolute path", async () => {
    expect(await named(path.join(folder, "tra/lan1/so-tc-2026.xlsx"))).toEqual(["lan1/so-tc-2026.xlsx"]);
  });

  it("finds an input by a relative path written differently", async () => {
    expect(await named("./tra/lan2/../lan2/so-yt-2026.xlsx")).toEqual(["lan2/so-yt-2026.xlsx"]);
  });

  it("finds an input by the name the register shows, or by a bare name only one input has", async () => {
    expect(await named("lan2/so-tc-2026.xlsx")).toEqual(["lan2/so-tc-2026.xlsx"]);
    expect(await named("so-yt-2026.xlsx")).toEqual(["lan2/so-yt-2026.xlsx"]);
  });

  it("says a bare name several inputs have is ambiguous, and a name no input has is unknown", async () => {
    expect(await named("so-tc-2026.xlsx")).toBe("ambiguous");
    expect(await named(path.join(folder, "khac/so-tc-2026.xlsx"))).toBe("unknown");
  });
});
