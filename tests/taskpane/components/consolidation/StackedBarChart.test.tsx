import { screen, within } from "@testing-library/react";
import { TASK_STATE_LABELS, TASK_STATE_LABELS_EN } from "../../../../src/domain/consolidation/consolidationText";
import { SUMMARY_GROUP_LABELS } from "../../../../src/domain/consolidation/progressMessages";
import { summaryChartWords } from "../../../../src/domain/consolidation/reportSheetText";
import { chartsOf } from "../../../../src/taskpane/components/consolidation/chartData";
import { StackedBarChart } from "../../../../src/taskpane/components/consolidation/StackedBarChart";
import { TEMPLATE_KIT } from "../../../../src/taskpane/components/templates/templateKit";
import { consolidationText } from "../../../../src/taskpane/i18n/consolidationMessages";
import { renderWithProviders } from "../../../helpers/renderWithProviders";
import { a, b, directory, reportWithErrors } from "../../../domain/consolidation/consolidationFixtures";

/** The pane's charts of a report where Sở A's rejected values need correction and Sở B sent nothing. */

function renderCharts(language: "vi" | "en" = "vi") {
  const text = consolidationText(language, TEMPLATE_KIT.format);
  const charts = chartsOf(reportWithErrors().sheets, language);
  renderWithProviders(
    <>
      {charts.map((chart) => (
        <StackedBarChart key={chart.title} chart={chart} text={text} />
      ))}
    </>,
    language,
  );
  return screen.getAllByTestId("consolidation-chart");
}

/** A bar's segments as the page draws them: series name to value. */
function segments(figure: HTMLElement, category: string): Map<string, number> {
  const bar = figure.querySelector(`svg g[data-category="${category}"]`)!;
  return new Map([...bar.querySelectorAll("rect")].map((rect) => [rect.getAttribute("data-series")!, Number(rect.getAttribute("data-value"))]));
}

describe("StackedBarChart, on a report with rows needing correction", () => {
  it("draws the rows needing correction as their own segment of the goal's bar, apart from those not reported", () => {
    const [byGoal] = renderCharts();
    expect(segments(byGoal!, "1")).toEqual(
      new Map([
        [SUMMARY_GROUP_LABELS.needs_correction.vi, 2],
        [SUMMARY_GROUP_LABELS.not_reported.vi, 1],
      ]),
    );
    expect(within(byGoal!).getAllByRole("listitem").map((item) => item.textContent)).toContain(SUMMARY_GROUP_LABELS.needs_correction.vi);
  });

  it("draws each lead's tasks needing correction apart from its tasks not reported", () => {
    const [, byAgency] = renderCharts();
    expect(segments(byAgency!, directory.get(a)!.name)).toEqual(new Map([[TASK_STATE_LABELS.needs_correction, 1]]));
    expect(segments(byAgency!, directory.get(b)!.name)).toEqual(new Map([[TASK_STATE_LABELS.not_reported, 1]]));
  });
});

describe("StackedBarChart, in the pane's English", () => {
  it("titles each chart of the report in English", () => {
    const figures = renderCharts("en");
    expect(figures.map((figure) => figure.querySelector("figcaption")?.textContent)).toEqual([
      summaryChartWords("goals", "en").title,
      summaryChartWords("agencies", "en").title,
    ]);
  });

  it("names the series in English, at the same counts as in Vietnamese", () => {
    const [byGoal, byAgency] = renderCharts("en");
    expect(segments(byGoal!, "1")).toEqual(
      new Map([
        [SUMMARY_GROUP_LABELS.needs_correction.en, 2],
        [SUMMARY_GROUP_LABELS.not_reported.en, 1],
      ]),
    );
    expect(segments(byAgency!, directory.get(a)!.name)).toEqual(new Map([[TASK_STATE_LABELS_EN.needs_correction, 1]]));
  });
});
