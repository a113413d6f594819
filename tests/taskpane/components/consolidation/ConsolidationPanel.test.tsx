import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import path from "node:path";
import { bundledAgencies, bundledSuccessions } from "../../../../src/domain/catalog/agencies/bundledAgencies";
import {
  SHEET_TITLES,
  TASK_STATE_LABELS,
} from "../../../../src/domain/consolidation/consolidationText";
import { TASK_LINE_STATES } from "../../../../src/domain/consolidation/progressColumn";
import { PROGRESS_PROFILE_LABELS, SUMMARY_GROUP_LABELS } from "../../../../src/domain/consolidation/progressMessages";
import { SUMMARY_GROUPS } from "../../../../src/domain/consolidation/progressStatus";
import ConsolidationPanel from "../../../../src/taskpane/components/consolidation/ConsolidationPanel";
import type { ReturnFile } from "../../../../src/taskpane/components/consolidation/runConsolidation";
import { TEMPLATE_KIT } from "../../../../src/taskpane/components/templates/templateKit";
import { consolidationText } from "../../../../src/taskpane/i18n/consolidationMessages";
import type { TemplateTarget } from "../../../../src/taskpane/components/templates/templateTarget";
import { loadBundledCatalog } from "../../../../src/taskpane/plans/bundledPlans";
import { consolidate } from "../../../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../../../src/xlsx/xlsxWorkbook";
import {
  arrivedOn,
  CONSOLIDATION_FIXTURES,
  consolidationManifest,
  ON_TIME_RETURN,
  PICKED_RETURNS,
} from "../../../helpers/consolidationReturns";
import { bundledSectionProps } from "../../../helpers/paneSections";
import { pickedFile, pickFiles } from "../../../helpers/pickedFiles";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

/** The Vietnamese names the summary chart gives its series. */
const GROUP_LABELS = Object.fromEntries(SUMMARY_GROUPS.map((group) => [group, SUMMARY_GROUP_LABELS[group].vi])) as Record<(typeof SUMMARY_GROUPS)[number], string>;

/**
 * The consolidation panel on plan 004's returns as openpyxl filled them (tests/fixtures/consolidation): one on time,
 * one late, one with a column deleted, and a file that is not a workbook at all. What the panel shows is checked
 * against the workflow run on the same files.
 */

const AS_OF = "2026-12-04";

/** Noon on the day the manifest says the file arrived, in the test's own time zone. */
const lastModifiedOf = (file: string) => new Date(`${arrivedOn(file)}T12:00:00`).getTime();

const returnFile = (file: string) => pickedFile(file, readFileSync(path.join(CONSOLIDATION_FIXTURES, file)), lastModifiedOf(file));

const notAWorkbook = pickedFile("ghi-chu.xlsx", Buffer.from("không phải sổ tính"), lastModifiedOf(ON_TIME_RETURN));

