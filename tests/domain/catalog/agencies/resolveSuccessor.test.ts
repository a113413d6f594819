import type { AgencySuccession } from "../../../../src/domain/catalog/agency";
import type { AgencyId } from "../../../../src/domain/catalog/types";
import { resolveSuccessor } from "../../../../src/domain/catalog/agencies/resolveSuccessor";
import { bundledSuccessions } from "../../../../src/domain/catalog/agencies/bundledAgencies";

const id = (s: string): AgencyId => s as AgencyId;

function succession(from: string, to: readonly string[], effective: string): AgencySuccession {
  return { from: id(from), to: to.map(id), effective, source: "test", uncertain: false };
}

describe("resolveSuccessor", () => {
  const merges = [
    succession("p.skhdt", ["p.stc"], "2025-03-01"),
    succession("p.stc", ["q.stc"], "2025-07-01"),
    succession("p.sldtbxh", ["p.snv", "p.syt"], "2025-03-01"),
    succession("p.syt", ["q.syt"], "2025-07-01"),
    succession("p.snv", ["q.snv"], "2025-07-01"),
  ];

  it("keeps an agency that nothing replaced", () => {
    expect(resolveSuccessor(id("p.stp"), merges, "2026-01-01")).toEqual({ current: ["p.stp"], chain: [], cycle: false });
  });

  it("ignores successions not yet in effect", () => {
    expect(resolveSuccessor(id("p.skhdt"), merges, "2025-02-28").current).toEqual(["p.skhdt"]);
  });

  it("applies a succession from its effective date", () => {
    const r = resolveSuccessor(id("p.skhdt"), merges, "2025-03-01");
    expect(r.current).toEqual(["p.stc"]);
    expect(r.chain).toEqual([merges[0]]);
  });

  it("follows a chain of successions", () => {
    const r = resolveSuccessor(id("p.skhdt"), merges, "2025-07-01");
    expect(r).toEqual({ current: ["q.stc"], chain: [merges[0], merges[1]], cycle: false });
  });

  it("follows every branch of a split", () => {
    const r = resolveSuccessor(id("p.sldtbxh"), merges, "2025-12-31");
    expect(r.current).toEqual(["q.snv", "q.syt"]);
    expect(r.chain).toEqual([merges[2], merges[4], merges[3]]);
  });

  it("uses the latest succession in effect when one body has several", () => {
    const renamed = [succession("p.a", ["p.b"], "2019-01-01"), succession("p.a", ["p.c"], "2025-07-01")];
    expect(resolveSuccessor(id("p.a"), renamed, "2020-01-01").current).toEqual(["p.b"]);
    expect(resolveSuccessor(id("p.a"), renamed, "2025-07-01").current).toEqual(["p.c"]);
  });

  it("stops at a cycle and says so", () => {
    const cyclic = [succession("p.a", ["p.b"], "2025-01-01"), succession("p.b", ["p.a"], "2025-02-01")];
    expect(resolveSuccessor(id("p.a"), cyclic, "2025-12-31")).toEqual({ current: ["p.b"], chain: [cyclic[0]], cycle: true });
  });

  it("stops at a self-loop", () => {
    const loop = [succession("p.a", ["p.a"], "2025-01-01")];
    expect(resolveSuccessor(id("p.a"), loop, "2025-12-31")).toEqual({ current: ["p.a"], chain: [], cycle: true });
  });

  describe("with the bundled 2025 reforms", () => {
    it.each([
      ["thanhhoa.skhdt", "2025-03-01", ["thanhhoa.stc"]],
      ["thanhhoa.stnmt", "2025-03-01", ["thanhhoa.snnmt"]],
      ["thanhhoa.snnptnt", "2025-03-01", ["thanhhoa.snnmt"]],
      ["thanhhoa.sgtvt", "2025-03-01", ["thanhhoa.sxd"]],
      ["thanhhoa.stttt", "2025-03-01", ["thanhhoa.skhcn", "thanhhoa.svhttdl"]],
      ["thanhhoa.sldtbxh", "2025-03-01", ["thanhhoa.snv", "thanhhoa.syt", "thanhhoa.sgddt", "thanhhoa.snnmt"]],
      ["thanhhoa.ubnd-huyen", "2025-07-01", ["thanhhoa.ubnd-xa"]],
      ["quangninh.sdl", "2025-03-01", ["quangninh.svhttdl"]],
      ["daknong.skhdt", "2025-04-01", ["daknong.stc"]],
      ["daknong.skhdt", "2025-07-01", ["lamdong.stc"]],
      ["daknong.bdt", "2025-07-01", ["lamdong.sdttg"]],
      ["daknong.ubnd-huyen", "2025-07-01", ["lamdong.ubnd-xa"]],
      ["vn.bo-khdt", "2025-03-01", ["vn.bo-tc"]],
      ["thanhhoa.syt", "2025-12-31", ["thanhhoa.syt"]],
    ])("%s on %s is held by %j", (from, onDate, current) => {
      expect(resolveSuccessor(id(from), bundledSuccessions, onDate).current).toEqual(current);
    });

    it("leaves the plans' bodies untouched before the reforms", () => {
      expect(resolveSuccessor(id("daknong.sgtvt"), bundledSuccessions, "2024-12-31").current).toEqual(["daknong.sgtvt"]);
    });

    it("records the two steps of Đắk Nông's Sở Giao thông vận tải", () => {
      const r = resolveSuccessor(id("daknong.sgtvt"), bundledSuccessions, "2025-07-01");
      expect(r.current).toEqual(["lamdong.sxd"]);
      expect(r.chain.map((s) => [s.from, s.effective])).toEqual([
        ["daknong.sgtvt", "2025-03-01"],
        ["daknong.sxd", "2025-07-01"],
      ]);
    });
  });
});
