import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { bundledAgencies, bundledSuccessions } from "../../../../src/domain/catalog/agencies/bundledAgencies";
import type { PlanCatalog } from "../../../../src/domain/catalog/types";
import { planDeadline, vietnameseDate } from "../../../../src/domain/templates/reportingDates";
import TemplatePanel from "../../../../src/taskpane/components/templates/TemplatePanel";
import { format } from "../../../../src/taskpane/i18n/messages";
import { templateText } from "../../../../src/taskpane/components/templates/templateTexts";
import { TEMPLATE_KIT } from "../../../../src/taskpane/components/templates/templateKit";
import type { TemplateTarget } from "../../../../src/taskpane/components/templates/templateTarget";
import { BUNDLED_PLANS, loadBundledCatalog } from "../../../../src/taskpane/plans/bundledPlans";
import { prepareTemplates } from "../../../../src/workflows/generateTemplates";
import { readTemplate } from "../../../../src/workflows/readTemplate";
import { COVER_LIST_FILE } from "../../../../src/workflows/templateFiles";
import { createXlsxWorkbook, openWorkbookFile } from "../../../../src/xlsx/xlsxWorkbook";
import { bundledSectionProps } from "../../../helpers/paneSections";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

const AS_OF = "2026-11-23";
const RECIPIENT = "Cơ quan nhận mẫu biểu";
const SDG = "thanhhoa-sdg-2017";

