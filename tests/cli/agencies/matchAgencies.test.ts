import { agenciesMatching, agenciesNamed, closestAgencies } from "../../../src/cli/agencies/matchAgencies";
import type { Agency } from "../../../src/domain/catalog/agency";
import { makeAgency } from "../../helpers/catalogBuilders";

const inProvince = (agency: Agency, province: string | null): Agency => ({ ...agency, province });
const SYT = { ...makeAgency("thanhhoa.syt", "Sở Y tế", "Sở YT"), aliases: ["Sở Y tế Thanh Hóa"] };
const SYT_QN = inProvince(makeAgency("quangninh.syt", "Sở Y tế", "Sở YT"), "quangninh");
const STC = { ...makeAgency("thanhhoa.stc", "Sở Tài chính", "Sở TC"), doubtfulAliases: ["Bộ Tài chính"] };
const HLHPN = makeAgency("thanhhoa.hlhpn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội LHPN tỉnh", "mass-organisation");
const SXD = makeAgency("thanhhoa.sxd", "Sở Xây dựng", "Sở XD");
const ALL = [SYT, SYT_QN, STC, HLHPN, SXD];
const ids = (agencies: readonly Agency[]) => agencies.map((agency) => agency.id);

describe("agenciesNamed", () => {
  it("finds an agency by its id, name, short name or alias, with or without accents", () => {
    expect(ids(agenciesNamed("thanhhoa.stc", ALL))).toEqual(["thanhhoa.stc"]);
    expect(ids(agenciesNamed("so tai chinh", ALL))).toEqual(["thanhhoa.stc"]);
    expect(ids(agenciesNamed("SỞ TC", ALL))).toEqual(["thanhhoa.stc"]);
    expect(ids(agenciesNamed("So Y te Thanh Hoa", ALL))).toEqual(["thanhhoa.syt"]);
  });

  it("returns every agency that carries a name several provinces share", () => {
    expect(ids(agenciesNamed("Sở Y tế", ALL))).toEqual(["thanhhoa.syt", "quangninh.syt"]);
  });

  it("never reads a doubtful alias as the agency, nor part of a name as the whole", () => {
    expect(agenciesNamed("Bộ Tài chính", ALL)).toEqual([]);
    expect(agenciesNamed("Tài chính", ALL)).toEqual([]);
    expect(agenciesNamed("  ", ALL)).toEqual([]);
  });
});

describe("agenciesMatching", () => {
  it("keeps the agencies where every word typed begins a word of their spellings, accents optional", () => {
    expect(ids(agenciesMatching("y te", ALL))).toEqual(["thanhhoa.syt", "quangninh.syt"]);
    expect(ids(agenciesMatching("lien hiep", ALL))).toEqual(["thanhhoa.hlhpn"]);
    expect(agenciesMatching("ien", ALL)).toEqual([]);
    expect(ids(agenciesMatching("quangninh y te", ALL))).toEqual(["quangninh.syt"]);
    expect(agenciesMatching("", ALL)).toEqual(ALL);
  });
});

describe("closestAgencies", () => {
  it("puts an agency first when what was typed is a typo of its id or name", () => {
    expect(ids(closestAgencies("thanhhoa.hlphn", ALL))).toEqual(["thanhhoa.hlhpn"]);
    expect(ids(closestAgencies("so yte", [STC, SXD, SYT]))).toEqual(["thanhhoa.syt"]);
  });

  it("suggests by the rarer words typed, not by a word most agencies share", () => {
    expect(ids(closestAgencies("phu nu", ALL))).toEqual(["thanhhoa.hlhpn"]);
    expect(closestAgencies("so giao duc", ALL)).toEqual([]);
  });

  it("suggests at most five, and nothing for nothing typed", () => {
    const many = Array.from({ length: 8 }, (_unused, index) => makeAgency(`thanhhoa.ban${index}`, `Ban quản lý dự án số ${index}`));
    expect(closestAgencies("ban quan ly du an", many)).toHaveLength(5);
    expect(closestAgencies("", many)).toEqual([]);
  });
});
