import type { Agency } from "../../../../src/domain/catalog/agency";
import type { AgencyId } from "../../../../src/domain/catalog/types";
import { createAgencyDirectory, type AgencyMatch } from "../../../../src/domain/catalog/agencies/agencyDirectory";
import { bundledAgencyDirectory } from "../../../../src/domain/catalog/agencies/bundledAgencies";

const directory = bundledAgencyDirectory();

/** The id a match resolves to, or "unknown" with the candidate ids. */
function resolved(match: AgencyMatch): string {
  return match.kind === "unknown" ? `unknown(${match.candidates.map((c) => c.id).join(",")})` : match.agency.id;
}

function agency(id: string, name: string, province: string | null, aliases: readonly string[] = []): Agency {
  return { id: id as AgencyId, name, shortName: name, aliases, kind: "department", province };
}

describe("createAgencyDirectory › match", () => {
  it("finds a canonical name exactly", () => {
    const m = directory.match("Sở Kế hoạch và Đầu tư", "thanhhoa");
    expect(m).toEqual({ kind: "exact", agency: directory.byId("thanhhoa.skhdt"), name: "Sở Kế hoạch và Đầu tư" });
  });

  it.each([
    ["Sở KH&ĐT", "thanhhoa", "thanhhoa.skhdt"], // abbreviation
    ["Sở LĐ-TB&XH", "daknong", "daknong.sldtbxh"],
    ["Sở NN&PTNT", "quangninh", "quangninh.snnptnt"],
    ["Sở Nông nghiệp và PTNT", "thanhhoa", "thanhhoa.snnptnt"], // 000 L368
    ["Sở Nông nghiệp và PTNN", "thanhhoa", "thanhhoa.snnptnt"], // 004 L450, typo
    ["Sở Thông tín và Truyền thông", "thanhhoa", "thanhhoa.stttt"], // 000 L460, typo
    ["Mật trấn Tổ quốc Việt Nam tỉnh Thanh Hóa", "thanhhoa", "thanhhoa.mttq"], // 004 L431, typo
    ["Công an tinh", "thanhhoa", "thanhhoa.ca"], // 000 L673, "tinh" for "tỉnh"
    ["Đài Phát thanh và Truyền hình tinh", "thanhhoa", "thanhhoa.dptth"], // 000 L668
    ["Sở Lao động, Thương binh và Xã hội", "thanhhoa", "thanhhoa.sldtbxh"], // 000 L554
    ["Sở Kế hoạch và ĐT", "quangninh", "quangninh.skhdt"], // 002 L1026
    ["Sở Tài nguyên và MT", "quangninh", "quangninh.stnmt"], // 002 L1560
    ["Nông nghiệp và PTNT", "quangninh", "quangninh.snnptnt"], // 002 L1742, no "Sở"
    ["Ủy ban nhân dân các huyện, thĩ xã", "daknong", "daknong.ubnd-huyen"], // 001 L1027
    ["Cơ quan Khối Mặt trận tổ quốc", "quangninh", "quangninh.mttq"], // 002 L252
    [
      "Chi nhánh Chi nhánh Phòng Thương mại và Công nghiệp Việt Nam tại Thanh Hóa tại Thanh Hóa",
      "thanhhoa",
      "thanhhoa.vcci",
    ], // 000 L383
  ])("resolves %j in %s to %s", (name, province, id) => {
    const m = directory.match(name, province);
    expect(resolved(m)).toBe(id);
    expect(m.kind).toBe("alias");
  });

  it("folds case, tone placement, NBSP and trailing punctuation", () => {
    expect(resolved(directory.match("sở văn hoá, thể thao và du lịch.", "thanhhoa"))).toBe("thanhhoa.svhttdl");
    expect(resolved(directory.match("Sở\u00a0Y tế;", "daknong"))).toBe("daknong.syt");
    // 002: "Sở Lao động- Thương binh" (no space before the dash) is the canonical name once folded.
    expect(directory.match("Sở Lao động- Thương binh và Xã hội", "quangninh")).toMatchObject({
      kind: "exact",
      agency: { id: "quangninh.sldtbxh" },
    });
  });

  it("does not confuse names that differ only by a diacritic", () => {
    expect(directory.match("Sở Ý tế", "thanhhoa")).toEqual({ kind: "unknown", name: "Sở Ý tế", candidates: [] });
  });

  it("scopes by province: the same name resolves to each province's own body", () => {
    expect(resolved(directory.match("Sở Tài chính", "thanhhoa"))).toBe("thanhhoa.stc");
    expect(resolved(directory.match("Sở Tài chính", "quangninh"))).toBe("quangninh.stc");
    expect(resolved(directory.match("Sở Tài chính", "lamdong"))).toBe("lamdong.stc");
  });

  it("falls back to national bodies after the province", () => {
    expect(resolved(directory.match("Bộ Kế hoạch và Đầu tư", "thanhhoa"))).toBe("vn.bo-khdt");
    expect(resolved(directory.match("Cục Di sản Văn hóa", "thanhhoa"))).toBe("vn.cuc-di-san"); // 003 L378
  });

  it("never picks between the bodies of several provinces when no province is given", () => {
    const m = directory.match("Sở Y tế", null);
    expect(m.kind).toBe("unknown");
    expect(m.kind === "unknown" && m.candidates.map((c) => c.id).sort()).toEqual([
      "daknong.syt",
      "lamdong.syt",
      "quangninh.syt",
      "thanhhoa.syt",
    ]);
  });

  it("does not lend a body of another province: it offers it as a candidate instead", () => {
    // Only Quảng Ninh had a Sở Du lịch.
    expect(resolved(directory.match("Sở Du lịch", "thanhhoa"))).toBe("unknown(quangninh.sdl)");
  });

  it.each([
    ["Sở Công an", "daknong", "daknong.ca"], // 001 L309: no such Sở, likely Công an tỉnh
    ["Sở Quốc phòng", "daknong", "daknong.bchqs"], // 001 L275
    ["Sở Ngoại giao", "thanhhoa", "thanhhoa.sngv"], // 000 L631: likely Sở Ngoại vụ
    ["Tòa án nhân dân tối tỉnh", "daknong", "daknong.tand"], // 001 L1311
  ])("never maps %j (%s), which names no real body, but offers %s as its only candidate", (name, province, id) => {
    const m = directory.match(name, province);
    expect(resolved(m)).toBe(`unknown(${id})`);
    expect(m.kind === "unknown" && m.doubtful).toBe(true);
  });

  it("sends a doubtful spelling to review with both readings (001 L292 'Bộ Công Thương' among Sở)", () => {
    expect(resolved(directory.match("Bộ Công Thương", "daknong"))).toBe("unknown(daknong.sct,vn.bo-ct)");
    // Elsewhere the ministry is meant.
    expect(resolved(directory.match("Bộ Công Thương", "thanhhoa"))).toBe("vn.bo-ct");
  });

  it("returns unknown with every candidate when two bodies of one province share a spelling", () => {
    const d = createAgencyDirectory([
      agency("x.a", "Ban Quản lý dự án", "x", ["BQLDA"]),
      agency("x.b", "Ban Quản lý dự án giao thông", "x", ["BQLDA"]),
    ]);
    expect(resolved(d.match("BQLDA", "x"))).toBe("unknown(x.a,x.b)");
  });

  it("resolves collective actors to their group", () => {
    const m = directory.match("UBND các huyện, thị xã, thành phố", "thanhhoa");
    expect(m.kind !== "unknown" && m.agency.kind).toBe("group");
    expect(resolved(m)).toBe("thanhhoa.ubnd-huyen");
  });
});

describe("createAgencyDirectory › knows, byId, all", () => {
  it("knows a spelling of any province", () => {
    expect(directory.knows("Sở Văn hóa, Thể thao và Du lịch")).toBe(true);
    expect(directory.knows("Sở Văn hóa")).toBe(false);
  });

  it("looks agencies up by id", () => {
    expect(directory.byId("vn.bo-khdt")?.name).toBe("Bộ Kế hoạch và Đầu tư");
    expect(directory.byId("nowhere.x")).toBeUndefined();
  });

  it("gives the letters and digits of its longest spelling as the bound for splitting", () => {
    const small = createAgencyDirectory([agency("x.a", "Sở Y tế", "x", ["Sở Văn hóa, Thể thao và Du lịch"])]);
    expect(small.maxLetters).toBe("SởVănhóaThểthaovàDulịch".length);
  });

  it("lists every agency it was built from", () => {
    const list = [agency("x.a", "Sở A", "x")];
    expect(createAgencyDirectory(list).all).toBe(list);
  });
});
