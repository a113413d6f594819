import { screen } from "@testing-library/react";
import { summaryChartWords } from "../../../../src/domain/consolidation/reportSheetText";
import { Results } from "../../../../src/taskpane/components/consolidation/consolidationResults";
import { TEMPLATE_KIT } from "../../../../src/taskpane/components/templates/templateKit";
import { consolidationText } from "../../../../src/taskpane/i18n/consolidationMessages";
import { renderWithProviders } from "../../../helpers/renderWithProviders";
import { reportWithErrors } from "../../../domain/consolidation/consolidationFixtures";

/** A finished run's results, as the panel shows them in either language. */

function renderResults(language: "vi" | "en") {
  renderWithProviders(
    <Results
      kit={TEMPLATE_KIT}
      shown={{
        kind: "done",
        report: reportWithErrors(),
        unreadable: [],
        history: { kind: "none" },
        written: { kind: "file", fileName: "bao-cao-tong-hop-2026.xlsx" },
        reasons: new Map(),
      }}
      text={consolidationText(language, TEMPLATE_KIT.format)}
      language={language}
    />,
    language,
  );
  return screen.getAllByTestId("consolidation-chart").map((figure) => figure.querySelector("figcaption")?.textContent);
}

describe("consolidation Results", () => {
  it.each(["vi", "en"] as const)("titles the report's charts in the pane's language (%s)", (language) => {
    expect(renderResults(language)).toEqual([summaryChartWords("goals", language).title, summaryChartWords("agencies", language).title]);
  });
});
