import type { Agency } from "../../src/domain/catalog/agency";
import { distributeDuties } from "../../src/domain/templates/distributeDuties";
import { bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { generateTemplates, prepareTemplates } from "../../src/workflows/generateTemplates";
import { readTemplate } from "../../src/workflows/readTemplate";
import { createXlsxWorkbook, openWorkbookFile, type XlsxWorkbook } from "../../src/xlsx/xlsxWorkbook";
import { BUNDLED_PLAN_IDS, bundledPlan, templateInput, THANH_HOA_PLANS } from "./templateFixtures";

/** A factory that counts the workbooks it hands out. */
function workbooks() {
  const made: Agency[] = [];
  return { made, create: async (agency: Agency): Promise<XlsxWorkbook> => (made.push(agency), createXlsxWorkbook()) };
}

async function generated(planIds: readonly string[], recipients: Parameters<typeof templateInput>[1]) {
  const result = await generateTemplates(templateInput(planIds, recipients), workbooks().create);
  if (!result.ok) throw new Error(`generation failed: ${result.error.code}`);
  return result.result;
}

describe("generateTemplates for every agency of each bundled plan", () => {
  it.each(BUNDLED_PLAN_IDS)("gives %s's every lead duty to exactly one template or to the pending list, and each template is recognised", async (planId) => {
    const { prepared, written } = await generated([planId], "all");
    const plan = bundledPlan(planId)!;
    expect(written.length).toBe(prepared.assignments.filter((assignment) => assignment.status === "template").length);
    expect(written.length).toBeGreaterThan(0);

    const ledTargets = plan.targets.filter((target) => target.lead.length > 0).length;
    const ledTasks = plan.tasks.filter((task) => task.lead.length > 0).length;
    const targetKeys = new Set(written.flatMap((template) => template.template.metadata.rows.indicators.map((key) => key.replace(/#\d+$/, ""))));
    const taskKeys = new Set(written.flatMap((template) => template.template.metadata.rows.leadTasks));
    const pendingTargets = new Set(prepared.pending.filter((duty) => duty.kind === "target" && duty.role === "lead").map((duty) => duty.dutyKey));
    const pendingTasks = new Set(prepared.pending.filter((duty) => duty.kind === "task" && duty.role === "lead").map((duty) => duty.dutyKey));
    expect(new Set([...targetKeys, ...pendingTargets]).size).toBe(ledTargets);
    expect(new Set([...taskKeys, ...pendingTasks]).size).toBe(ledTasks);

    for (const template of written) {
      const read = await readTemplate(await openWorkbookFile(await template.port.toBuffer()));
      expect(read.recognised && read.result.fingerprintMatches && read.result.issues.length === 0).toBe(true);
    }
  }, 120_000);
});

describe("generateTemplates for Thanh Hóa's three plans together", () => {
  it("gives each agency one template that covers 000, 003 and 004", async () => {
    const { written } = await generated(THANH_HOA_PLANS, "all");
    const names = written.map((template) => template.fileName);
    expect(new Set(names).size).toBe(names.length);
    for (const template of written) expect(template.template.metadata.plans.map((plan) => plan.id)).toEqual([...THANH_HOA_PLANS]);
    const fromEachPlan = written.filter((template) => {
      const rows = Object.values(template.template.metadata.rows).flat();
      return THANH_HOA_PLANS.every((planId) => rows.some((key) => key.startsWith(`${planId}|`)));
    });
    expect(fromEachPlan.map((template) => template.agency.id)).toEqual(expect.arrayContaining(["thanhhoa.snnmt", "thanhhoa.stc"]));
  }, 120_000);

  it("uses 15/11, the deadline 000 and 004 share, when 003 sets none", async () => {
    const prepared = await prepareTemplates(templateInput(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" }));
    if (!prepared.ok) throw new Error(prepared.error.code);
    expect(prepared.prepared.dates.deadline).toBe("2026-11-15");
  });

  it("gives Sở Nông nghiệp và Môi trường the duties of Sở NN&PTNT and Sở TN&MT, recorded in its metadata", async () => {
    const { written } = await generated(THANH_HOA_PLANS, { agency: "thanhhoa.snnmt" });
    const metadata = written[0]!.template.metadata;
    expect(metadata.successions.map((succession) => succession.from)).toEqual(expect.arrayContaining(["thanhhoa.snnptnt", "thanhhoa.stnmt"]));
    const distribution = distributeDuties([bundledPlan("thanhhoa-sdg-2017")!], { successions: bundledSuccessions, asOf: "2026-06-01" });
    const inherited = distribution.byAgency.get("thanhhoa.snnmt" as Agency["id"])!.leadTasks.filter((row) => row.inherited.some((entry) => entry.from === "thanhhoa.snnptnt"));
    expect(inherited.length).toBeGreaterThan(0);
    expect(metadata.rows.leadTasks).toEqual(expect.arrayContaining(inherited.map((row) => row.key)));
  });
});

describe("generateTemplates: duties of split bodies", () => {
  it("suggests a successor for most pending duties from their subject, and assigns them only when asked", async () => {
    const asked = await prepareTemplates(templateInput(["thanhhoa-sdg-2017"], "all"));
    const accepted = await prepareTemplates(templateInput(["thanhhoa-sdg-2017"], "all", { acceptSuggestions: true }));
    if (!asked.ok || !accepted.ok) throw new Error("preparation failed");
    const suggested = asked.prepared.pending.filter((duty) => duty.suggestion !== null);
    expect(suggested.length).toBeGreaterThan(asked.prepared.pending.length / 2);
    expect(accepted.prepared.pending).toEqual(asked.prepared.pending.filter((duty) => duty.suggestion === null));
    const [first] = suggested;
    const holder = accepted.prepared.assignments.find((assignment) => assignment.agency.id === first!.suggestion!.agency);
    const rows = holder?.status === "template" ? [...holder.duties.indicators, ...holder.duties.leadTasks] : [];
    expect(rows.some((row) => row.key.replace(/#\d+$/, "") === first!.dutyKey && row.inherited.some((entry) => entry.chosen))).toBe(true);
  });
});

describe("generateTemplates: what is refused before anything is written", () => {
  it.each([
    ["an unknown plan", templateInput(["thanhhoa-sdg-2017", "khong-co"], "all"), { code: "plan_unknown", planId: "khong-co" }],
    ["plans of two provinces", templateInput(["thanhhoa-sdg-2017", "quangninh-sdg-2018"], "all"), { code: "provinces_differ" }],
    ["an unknown agency", templateInput(["thanhhoa-sdg-2017"], { agency: "thanhhoa.khong-co" }), { code: "agency_unknown", agency: "thanhhoa.khong-co" }],
    ["an agency merged away", templateInput(["thanhhoa-sdg-2017"], { agency: "thanhhoa.snnptnt" }), { code: "agency_replaced" }],
    ["no plan", templateInput([], "all"), { code: "no_plan" }],
    ["a cut-off that is no date", templateInput(["thanhhoa-sdg-2017"], "all", { cutoff: "2026-02-30x" }), { code: "date_invalid", field: "cutoff" }],
  ])("refuses %s with a typed error and creates no workbook", async (_case, input, error) => {
    const factory = workbooks();
    const result = await generateTemplates(input, factory.create);
    expect(result).toEqual({ ok: false, error: expect.objectContaining(error) });
    expect(factory.made).toEqual([]);
  });

  it("names who now holds a merged agency's duties", async () => {
    const result = await prepareTemplates(templateInput(["thanhhoa-sdg-2017"], { agency: "thanhhoa.snnptnt" }));
    expect(result.ok ? null : result.error).toMatchObject({ code: "agency_replaced", holders: [expect.objectContaining({ id: "thanhhoa.snnmt" })] });
  });
});

describe("generateTemplates: agencies with nothing assigned", () => {
  it("writes no template for an agency with nothing in the plans, and says so", async () => {
    const factory = workbooks();
    const result = await generateTemplates(templateInput(["thanhhoa-green-growth-2023"], { agency: "thanhhoa.tand" }), factory.create);
    expect(result.ok && result.result.outcomes).toEqual([{ status: "nothing_assigned", agency: expect.objectContaining({ id: "thanhhoa.tand" }) }]);
    expect(factory.made).toEqual([]);
  });

  it("lists the province's bodies without a template in the cover list, with no file", async () => {
    const { prepared } = await generated(["thanhhoa-green-growth-2023"], "all");
    const idle = prepared.assignments.filter((assignment) => assignment.status === "nothing_assigned").map((assignment) => assignment.agency.id);
    expect(idle.length).toBeGreaterThan(0);
    for (const id of idle) expect(prepared.coverList).toContainEqual(expect.arrayContaining([id, expect.any(String), null]));
    const files = prepared.coverList.slice(1).map((row) => row[2]).filter((file) => typeof file === "string");
    expect(files.length).toBe(prepared.assignments.length - idle.length);
  }, 60_000);
});
