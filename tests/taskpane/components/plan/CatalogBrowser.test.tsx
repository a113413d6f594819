import { fireEvent, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import type { Agency } from "../../../../src/domain/catalog/agency";
import { NO_FILTER, type CatalogFilter } from "../../../../src/domain/catalog/browse/filterCatalogItems";
import type { AgencyId } from "../../../../src/domain/catalog/types";
import { CatalogBrowser } from "../../../../src/taskpane/components/plan/CatalogBrowser";
import { AGENCIES, makeCatalog } from "../../../helpers/catalogBuilders";
import { renderWithProviders } from "../../../helpers/renderWithProviders";

function Browser({ initial }: { readonly initial: CatalogFilter }) {
  const [filter, setFilter] = useState(initial);
  return (
    <CatalogBrowser
      catalog={makeCatalog()}
      agencies={new Map<AgencyId, Agency>(AGENCIES.map((agency) => [agency.id, agency]))}
      planAgencies={AGENCIES}
      filter={filter}
      onFilterChange={setFilter}
    />
  );
}

describe("CatalogBrowser", () => {
  it("offers no clearing while nothing is filtered", () => {
    renderWithProviders(<Browser initial={NO_FILTER} />);
    expect(screen.getByRole("button", { name: "Xóa bộ lọc" })).toBeDisabled();
  });

  it("clears the search, the goal, the agency and the checkboxes at once", async () => {
    const filtered: CatalogFilter = { query: "tu vong", goal: "3" as CatalogFilter["goal"], agency: AGENCIES[1]!.id, role: "lead", quantitativeOnly: true, reviewOnly: true };
    renderWithProviders(<Browser initial={filtered} />);
    expect(screen.getByText("Chỉ tiêu (0)")).toBeInTheDocument();
    fireEvent.click(screen.getByRole("button", { name: "Xóa bộ lọc" }));
    await waitFor(() => expect(screen.getByText("Chỉ tiêu (3)")).toBeInTheDocument());
    expect(screen.getByRole("searchbox")).toHaveValue("");
    expect(screen.getByRole("checkbox", { name: "Chỉ chỉ tiêu có số liệu" })).not.toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Chỉ mục cần xem lại" })).not.toBeChecked();
    expect(screen.getByRole("combobox", { name: "Cơ quan" })).toHaveTextContent("Tất cả cơ quan");
    expect(screen.getByRole("button", { name: "Xóa bộ lọc" })).toBeDisabled();
  });
});
