import { screen } from "@testing-library/react";
import { TargetCard } from "../../../../src/taskpane/components/plan/CatalogItemCard";
import { makeTarget } from "../../../helpers/catalogBuilders";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

const TARGET = makeTarget("8.1", {
  indicators: [{ label: "Tăng trưởng GRDP", unit: "%", comparator: "between", value: 9.5, valueMax: 10, year: 2030, direction: "increase" }],
});

describe("TargetCard", () => {
  it("writes an indicator's numbers as Vietnamese documents do when the pane speaks Vietnamese", () => {
    renderWithProviders(<TargetCard target={TARGET} agencies={new Map()} review={[]} />, "vi");
    expect(screen.getByRole("listitem")).toHaveTextContent("Tăng trưởng GRDP 9,5–10 % (2030)");
  });

  it("keeps the decimal point in English", () => {
    renderWithProviders(<TargetCard target={TARGET} agencies={new Map()} review={[]} />, "en");
    expect(screen.getByRole("listitem")).toHaveTextContent("Tăng trưởng GRDP 9.5–10 % (2030)");
  });
});
