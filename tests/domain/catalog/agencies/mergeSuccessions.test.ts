import type { AgencySuccession } from "../../../../src/domain/catalog/agency";
import { mergeSuccessions } from "../../../../src/domain/catalog/agencies/mergeSuccessions";
import { resolveSuccessor } from "../../../../src/domain/catalog/agencies/resolveSuccessor";
import { agencyId } from "../../../helpers/catalogBuilders";

const bundled: AgencySuccession[] = [
  { from: agencyId("thanhhoa.skhdt"), to: [agencyId("thanhhoa.stc")], effective: "2025-03-01", source: "NĐ 45/2025", uncertain: false },
  { from: agencyId("thanhhoa.bdt"), to: [agencyId("thanhhoa.sdttg")], effective: "2025-03-01", source: "NĐ 45/2025", uncertain: true },
];

describe("mergeSuccessions", () => {
  it("replaces the bundled succession of a body the officer edited", () => {
    const edit: AgencySuccession = { from: agencyId("thanhhoa.bdt"), to: [agencyId("thanhhoa.snv")], effective: "2025-03-01", source: "Sửa bởi cán bộ", uncertain: false };
    const merged = mergeSuccessions(bundled, [edit]);
    expect(resolveSuccessor(agencyId("thanhhoa.bdt"), merged, "2026-01-01").current).toEqual(["thanhhoa.snv"]);
    expect(resolveSuccessor(agencyId("thanhhoa.skhdt"), merged, "2026-01-01").current).toEqual(["thanhhoa.stc"]);
  });

  it("lets an edit say a body still holds its duties", () => {
    const keep: AgencySuccession = { from: agencyId("thanhhoa.skhdt"), to: [], effective: "2025-03-01", source: "Sửa bởi cán bộ", uncertain: false };
    expect(resolveSuccessor(agencyId("thanhhoa.skhdt"), mergeSuccessions(bundled, [keep]), "2026-01-01").current).toEqual(["thanhhoa.skhdt"]);
  });
});
