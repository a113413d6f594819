import { readFile } from "node:fs/promises";
import { runValidation, type FileRun, type ReturnSource } from "../../../../src/taskpane/components/validation/runValidation";
import { DEFAULT_VALIDATION_SETTINGS } from "../../../../src/domain/validation/validationRules";
import { isWorkbookFileError } from "../../../../src/workbook/fileProblems";
import { openWorkbookFile } from "../../../../src/xlsx/xlsxWorkbook";
import { agricultureReturn, BUNDLED_SOURCES, TEMPLATES_MADE_ON, type FilledReturnFile } from "../../../helpers/filledReturns";

jest.setTimeout(120_000);

let first: FilledReturnFile;
let again: FilledReturnFile;

beforeAll(async () => {
  first = await agricultureReturn("so-nnmt-lan-1.xlsx");
  again = await agricultureReturn("so-nnmt-lan-2.xlsx");
});

async function source(file: FilledReturnFile, lastModified?: number, sent?: string): Promise<ReturnSource> {
  const bytes = await readFile(file.path);
  return { kind: "file", name: file.name, ...(sent === undefined ? {} : { sent }), file: { name: file.name, size: bytes.byteLength, ...(lastModified === undefined ? {} : { lastModified }), arrayBuffer: async () => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) } };
}

function run(sources: readonly ReturnSource[], onProgress: (runs: readonly FileRun[]) => void = () => undefined) {
  return runValidation(sources, {
    sources: BUNDLED_SOURCES,
    expected: { agency: null, year: null },
    settings: DEFAULT_VALIDATION_SETTINGS,
    today: TEMPLATES_MADE_ON,
    open: (bytes, fileName) => openWorkbookFile(bytes, { fileName }),
    reasonOf: async (error) => (isWorkbookFileError(error) ? error.code : "unexpected"),
    onProgress,
  });
}

const broken: ReturnSource = { kind: "file", name: "hong.xlsx", file: { name: "hong.xlsx", size: 5, arrayBuffer: async () => new Uint8Array([0x50, 0x4b, 3, 4, 0]).buffer } };

describe("runValidation", () => {
  it("checks the files one after another, reporting each file's state as it goes", async () => {
    const states: string[][] = [];
    await run([await source(first), broken, await source(again)], (runs) => states.push(runs.map((entry) => entry.state)));
    expect(states).toEqual([
      ["checking", "waiting", "waiting"],
      ["validated", "checking", "waiting"],
      ["validated", "unreadable", "checking"],
      ["validated", "unreadable", "validated"],
    ]);
  });

  it("gives a file that cannot be read its reason, and goes on with the others", async () => {
    const runs = await run([broken, await source(first)]);
    expect(runs.map((entry) => (entry.state === "unreadable" ? entry.reason : entry.state))).toEqual(["damaged", "validated"]);
  });

  const duplicates = (runs: readonly FileRun[]) =>
    runs.map((entry) => (entry.state === "validated" ? entry.result.validation.issues.filter((issue) => issue.code === "duplicate_submission").map((issue) => issue.params.otherFile) : null));

  it("reports the older of two returns of the same agency as a duplicate submission, naming the newer, picked later", async () => {
    expect(duplicates(await run([await source(first), await source(again)]))).toEqual([[again.name], []]);
  });

  it("takes the newer return by its file's date, whatever the order picked", async () => {
    const older = new Date("2026-11-05T09:00:00").getTime();
    const newer = new Date("2026-11-12T09:00:00").getTime();
    expect(duplicates(await run([await source(again, newer), await source(first, older)]))).toEqual([[], [again.name]]);
  });

  it("takes the date sent the officer entered over the file's date, as the CLI does", async () => {
    const older = new Date("2026-11-05T09:00:00").getTime();
    const newer = new Date("2026-11-12T09:00:00").getTime();
    expect(duplicates(await run([await source(again, newer, "01/11/2026"), await source(first, older)]))).toEqual([[first.name], []]);
  });

  it("keeps the date each return was judged sent: entered, else the file's, and no entry that is not a real day", async () => {
    const saved = new Date("2026-11-12T09:00:00").getTime();
    const runs = await run([await source(first, saved, "20/11/2026"), await source(again, saved, "31/02/2026"), await source(first, undefined, "")]);
    expect(runs.map((entry) => (entry.state === "validated" ? entry.submitted : entry.state))).toEqual([
      { on: "2026-11-20", source: "entered" },
      { on: "2026-11-12", source: "file_date" },
      null,
    ]);
  });
});
