import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { checkWritableTarget, CliFileError, MAX_INPUT_BYTES, readRegularFile } from "../../src/cli/regularFiles";

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(path.join(tmpdir(), "pt-regular-"));
});

afterEach(() => rmSync(folder, { recursive: true, force: true }));

function inFolder(name: string): string {
  return path.join(folder, name);
}

/** The problem code readRegularFile or checkWritableTarget gave, or "read" when it succeeded. */
async function problemOf(task: Promise<unknown>): Promise<string> {
  try {
    await task;
    return "read";
  } catch (error) {
    return error instanceof CliFileError ? error.problem : `unexpected: ${String(error)}`;
  }
}

describe("readRegularFile", () => {
  it("reads a regular file whole", async () => {
    writeFileSync(inFolder("ke-hoach.txt"), "Kế hoạch số 3934");
    expect(new TextDecoder().decode(await readRegularFile(inFolder("ke-hoach.txt")))).toBe("Kế hoạch số 3934");
  });

  it("refuses a FIFO without waiting for a writer", async () => {
    execFileSync("mkfifo", [inFolder("bao-cao.xlsx")]);
    await expect(problemOf(readRegularFile(inFolder("bao-cao.xlsx")))).resolves.toBe("not_regular");
  });

  it("refuses /dev/zero, and a link to it named like a workbook", async () => {
    symlinkSync("/dev/zero", inFolder("bao-cao.xlsx"));
    await expect(problemOf(readRegularFile("/dev/zero"))).resolves.toBe("not_regular");
    await expect(problemOf(readRegularFile(inFolder("bao-cao.xlsx")))).resolves.toBe("not_regular");
  });

  it("refuses a directory", async () => {
    mkdirSync(inFolder("bao-cao.xlsx"));
    await expect(problemOf(readRegularFile(inFolder("bao-cao.xlsx")))).resolves.toBe("directory");
  });

  it("refuses a file over the size cap, and the default cap is 200 MB", async () => {
    writeFileSync(inFolder("lon.xlsx"), "0123456789A");
    await expect(problemOf(readRegularFile(inFolder("lon.xlsx"), 10))).resolves.toBe("too_large");
    await expect(problemOf(readRegularFile(inFolder("lon.xlsx"), 11))).resolves.toBe("read");
    expect(MAX_INPUT_BYTES).toBe(200 * 1024 * 1024);
  });

  it("refuses a sparse file of 201 MB from its size, without reading it", async () => {
    writeFileSync(inFolder("thua.xlsx"), "");
    truncateSync(inFolder("thua.xlsx"), 201 * 1024 * 1024);
    await expect(problemOf(readRegularFile(inFolder("thua.xlsx")))).resolves.toBe("too_large");
  });

  it("reports a missing path as an error of the file system, not as a refusal", async () => {
    await expect(readRegularFile(inFolder("khong-co.xlsx"))).rejects.toMatchObject({ code: "ENOENT" });
  });
});

describe("checkWritableTarget", () => {
  it("lets a new path and an existing regular file be written", async () => {
    writeFileSync(inFolder("cu.xlsx"), "x");
    await expect(problemOf(checkWritableTarget(inFolder("moi.xlsx")))).resolves.toBe("read");
    await expect(problemOf(checkWritableTarget(inFolder("cu.xlsx")))).resolves.toBe("read");
  });

  it("refuses a directory, a FIFO and a device", async () => {
    mkdirSync(inFolder("ket-qua"));
    execFileSync("mkfifo", [inFolder("ong.xlsx")]);
    await expect(problemOf(checkWritableTarget(inFolder("ket-qua")))).resolves.toBe("directory");
    await expect(problemOf(checkWritableTarget(inFolder("ong.xlsx")))).resolves.toBe("not_regular");
    await expect(problemOf(checkWritableTarget("/dev/null"))).resolves.toBe("not_regular");
  });
});
