import { buildAssignmentMatrix } from "../../../src/domain/planSheets/buildAssignmentMatrix";
import { agencyId, makeCatalog, makeTarget, makeTask } from "../../helpers/catalogBuilders";

describe("buildAssignmentMatrix", () => {
  it("orders agencies by how much they lead and support, with their counts", () => {
    expect(buildAssignmentMatrix(makeCatalog()).agencies).toEqual([
      { agency: "thanhhoa.syt", leadCount: 3, partnerCount: 0 },
      { agency: "thanhhoa.sldtbxh", leadCount: 2, partnerCount: 1 },
      { agency: "thanhhoa.skhdt", leadCount: 0, partnerCount: 2 },
      { agency: "thanhhoa.ubnd-huyen", leadCount: 0, partnerCount: 1 },
    ]);
  });

  it("gives each target and task a row of roles, one per agency column", () => {
    const items = buildAssignmentMatrix(makeCatalog()).items;
    expect(items.map((item) => [item.kind, item.code, item.roles])).toEqual([
      ["target", "1.1", [null, "lead", "partner", "partner"]],
      ["target", "3.1", ["lead", null, null, null]],
      ["target", "3.2", ["lead", "partner", null, null]],
      ["task", "1.1.a", [null, "lead", null, null]],
      ["task", "3.1.a", ["lead", null, "partner", null]],
    ]);
  });

  it("counts an agency listed as both lead and partner of one item once, as lead", () => {
    const catalog = makeCatalog({
      targets: [makeTarget("1.1", { lead: [agencyId("a")], partners: [agencyId("a"), agencyId("b")] })],
      tasks: [],
    });
    expect(buildAssignmentMatrix(catalog).agencies).toEqual([
      { agency: "a", leadCount: 1, partnerCount: 0 },
      { agency: "b", leadCount: 0, partnerCount: 1 },
    ]);
  });

  it("leaves out items nobody is assigned to", () => {
    const catalog = makeCatalog({ targets: [makeTarget("1.1", { lead: [] })], tasks: [makeTask("1.1.a", { lead: [] })] });
    expect(buildAssignmentMatrix(catalog)).toEqual({ agencies: [], items: [] });
  });
});
