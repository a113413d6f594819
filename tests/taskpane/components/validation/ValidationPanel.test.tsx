import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFile } from "node:fs/promises";
import { fromA1 } from "../../../../src/domain/grid/cellAddress";
import { inLanguage } from "../../../../src/domain/validation/validationIssue";
import ValidationPanel from "../../../../src/taskpane/components/validation/ValidationPanel";
import { VALIDATION_KIT } from "../../../../src/taskpane/components/validation/validationKit";
import type { ValidationOutput } from "../../../../src/taskpane/components/validation/validationOutputs";
import { VALIDATION_SETTINGS_STORAGE_KEY } from "../../../../src/taskpane/components/validation/validationSettingsStore";
import { format } from "../../../../src/taskpane/i18n/messages";
import { validationText } from "../../../../src/taskpane/i18n/validationTexts";
import type { PaneRuntime } from "../../../../src/taskpane/runtime/paneRuntime";
import { fileProblemMessage } from "../../../../src/workbook/fileProblemMessages";
import { openWorkbookFile } from "../../../../src/xlsx/xlsxWorkbook";
import { agricultureReturn, expectSameWorkbook, healthReturn, TEMPLATES_MADE_ON, validatedDirectly, type FilledReturnFile } from "../../../helpers/filledReturns";
import { checkInValidationPanel, pickedFile, pickedFromDisk } from "../../../helpers/pickedFiles";
import { fixtureBytes } from "../../../helpers/workbookFixtures";
import { bundledSectionProps, standaloneRuntime } from "../../../helpers/paneSections";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

jest.setTimeout(120_000);

const vi = validationText("vi", format);

let agriculture: FilledReturnFile;
let health: FilledReturnFile;

beforeAll(async () => {
  agriculture = await agricultureReturn();
  health = await healthReturn();
});

beforeEach(() => localStorage.clear());

const cleanups: (() => void)[] = [];
const afterThis = (cleanup: () => void) => cleanups.push(cleanup);
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

const picked = (file: FilledReturnFile) => pickedFromDisk(file.name, file.path);

function renderPanel(runtime: PaneRuntime, language: "vi" | "en" = "vi", outputs?: readonly ValidationOutput[]) {
  return renderWithProviders(
    <ValidationPanel {...bundledSectionProps(TEMPLATES_MADE_ON, language)} runtime={runtime} kit={VALIDATION_KIT} outputs={outputs} />,
    language,
  );
}

const fileSection = (name: string) => screen.getByRole("region", { name });

/** The cells of the issue buttons listed under a sheet of a file. */
function listedCells(file: string, sheet: string): string[] {
  const list = within(fileSection(file)).getByRole("list", { name: sheet });
  return within(list)
    .queryAllByRole("button")
    .map((button) => button.getAttribute("data-cell") ?? "");
}

