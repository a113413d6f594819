import { agencyIdsInPlan, predecessorsInPlan, successorsOf } from "../../../src/cli/agencies/agenciesInPlan";
import { bundledDataDir } from "../../../src/cli/bundledDataDir";
import { readPlanCatalog } from "../../../src/cli/readPlanCatalog";
import type { AgencySuccession } from "../../../src/domain/catalog/agency";
import { bundledAgencies } from "../../../src/domain/catalog/agencies/bundledAgencies";
import { sliceCatalogForAgency } from "../../../src/domain/planSheets/sliceCatalogForAgency";
import { agencyId, AGENCIES, makeAgency, makeCatalog } from "../../helpers/catalogBuilders";
import { memoryIo } from "../../helpers/memoryIo";

const merger = (from: string, to: string[], effective = "2025-03-01", uncertain = false): AgencySuccession => ({
  from: agencyId(from),
  to: to.map(agencyId),
  effective,
  source: "Nghị định 45/2025/NĐ-CP",
  uncertain,
});

describe("agencyIdsInPlan", () => {
  it("lists the agencies that lead or support some target or task", () => {
    expect([...agencyIdsInPlan(makeCatalog())].sort()).toEqual(["thanhhoa.skhdt", "thanhhoa.sldtbxh", "thanhhoa.syt", "thanhhoa.ubnd-huyen"]);
  });

  it("agrees with what sliceCatalogForAgency keeps, for every agency and a bundled plan", async () => {
    const read = await readPlanCatalog(memoryIo().io, bundledDataDir(), "thanhhoa-sdg-2017");
    if (!read.ok) throw new Error("the bundled plan must read");
    const inPlan = agencyIdsInPlan(read.catalog);
    const withPart = bundledAgencies.filter((agency) => {
      const slice = sliceCatalogForAgency(read.catalog, agency.id);
      return slice.targets.length + slice.tasks.length > 0;
    });
    expect(withPart.map((agency) => agency.id).sort()).toEqual([...inPlan].sort());
  });
});

describe("successorsOf", () => {
  const successions = [merger("thanhhoa.skhdt", ["thanhhoa.stc"]), merger("thanhhoa.stc", ["lamdong.stc"], "2025-07-01", true)];

  it("follows the mergers in effect on the day, and says when one of them is uncertain", () => {
    expect(successorsOf(agencyId("thanhhoa.skhdt"), successions, "2025-03-01")).toEqual({ holders: ["thanhhoa.stc"], uncertain: false });
    expect(successorsOf(agencyId("thanhhoa.skhdt"), successions, "2025-08-01")).toEqual({ holders: ["lamdong.stc"], uncertain: true });
  });

  it("is null for an agency that still holds its duties, before a merger or after an edit that keeps them", () => {
    expect(successorsOf(agencyId("thanhhoa.skhdt"), successions, "2024-12-31")).toBeNull();
    expect(successorsOf(agencyId("thanhhoa.syt"), successions, "2026-01-01")).toBeNull();
    expect(successorsOf(agencyId("thanhhoa.skhdt"), [merger("thanhhoa.skhdt", [])], "2026-01-01")).toBeNull();
  });
});

describe("predecessorsInPlan", () => {
  it("finds the plan's agencies whose duties an agency took over", () => {
    const successions = [merger("thanhhoa.skhdt", ["thanhhoa.stc"]), merger("thanhhoa.sldtbxh", ["thanhhoa.snv", "thanhhoa.stc"])];
    const found = predecessorsInPlan(agencyId("thanhhoa.stc"), AGENCIES, successions, "2026-01-01");
    expect(found.map((agency) => agency.id)).toEqual(["thanhhoa.skhdt", "thanhhoa.sldtbxh"]);
    expect(predecessorsInPlan(agencyId("thanhhoa.stc"), [makeAgency("thanhhoa.syt", "Sở Y tế")], successions, "2026-01-01")).toEqual([]);
  });
});
