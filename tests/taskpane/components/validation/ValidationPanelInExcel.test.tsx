import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { toA1 } from "../../../../src/domain/grid/cellAddress";
import { cellReference } from "../../../../src/domain/sheet/sheetNames";
import { createExcelWorkbook } from "../../../../src/excel/excelWorkbook";
import ValidationPanel from "../../../../src/taskpane/components/validation/ValidationPanel";
import { VALIDATION_KIT } from "../../../../src/taskpane/components/validation/validationKit";
import { VALIDATION_SETTINGS_ENTRY } from "../../../../src/taskpane/components/validation/validationSettingsStore";
import { format } from "../../../../src/taskpane/i18n/messages";
import { validationText } from "../../../../src/taskpane/i18n/validationTexts";
import { createExcelRuntime } from "../../../../src/taskpane/runtime/createExcelRuntime";
import { generateTemplates } from "../../../../src/workflows/generateTemplates";
import { installExcelFake, type ExcelFakeHandle } from "../../../fakes/excel";
import { agricultureReturn, TEMPLATES_MADE_ON } from "../../../helpers/filledReturns";
import { checkInValidationPanel, pickedFromDisk } from "../../../helpers/pickedFiles";
import { bundledSectionProps } from "../../../helpers/paneSections";
import { renderWithProviders } from "../../../helpers/renderWithProviders";
import { templateInput, THANH_HOA_PLANS } from "../../../workflows/templateFixtures";

const vi = validationText("vi", format);
const ACTIVE = vi("activeName");

let fake: ExcelFakeHandle;

afterEach(() => fake.uninstall());

/** Sở Y tế's template written into the open workbook, with a status typed that is not in the list. */
async function templateInExcel(): Promise<{ sheet: string; status: string; deadline: string | null }> {
  fake = installExcelFake({ sheets: [{ name: "Sheet1" }] });
  const generated = await generateTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.syt" }), async () => createExcelWorkbook());
  if (!generated.ok) throw new Error(generated.error.code);
  const { metadata } = generated.result.written[0]!.template;
  const sheet = metadata.sheets.leadTasks!;
  const values = fake.sheet(sheet).values;
  const column = values.find((row) => row.includes("Tình trạng"))!.indexOf("Tình trạng");
  const firstTask = values.findIndex((row) => typeof row[0] === "string" && row[0].includes("|"));
  const status = toA1({ row: firstTask, column });
  await createExcelWorkbook().apply([{ kind: "writeRange", sheet, address: status, values: [["Xong rồi"]] }]);
  return { sheet, status, deadline: metadata.deadline };
}

function renderPanel() {
  renderWithProviders(
    <ValidationPanel {...bundledSectionProps(TEMPLATES_MADE_ON)} runtime={createExcelRuntime()} kit={VALIDATION_KIT} />,
  );
}

async function checkOpenWorkbook() {
  fireEvent.click(screen.getByRole("button", { name: vi("checkActive") }));
  await screen.findByRole("status", {}, { timeout: 60_000 });
}

const issueAt = (sheet: string, cell: string) =>
  within(within(screen.getByRole("region", { name: ACTIVE })).getByRole("list", { name: sheet }))
    .getAllByRole("button")
    .find((button) => button.getAttribute("data-cell") === cell);

