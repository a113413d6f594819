import type { Agency, AgencySuccession } from "../../../../src/domain/catalog/agency";
import type { AgencyId } from "../../../../src/domain/catalog/types";
import { checkAgencies, checkAgencySuccessions } from "../../../../src/domain/catalog/agencies/checkAgencyData";

const id = (s: string): AgencyId => s as AgencyId;

function agency(overrides: Omit<Partial<Agency>, "id"> & { readonly id: string }): Agency {
  return { name: "Sở Y tế", shortName: "Sở YT", aliases: [], kind: "department", province: "thanhhoa", ...overrides, id: id(overrides.id) };
}

function succession(overrides: Partial<AgencySuccession>): AgencySuccession {
  return { from: id("thanhhoa.a"), to: [id("thanhhoa.b")], effective: "2025-03-01", source: "NĐ 45/2025/NĐ-CP", uncertain: false, ...overrides };
}

const codes = (issues: readonly { code: string }[]): string[] => issues.map((i) => i.code);

describe("checkAgencies", () => {
  it("accepts well-formed agencies", () => {
    expect(checkAgencies([agency({ id: "thanhhoa.syt" }), agency({ id: "vn.bo-yt", name: "Bộ Y tế", shortName: "Bộ YT", province: null, kind: "central" })])).toEqual([]);
  });

  it("collects every problem in one pass", () => {
    const issues = checkAgencies([
      agency({ id: "ThanhHoa.SYT" }),
      agency({ id: "thanhhoa.syt" }),
      agency({ id: "thanhhoa.syt", name: "Sở Tài chính", shortName: "Sở TC" }),
      agency({ id: "daknong.x", province: "thanhhoa", name: "Sở X", shortName: "SX" }),
      agency({ id: "thanhhoa.group", kind: "group", name: "Sở Nội vụ", shortName: "SNV" }),
      agency({ id: "thanhhoa.nfd", name: "Sở Nội vụ".normalize("NFD"), shortName: "NV" }),
    ]);
    expect(codes(issues)).toEqual([
      "agency_id_invalid", // ThanhHoa.SYT
      "agency_province_mismatch", // its scope is not "thanhhoa"
      "agency_spelling_shared", // thanhhoa.syt shares "Sở Y tế" …
      "agency_spelling_shared", // … and "Sở YT" with it
      "agency_id_duplicate", // thanhhoa.syt twice
      "agency_province_mismatch", // daknong.x in thanhhoa
      "agency_group_not_collective", // "Sở Nội vụ" is no collective
      "agency_text_not_nfc", // NFD name …
      "agency_spelling_shared", // … that folds to the group's "Sở Nội vụ"
    ]);
    expect(issues[2]?.params).toEqual({ id: "thanhhoa.syt", other: "ThanhHoa.SYT", spelling: "sở y tế" });
  });

  it("allows one spelling in two provinces", () => {
    expect(checkAgencies([agency({ id: "thanhhoa.syt" }), agency({ id: "daknong.syt", province: "daknong" })])).toEqual([]);
  });
});

describe("checkAgencySuccessions", () => {
  const agencies = [agency({ id: "thanhhoa.a", name: "A" }), agency({ id: "thanhhoa.b", name: "B" })];

  it("accepts successions between known agencies", () => {
    expect(checkAgencySuccessions([succession({})], agencies)).toEqual([]);
  });

  it.each([
    [{ to: [id("thanhhoa.zz")] }, ["succession_unknown_agency"]],
    [{ effective: "01/03/2025" }, ["succession_date_invalid"]],
    [{ effective: "2025-13-01" }, ["succession_date_invalid"]],
    [{ to: [id("thanhhoa.a")] }, ["succession_self_loop", "succession_cycle"]],
    [{ to: [] }, ["succession_no_target"]],
    [{ source: " " }, ["succession_source_missing"]],
  ])("reports %j as %j", (overrides, expected) => {
    expect(codes(checkAgencySuccessions([succession(overrides)], agencies))).toEqual(expected);
  });

  it("reports a cycle across two successions", () => {
    const issues = checkAgencySuccessions(
      [succession({}), succession({ from: id("thanhhoa.b"), to: [id("thanhhoa.a")], effective: "2025-07-01" })],
      agencies,
    );
    expect(codes(issues)).toEqual(["succession_cycle", "succession_cycle"]);
  });
});