describe("the validation view in standalone mode", () => {
  it("lists each file's issues by sheet with their counts, and says why a file cannot be read while the others go on", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture), pickedFile("ghi-chu.xlsx", Uint8Array.from(Buffer.from("không phải sổ tính"))), await picked(health)]);

    for (const file of [agriculture, health]) {
      const expected = await validatedDirectly(file);
      const { errors, warnings } = expected.validation.summary;
      expect(within(fileSection(file.name)).getByText(vi("counts", { errors, warnings }))).toBeInTheDocument();
      for (const sheet of new Set(file.mistakes.map((mistake) => mistake.sheet))) {
        const cells = file.mistakes.filter((mistake) => mistake.sheet === sheet).map((mistake) => mistake.cell);
        expect(listedCells(file.name, sheet).sort()).toEqual([...cells].sort());
      }
    }
    expect(within(fileSection("ghi-chu.xlsx")).getByText(vi("stateUnreadable", { reason: fileProblemMessage("not_a_workbook", "vi") }))).toBeInTheDocument();
  });

  it("filters the issues by severity and by text", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture)]);
    const sheet = agriculture.mistakes[0]!.sheet;
    const errorsOnly = agriculture.mistakes.filter((mistake) => mistake.code !== "number_as_text").map((mistake) => mistake.cell);

    fireEvent.click(screen.getByRole("radio", { name: vi("filterErrors") }));
    expect(listedCells(agriculture.name, sheet).sort()).toEqual([...errorsOnly].sort());

    fireEvent.click(screen.getByRole("radio", { name: vi("filterAll") }));
    const dated = agriculture.mistakes.find((mistake) => mistake.code === "date_after_cutoff")!;
    fireEvent.change(screen.getByRole("searchbox", { name: vi("textFilter") }), { target: { value: dated.cell } });
    expect(listedCells(agriculture.name, sheet)).toEqual([dated.cell]);

    fireEvent.change(screen.getByRole("searchbox", { name: vi("textFilter") }), { target: { value: "không có ở đâu" } });
    expect(within(fileSection(agriculture.name)).getByText(vi("noMatch"))).toBeInTheDocument();
  });

  it("shows the file's sheet in the grid, scrolled to the clicked issue's cell and highlighting it", async () => {
    // jsdom lays nothing out and has no scrollIntoView: record which element asked to be brought into view.
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
      scrolled.push(this);
    };
    afterThis(() => delete (Element.prototype as { scrollIntoView?: unknown }).scrollIntoView);
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture), await picked(health)]);
    const mistake = health.mistakes.find((entry) => entry.code === "status_unknown")!;

    fireEvent.click(within(within(fileSection(health.name)).getByRole("list", { name: mistake.sheet })).getByRole("button", { name: new RegExp(mistake.cell) }));

    const view = await screen.findByTestId("validation-view");
    const selected = await waitFor(() => {
      const cell = within(view).getByRole("grid").querySelector("td[aria-selected='true']");
      if (!cell) throw new Error("no cell selected yet");
      return cell;
    });
    const position = fromA1(mistake.cell)!;
    const row = selected.closest("tr")!;
    expect(within(row).getByRole("rowheader")).toHaveTextContent(String(position.row + 1));
    expect([...row.children].indexOf(selected)).toBe(position.column + 1);
    expect(selected).toHaveTextContent("Xong rồi");
    expect(scrolled).toContain(selected);
  });

  it("marks a file's problem cells, then unmarks them, and downloads the file as it was", async () => {
    const { runtime, saved } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture)]);
    const section = () => fileSection(agriculture.name);

    fireEvent.click(within(section()).getByRole("button", { name: vi("mark") }));
    await within(section()).findByText(vi("marked", { count: agriculture.mistakes.length }));
    fireEvent.click(within(section()).getByRole("button", { name: vi("download") }));
    await within(section()).findByText(vi("downloaded", { fileName: "so-nnmt-2026-kiem-tra.xlsx" }));
    const marked = await openWorkbookFile(saved[0]!.bytes);
    for (const mistake of agriculture.mistakes) {
      const cell = fromA1(mistake.cell)!;
      const grid = await marked.readCells(mistake.sheet);
      expect(grid[cell.row]![cell.column]!.comment).toBeTruthy();
    }

    fireEvent.click(within(section()).getByRole("button", { name: vi("unmark") }));
    await within(section()).findByText(vi("unmarked"));
    fireEvent.click(within(section()).getByRole("button", { name: vi("download") }));
    await waitFor(() => expect(saved).toHaveLength(2));
    await expectSameWorkbook(saved[1]!.bytes, await readFile(agriculture.path));
  });

  it("leaves a switched-off rule out of the next run and keeps the setting in this browser", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([await picked(agriculture)]);
    const asText = agriculture.mistakes.find((mistake) => mistake.code === "number_as_text")!;
    expect(listedCells(agriculture.name, asText.sheet)).toContain(asText.cell);

    fireEvent.click(screen.getByRole("button", { name: vi("rulesShow", { off: 0 }) }));
    fireEvent.click(screen.getByRole("checkbox", { name: vi("ruleSwitch", { code: "number_as_text" }) }));
    fireEvent.click(screen.getByRole("button", { name: vi("saveSettings") }));
    await screen.findByText(vi("savedOnDevice"));
    expect(JSON.parse(localStorage.getItem(VALIDATION_SETTINGS_STORAGE_KEY)!).off).toEqual(["number_as_text"]);

    fireEvent.click(screen.getByRole("button", { name: vi("recheck") }));
    await waitFor(() => expect(listedCells(agriculture.name, asText.sheet)).not.toContain(asText.cell));
    expect(screen.getByRole("checkbox", { name: vi("ruleSwitch", { code: "date_as_text" }) })).toBeChecked();
  });

  it("words the issues in English when the pane is in English", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime, "en");
    await checkInValidationPanel([await picked(health)]);
    const expected = await validatedDirectly(health);
    for (const issue of expected.validation.issues) {
      expect(within(fileSection(health.name)).getByText(inLanguage(issue, "en").message)).toBeInTheDocument();
    }
  });

  it("checks the files dropped on its drop area", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    fireEvent.drop(screen.getByRole("group", { name: vi("dropZoneLabel") }), { dataTransfer: { files: [await picked(health)] } });
    await screen.findByRole("status", {}, { timeout: 60_000 });
    const expected = await validatedDirectly(health);
    const { errors, warnings } = expected.validation.summary;
    expect(within(fileSection(health.name)).getByText(vi("counts", { errors, warnings }))).toBeInTheDocument();
  });

  it("offers each output that applies to the run as a button, and says what it made", async () => {
    const { runtime } = await standaloneRuntime();
    const output: ValidationOutput = {
      id: "count",
      label: { vi: "Đếm báo cáo", en: "Count returns" },
      available: (context) => context.runs.some((entry) => entry.state === "validated"),
      produce: async (context) => `Đã đếm ${context.runs.length} báo cáo.`,
    };
    renderPanel(runtime, "vi", [output]);
    expect(screen.queryByRole("button", { name: "Đếm báo cáo" })).not.toBeInTheDocument();
    await checkInValidationPanel([await picked(health), await picked(agriculture)]);
    fireEvent.click(screen.getByRole("button", { name: "Đếm báo cáo" }));
    expect(await screen.findByText("Đã đếm 2 báo cáo.")).toBeInTheDocument();
  });

  it("reports a hand-made workbook as not a template, about the whole file", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([pickedFile("so-lieu.xlsx", fixtureBytes("openpyxl-user-content.xlsx"))]);
    const list = within(fileSection("so-lieu.xlsx")).getByRole("list", { name: vi("wholeFile") });
    expect(within(list).queryAllByRole("button")).toHaveLength(0);
    expect(within(list).getAllByRole("listitem")).toHaveLength(1);
  });
});