describe("the validation view inside Excel", () => {
  it("checks the open workbook and selects an issue's cell in Excel when it is clicked", async () => {
    const { sheet, status } = await templateInExcel();
    renderPanel();
    await checkOpenWorkbook();
    const issue = issueAt(sheet, status);
    expect(issue).toBeDefined();

    fireEvent.click(issue!);
    await waitFor(() => expect(fake.selection).toEqual({ sheet, address: status }));
    expect(screen.queryByTestId("validation-view")).not.toBeInTheDocument();
  });

  it("says how to unprotect a sheet protected with a password the add-in does not know", async () => {
    const { sheet } = await templateInExcel();
    await protectWithPassword(sheet, "của-sở");
    renderPanel();
    await checkOpenWorkbook();
    fireEvent.click(within(screen.getByRole("region", { name: ACTIVE })).getByRole("button", { name: vi("mark") }));
    expect(await within(screen.getByRole("region", { name: ACTIVE })).findByText(vi("protectedSheet"))).toBeInTheDocument();
    expect(fake.sheet(sheet).protection).toMatchObject({ protected: true, password: "của-sở" });
  });

  it("marks the problem cells of the template's protected sheets and removes the marks, each within three syncs, the sheets protected again", async () => {
    const { sheet, status } = await templateInExcel();
    const protection = fake.sheet(sheet).protection;
    expect(protection.protected).toBe(true);
    const before = { fill: fake.sheet(sheet).format(status).fill, comment: fake.sheet(sheet).comment(status) };
    renderPanel();
    await checkOpenWorkbook();
    const section = () => screen.getByRole("region", { name: ACTIVE });

    fake.resetCounters();
    fireEvent.click(within(section()).getByRole("button", { name: vi("mark") }));
    await within(section()).findByText(/^Đã đánh dấu \d+ ô/);
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect(fake.sheet(sheet).format(status).fill).toBe("#FFC7CE");
    expect(fake.sheet(sheet).comment(status)).toContain("Xong rồi");
    expect(fake.sheet(sheet).protection).toEqual(protection);

    fake.resetCounters();
    fireEvent.click(within(section()).getByRole("button", { name: vi("unmark") }));
    await within(section()).findByText(vi("unmarked"));
    expect(fake.syncCount).toBeLessThanOrEqual(3);
    expect({ fill: fake.sheet(sheet).format(status).fill, comment: fake.sheet(sheet).comment(status) }).toEqual(before);
    expect(fake.sheet(sheet).protection).toEqual(protection);
  });

  it("has no date sent for the open workbook until the officer enters one, then reports it sent late when it is after the deadline", async () => {
    const { deadline } = await templateInExcel();
    renderPanel();
    await checkOpenWorkbook();
    const section = () => screen.getByRole("region", { name: ACTIVE });
    const codes = () => within(section()).queryAllByRole("listitem").map((item) => item.dataset.code);
    expect(section()).toHaveAttribute("data-sent-source", "");
    expect(codes()).not.toContain("submitted_late");

    const dayAfter = new Date(Date.parse(`${deadline!}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    fireEvent.change(within(section()).getByRole("textbox", { name: vi("sentDate") }), { target: { value: dayAfter.split("-").reverse().join("/") } });
    fireEvent.click(screen.getByRole("button", { name: vi("recheck") }));
    await screen.findByRole("status", {}, { timeout: 60_000 });
    expect(section()).toHaveAttribute("data-sent-source", "entered");
    expect(codes()).toContain("submitted_late");
  });

  it("opens a picked return in memory: its issue shows in the pane's grid, and the marked return opens as a new workbook", async () => {
    fake = installExcelFake({ sheets: [{ name: "Sheet1", values: [["Của tôi"]] }] });
    const file = await agricultureReturn();
    renderPanel();
    await checkInValidationPanel([await pickedFromDisk(file.name, file.path)]);
    const section = () => screen.getByRole("region", { name: file.name });
    const mistake = file.mistakes[0]!;

    fireEvent.click(within(section()).getAllByRole("button").find((button) => button.getAttribute("data-cell") === mistake.cell)!);
    expect(await screen.findByTestId("validation-view")).toBeInTheDocument();
    expect(fake.selection).toBeNull();

    fireEvent.click(within(section()).getByRole("button", { name: vi("mark") }));
    await within(section()).findByText(vi("marked", { count: file.mistakes.length }));
    fireEvent.click(within(section()).getByRole("button", { name: vi("openInExcel") }));
    await within(section()).findByText(vi("openedInExcel", { fileName: "so-nnmt-2026-kiem-tra.xlsx" }));
    expect(fake.createdWorkbooks).toHaveLength(1);
    expect(fake.sheet("Sheet1").values).toEqual([["Của tôi"]]);
  });

  it("writes the results sheet into the open workbook, its cell column linking to each issue's cell", async () => {
    const { sheet, status } = await templateInExcel();
    renderPanel();
    await checkOpenWorkbook();

    fireEvent.click(screen.getByRole("button", { name: vi("outputResultsSheet") }));
    await screen.findByText(/^Đã ghi \d+ vấn đề vào trang “Kết quả kiểm tra”/);

    const results = fake.sheet("Kết quả kiểm tra");
    const row = results.values.findIndex((cells) => cells[3] === sheet && cells[4] === status);
    expect(row).toBeGreaterThan(0);
    expect(results.hyperlink(`E${row + 1}`)).toMatchObject({ documentReference: cellReference(sheet, status) });
  });

  it("keeps the officer's rule settings in the open workbook's metadata", async () => {
    await templateInExcel();
    renderPanel();
    fireEvent.click(screen.getByRole("button", { name: vi("rulesShow", { off: 0 }) }));
    fireEvent.click(screen.getByRole("checkbox", { name: vi("ruleSwitch", { code: "task_overdue" }) }));
    fireEvent.click(screen.getByRole("button", { name: vi("saveSettings") }));
    await screen.findByText(vi("savedInWorkbook"));
    const stored = (await createExcelWorkbook().inspect()).metadata[VALIDATION_SETTINGS_ENTRY];
    expect(JSON.parse(stored!).off).toEqual(["task_overdue"]);
  });
});

/** A sheet an agency protected again with its own password. */
async function protectWithPassword(sheet: string, password: string): Promise<void> {
  await Excel.run(async (context) => {
    const protection = context.workbook.worksheets.getItem(sheet).protection;
    protection.unprotect();
    protection.protect({}, password);
    await context.sync();
  });
}
