import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES, TASK_STATE_LABELS } from "../../src/domain/consolidation/consolidationText";
import { TASK_LINE_STATES } from "../../src/domain/consolidation/progressColumn";
import { SUMMARY_GROUP_LABELS } from "../../src/domain/consolidation/progressMessages";
import { SUMMARY_GROUPS } from "../../src/domain/consolidation/progressStatus";
import { loadBundledCatalog } from "../../src/taskpane/plans/bundledPlans";
import { consolidate } from "../../src/workflows/consolidate";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import {
  arrivedOn,
  CONSOLIDATION_FIXTURES as FIXTURES,
  consolidateInPane,
  consolidationManifest as manifest,
  datedReturns,
  ON_TIME_RETURN as ON_TIME,
  PICKED_RETURNS as PICKED,
} from "../helpers/consolidationReturns";
import { E2E_OUTPUT as OUTPUT, useServedPane } from "../helpers/servedPane";

/** The Vietnamese names the summary chart gives its series. */
const GROUP_LABELS = Object.fromEntries(SUMMARY_GROUPS.map((group) => [group, SUMMARY_GROUP_LABELS[group].vi])) as Record<(typeof SUMMARY_GROUPS)[number], string>;

/**
 * Consolidation in standalone mode, in Chromium: three of plan 004's returns as openpyxl filled them, each file dated
 * the day it arrived, as an officer's download folder has them.
 */

const pane = useServedPane();

/** The workflow on the same files, in Node: what the page must show. */
async function expectedReport() {
  const returns = await Promise.all(
    PICKED.map(async (file) => ({
      file,
      submittedOn: arrivedOn(file),
      port: await openWorkbookFile(readFileSync(path.join(FIXTURES, file)), { fileName: file }),
    })),
  );
  const result = await consolidate(
    {
      plans: [await loadBundledCatalog(manifest.plan)],
      year: manifest.year,
      returns,
      agencies: bundledAgencies,
      successions: bundledSuccessions,
    },
    await createXlsxWorkbook(),
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.report;
}

const nonZero = <K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  counts: Readonly<Record<K, number>>,
) => Object.fromEntries(keys.filter((key) => counts[key] > 0).map((key) => [labels[key], counts[key]]));

describe("consolidation in standalone mode", () => {
  it("consolidates three returns: the register and the charts in the page, the report downloaded", async () => {
    const [files, expected] = await Promise.all([datedReturns(OUTPUT), expectedReport()]);
    const page = await pane.openPane(pane.server().httpUrl, { width: 1280, height: 900 });
    const download = await consolidateInPane(page, files);
    const saved = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(saved);

    const rows = await page
      .getByTestId("consolidation-register")
      .locator("tr[data-agency]")
      .evaluateAll((found) =>
        found.map((row) => ({ state: row.getAttribute("data-state"), text: row.textContent ?? "" })),
      );
    const charts = await page.getByTestId("consolidation-chart").evaluateAll((figures) =>
      figures.map((figure) => ({
        bars: [...figure.querySelectorAll("svg g[data-category]")].map((group) => ({
          category: group.getAttribute("data-category"),
          values: Object.fromEntries(
            [...group.querySelectorAll("rect")].map((rect) => [
              rect.getAttribute("data-series"),
              Number(rect.getAttribute("data-value")),
            ]),
          ),
        })),
      })),
    );
    const chartImages = await page.getByTestId("consolidation-chart").getByRole("img").count();
    await page.setViewportSize({ width: 1280, height: 3600 });
    await page.getByTestId("consolidation-panel").screenshot({ path: path.join(OUTPUT, "consolidation.png") });
    await page.context().close();

    expect(rows).toHaveLength(expected.register.entries.length);
    const stateOf = (file: string) => rows.find((row) => row.text.includes(file))?.state;
    expect([stateOf(ON_TIME), stateOf(manifest.late), stateOf(manifest.broken)]).toEqual([
      "on_time",
      "late",
      "not_merged",
    ]);
    expect(rows.filter((row) => row.state === "missing")).toHaveLength(expected.register.entries.length - 3);

    expect(chartImages).toBe(2);
    expect(charts.map((chart) => chart.bars)).toEqual([
      expected.summaries.byGoal.map((goal) => ({
        category: goal.goal,
        values: nonZero(SUMMARY_GROUPS, GROUP_LABELS, goal.byGroup),
      })),
      expected.summaries.byAgency
        .filter((agency) => agency.tasks > 0)
        .map((agency) => ({
          category: agency.name,
          values: nonZero(TASK_LINE_STATES, TASK_STATE_LABELS, agency.tasksByState),
        })),
    ]);

    expect(download.suggestedFilename()).toBe(`bao-cao-tong-hop-${manifest.year}.xlsx`);
    const report = await openWorkbookFile(await readFile(saved), { fileName: download.suggestedFilename() });
    const register = await report.readSheet(SHEET_TITLES.register);
    const text = register.flat().map(String).join("\n");
    for (const file of PICKED) expect(text).toContain(file);
    const parts = Object.keys((await JSZip.loadAsync(await readFile(saved))).files);
    expect(parts.filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))).toHaveLength(2);
  }, 240_000);
});
