import JSZip from "jszip";
import { runCli } from "../../src/cli/main";
import { createXlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { memoryIo } from "../helpers/memoryIo";

const COMPOSED = "Nhiệm vụ";
const DECOMPOSED = COMPOSED.normalize("NFD");

async function workbookWith(...sheets: { name: string; values: (string | number)[][] }[]): Promise<Uint8Array> {
  const workbook = await createXlsxWorkbook();
  await workbook.apply(sheets.map((sheet) => ({ kind: "writeSheet" as const, sheet })));
  return workbook.toBuffer();
}

/** The lines of `inspect` that list a sheet whose name, composed, is `name`. */
function sheetLines(stdout: string, name: string): string[] {
  return stdout.split("\n").filter((line) => line.normalize("NFC").startsWith(`  - ${name}`));
}

describe("plan-tracker inspect on workbooks that try to confuse it", () => {
  it("lists a sheet named in NFC and one named in NFD on lines that differ, though the names look the same", async () => {
    const bytes = await workbookWith({ name: COMPOSED, values: [["a"]] }, { name: DECOMPOSED, values: [["b"]] });
    const { io, stdout } = memoryIo({ "/virtual/bao-cao.xlsx": bytes });

    await expect(runCli(["inspect", "/virtual/bao-cao.xlsx"], io)).resolves.toBe(0);

    const lines = sheetLines(stdout(), COMPOSED);
    expect(lines).toHaveLength(2);
    expect(lines[0]!.normalize("NFC")).not.toBe(lines[1]!.normalize("NFC"));
  });

  it("lists the NFC name alone on a plain line, as any other sheet", async () => {
    const bytes = await workbookWith({ name: COMPOSED, values: [["a"]] });
    const { io, stdout } = memoryIo({ "/virtual/bao-cao.xlsx": bytes });

    await expect(runCli(["inspect", "/virtual/bao-cao.xlsx"], io)).resolves.toBe(0);

    expect(sheetLines(stdout(), COMPOSED)).toEqual([`  - ${COMPOSED} [hiện]`]);
  });

  it("lists a sheet that declares A1:XFD1048576 around a few cells", async () => {
    const zip = await JSZip.loadAsync(await workbookWith({ name: "Báo cáo", values: [["Mã"], ["1.1"]] }));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<dimension ref="[^"]*"\/>/);
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    const { io, stdout } = memoryIo({ "/virtual/bao-cao.xlsx": await zip.generateAsync({ type: "uint8array" }) });

    await expect(runCli(["inspect", "/virtual/bao-cao.xlsx"], io)).resolves.toBe(0);

    expect(sheetLines(stdout(), "Báo cáo")).toEqual(["  - Báo cáo [hiện]"]);
  });
});
