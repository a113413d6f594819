import { importPlan } from "../../../../src/domain/catalog/import/importPlan";
import { imported } from "./importResults";
import { agencies, PLAN_FILES, planText, type PlanKey } from "./planSources";

const PLANS = Object.keys(PLAN_FILES) as PlanKey[];

describe("importPlan on every bundled plan", () => {
  it.each(PLANS)("%s: every target and task has a lead agency, or a review item saying why not", (plan) => {
    const { catalog } = imported(plan);
    const subjects = new Set(catalog.review.map((item) => `${item.subject.kind}:${item.subject.id}`));
    const withoutLead = [
      ...catalog.tasks.filter((task) => task.lead.length === 0 && !subjects.has(`task:${task.id}`)).map((task) => `task ${task.id}`),
      ...catalog.targets
        .filter((target) => target.lead.length === 0 && !subjects.has(`target:${target.code}`))
        .filter((target) => !catalog.tasks.some((task) => task.target === target.code && subjects.has(`task:${task.id}`)))
        .map((target) => `target ${target.code}`),
    ];
    expect(withoutLead).toEqual([]);
  });

  it.each(PLANS)("%s: ids are unique and every task points to an existing goal and target", (plan) => {
    const { catalog } = imported(plan);
    const taskIds = catalog.tasks.map((task) => task.id);
    const targetCodes = catalog.targets.map((target) => target.code);
    expect(new Set(taskIds).size).toBe(taskIds.length);
    expect(new Set(targetCodes).size).toBe(targetCodes.length);
    const goals = new Set(catalog.goals.map((goal) => goal.code));
    for (const task of catalog.tasks) {
      if (task.goal !== null) expect(goals).toContain(task.goal);
      if (task.target !== null) expect(targetCodes).toContain(task.target);
    }
  });

  it.each(PLANS)("%s: every review item has a Vietnamese message and a line inside the document", (plan) => {
    const { catalog } = imported(plan);
    const lines = planText(plan).split("\n").length;
    for (const item of catalog.review) {
      expect(item.message.length).toBeGreaterThan(10);
      expect(item.message).not.toMatch(/^Cần xem lại \(/u);
      expect(item.source.line).toBeGreaterThanOrEqual(1);
      expect(item.source.line).toBeLessThanOrEqual(lines);
    }
  });

  it.each(PLANS)("%s: every agency id used is listed with its name", (plan) => {
    const { catalog } = imported(plan);
    const listed = new Set(catalog.agencies?.map((agency) => agency.id));
    for (const task of catalog.tasks) for (const id of [...task.lead, ...task.partners]) expect(listed).toContain(id);
  });
});

describe("importPlan on text it has never seen", () => {
  it.each([
    ["an empty text", ""],
    ["a few words", "Kế hoạch\nkhông có phụ lục"],
    ["tabs and markup only", "\t<ul>\t<p>\n<b></b>\t\t"],
    ["a table with no header", "1\t2\t3\t4\t5\t6\n7\t8\t9\t10\t11\t12"],
  ])("does not throw on %s and says what it could not read", (_label, text) => {
    const result = importPlan({ planId: "test", text }, { agencies: agencies() });
    expect(result.catalog.tasks).toEqual([]);
    expect(result.review.length).toBeGreaterThan(0);
    expect(result.stats.family).toBe("generic");
  });

  it("still reads a plan whose table was pasted without its header block (003 without L1–313)", () => {
    const lines = planText("thanhhoa-nq58-2021").split("\n");
    const result = importPlan({ planId: "pasted", text: lines.slice(313).join("\n") }, { agencies: agencies() });
    expect(result.catalog.tasks).toHaveLength(50);
    expect(result.review.map((item) => item.code)).toEqual(expect.arrayContaining(["document_number_missing"]));
  });
});
