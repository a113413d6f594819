// Renders assets/screenshots/template-filled.png for the README: one agency's template, generated as the pane and
// the CLI do, filled in by openpyxl as an agency without the add-in would, then printed by LibreOffice.
// Run: npx tsx scripts/screenshotTemplate.ts   (needs /usr/bin/python3 with openpyxl, soffice and pdftoppm)
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { bundledAgencies, bundledSuccessions } from "../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../src/domain/catalog/types";
import { generateTemplates } from "../src/workflows/generateTemplates";
import { createXlsxWorkbook } from "../src/xlsx/xlsxWorkbook";
import { convertWithLibreOffice, runOpenpyxl } from "../tests/helpers/externalPrograms";

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, "..");
const PLAN = "thanhhoa-sdg-2017";
const AGENCY = "thanhhoa.syt";
const OUT = path.join(ROOT, "assets", "screenshots", "template-filled.png");

/**
 * Fills the first rows of "Nhiệm vụ chủ trì" (columns H to M, see docs/template-format.md) and the filler's cells on
 * the cover, then leaves only that sheet visible, landscape and one page wide, so page 1 of the PDF shows it.
 */
const FILL = String.raw`
import sys, datetime, openpyxl
path = sys.argv[1]
wb = openpyxl.load_workbook(path)
meta = {}
for sheet in wb.worksheets:
    if sheet.title == "_plan_tracker":
        for row in sheet.iter_rows(values_only=True):
            if row[0] is not None and len(row) > 1:
                meta[str(row[0])] = row[1]
tasks = wb[meta.get("template.sheet.leadTasks", "Nhiệm vụ chủ trì")]
statuses = ["Hoàn thành", "Đang thực hiện đúng tiến độ", "Đang thực hiện chậm tiến độ", "Hoàn thành chậm", "Chưa triển khai"]
filled = 0
for row in range(4, tasks.max_row + 1):
    key = tasks.cell(row, 1).value
    if not (isinstance(key, str) and "|" in key):
        continue
    status = statuses[filled % len(statuses)]
    tasks.cell(row, 8).value = status
    tasks.cell(row, 9).value = {"Hoàn thành": 100, "Hoàn thành chậm": 100, "Chưa triển khai": 0}.get(status, 40 + 10 * filled)
    if status.startswith("Hoàn thành"):
        tasks.cell(row, 10).value = datetime.datetime(2026, 9, 30)
    tasks.cell(row, 11).value = "Kế hoạch số %d/KH-SYT ngày 15/3/2026" % (100 + filled)
    if status != "Hoàn thành":
        tasks.cell(row, 12).value = "Thiếu kinh phí, nhân lực y tế cơ sở"
        tasks.cell(row, 13).value = "Đề nghị bổ sung kinh phí năm 2027"
    filled += 1
    if filled == 6:
        break
cover = wb[meta.get("template.sheet.cover", "Thông tin chung")]
for field, value in (("person", "Nguyễn Thị Lan, chuyên viên Phòng Kế hoạch - Tài chính"), ("phone", "0237 3852 xxx"), ("email", "khtc.syt@thanhhoa.gov.vn")):
    address = meta.get("template.cover." + field)
    if address:
        cover[address] = value
wb.save(path)

preview = sys.argv[2]
for sheet in wb.worksheets:
    if sheet.title != tasks.title and sheet.sheet_state == "visible":
        sheet.sheet_state = "hidden"
wb.active = wb.worksheets.index(tasks)
tasks.page_setup.orientation = "landscape"
tasks.page_setup.paperSize = tasks.PAPERSIZE_A4
tasks.sheet_properties.pageSetUpPr.fitToPage = True
tasks.page_setup.fitToWidth = 1
tasks.page_setup.fitToHeight = 0
tasks.print_area = "A1:M%d" % min(tasks.max_row, 8)
wb.save(preview)
print(filled)
`;

async function main(): Promise<void> {
  const catalog = JSON.parse(await readFile(path.join(ROOT, "data", "plans", `${PLAN}.json`), "utf8")) as PlanCatalog;
  const generated = await generateTemplates(
    {
      planIds: [PLAN],
      loadPlan: (id) => (id === PLAN ? catalog : null),
      recipients: { agency: AGENCY },
      year: 2026,
      agencies: bundledAgencies,
      successions: bundledSuccessions,
      acceptSuggestions: true,
      asOf: "2026-11-23",
    },
    () => createXlsxWorkbook(),
  );
  if (!generated.ok) throw new Error(`Template not generated: ${generated.error.code}`);
  const template = generated.result.written[0];
  if (!template) throw new Error(`${AGENCY} has nothing assigned in ${PLAN}`);

  const work = await mkdtemp(path.join(tmpdir(), "pt-template-shot-"));
  try {
    const filled = path.join(work, "filled.xlsx");
    const preview = path.join(work, "preview.xlsx");
    await writeFile(filled, await template.port.toBuffer());
    const rows = await runOpenpyxl(FILL, [filled, preview]);
    await convertWithLibreOffice(preview, work, "pdf");
    await run("pdftoppm", [
      "-png",
      "-r",
      "80",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      path.join(work, "preview.pdf"),
      path.join(work, "page"),
    ]);
    await copyFile(path.join(work, "page.png"), OUT);
    console.log(`${path.relative(ROOT, OUT)}: ${template.fileName}, ${rows.trim()} rows filled`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
