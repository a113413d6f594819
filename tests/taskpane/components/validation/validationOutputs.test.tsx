import { fireEvent, screen, within } from "@testing-library/react";
import JSZip from "jszip";
import { readFile } from "node:fs/promises";
import { RESULTS_SHEET_LABELS } from "../../../../src/domain/validation/resultsSheetLabels";
import ValidationPanel from "../../../../src/taskpane/components/validation/ValidationPanel";
import { VALIDATION_KIT } from "../../../../src/taskpane/components/validation/validationKit";
import { format } from "../../../../src/taskpane/i18n/messages";
import { validationText } from "../../../../src/taskpane/i18n/validationTexts";
import type { PaneRuntime } from "../../../../src/taskpane/runtime/paneRuntime";
import { readMarks } from "../../../../src/workbook/cellMarks";
import { isMetadataSheetName } from "../../../../src/workbook/metadataSheet";
import { openWorkbookFile } from "../../../../src/xlsx/xlsxWorkbook";
import { agricultureReturn, healthReturn, TEMPLATES_MADE_ON, type FilledReturnFile } from "../../../helpers/filledReturns";
import { checkInValidationPanel, pickedFile, pickedFromDisk } from "../../../helpers/pickedFiles";
import { bundledSectionProps, standaloneRuntime } from "../../../helpers/paneSections";
import { renderWithProviders } from "../../../helpers/renderWithProviders";
import { fixtureBytes } from "../../../helpers/workbookFixtures";

jest.setTimeout(120_000);

const vi = validationText("vi", format);
const RESULTS = RESULTS_SHEET_LABELS.vi.sheet;
/** Columns of the results sheet's issue rows: file, sheet, cell. */
const [FILE, SHEET, CELL] = [1, 3, 4];

let agriculture: FilledReturnFile;
let health: FilledReturnFile;

beforeAll(async () => {
  agriculture = await agricultureReturn();
  health = await healthReturn();
});

const picked = (file: FilledReturnFile) => pickedFromDisk(file.name, file.path);

function renderPanel(runtime: PaneRuntime) {
  renderWithProviders(
    <ValidationPanel {...bundledSectionProps(TEMPLATES_MADE_ON)} runtime={runtime} kit={VALIDATION_KIT} />,
    "vi",
  );
}

/** The sheet's rows that name an issue: [file, sheet, cell]. */
async function issueRows(bytes: Uint8Array): Promise<string[][]> {
  const book = await openWorkbookFile(bytes);
  const rows = await book.readSheet(RESULTS);
  return rows.filter((row) => typeof row[CELL] === "string" && /^[A-Z]+\d+$/.test(row[CELL])).map((row) => [String(row[FILE]), String(row[SHEET]), String(row[CELL])]);
}

/** What the agency gets back: its data sheets' values, and the add-in's mark records. */
async function returned(bytes: Uint8Array) {
  const book = await openWorkbookFile(bytes);
  const info = await book.inspect();
  const sheets = info.sheets.map((sheet) => sheet.name).filter((name) => !isMetadataSheetName(name) && name !== RESULTS);
  return { book, info, sheets, marks: readMarks(info.metadata) };
}

describe("the validation outputs in standalone mode", () => {
  it("downloads a results workbook whose sheet lists every issue of every file checked", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(health), await picked(agriculture)]);

    fireEvent.click(screen.getByRole("button", { name: vi("outputResultsSheet") }));
    await screen.findByText(/^Đã tạo ket-qua-kiem-tra-/);

    expect(saved.map((file) => file.fileName)).toEqual([`ket-qua-kiem-tra-${TEMPLATES_MADE_ON}.xlsx`]);
    const rows = await issueRows(saved[0]!.bytes);
    for (const file of [health, agriculture]) {
      for (const mistake of file.mistakes) expect(rows).toContainEqual([file.name, mistake.sheet, mistake.cell]);
    }
  });

  it("downloads an agency's own file with its problem cells marked, its values as sent, and the results sheet", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture)]);
    const section = screen.getByRole("region", { name: agriculture.name });

    fireEvent.click(within(section).getByRole("button", { name: vi("outputReturnFile") }));
    await within(section).findByText(/^Đã tạo so-nnmt-2026-kiem-tra\.xlsx/);

    expect(saved.map((file) => file.fileName)).toEqual(["so-nnmt-2026-kiem-tra.xlsx"]);
    const back = await returned(saved[0]!.bytes);
    const original = await openWorkbookFile(await readFile(agriculture.path));
    for (const sheet of back.sheets) expect(await back.book.readSheet(sheet)).toEqual(await original.readSheet(sheet));
    for (const mistake of agriculture.mistakes) {
      expect(back.marks).toContainEqual(expect.objectContaining({ sheet: mistake.sheet, address: mistake.cell }));
    }
    expect((await issueRows(saved[0]!.bytes)).map(([, sheet, cell]) => [sheet, cell])).toEqual(
      expect.arrayContaining(agriculture.mistakes.map((mistake) => [mistake.sheet, mistake.cell])),
    );
  });

  it("says per file that an .ods return cannot be marked, and zips the others' return files", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(health), await picked(agriculture), pickedFile("so-tu-lap.ods", fixtureBytes("libreoffice-user-content.ods"))]);
    const ods = screen.getByRole("region", { name: "so-tu-lap.ods" });

    fireEvent.click(within(ods).getByRole("button", { name: vi("outputReturnFile") }));
    expect(await within(ods).findByText(vi("readOnlyFormat", { name: "so-tu-lap.ods", format: ".ods" }))).toBeInTheDocument();
    expect(saved).toHaveLength(0);

    fireEvent.click(screen.getByRole("button", { name: vi("outputReturnZip") }));
    await screen.findByText(new RegExp(vi("zipSkipped", { names: "so-tu-lap.ods" }).replace(/[().]/g, "\\$&")));
    expect(saved.map((file) => file.fileName)).toEqual([`tra-lai-co-quan-${TEMPLATES_MADE_ON}.zip`]);
    const zip = await JSZip.loadAsync(saved[0]!.bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["so-nnmt-2026-kiem-tra.xlsx", "so-y-te-2026-kiem-tra.xlsx"]);
    const back = await returned(await zip.file("so-y-te-2026-kiem-tra.xlsx")!.async("uint8array"));
    for (const mistake of health.mistakes) {
      expect(back.marks).toContainEqual(expect.objectContaining({ sheet: mistake.sheet, address: mistake.cell }));
    }
  });
});