/** The workflow on the same three files: the ground truth the panel must show. */
async function expectedReport(include: readonly string[] = []) {
  const plan = await loadBundledCatalog(consolidationManifest.plan);
  const returns = await Promise.all(
    PICKED_RETURNS.map(async (file) => ({
      file,
      submittedOn: arrivedOn(file),
      port: await openWorkbookFile(readFileSync(path.join(CONSOLIDATION_FIXTURES, file)), { fileName: file }),
    })),
  );
  const result = await consolidate(
    {
      plans: [plan],
      year: consolidationManifest.year,
      returns,
      agencies: bundledAgencies,
      successions: bundledSuccessions,
      include,
    },
    await createXlsxWorkbook(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.report;
}

interface Saved {
  readonly fileName: string;
  readonly bytes: Uint8Array;
}

async function renderPanel(target: TemplateTarget) {
  const catalog = await loadBundledCatalog(consolidationManifest.plan);
  renderWithProviders(
    <ConsolidationPanel {...bundledSectionProps(AS_OF)} catalog={catalog} target={target} kit={TEMPLATE_KIT} />,
  );
}

const pick = (files: readonly ReturnFile[]) => pickFiles("consolidation-files-input", files);

async function consolidateAndWait(name: RegExp) {
  fireEvent.click(screen.getByRole("button", { name }));
  return screen.findByTestId("consolidation-register", undefined, { timeout: 60_000 });
}

const VI = consolidationText("vi", TEMPLATE_KIT.format);

/** A picked file's entry in the list, and its "Ngày gửi" field. */
function sentDate(file: string) {
  const item = within(screen.getByTestId("consolidation-files"))
    .getAllByRole("listitem")
    .find((candidate) => candidate.dataset.file === file)!;
  return { item, input: within(item).getByRole("textbox", { name: VI("sentDate") }) };
}

/** An ISO date as the officer types it. */
const dayMonthYear = (iso: string) => iso.split("-").reverse().join("/");

/** The register as the page shows it: agency id to state. */
function shownStates(table: HTMLElement): Map<string, string> {
  return new Map(
    within(table)
      .getAllByRole("row")
      .filter((row) => row.dataset.agency)
      .map((row) => [row.dataset.agency!, row.dataset.state!]),
  );
}

/** Each chart's bars as the page draws them: category to series to value. */
function drawnBars(): Map<string, Map<string, number>>[] {
  return screen.getAllByTestId("consolidation-chart").map((figure) => {
    const bars = new Map<string, Map<string, number>>();
    for (const group of figure.querySelectorAll("svg g[data-category]")) {
      const values = new Map<string, number>();
      for (const rect of group.querySelectorAll("rect"))
        values.set(rect.getAttribute("data-series")!, Number(rect.getAttribute("data-value")));
      bars.set(group.getAttribute("data-category")!, values);
    }
    return bars;
  });
}

/** The counts of a summary, without zeros, keyed as the chart's series are named. */
function nonZero<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  counts: Readonly<Record<K, number>>,
) {
  return new Map(keys.filter((key) => counts[key] > 0).map((key) => [labels[key], counts[key]]));
}

describe("ConsolidationPanel", () => {
  let expected: Awaited<ReturnType<typeof expectedReport>>;
  beforeAll(async () => {
    expected = await expectedReport();
  }, 60_000);

  it("downloads the report, shows every expected agency in the register, and goes on past a file it cannot read", async () => {
    const saved: Saved[] = [];
    await renderPanel({ kind: "files", save: (fileName, bytes) => saved.push({ fileName, bytes }) });
    pick([...PICKED_RETURNS.map(returnFile), notAWorkbook]);
    expect(within(screen.getByTestId("consolidation-files")).getAllByRole("listitem")).toHaveLength(4);
    const table = await consolidateAndWait(/^Tổng hợp và tải báo cáo/);

    const states = shownStates(table);
    expect(states).toEqual(new Map(expected.register.entries.map((entry) => [entry.agency, entry.state])));
    expect([...states.values()].filter((state) => state !== "missing").sort()).toEqual([
      "late",
      "not_merged",
      "on_time",
    ]);
    expect(screen.getByText(/^Không đọc được ghi-chu\.xlsx\./)).toBeInTheDocument();

    expect(saved.map((file) => file.fileName)).toEqual([`bao-cao-tong-hop-${consolidationManifest.year}.xlsx`]);
    const report = await openWorkbookFile(saved[0]!.bytes, { fileName: saved[0]!.fileName });
    expect((await report.inspect()).sheets.map((sheet) => sheet.name)).toContain(SHEET_TITLES.register);
  }, 120_000);

  it("lists the agencies to chase, as the register has them, with the counts", async () => {
    await renderPanel({ kind: "files", save: () => undefined });
    pick(PICKED_RETURNS.map(returnFile));
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);

    const chased = within(screen.getByTestId("consolidation-chase")).getAllByRole("listitem");
    expect(chased.map((item) => item.dataset.agency)).toEqual(expected.register.chase.map((entry) => entry.agency));
    const missing = expected.register.entries.filter((entry) => entry.state === "missing").length;
    expect(screen.getByTestId("consolidation-counts")).toHaveTextContent(
      `2/${expected.register.entries.length} cơ quan có báo cáo được tổng hợp (1 đúng hạn, 1 muộn hạn); 1 gửi nhưng chưa tổng hợp được; ${missing} chưa gửi.`,
    );
  }, 120_000);

  it("draws each bar of the two charts at the counts of the summaries, with the figures as a table", async () => {
    await renderPanel({ kind: "files", save: () => undefined });
    pick(PICKED_RETURNS.map(returnFile));
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);

    const [byGoal, byAgency] = drawnBars();
    expect(byGoal).toEqual(
      new Map(
        expected.summaries.byGoal.map((goal) => [
          goal.goal,
          nonZero(SUMMARY_GROUPS, GROUP_LABELS, goal.byGroup),
        ]),
      ),
    );
    expect(byAgency).toEqual(
      new Map(
        expected.summaries.byAgency
          .filter((agency) => agency.tasks > 0)
          .map((agency) => [agency.name, nonZero(TASK_LINE_STATES, TASK_STATE_LABELS, agency.tasksByState)]),
      ),
    );
    const [goalFigure] = screen.getAllByTestId("consolidation-chart");
    expect(within(goalFigure!).getByRole("img", { name: /^Tình hình thực hiện theo mục tiêu/ })).toBeInTheDocument();
    const rows = within(within(goalFigure!).getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(expected.summaries.byGoal.length + 1);
    const last = expected.summaries.byGoal.at(-1)!;
    expect(within(rows.at(-1)!).getAllByRole("cell").at(-1)).toHaveTextContent(
      String(SUMMARY_GROUPS.reduce((sum, group) => sum + last.byGroup[group], 0)),
    );
  }, 120_000);

  it("merges a file with structural errors only once the officer ticks it, and says so in the register", async () => {
    await renderPanel({ kind: "files", save: () => undefined });
    pick(PICKED_RETURNS.map(returnFile));
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);
    const broken = expected.register.entries.find((entry) => entry.state === "not_merged")!;

    fireEvent.click(screen.getByRole("checkbox", { name: /^Tổng hợp cả tệp này dù có \d+ lỗi cấu trúc/ }));
    expect(screen.getByText(/^Lựa chọn đã đổi/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: /^Tổng hợp và tải báo cáo/ }));
    await waitFor(() => expect(screen.queryByText(/^Lựa chọn đã đổi/)).toBeNull());
    const table = await screen.findByTestId("consolidation-register", undefined, { timeout: 60_000 });

    const included = (await expectedReport([consolidationManifest.broken])).register.entries.find(
      (entry) => entry.agency === broken.agency,
    )!;
    expect(included.state).not.toBe("not_merged");
    expect(shownStates(table).get(broken.agency)).toBe(included.state);
    const row = within(table)
      .getAllByRole("row")
      .find((candidate) => candidate.dataset.agency === broken.agency)!;
    expect(row).toHaveTextContent(`${consolidationManifest.broken} (tổng hợp dù có lỗi cấu trúc)`);
  }, 180_000);

  it("takes last year's figures from an earlier report, and says when a file holds none", async () => {
    const saved: Saved[] = [];
    await renderPanel({ kind: "files", save: (fileName, bytes) => saved.push({ fileName, bytes }) });
    pick([returnFile(ON_TIME_RETURN)]);
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);
    const earlier = saved[0]!;

    const pickHistory = (file: ReturnFile) => pickFiles("consolidation-history-input", [file]);
    pickHistory(pickedFile("nam-truoc.xlsx", earlier.bytes, 0));
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);
    expect(await screen.findByText("Đã nối số liệu các năm trước từ nam-truoc.xlsx.")).toBeInTheDocument();

    fireEvent.click(screen.getByRole("button", { name: "Bỏ tệp năm trước" }));
    pickHistory(returnFile(consolidationManifest.late));
    await consolidateAndWait(/^Tổng hợp và tải báo cáo/);
    expect(await screen.findByText(new RegExp(`^${consolidationManifest.late} không có trang “Dữ liệu”`))).toBeInTheDocument();
  }, 180_000);

  it("in Excel, writes the report's sheets into the open workbook and downloads nothing", async () => {
    const workbook = await createXlsxWorkbook();
    const changed = jest.fn();
    await renderPanel({ kind: "excel", port: workbook, changed, openNewWorkbook: null });
    pick([returnFile(ON_TIME_RETURN)]);
    await consolidateAndWait(/^Tổng hợp vào sổ tính/);

    const names = (await workbook.inspect()).sheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(Object.values(SHEET_TITLES)));
    expect(changed).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/^Đã ghi báo cáo vào các trang:/)).toHaveTextContent(`“${SHEET_TITLES.register}”`);
  }, 120_000);

  it("in Excel, leaves the officer's own sheet with a report sheet's name untouched and says where the report went", async () => {
    const workbook = await createXlsxWorkbook();
    const own = [
      ["Sổ của tôi", 42],
      ["ghi chú", "không sửa"],
    ];
    await workbook.apply([{ kind: "writeSheet", sheet: { name: SHEET_TITLES.register, values: own } }]);
    const before = await workbook.readSheet(SHEET_TITLES.register);
    await renderPanel({ kind: "excel", port: workbook, changed: jest.fn(), openNewWorkbook: null });
    pick([returnFile(ON_TIME_RETURN)]);
    await consolidateAndWait(/^Tổng hợp vào sổ tính/);

    expect(await workbook.readSheet(SHEET_TITLES.register)).toEqual(before);
    const beside = `${SHEET_TITLES.register} (2)`;
    expect((await workbook.readSheet(beside)).flat()).toContain(ON_TIME_RETURN);
    const kept = screen.getByTestId("consolidation-kept");
    expect(kept).toHaveTextContent(`“${SHEET_TITLES.register}” (báo cáo ghi vào “${beside}”)`);
    expect(screen.queryByRole("button", { name: /ghi đè/i })).toBeNull();
  }, 120_000);

  /** The register's entry of the agency that sent `file`, as the workflow has it. */
  const agencyOf = (file: string) =>
    expected.register.entries.find((entry) => entry.submissions.some((record) => record.file === file))!;

  it("judges a return by the date sent the officer enters, and by the file's date again once the entry is cleared", async () => {
    await renderPanel({ kind: "files", save: () => undefined });
    pick([returnFile(consolidationManifest.late)]);
    const agency = agencyOf(consolidationManifest.late);
    expect(agency.state).toBe("late");
    expect(sentDate(consolidationManifest.late).item).toHaveAttribute("data-sent-source", "file_date");
    expect(shownStates(await consolidateAndWait(/^Tổng hợp và tải báo cáo/)).get(agency.agency)).toBe("late");

    const onTimeDay = arrivedOn(ON_TIME_RETURN);
    fireEvent.change(sentDate(consolidationManifest.late).input, { target: { value: dayMonthYear(onTimeDay) } });
    expect(sentDate(consolidationManifest.late).item).toHaveAttribute("data-sent-source", "entered");
    expect(sentDate(consolidationManifest.late).item).toHaveAttribute("data-sent-on", onTimeDay);
    expect(screen.getByText(/^Lựa chọn đã đổi/)).toBeInTheDocument();
    expect(shownStates(await consolidateAndWait(/^Tổng hợp và tải báo cáo/)).get(agency.agency)).toBe("on_time");

    fireEvent.change(sentDate(consolidationManifest.late).input, { target: { value: "" } });
    expect(sentDate(consolidationManifest.late).item).toHaveAttribute("data-sent-source", "file_date");
    expect(shownStates(await consolidateAndWait(/^Tổng hợp và tải báo cáo/)).get(agency.agency)).toBe("late");
  }, 180_000);

  it("says an entered date that is not a real day is wrong, and keeps judging by the file's date", async () => {
    await renderPanel({ kind: "files", save: () => undefined });
    pick([returnFile(consolidationManifest.late)]);
    const agency = agencyOf(consolidationManifest.late);
    fireEvent.change(sentDate(consolidationManifest.late).input, { target: { value: "31/02/2026" } });

    const { item, input } = sentDate(consolidationManifest.late);
    expect(input).toHaveAttribute("aria-invalid", "true");
    expect(within(item).getByText(VI("sentInvalid"))).toBeInTheDocument();
    expect(item).toHaveAttribute("data-sent-source", "file_date");
    expect(item).toHaveAttribute("data-sent-on", arrivedOn(consolidationManifest.late));
    expect(shownStates(await consolidateAndWait(/^Tổng hợp và tải báo cáo/)).get(agency.agency)).toBe("late");
  }, 120_000);

  it("judges progress by the UNSD thresholds once the officer chooses them, as the method sheet states", async () => {
    const workbook = await createXlsxWorkbook();
    await renderPanel({ kind: "excel", port: workbook, changed: jest.fn(), openNewWorkbook: null });
    const unsd = screen.getByRole("radio", { name: PROGRESS_PROFILE_LABELS.unsd.vi });
    expect(screen.getByRole("radio", { name: PROGRESS_PROFILE_LABELS.default.vi })).toBeChecked();
    fireEvent.click(unsd);
    expect(unsd).toBeChecked();
    pick([returnFile(ON_TIME_RETURN)]);
    await consolidateAndWait(/^Tổng hợp vào sổ tính/);

    const named = (await workbook.readSheet(SHEET_TITLES.method)).flat().map(String);
    const stated = (label: string) => named.some((cell) => cell.startsWith(`${label}:`));
    expect(stated(PROGRESS_PROFILE_LABELS.unsd.vi)).toBe(true);
    expect(stated(PROGRESS_PROFILE_LABELS.default.vi)).toBe(false);
  }, 120_000);
});
