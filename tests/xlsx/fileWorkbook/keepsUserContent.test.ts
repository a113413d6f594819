import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { bundledAgencies } from "../../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../../src/domain/catalog/types";
import { injectPlan } from "../../../src/workflows/injectPlan";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../../helpers/externalPrograms";
import { fixtureBytes } from "../../helpers/workbookFixtures";
import { readFileSync } from "node:fs";

const catalog = JSON.parse(readFileSync(path.resolve(__dirname, "../../../data/plans/thanhhoa-sdg-2017.json"), "utf8")) as PlanCatalog;

async function injectInto(fixture: string): Promise<{ before: JSZip; after: JSZip; bytes: Uint8Array }> {
  const original = fixtureBytes(fixture);
  const workbook = await openWorkbookFile(original, { fileName: fixture });
  await injectPlan(workbook, catalog, { agencies: bundledAgencies, now: () => new Date("2026-11-20T08:00:00Z") });
  const bytes = await workbook.toBuffer();
  return { before: await JSZip.loadAsync(original), after: await JSZip.loadAsync(bytes), bytes };
}

function parts(zip: JSZip): string[] {
  return Object.values(zip.files)
    .filter((entry) => !entry.dir)
    .map((entry) => entry.name);
}

/** What openpyxl, an independent reader, sees of the user's content in a file. */
async function userContentSeenByOpenpyxl(bytes: Uint8Array): Promise<{
  sheets: string[];
  charts: number;
  images: number;
  comments: string[];
  names: Record<string, string>;
  protectedSheets: string[];
}> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pt-keep-")), "out.xlsx");
  writeFileSync(file, bytes);
  const script = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({
  "sheets": wb.sheetnames,
  "charts": sum(len(ws._charts) for ws in wb.worksheets),
  "images": sum(len(ws._images) for ws in wb.worksheets),
  "comments": [f"{ws.title}!{c.coordinate}" for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.comment],
  "names": {n.name: n.attr_text for n in wb.defined_names.definedName},
  "protectedSheets": [ws.title for ws in wb.worksheets if ws.protection.sheet],
}))`;
  return JSON.parse(await runOpenpyxl(script, [file]));
}

describe.each(["libreoffice-user-content.xlsx", "openpyxl-user-content.xlsx"])("injecting a plan into %s", (fixture) => {
  let result: Awaited<ReturnType<typeof injectInto>>;
  beforeAll(async () => {
    result = await injectInto(fixture);
  }, 60_000);

  it("keeps every part the user's program wrote, byte for byte, apart from the workbook index and styles", async () => {
    const edited = new Set(["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"]);
    for (const name of parts(result.before)) {
      if (edited.has(name) || name === "xl/calcChain.xml") continue;
      const before = await result.before.file(name)!.async("uint8array");
      const after = await result.after.file(name)?.async("uint8array");
      expect({ name, same: after !== undefined && Buffer.from(before).equals(Buffer.from(after)) }).toEqual({ name, same: true });
    }
  });

  it("still has its chart, image, comment, named constant, named formula and protected sheet for openpyxl", async () => {
    const seen = await userContentSeenByOpenpyxl(result.bytes);
    expect(seen.charts).toBe(1);
    expect(seen.images).toBe(1);
    expect(seen.comments).toContain("Số liệu!C2");
    expect(seen.names.ThueSuat).toBe("0.1");
    expect(seen.names.TongThu).toBe("SUM('Số liệu'!$C$2:$C$6)");
    expect(seen.protectedSheets).toContain("Thuế");
    expect(seen.sheets).toEqual(expect.arrayContaining(["Số liệu", "Thuế", "Thông tin", "Chỉ tiêu", "Nhiệm vụ", "Phân công"]));
  }, 60_000);

  it("opens in LibreOffice, which keeps the user's chart and our tables when it saves the file again", async () => {
    const folder = mkdtempSync(path.join(tmpdir(), "pt-lo-"));
    const input = path.join(folder, "grafted.xlsx");
    writeFileSync(input, result.bytes);
    const outDir = path.join(folder, "out");
    await convertWithLibreOffice(input, outDir, "xlsx");
    const resaved = readFileSync(path.join(outDir, "grafted.xlsx"));
    expect(parts(await JSZip.loadAsync(resaved)).some((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toBe(true);
    const info = await (await openWorkbookFile(resaved)).inspect();
    expect(info.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(["Số liệu", "Thuế", "Chỉ tiêu", "Nhiệm vụ"]));
    expect(info.tables.map((table) => table.name)).toEqual(expect.arrayContaining(["ChiTieu", "NhiemVu"]));
  }, 180_000);

  it("reads back the plan's 104 targets from the grafted sheet", async () => {
    const reopened = await openWorkbookFile(result.bytes);
    const info = await reopened.inspect();
    expect(info.tables.map((table) => table.name)).toEqual(expect.arrayContaining(["ChiTieu", "NhiemVu", "PhanCong", "ThongTin"]));
    expect(info.metadata["injection.thanhhoa_sdg_2017.plan"]).toBe("thanhhoa-sdg-2017");
    const targets = await reopened.readSheet("Chỉ tiêu");
    expect(targets.flat().filter((value) => typeof value === "string" && /^\d+\.\d+$/.test(value)).length).toBeGreaterThanOrEqual(104);
  });
});

describe("a workbook whose structure the user protected", () => {
  it("is left untouched and the reason is given, since adding sheets would break the protection", async () => {
    const zip = await JSZip.loadAsync(fixtureBytes("libreoffice-user-content.xlsx"));
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    zip.file("xl/workbook.xml", workbookXml.replace(/<workbookProtection[^>]*\/>|(?=<bookViews)/, '<workbookProtection lockStructure="1"/>'));
    const locked = await zip.generateAsync({ type: "uint8array" });
    const workbook = await openWorkbookFile(locked);

    await expect(injectPlan(workbook, catalog, { agencies: bundledAgencies })).rejects.toMatchObject({ code: "structure_protected" });
    expect(Buffer.from(await workbook.toBuffer()).equals(Buffer.from(locked))).toBe(true);
  });
});
