import { filterCatalogItems, NO_FILTER } from "../../../../src/domain/catalog/browse/filterCatalogItems";
import type { GoalCode } from "../../../../src/domain/catalog/types";
import { agencyId, makeCatalog } from "../../../helpers/catalogBuilders";

const codes = (result: ReturnType<typeof filterCatalogItems>) => ({
  targets: result.targets.map((target) => target.code),
  tasks: result.tasks.map((task) => task.id),
});

describe("filterCatalogItems", () => {
  it("returns everything with no filter", () => {
    expect(codes(filterCatalogItems(makeCatalog(), NO_FILTER))).toEqual({ targets: ["1.1", "3.1", "3.2"], tasks: ["1.1.a", "3.1.a"] });
  });

  it("finds words without accents in texts and indicator labels", () => {
    expect(codes(filterCatalogItems(makeCatalog(), { ...NO_FILTER, query: "ho ngheo" }))).toEqual({ targets: ["1.1"], tasks: [] });
    expect(codes(filterCatalogItems(makeCatalog(), { ...NO_FILTER, query: "TỬ VONG" }))).toEqual({ targets: ["3.1"], tasks: [] });
  });

  it("filters by goal", () => {
    expect(codes(filterCatalogItems(makeCatalog(), { ...NO_FILTER, goal: "3" as GoalCode }))).toEqual({ targets: ["3.1", "3.2"], tasks: ["3.1.a"] });
  });

  it("filters by agency as lead, as partner, or either", () => {
    const catalog = makeCatalog();
    const agency = agencyId("thanhhoa.sldtbxh");
    expect(codes(filterCatalogItems(catalog, { ...NO_FILTER, agency, role: "lead" }))).toEqual({ targets: ["1.1"], tasks: ["1.1.a"] });
    expect(codes(filterCatalogItems(catalog, { ...NO_FILTER, agency, role: "partner" }))).toEqual({ targets: ["3.2"], tasks: [] });
    expect(codes(filterCatalogItems(catalog, { ...NO_FILTER, agency, role: "any" }))).toEqual({ targets: ["1.1", "3.2"], tasks: ["1.1.a"] });
  });

  it("keeps quantitative targets and their tasks when asked", () => {
    expect(codes(filterCatalogItems(makeCatalog(), { ...NO_FILTER, quantitativeOnly: true }))).toEqual({
      targets: ["1.1", "3.1"],
      tasks: ["1.1.a", "3.1.a"],
    });
  });

  it("keeps only items flagged for review and indexes their review items", () => {
    const result = filterCatalogItems(makeCatalog(), { ...NO_FILTER, reviewOnly: true });
    expect(codes(result)).toEqual({ targets: ["3.2"], tasks: [] });
    expect(result.reviewBySubject.get("target:3.2")?.map((item) => item.code)).toEqual(["lead_differs"]);
  });
});
