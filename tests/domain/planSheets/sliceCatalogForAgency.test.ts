import { sliceCatalogForAgency } from "../../../src/domain/planSheets/sliceCatalogForAgency";
import { agencyId, makeCatalog } from "../../helpers/catalogBuilders";

describe("sliceCatalogForAgency", () => {
  it("keeps the targets and tasks the agency leads or supports, their goals and their review items", () => {
    const slice = sliceCatalogForAgency(makeCatalog(), agencyId("thanhhoa.syt"));
    expect(slice.targets.map((target) => target.code)).toEqual(["3.1", "3.2"]);
    expect(slice.tasks.map((task) => task.id)).toEqual(["3.1.a"]);
    expect(slice.goals.map((goal) => goal.code)).toEqual(["3"]);
    expect(slice.review.map((item) => item.subject.id)).toEqual(["3.2"]);
  });

  it("includes items where the agency is only a partner", () => {
    const slice = sliceCatalogForAgency(makeCatalog(), agencyId("thanhhoa.ubnd-huyen"));
    expect(slice.targets.map((target) => target.code)).toEqual(["1.1"]);
    expect(slice.review).toEqual([]);
  });

  it("keeps the plan's identity and reporting regime", () => {
    const catalog = makeCatalog();
    const slice = sliceCatalogForAgency(catalog, agencyId("thanhhoa.syt"));
    expect(slice.reporting).toBe(catalog.reporting);
    expect(slice.id).toBe(catalog.id);
  });
});
