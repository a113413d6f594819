import { agencyArgMessage, resolveAgencyArg, resolveAgencyFlag, type AgencyArgContext } from "../../src/cli/resolveAgencyArg";
import type { Agency } from "../../src/domain/catalog/agency";
import { bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { agencyId, AGENCIES, makeAgency, makeCatalog, makeTask } from "../helpers/catalogBuilders";

const elsewhere = (agency: Agency, province: string): Agency => ({ ...agency, province, id: agencyId(agency.id.replace("thanhhoa", province)) });
const STC = makeAgency("thanhhoa.stc", "Sở Tài chính", "Sở TC");
const SYT_QN = elsewhere(makeAgency("thanhhoa.syt", "Sở Y tế", "SYT"), "quangninh");
const SXD_QN = elsewhere(makeAgency("thanhhoa.sxd", "Sở Xây dựng", "Sở XD"), "quangninh");
const SXD = makeAgency("thanhhoa.sxd", "Sở Xây dựng", "Sở XD");

const context = (overrides: Partial<AgencyArgContext> = {}): AgencyArgContext => ({
  catalog: makeCatalog(),
  agencies: [...AGENCIES, STC, SYT_QN, SXD_QN, SXD],
  successions: [{ from: agencyId("thanhhoa.skhdt"), to: [agencyId("thanhhoa.stc")], effective: "2025-03-01", source: "NĐ 45/2025", uncertain: false }],
  today: "2026-01-01",
  ...overrides,
});
const resolve = (text: string, overrides: Partial<AgencyArgContext> = {}) => resolveAgencyArg(text, context(overrides));
const ids = (agencies: readonly Agency[]) => agencies.map((agency) => agency.id);

describe("resolveAgencyArg", () => {
  it("accepts an agency's id", () => {
    expect(resolve("thanhhoa.syt")).toEqual({ ok: true, agency: expect.objectContaining({ id: "thanhhoa.syt" }) });
  });

  it("accepts a name or short name typed without accents", () => {
    expect(resolve("so y te")).toEqual({ ok: true, agency: expect.objectContaining({ id: "thanhhoa.syt" }) });
    expect(resolve("Sở KH&ĐT")).toEqual({ ok: true, agency: expect.objectContaining({ id: "thanhhoa.skhdt" }) });
  });

  it("settles a name several provinces share by the agency that has a part in the plan", () => {
    expect(resolve("Sở Y tế")).toMatchObject({ ok: true, agency: { id: "thanhhoa.syt" } });
  });

  it("asks which one when two agencies of the plan share the name", () => {
    const catalog = makeCatalog({ tasks: [...makeCatalog().tasks, makeTask("3.2.a", { lead: [SYT_QN.id] })] });
    const resolution = resolve("Sở Y tế", { catalog });
    expect(resolution).toMatchObject({ ok: false, code: "agency_ambiguous" });
    expect(resolution.ok ? [] : ids(resolution.suggestions)).toEqual(["thanhhoa.syt", "quangninh.syt"]);
  });

  it("refuses an agency with nothing in the plan, and suggests first the plan's agencies whose duties it took over", () => {
    const resolution = resolve("Sở Tài chính");
    expect(resolution).toMatchObject({ ok: false, code: "agency_not_in_plan", agency: { id: "thanhhoa.stc" } });
    expect(resolution.ok ? [] : ids(resolution.predecessors)).toEqual(["thanhhoa.skhdt"]);
    expect(resolution.ok ? [] : ids(resolution.suggestions)[0]).toBe("thanhhoa.skhdt");
  });

  it("names the agency of the plan's province when a shared name has nothing in the plan", () => {
    expect(resolve("so xay dung")).toMatchObject({ ok: false, code: "agency_not_in_plan", agency: { id: "thanhhoa.sxd" } });
  });

  it("refuses what names no agency, suggesting at most five of the plan's agencies closest to it", () => {
    const resolution = resolve("so y tee");
    expect(resolution).toMatchObject({ ok: false, code: "agency_unknown", agency: null });
    expect(resolution.ok ? [] : ids(resolution.suggestions)).toEqual(["thanhhoa.syt"]);
    expect(resolve("xyz")).toMatchObject({ ok: false, code: "agency_unknown", suggestions: [] });
  });
});

describe("agencyArgMessage", () => {
  it("lists each suggestion as the --agency to type, one per line, and how to see the plan's agencies", () => {
    const resolution = resolve("Sở Tài chính");
    if (resolution.ok) throw new Error("Sở Tài chính has no part in the plan");
    const lines = agencyArgMessage("Sở Tài chính", "test-plan", resolution).split("\n");
    expect(lines.filter((line) => line.trimStart().startsWith("--agency thanhhoa.skhdt"))).toHaveLength(1);
    expect(lines[lines.length - 1]).toContain("plan-tracker agencies --plan test-plan");
  });
});

describe("resolveAgencyFlag", () => {
  it("takes no flag as the whole plan, a bundled agency's name as its id, and refuses an unknown one", () => {
    const catalog = makeCatalog();
    expect(resolveAgencyFlag(undefined, catalog, bundledSuccessions)).toEqual({ ok: true, agency: null });
    expect(resolveAgencyFlag("So Y te", catalog, bundledSuccessions)).toEqual({ ok: true, agency: "thanhhoa.syt" });
    expect(resolveAgencyFlag("khong.co", catalog, bundledSuccessions)).toMatchObject({ ok: false, exitCode: 1 });
  });

  it("refuses --agency without a value as a usage error rather than injecting the whole plan", () => {
    expect(resolveAgencyFlag(true, makeCatalog(), bundledSuccessions)).toMatchObject({ ok: false, exitCode: 2 });
  });
});
