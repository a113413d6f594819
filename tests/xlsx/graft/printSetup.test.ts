import JSZip from "jszip";
import type { SheetSpec } from "../../../src/workbook/port";
import { createXlsxWorkbook, openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { printSetup, sheetPart, sheets } from "../../helpers/ooxmlParts";

const PLAN: SheetSpec = {
  name: "Chỉ tiêu",
  values: [
    ["Mục tiêu", "Mã", "Nội dung"],
    ["1", null, "Chấm dứt nghèo"],
    ["1", "1.1", "Tỷ lệ hộ nghèo giảm bình quân 1,5–2 %/năm"],
    ["1", "1.2", "Dưới 5 % năm 2030"],
  ],
  columns: [{ width: 9 }, { width: 8 }, { width: 30, wrap: true }],
  rowGroups: [{ from: 3, to: 4 }],
  rowGroupSummary: "above",
  rowHeights: [{ row: 3, height: 30 }],
  print: {
    paperSize: "A4",
    orientation: "landscape",
    fitToPagesWide: 1,
    titleRows: { from: 1, to: 1 },
    footer: { left: "Kế hoạch 3934/QĐ-UBND & phụ lục", center: "{sheet}", right: "Trang {page}/{pages}" },
  },
};

async function saved(workbook: { toBuffer(): Promise<Uint8Array> }): Promise<JSZip> {
  return JSZip.loadAsync(await workbook.toBuffer());
}

describe("print setup in a saved file", () => {
  it("prints on A4 landscape, one page wide and as many pages tall as needed", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    const setup = await printSetup(await saved(workbook), "Chỉ tiêu");
    expect(setup).toMatchObject({ paperSize: "A4", orientation: "landscape", fitToPagesWide: 1, fitToPagesTall: 0 });
  });

  it("repeats the header row through a name local to the sheet", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    expect((await printSetup(await saved(workbook), "Chỉ tiêu")).titleRows).toBe("$1:$1");
  });

  it("writes the footer in Excel's codes, a literal ampersand doubled", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    expect((await printSetup(await saved(workbook), "Chỉ tiêu")).footer).toEqual({
      left: "Kế hoạch 3934/QĐ-UBND && phụ lục",
      center: "&A",
      right: "Trang &P/&N",
    });
  });

  it("writes row heights and puts the outline's summary row above its group", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    const setup = await printSetup(await saved(workbook), "Chỉ tiêu");
    expect(setup.rowHeights.get(3)).toBe(30);
    expect(setup.summaryBelow).toBe(false);
  });

  it("leaves the outline open: no grouped row is marked collapsed", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    const zip = await saved(workbook);
    const xml = await zip.file(await sheetPart(zip, "Chỉ tiêu"))!.async("string");
    const rows = xml.match(/<row [^>]*>/g) ?? [];
    expect(rows.filter((row) => /outlineLevel="1"/.test(row))).toHaveLength(2);
    expect(rows.filter((row) => /collapsed="(1|true)"/.test(row))).toEqual([]);
  });

  it("turns a header's text upright", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { ...PLAN, styles: [{ address: "B1:C1", rotation: 90 }] } }]);
    const styles = await (await saved(workbook)).file("xl/styles.xml")!.async("string");
    expect(styles).toMatch(/<alignment[^>]*textRotation="90"/);
  });

  it("names the body font on bold cells, so no program falls back to another font", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: { ...PLAN, styles: [{ address: "A1:C1", bold: true, fontColor: "#FFFFFF" }] } }]);
    const styles = await (await saved(workbook)).file("xl/styles.xml")!.async("string");
    const fonts = styles.match(/<font>[\s\S]*?<\/font>|<font\/>/g) ?? [];
    expect(fonts.filter((font) => font.includes("<b/>"))).not.toEqual([]);
    expect(fonts.filter((font) => !/<name val="Calibri"\/>/.test(font))).toEqual([]);
  });

  it("keeps the print titles on the right sheet when the sheet goes before the user's sheets", async () => {
    const user = await createXlsxWorkbook();
    await user.apply([
      { kind: "writeSheet", sheet: { name: "Của tôi", values: [["Ghi chú"]] } },
      { kind: "writeSheet", sheet: { name: "Báo cáo", values: [["Mã", "Kết quả"]], print: { ...PLAN.print!, titleRows: { from: 1, to: 2 } } } },
    ]);
    const workbook = await openWorkbookFile(await user.toBuffer());
    await workbook.apply([{ kind: "writeSheet", sheet: { ...PLAN, position: 0 } }]);
    const zip = await saved(workbook);
    expect((await sheets(zip)).map((sheet) => sheet.name)).toEqual(["Chỉ tiêu", "Của tôi", "Báo cáo"]);
    expect((await printSetup(zip, "Chỉ tiêu")).titleRows).toBe("$1:$1");
    expect((await printSetup(zip, "Của tôi")).titleRows).toBeNull();
    expect((await printSetup(zip, "Báo cáo")).titleRows).toBe("$1:$2");
  });

  it("replaces the print titles of a sheet it writes again instead of adding a second set", async () => {
    const workbook = await createXlsxWorkbook();
    await workbook.apply([{ kind: "writeSheet", sheet: PLAN }]);
    const reopened = await openWorkbookFile(await workbook.toBuffer());
    await reopened.apply([{ kind: "writeSheet", sheet: { ...PLAN, print: { ...PLAN.print!, titleRows: { from: 1, to: 2 } } } }]);
    const zip = await saved(reopened);
    const names = (await zip.file("xl/workbook.xml")!.async("string")).match(/_xlnm\.Print_Titles/g) ?? [];
    expect(names).toHaveLength(1);
    expect((await printSetup(zip, "Chỉ tiêu")).titleRows).toBe("$1:$2");
  });
});
