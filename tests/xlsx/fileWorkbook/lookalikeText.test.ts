import JSZip from "jszip";
import { injectPlan } from "../../../src/workflows/injectPlan";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { AGENCIES, makeCatalog } from "../../helpers/catalogBuilders";

const COMPOSED = "Nhiệm vụ";
const DECOMPOSED = COMPOSED.normalize("NFD");

async function reopened(workbook: XlsxWorkbook): Promise<XlsxWorkbook> {
  return openWorkbookFile(await workbook.toBuffer());
}

describe("sheet names that look the same: one in NFC, one in NFD", () => {
  it("are two sheets, each read with its own cells", async () => {
    expect(DECOMPOSED).not.toBe(COMPOSED);
    const workbook = await createXlsxWorkbook();
    await workbook.apply([
      { kind: "writeSheet", sheet: { name: COMPOSED, values: [["dấu dựng sẵn"]] } },
      { kind: "writeSheet", sheet: { name: DECOMPOSED, values: [["dấu tổ hợp rời"]] } },
    ]);
    const file = await reopened(workbook);

    expect((await file.inspect()).sheets.map((sheet) => sheet.name)).toEqual([COMPOSED, DECOMPOSED]);
    expect(await file.readSheet(COMPOSED)).toEqual([["dấu dựng sẵn"]]);
    expect(await file.readSheet(DECOMPOSED)).toEqual([["dấu tổ hợp rời"]]);
  });

  it("keeps a user's sheet named in NFD when a plan injects its own sheet of that name", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { name: DECOMPOSED, values: [["Việc của phòng"]] } }]);
    const file = await reopened(workbook);

    const result = await injectPlan(file, makeCatalog(), { agencies: AGENCIES, now: () => new Date("2026-12-01T08:00:00Z") });

    const tasks = result.sheets.find((sheet) => sheet.role === "tasks")!;
    expect(tasks.name).toBe(`${COMPOSED} (2)`);
    expect(tasks.nameTaken).toBe(COMPOSED);
    expect(await (await reopened(file)).readSheet(DECOMPOSED)).toEqual([["Việc của phòng"]]);
  });
});

describe("Vietnamese text in cells", () => {
  it.each([
    ["composed (NFC)", "Sở Nông nghiệp và Phát triển nông thôn".normalize("NFC")],
    ["decomposed (NFD)", "Sở Nông nghiệp và Phát triển nông thôn".normalize("NFD")],
    ["mixed, with emoji and a combining mark on a digit", `Đạt ${"ệ".normalize("NFD")} 1\u0301 ✅`],
  ])("reads %s text back exactly as written", async (_form, text) => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Cơ quan"], [text]] } }]);
    const cells = await (await reopened(workbook)).readCells("Báo cáo");

    expect(cells[1]![0]).toMatchObject({ kind: "text", value: text });
  });
});

describe("a sheet that declares A1:XFD1048576 around a few cells", () => {
  async function declaringWholeSheet(): Promise<Uint8Array> {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã", "Giá trị"], ["1.1", 5]] } }]);
    const zip = await JSZip.loadAsync(await workbook.toBuffer());
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(/<dimension ref="[^"]*"\/>/);
    zip.file("xl/worksheets/sheet1.xml", xml.replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>'));
    return zip.generateAsync({ type: "uint8array" });
  }

  it("reads the cells it holds, not the area it declares", async () => {
    const file = await openWorkbookFile(await declaringWholeSheet());

    expect(await file.readSheet("Báo cáo")).toEqual([
      ["Mã", "Giá trị"],
      ["1.1", 5],
    ]);
  });
});
