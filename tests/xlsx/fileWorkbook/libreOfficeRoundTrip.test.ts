import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice } from "../../helpers/externalPrograms";

/** A workbook shaped like a template: a very hidden list and metadata, validations, protection with unlocked inputs. */
async function templateLike(): Promise<XlsxWorkbook> {
  const workbook = await createXlsxWorkbook();
  await workbook.apply([
    { kind: "writeSheet", sheet: { name: "Danh mục", visibility: "veryHidden", values: [["Hoàn thành"], ["Đang thực hiện, đúng tiến độ"]] } },
    {
      kind: "writeSheet",
      sheet: {
        name: "Nhiệm vụ",
        values: [["Mã", "Nhiệm vụ", "Tình trạng", "% hoàn thành"], ["1.1", "Xây dựng đề án", null, null]],
        validations: [
          { address: "C2", rule: { kind: "list", source: "='Danh mục'!$A$1:$A$2" }, prompt: { title: "Tình trạng", message: "Chọn trong danh sách" } },
          { address: "D2", rule: { kind: "decimal", min: 0, max: 100 } },
        ],
        protection: { unlocked: ["C2:D2"] },
      },
    },
    { kind: "setMetadata", entries: { "template.version": "1" } },
  ]);
  return workbook;
}

async function throughLibreOffice(bytes: Uint8Array, format = "xlsx"): Promise<Uint8Array> {
  const folder = mkdtempSync(path.join(tmpdir(), "pt-lo-trip-"));
  writeFileSync(path.join(folder, "template.xlsx"), bytes);
  await convertWithLibreOffice(path.join(folder, "template.xlsx"), path.join(folder, "out"), format);
  return new Uint8Array(readFileSync(path.join(folder, "out", `template.${format}`)));
}

describe("a workbook the add-in wrote, saved again by LibreOffice", () => {
  let resaved: Uint8Array;
  beforeAll(async () => {
    resaved = await throughLibreOffice(await (await templateLike()).toBuffer());
  }, 180_000);

  it("comes back with its very hidden sheets merely hidden, and the metadata still recognised", async () => {
    const info = await (await openWorkbookFile(resaved)).inspect();
    expect(info.sheets.find((sheet) => sheet.name === "Danh mục")?.visibility).toBe("hidden");
    expect(info.sheets.find((sheet) => sheet.name === "_plan_tracker")?.visibility).toBe("hidden");
    expect(info.metadata["template.version"]).toBe("1");
  });

  it("keeps the unlocked input cells and the locked rest", async () => {
    const [row] = await (await openWorkbookFile(resaved)).readCells("Nhiệm vụ", "B2:D2");
    expect(row?.map((cell) => cell.locked)).toEqual([true, false, false]);
  });

  it("keeps the list and number rules on the inputs", async () => {
    const zip = await JSZip.loadAsync(resaved);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
        .map((name) => zip.file(name)!.async("string")),
    );
    const rules = sheets.flatMap((xml) =>
      [...xml.matchAll(/<dataValidation\b[^>]*>/g)].map((m) => `${/sqref="([^"]+)"/.exec(m[0])?.[1]} ${/type="(\w+)"/.exec(m[0])?.[1]}`),
    );
    expect(rules.sort()).toEqual(["C2 list", "D2 decimal"]);
  });
});

describe("a workbook the add-in wrote, saved by LibreOffice as .ods", () => {
  it("reads its hidden sheets as hidden, so the metadata is still recognised", async () => {
    const ods = await throughLibreOffice(await (await templateLike()).toBuffer(), "ods");
    const info = await (await openWorkbookFile(ods, { fileName: "template.ods" })).inspect();
    expect(info.sheets.find((sheet) => sheet.name === "Danh mục")?.visibility).toBe("hidden");
    expect(info.sheets.find((sheet) => sheet.name === "Nhiệm vụ")?.visibility).toBe("visible");
    expect(info.metadata["template.version"]).toBe("1");
  }, 180_000);
});