interface Saved {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

function fileTarget(saved: Saved[]): TemplateTarget {
  return { kind: "files", save: (fileName, bytes) => saved.push({ fileName, bytes }) };
}

async function renderPanel(target: TemplateTarget, planId = SDG, language: "vi" | "en" = "vi") {
  const catalog = await loadBundledCatalog(planId);
  renderWithProviders(
    <TemplatePanel {...bundledSectionProps(AS_OF, language)} catalog={catalog} target={target} kit={TEMPLATE_KIT} />,
  );
  if (language === "en") return catalog;
  // The preview (prepareTemplates for every agency) is ready when the recipient picker shows.
  await screen.findByRole("combobox", { name: RECIPIENT }, { timeout: 10_000 });
  return catalog;
}

/** What the workflow would give every agency for the plan: the ground truth the panel must show. */
async function preparedFor(catalog: PlanCatalog) {
  const prepared = await prepareTemplates({
    planIds: [catalog.id],
    loadPlan: () => catalog,
    recipients: "all",
    year: 2026,
    agencies: bundledAgencies,
    successions: bundledSuccessions,
    asOf: AS_OF,
  });
  if (!prepared.ok) throw new Error(prepared.error.code);
  return prepared.prepared;
}

async function chooseAgency(name: string) {
  fireEvent.click(screen.getByRole("combobox", { name: RECIPIENT }));
  fireEvent.click(within(await screen.findByRole("listbox")).getByRole("option", { name: new RegExp(`^${name} \\(`) }));
}

const generateButton = () => screen.getByRole("button", { name: /^Tạo mẫu biểu|^Ghi mẫu biểu/ });

describe("TemplatePanel", () => {
  it("offers the province's other bundled plans, and dates from the plan's reporting regime", async () => {
    const catalog = await renderPanel(fileTarget([]));
    const sameProvince = BUNDLED_PLANS.filter((plan) => plan.province === "Thanh Hóa" && plan.planId !== SDG);
    expect(screen.getAllByRole("checkbox").map((box) => box.closest("span, div")?.textContent)).toEqual(
      expect.arrayContaining(sameProvince.map((plan) => expect.stringContaining(plan.label))),
    );
    expect(screen.queryByText(BUNDLED_PLANS.find((plan) => plan.province !== "Thanh Hóa")!.label)).toBeNull();
    expect(screen.getByRole("textbox", { name: /^Năm báo cáo/ })).toHaveValue("2026");
    expect(screen.getByRole("textbox", { name: /^Hạn gửi báo cáo/ })).toHaveValue(
      vietnameseDate(planDeadline(catalog, 2026)!),
    );
  });

  it("lists every agency that receives a template, and says nothing is written before the officer asks", async () => {
    const saved: Saved[] = [];
    const catalog = await renderPanel(fileTarget(saved));
    const expected = (await preparedFor(catalog)).assignments.filter((assignment) => assignment.status === "template");
    fireEvent.click(screen.getByRole("combobox", { name: RECIPIENT }));
    const options = within(await screen.findByRole("listbox")).getAllByRole("option");
    expect(options).toHaveLength(expected.length + 1);
    expect(saved).toEqual([]);
  });

  it("shows a typed error before anything is written, and does not generate", async () => {
    const saved: Saved[] = [];
    await renderPanel(fileTarget(saved));
    fireEvent.change(screen.getByRole("textbox", { name: /^Năm báo cáo/ }), { target: { value: "1999" } });
    expect(await screen.findByTestId("template-error")).toBeInTheDocument();
    expect(generateButton()).toBeDisabled();
    expect(saved).toEqual([]);
  });

  it("refuses a date that is not dd/mm/yyyy on its field", async () => {
    await renderPanel(fileTarget([]));
    fireEvent.change(screen.getByRole("textbox", { name: /^Thời gian chốt số liệu/ }), {
      target: { value: "31/02/2026" },
    });
    await waitFor(() =>
      expect(screen.getByRole("textbox", { name: /^Thời gian chốt số liệu/ })).toHaveAttribute("aria-invalid", "true"),
    );
    expect(generateButton()).toBeDisabled();
  });

  it("downloads one agency's template as an .xlsx that readTemplate recognises, with the officer's dates", async () => {
    const saved: Saved[] = [];
    await renderPanel(fileTarget(saved));
    const health = bundledAgencies.find((agency) => agency.id === "thanhhoa.syt")!;
    await chooseAgency(health.name);
    fireEvent.change(screen.getByRole("textbox", { name: /^Hạn gửi báo cáo/ }), { target: { value: "20/11/2026" } });
    fireEvent.change(screen.getByRole("textbox", { name: /^Thời gian chốt số liệu/ }), {
      target: { value: "31/10/2026" },
    });
    await waitFor(() => expect(generateButton()).toBeEnabled());
    fireEvent.click(generateButton());
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    expect(saved[0]!.fileName).toMatch(/\.xlsx$/);
    const recognition = await readTemplate(await openWorkbookFile(saved[0]!.bytes, { fileName: saved[0]!.fileName }));
    if (!recognition.recognised) throw new Error(JSON.stringify(recognition.issues));
    expect(recognition.result.metadata).toMatchObject({
      agency: health.id,
      year: 2026,
      cutoff: "2026-10-31",
      deadline: "2026-11-20",
      plans: [{ id: SDG }],
    });
    expect(await screen.findByTestId("template-outcome")).toBeInTheDocument();
    // Ready for the next agency.
    expect(generateButton()).toBeEnabled();
  }, 60_000);

  it("downloads every agency's template as one .zip with the cover list", async () => {
    const saved: Saved[] = [];
    const catalog = await renderPanel(fileTarget(saved));
    const expected = (await preparedFor(catalog)).assignments.flatMap((assignment) =>
      assignment.status === "template" ? [assignment.fileName] : [],
    );
    fireEvent.click(generateButton());
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 60_000 });
    expect(saved[0]!.fileName).toMatch(/\.zip$/);
    const zip = await JSZip.loadAsync(saved[0]!.bytes);
    expect(Object.keys(zip.files).sort()).toEqual([...expected, COVER_LIST_FILE].sort());
  }, 120_000);

  it("lists the waiting duties of split bodies with a suggestion, and a duty assigned leaves the list", async () => {
    await renderPanel(fileTarget([]));
    const pending = await screen.findByTestId("template-pending");
    const selects = within(pending).getAllByRole("combobox");
    const first = selects[0] as HTMLSelectElement;
    const candidate = [...first.options].find((option) => option.value !== "")!.value;
    fireEvent.change(first, { target: { value: candidate } });
    await waitFor(() =>
      expect(within(screen.getByTestId("template-pending")).getAllByRole("combobox")).toHaveLength(selects.length - 1),
    );
  });

