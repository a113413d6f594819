import { buildAssignmentMatrix } from "../../../src/domain/planSheets/buildAssignmentMatrix";
import { agencyId, makeCatalog, makeTarget, makeTask } from "../../helpers/catalogBuilders";

describe("buildAssignmentMatrix", () => {
  it("marks each agency's role per target and task and counts them", () => {
    const matrix = buildAssignmentMatrix(makeCatalog());
    expect(matrix.items).toEqual([
      { kind: "target", code: "1.1" },
      { kind: "target", code: "3.1" },
      { kind: "target", code: "3.2" },
      { kind: "task", code: "1.1.a" },
      { kind: "task", code: "3.1.a" },
    ]);
    expect(matrix.rows).toEqual([
      { agency: "thanhhoa.syt", leadCount: 3, partnerCount: 0, roles: [null, "lead", "lead", null, "lead"] },
      { agency: "thanhhoa.sldtbxh", leadCount: 2, partnerCount: 1, roles: ["lead", null, "partner", "lead", null] },
      { agency: "thanhhoa.skhdt", leadCount: 0, partnerCount: 2, roles: ["partner", null, null, null, "partner"] },
      { agency: "thanhhoa.ubnd-huyen", leadCount: 0, partnerCount: 1, roles: ["partner", null, null, null, null] },
    ]);
  });

  it("counts an agency listed as both lead and partner of one item once, as lead", () => {
    const catalog = makeCatalog({
      targets: [makeTarget("1.1", { lead: [agencyId("a")], partners: [agencyId("a"), agencyId("b")] })],
      tasks: [],
    });
    expect(buildAssignmentMatrix(catalog).rows.find((row) => row.agency === "a")).toMatchObject({ leadCount: 1, partnerCount: 0 });
  });

  it("leaves out items nobody is assigned to", () => {
    const catalog = makeCatalog({ targets: [makeTarget("1.1", { lead: [] })], tasks: [makeTask("1.1.a", { lead: [] })] });
    expect(buildAssignmentMatrix(catalog)).toEqual({ items: [], rows: [] });
  });
});
