import type { AgencySuccession } from "../../../src/domain/catalog/agency";
import { distributeDuties } from "../../../src/domain/templates/distributeDuties";
import { agencyId, makeCatalog, makeTarget, makeTask } from "../../helpers/catalogBuilders";

const id = agencyId;
const merger = (from: string, to: string, uncertain = false): AgencySuccession => ({ from: id(from), to: [id(to)], effective: "2025-03-01", source: "NĐ 45/2025", uncertain });
const split = (from: string, to: readonly string[]): AgencySuccession => ({ from: id(from), to: to.map(id), effective: "2025-03-01", source: "NĐ 45/2025", uncertain: false });

const plan = makeCatalog({
  targets: [
    makeTarget("2.1", { lead: [id("th.snnptnt")], indicators: [] }),
    makeTarget("2.2", { lead: [id("th.snnptnt"), id("th.stnmt")] }),
    makeTarget("6.1", { lead: [id("th.snnmt")] }),
    makeTarget("1.1", { lead: [id("th.sldtbxh")] }),
  ],
  tasks: [
    makeTask("2.1.a", { lead: [id("th.snnptnt")], partners: [id("th.stnmt"), id("th.syt")] }),
    makeTask("1.1.a", { lead: [id("th.sldtbxh")], partners: [id("th.bdt")] }),
  ],
});
const successions = [merger("th.snnptnt", "th.snnmt"), merger("th.stnmt", "th.snnmt"), merger("th.bdt", "th.sdttg", true), split("th.sldtbxh", ["th.snv", "th.syt"])];
const options = { successions, asOf: "2026-01-01" };

describe("distributeDuties", () => {
  const { byAgency, pending } = distributeDuties([plan], options);
  const snnmt = byAgency.get(id("th.snnmt"))!;

  it("gives the merged body the duties of the bodies it replaced, saying where each came from", () => {
    expect(snnmt.indicators.map((row) => row.key)).toEqual(["test-plan|CT|2.1#0", "test-plan|CT|2.2#0", "test-plan|CT|6.1#0"]);
    expect(snnmt.indicators[0]!.inherited).toEqual([{ from: "th.snnptnt", effective: "2025-03-01", split: false, uncertain: false, chosen: false }]);
    expect(snnmt.indicators[2]!.inherited).toEqual([]);
  });

  it("puts a duty two predecessors shared in one row that names both", () => {
    expect(snnmt.indicators[1]!.inherited.map((entry) => entry.from)).toEqual(["th.snnptnt", "th.stnmt"]);
  });

  it("lists a task once, as led, when the agency leads it through one predecessor and supports it through another", () => {
    expect(snnmt.leadTasks.map((row) => row.key)).toEqual(["test-plan|NV|2.1.a"]);
    expect(snnmt.partnerTasks).toEqual([]);
  });

  it("gives cooperating bodies the task with who leads it today", () => {
    expect(byAgency.get(id("th.syt"))!.partnerTasks.map((row) => [row.key, row.leads])).toEqual([["test-plan|NV|2.1.a", ["th.snnmt"]]]);
  });

  it("marks a duty reached through an uncertain mapping as uncertain", () => {
    expect(byAgency.get(id("th.sdttg"))!.partnerTasks[0]!.inherited[0]!.uncertain).toBe(true);
  });

  it("gives a split body's duties to nobody until the officer chooses, and lists them as pending", () => {
    expect(byAgency.has(id("th.snv"))).toBe(false);
    expect(pending.map((duty) => [duty.dutyKey, duty.role, duty.candidates])).toEqual([
      ["test-plan|CT|1.1", "lead", ["th.snv", "th.syt"]],
      ["test-plan|NV|1.1.a", "lead", ["th.snv", "th.syt"]],
    ]);
  });

  it("follows the officer's choice, duty by duty, and records that it was chosen", () => {
    const chosen = distributeDuties([plan], { ...options, choices: { "test-plan|CT|1.1": [id("th.snv")] } });
    expect(chosen.byAgency.get(id("th.snv"))!.indicators.map((row) => [row.key, row.inherited[0]!.chosen])).toEqual([["test-plan|CT|1.1#0", true]]);
    expect(chosen.byAgency.get(id("th.syt"))!.indicators).toEqual([]);
    expect(chosen.pending.map((duty) => duty.dutyKey)).toEqual(["test-plan|NV|1.1.a"]);
  });

  it("keeps the plan's own bodies before the mergers took effect", () => {
    const before = distributeDuties([plan], { ...options, asOf: "2024-12-31" });
    expect(before.byAgency.get(id("th.snnptnt"))!.indicators).toHaveLength(2);
    expect(before.pending).toEqual([]);
  });

  it("keys each indicator value of a target apart", () => {
    const rows = distributeDuties([makeCatalog()], options).byAgency.get(id("thanhhoa.sldtbxh"))!.indicators;
    expect(rows.map((row) => [row.key, row.code])).toEqual([
      ["test-plan|CT|1.1#1", "1.1#1"],
      ["test-plan|CT|1.1#2", "1.1#2"],
    ]);
  });
});