  it("accepting every suggestion leaves only the duties without one waiting", async () => {
    const catalog = await renderPanel(fileTarget([]));
    const waiting = (await preparedFor(catalog)).pending;
    const unsuggested = waiting.filter((duty) => duty.suggestion === null).length;
    expect(within(await screen.findByTestId("template-pending")).getAllByRole("combobox")).toHaveLength(waiting.length);
    fireEvent.click(screen.getByRole("checkbox", { name: /^Nhận mọi gợi ý/ }));
    await waitFor(() =>
      expect(within(screen.getByTestId("template-pending")).getAllByRole("combobox")).toHaveLength(unsuggested),
    );
  });

  it("marks a body whose mapping is uncertain as such beside the agency that now carries its duties", async () => {
    const catalog = await renderPanel(fileTarget([]));
    const prepared = await preparedFor(catalog);
    const heir = prepared.assignments.find(
      (assignment) =>
        assignment.status === "template" &&
        [...assignment.duties.indicators, ...assignment.duties.leadTasks, ...assignment.duties.partnerTasks].some(
          (row) => row.inherited.some((entry) => entry.uncertain),
        ),
    );
    if (!heir || heir.status !== "template") throw new Error("plan 000 has no agency carrying an uncertain mapping");
    const doubtful = [...heir.duties.indicators, ...heir.duties.leadTasks, ...heir.duties.partnerTasks]
      .flatMap((row) => row.inherited)
      .find((entry) => entry.uncertain)!;
    await chooseAgency(heir.agency.name);
    const marked = templateText("vi", format)("inheritedUncertain", {
      name: prepared.directory.get(doubtful.from)?.shortName ?? doubtful.from,
    });
    expect(await screen.findByText((content) => content.includes(marked))).toBeInTheDocument();
  });

  it("speaks English when the pane does", async () => {
    await renderPanel(fileTarget([]), SDG, "en");
    expect(await screen.findByRole("textbox", { name: templateText("en", format)("year") })).toHaveValue("2026");
  });

  it("in Excel, writes one agency's template as new sheets of the open workbook", async () => {
    const workbook = await createXlsxWorkbook();
    let changes = 0;
    await renderPanel({ kind: "excel", port: workbook, changed: () => changes++, openNewWorkbook: null });
    await chooseAgency(bundledAgencies.find((agency) => agency.id === "thanhhoa.syt")!.name);
    fireEvent.click(generateButton());
    await waitFor(() => expect(changes).toBe(1), { timeout: 20_000 });
    const recognition = await readTemplate(workbook);
    expect(recognition.recognised && recognition.result.metadata.agency).toBe("thanhhoa.syt");
  }, 60_000);

  it("in Excel without new workbooks, asks for one agency rather than writing every template into the open one", async () => {
    await renderPanel({
      kind: "excel",
      port: await createXlsxWorkbook(),
      changed: () => undefined,
      openNewWorkbook: null,
    });
    expect(generateButton()).toBeDisabled();
  });

  it("in Excel with new workbooks, opens one workbook per agency", async () => {
    const opened: Uint8Array[] = [];
    await renderPanel({
      kind: "excel",
      port: await createXlsxWorkbook(),
      changed: () => undefined,
      openNewWorkbook: async (bytes) => void opened.push(bytes),
    });
    await chooseAgency(bundledAgencies.find((agency) => agency.id === "thanhhoa.syt")!.name);
    fireEvent.click(generateButton());
    await waitFor(() => expect(opened).toHaveLength(1), { timeout: 20_000 });
    const recognition = await readTemplate(await openWorkbookFile(opened[0]!));
    expect(recognition.recognised && recognition.result.metadata.agency).toBe("thanhhoa.syt");
  }, 60_000);
});
