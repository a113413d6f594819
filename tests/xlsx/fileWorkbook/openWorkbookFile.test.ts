import JSZip from "jszip";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { fixtureBytes, fixtureJson } from "../../helpers/workbookFixtures";

describe("opening what agencies send", () => {
  it.each([
    ["openpyxl-comment.xlsx", "xlsx", ["Dữ liệu"]],
    ["openpyxl-chart.xlsx", "xlsx", ["Dữ liệu"]],
    ["inline-strings.xlsx", "xlsx", ["Nhiệm vụ"]],
    ["exceljs-excel-style.xlsx", "xlsx", ["Nhiệm vụ", "_danh_muc"]],
    ["libreoffice-user-content.xlsx", "xlsx", ["Số liệu", "Thuế"]],
    ["libreoffice-user-content.ods", "ods", ["Số liệu", "Thuế"]],
    ["libreoffice-user-content.xls", "xls", ["Số liệu", "Thuế"]],
  ])("reads %s as %s with its sheets", async (fixture, format, sheets) => {
    const workbook = await openWorkbookFile(fixtureBytes(fixture), { fileName: fixture });
    expect(workbook.format).toBe(format);
    expect((await workbook.inspect()).sheets.map((sheet) => sheet.name)).toEqual(sheets);
  });

  it("reads the user's named constant and named formula from .xlsx and .xls alike", async () => {
    for (const fixture of ["libreoffice-user-content.xlsx", "libreoffice-user-content.xls"]) {
      const names = (await (await openWorkbookFile(fixtureBytes(fixture))).inspect()).names;
      expect(names).toEqual(expect.arrayContaining([{ name: "ThueSuat", reference: "0.1" }]));
    }
  });

  it("reads the same values from the .xlsx, .ods and .xls of one workbook", async () => {
    const grids = await Promise.all(
      ["libreoffice-user-content.xlsx", "libreoffice-user-content.ods", "libreoffice-user-content.xls"].map(async (fixture) =>
        (await openWorkbookFile(fixtureBytes(fixture))).readSheet("Số liệu", "A1:C6"),
      ),
    );
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[2]).toEqual(grids[0]);
  });

  it("reads a table from the exceljs file and its very hidden sheet", async () => {
    const info = await (await openWorkbookFile(fixtureBytes("exceljs-excel-style.xlsx"))).inspect();
    expect(info.tables).toEqual([{ name: "BangNhiemVu", sheet: "Nhiệm vụ" }]);
    expect(info.sheets[1]).toEqual({ name: "_danh_muc", visibility: "veryHidden" });
  });

  it.each(["returns.utf8.csv", "returns.utf16.csv"])("reads %s as text cells, whatever its encoding", async (fixture) => {
    const { rows } = fixtureJson<{ rows: string[][] }>("returns.expected.json");
    const workbook = await openWorkbookFile(fixtureBytes(fixture), { fileName: fixture });
    const grid = await workbook.readSheet((await workbook.inspect()).sheets[0]!.name);
    expect(grid.map((row) => row.map((value) => value ?? ""))).toEqual(rows);
  });

  it("reads but never writes formats other than .xlsx", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("libreoffice-user-content.ods"));
    expect(workbook.writable).toBe(false);
    await expect(workbook.apply([{ kind: "setMetadata", entries: { a: "b" } }])).rejects.toMatchObject({ code: "read_only_format" });
  });
});

describe("files that are not workbooks", () => {
  const text = (value: string) => new TextEncoder().encode(value);

  it.each([
    ["an empty file", new Uint8Array(), "empty_file"],
    ["a text file renamed .xlsx", text("ghi chú của tôi"), "not_a_workbook"],
    ["a truncated .xlsx", fixtureBytes("openpyxl-comment.xlsx").subarray(0, 1500), "damaged"],
    ["random bytes", new Uint8Array([0, 1, 2, 3, 255, 254, 0, 7]), "not_a_workbook"],
  ])("refuses %s with its own code", async (_label, bytes, code) => {
    await expect(openWorkbookFile(bytes, { fileName: "bao-cao.xlsx" })).rejects.toMatchObject({ code });
  });

  it("refuses a zip that holds no workbook", async () => {
    const zip = new JSZip();
    zip.file("readme.txt", "không phải sổ tính");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(openWorkbookFile(bytes, { fileName: "bao-cao.xlsx" })).rejects.toMatchObject({ code: "not_a_workbook" });
  });

  it("refuses a password-protected workbook, which Excel stores as an encrypted package", async () => {
    const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
    const stream = Array.from("EncryptedPackage").flatMap((char) => [char.charCodeAt(0), 0]);
    const bytes = new Uint8Array([...header, ...new Array(504).fill(0), ...stream, ...new Array(64).fill(0)]);
    await expect(openWorkbookFile(bytes, { fileName: "bao-cao.xlsx" })).rejects.toMatchObject({ code: "encrypted" });
  });

  it("refuses a zip bomb by its declared size, before inflating it", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(450 * 1024 * 1024));
    const bytes = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 1 } });
    await expect(openWorkbookFile(bytes, { fileName: "bom.xlsx" })).rejects.toMatchObject({ code: "too_large" });
  }, 60_000);
});