/** An ISO day `days` after another, and a moment at its noon (the officer's time zone) as a file date. */
const daysAfter = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const noonOf = (iso: string) => new Date(`${iso}T12:00:00`).getTime();
/** An ISO date as the officer types it. */
const dayMonthYear = (iso: string) => iso.split("-").reverse().join("/");

/** The codes of the issues listed under a file, whatever their sheet. */
const listedCodes = (file: string) =>
  within(fileSection(file))
    .queryAllByRole("listitem")
    .map((item) => item.dataset.code);

/** A file's "Ngày gửi" field. */
const sentInput = (file: string) => within(fileSection(file)).getByRole("textbox", { name: vi("sentDate") });

async function checkAgain() {
  fireEvent.click(screen.getByRole("button", { name: vi("recheck") }));
  await screen.findByRole("status", {}, { timeout: 60_000 });
}

describe("the date a return was sent, in standalone mode", () => {
  const deadline = () => agriculture.template.metadata.deadline!;
  /** Sở NN&MT's return, its file saved two days after the deadline its template states. */
  const savedLate = async () => {
    const savedOn = daysAfter(deadline(), 2);
    return { savedOn, file: pickedFile(agriculture.name, new Uint8Array(await readFile(agriculture.path)), noonOf(savedOn)) };
  };

  it("reports a return whose file was saved after its deadline as sent late, about the whole file", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    const { savedOn, file } = await savedLate();
    await checkInValidationPanel([file]);

    expect(fileSection(agriculture.name)).toHaveAttribute("data-sent-source", "file_date");
    expect(fileSection(agriculture.name)).toHaveAttribute("data-sent-on", savedOn);
    const wholeFile = within(fileSection(agriculture.name)).getByRole("list", { name: vi("wholeFile") });
    expect(within(wholeFile).getAllByRole("listitem").map((item) => item.dataset.code)).toEqual(["submitted_late"]);
    expect(within(wholeFile).queryAllByRole("button")).toHaveLength(0);
  });

  it("judges by the date the officer enters once the returns are checked again", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    await checkInValidationPanel([(await savedLate()).file]);
    expect(listedCodes(agriculture.name)).toContain("submitted_late");

    fireEvent.change(sentInput(agriculture.name), { target: { value: dayMonthYear(deadline()) } });
    expect(fileSection(agriculture.name)).toHaveAttribute("data-sent-source", "entered");
    expect(within(fileSection(agriculture.name)).getByText(vi("sentChanged", { action: vi("recheck") }))).toBeInTheDocument();
    await checkAgain();
    expect(listedCodes(agriculture.name)).not.toContain("submitted_late");
    expect(listedCodes(agriculture.name).sort()).toEqual(agriculture.mistakes.map((mistake) => mistake.code).sort());
    expect(within(fileSection(agriculture.name)).queryByText(vi("sentChanged", { action: vi("recheck") }))).toBeNull();
  });

  it("says an entered date that is not a real day is wrong, and keeps judging by the file's date", async () => {
    const { runtime } = await standaloneRuntime();
    renderPanel(runtime);
    const { savedOn, file } = await savedLate();
    await checkInValidationPanel([file]);

    fireEvent.change(sentInput(agriculture.name), { target: { value: "31/02/2026" } });
    expect(sentInput(agriculture.name)).toHaveAttribute("aria-invalid", "true");
    expect(within(fileSection(agriculture.name)).getByText(vi("sentInvalid"))).toBeInTheDocument();
    await checkAgain();
    expect(fileSection(agriculture.name)).toHaveAttribute("data-sent-source", "file_date");
    expect(fileSection(agriculture.name)).toHaveAttribute("data-sent-on", savedOn);
    expect(listedCodes(agriculture.name)).toContain("submitted_late");
  });
});
