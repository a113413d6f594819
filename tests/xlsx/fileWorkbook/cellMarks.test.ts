import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { runOpenpyxl } from "../../helpers/externalPrograms";
import { fixtureBytes } from "../../helpers/workbookFixtures";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const RED = "#FFC7CE";

async function notesAndFills(bytes: Uint8Array, sheet: string): Promise<Record<string, { note: string | null; fill: string | null }>> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "pt-marks-")), "marked.xlsx");
  writeFileSync(file, bytes);
  const script = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]
out = {}
for row in ws.iter_rows():
  for c in row:
    fill = c.fill.fgColor.rgb if c.fill is not None and c.fill.fill_type == "solid" else None
    if c.comment or fill:
      out[c.coordinate] = {"note": c.comment.text if c.comment else None, "fill": fill}
print(json.dumps(out))`;
  return JSON.parse(await runOpenpyxl(script, [file, sheet]));
}

describe("marking cells of an agency's file", () => {
  it("fills each cell and attaches a note that other programs read", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("openpyxl-user-content.xlsx"));
    await workbook.apply([{ kind: "markCells", sheet: "Số liệu", marks: [{ address: "D3", fill: RED, note: "Không phải số" }] }]);

    const seen = await notesAndFills(await workbook.toBuffer(), "Số liệu");
    expect(seen.D3).toEqual({ note: "Không phải số", fill: "FFFFC7CE" });
    expect(seen.C2?.note).toBeTruthy();
    const cells = await workbook.readCells("Số liệu", "D3");
    expect(cells[0]?.[0]?.comment).toBe("Không phải số");
  });

  it("never overwrites the user's own note, and clearing gives every cell back what it had", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("openpyxl-user-content.xlsx"));
    const before = await notesAndFills(await workbook.toBuffer(), "Số liệu");

    await workbook.apply([
      { kind: "markCells", sheet: "Số liệu", marks: [{ address: "C2", fill: RED, note: "Số âm" }, { address: "D4", fill: RED, note: "Thiếu" }] },
    ]);
    const marked = await notesAndFills(await workbook.toBuffer(), "Số liệu");
    expect(marked.C2).toEqual({ note: before.C2?.note, fill: "FFFFC7CE" });
    await workbook.apply([{ kind: "clearMarks", sheet: null }]);

    expect(await notesAndFills(await workbook.toBuffer(), "Số liệu")).toEqual(before);
    const metadata = (await workbook.inspect()).metadata;
    expect(Object.keys(metadata).filter((key) => key.startsWith("mark."))).toEqual([]);
  });

  it("keeps a fill the user changed in another program after the mark", async () => {
    const workbook = await openWorkbookFile(fixtureBytes("openpyxl-user-content.xlsx"));
    await workbook.apply([{ kind: "markCells", sheet: "Số liệu", marks: [{ address: "D4", fill: RED, note: "Thiếu" }] }]);
    const file = path.join(mkdtempSync(path.join(tmpdir(), "pt-marks-")), "edited.xlsx");
    writeFileSync(file, await workbook.toBuffer());
    await runOpenpyxl(
      `
import sys, openpyxl
from openpyxl.styles import PatternFill
wb = openpyxl.load_workbook(sys.argv[1])
wb["Số liệu"]["D4"].fill = PatternFill("solid", fgColor="FF00FF00")
wb.save(sys.argv[1])`,
      [file],
    );

    const edited = await openWorkbookFile(readFileSync(file));
    await edited.apply([{ kind: "clearMarks", sheet: "Số liệu" }]);

    expect((await notesAndFills(await edited.toBuffer(), "Số liệu")).D4).toEqual({ note: null, fill: "FF00FF00" });
  });
});
