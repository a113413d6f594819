import { assembleUnits } from "../../../../src/domain/catalog/import/assembleUnits";
import type { Piece } from "../../../../src/domain/catalog/import/pieces";

const goal = (code: string, line: number): Piece => ({ kind: "goal", code, title: `Mục tiêu ${code}`, line });
const target = (code: string, line: number): Piece => ({ kind: "target", code, text: `Mục tiêu ${code}`, line, endLine: line });
const label = (letter: string, line: number): Piece => ({ kind: "label", letter, title: "", line });
const text = (value: string, line: number): Piece => ({ kind: "text", text: value, line, endLine: line });
const lead = (value: string, line: number): Piece => ({ kind: "lead", text: value, line, endLine: line });
const partners = (value: string, line: number): Piece => ({ kind: "partners", text: value, line, endLine: line });

/** A lead list like 000 III.1.i: unit → lead. */
const leadList = (list: Record<string, string>) => ({
  leadFits: (leadText: string, unitId: string) => (unitId in list ? list[unitId] === leadText : null),
});

describe("assembleUnits", () => {
  it("ties a block to the unit on its row", () => {
    const plan = assembleUnits([goal("1", 1), target("1.1", 2), text("- Nhiệm vụ", 3), lead("Sở Y tế", 3), partners("Sở Tài chính", 3)]);
    expect(plan.units).toEqual([
      expect.objectContaining({ id: "1.1", goal: "1", target: "1.1", text: "- Nhiệm vụ", placement: "position", block: expect.objectContaining({ lead: expect.objectContaining({ text: "Sở Y tế" }) }) }),
    ]);
    expect(plan.review).toEqual([]);
  });

  it("replaces an empty target unit by its lettered sub-units", () => {
    const plan = assembleUnits([goal("1", 1), target("1.4", 2), label("a", 3), text("x", 3), label("b", 4), text("y", 4)]);
    expect(plan.units.map((unit) => unit.id)).toEqual(["1.4.a", "1.4.b"]);
  });

  it("ties a block on the next goal's heading row to the unit whose lead the list names (000 L308)", () => {
    const plan = assembleUnits(
      [goal("1", 1), target("1.4", 2), label("a", 3), text("x", 3), label("b", 4), text("y", 4), goal("2", 5), lead("Sở Xây dựng", 5)],
      leadList({ "1.4.a": "Sở NN&PTNT", "1.4.b": "Sở Xây dựng" }),
    );
    expect(plan.units.find((unit) => unit.id === "1.4.b")?.placement).toBe("lead-match");
    expect(plan.review).toEqual([
      expect.objectContaining({ code: "assignment_on_wrong_row", subject: { kind: "task", id: "1.4.b" }, candidates: ["1.4.b"] }),
    ]);
  });

  it("ties a run of blocks after all the tasks in order when the leads agree (000 10.2–10.4)", () => {
    const plan = assembleUnits(
      [goal("10", 1), target("10.2", 2), text("x", 3), target("10.3", 4), text("y", 5), lead("Sở Nội vụ", 6), lead("Sở LĐTBXH", 7)],
      leadList({ "10.2": "Sở Nội vụ", "10.3": "Sở LĐTBXH" }),
    );
    expect(plan.units.map((unit) => [unit.id, unit.placement, unit.block?.lead?.text])).toEqual([
      ["10.2", "sequence", "Sở Nội vụ"],
      ["10.3", "sequence", "Sở LĐTBXH"],
    ]);
    expect(plan.review).toEqual([]);
  });

  it("records a lead that differs from the list and keeps the block on its row", () => {
    const plan = assembleUnits([goal("8", 1), target("8.7", 2), text("x", 3), lead("Sở Du lịch", 3)], leadList({ "8.7": "Sở VHTTDL" }));
    expect(plan.review).toEqual([expect.objectContaining({ code: "lead_differs", subject: { kind: "task", id: "8.7" } })]);
  });

  it("prefers the nearest earlier free unit that fits, listing the other fitting units as candidates", () => {
    const plan = assembleUnits(
      [goal("7", 1), target("7.1", 2), text("x", 2), target("7.2", 3), text("y", 3), goal("8", 4), target("8.1", 5), text("w", 5), lead("Sở Y", 6)],
      leadList({ "7.1": "Sở Y", "7.2": "Sở Y", "8.1": "Sở Z" }),
    );
    expect(plan.review).toEqual([
      expect.objectContaining({ code: "assignment_on_wrong_row", subject: { kind: "task", id: "7.2" }, candidates: ["7.2", "7.1", "8.1"] }),
    ]);
  });

  it("does not choose when the nearest free unit does not fit and several others do", () => {
    const plan = assembleUnits(
      [goal("7", 1), target("7.1", 2), text("x", 2), target("7.2", 3), text("y", 3), target("7.3", 4), text("z", 4), goal("8", 5), target("8.1", 6), text("w", 6), lead("Sở Y", 7)],
      leadList({ "7.1": "Sở Y", "7.2": "Sở Y", "7.3": "Sở Q", "8.1": "Sở Z" }),
    );
    expect(plan.review).toEqual([
      expect.objectContaining({ code: "assignment_ambiguous", subject: { kind: "task", id: "8.1" }, candidates: ["7.2", "7.1", "8.1"] }),
    ]);
    expect(plan.units.every((unit) => unit.block === null)).toBe(true);
  });

  it("makes a unit of a goal with no coded targets (001 goal 7)", () => {
    const plan = assembleUnits([goal("7", 1), text("- Đến năm 2020, …", 2), lead("Sở Công Thương", 3)]);
    expect(plan.units).toEqual([expect.objectContaining({ id: "7", goal: "7", target: null })]);
  });

  it("keeps an orphan agency tail as a review item", () => {
    const plan = assembleUnits([goal("3", 1), target("3.3", 2), text("x", 2), { kind: "orphan", text: "các huyện, thị xã, thành phố.", line: 347 }]);
    expect(plan.review).toEqual([expect.objectContaining({ code: "orphan_assignment_fragment", source: expect.objectContaining({ line: 347 }), candidates: ["3.3"] })]);
  });
});
