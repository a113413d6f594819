import Ajv from "ajv";
import agenciesSchema from "../../../../data/schema/agencies.schema.json";
import successorsSchema from "../../../../data/schema/agency-successors.schema.json";
import { bundledAgencies, bundledSuccessions } from "../../../../src/domain/catalog/agencies/bundledAgencies";
import { AGENCY_ID_PATTERN, checkAgencies, checkAgencySuccessions } from "../../../../src/domain/catalog/agencies/checkAgencyData";
import { resolveSuccessor } from "../../../../src/domain/catalog/agencies/resolveSuccessor";
import { foldForMatching } from "../../../../src/domain/text/normalizeVietnamese";
import type { AgencyId } from "../../../../src/domain/catalog/types";

/** Every string inside a JSON value. */
function stringsOf(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(stringsOf);
  return [];
}

describe("data/agencies.json", () => {
  it("matches its JSON schema", () => {
    const validate = new Ajv({ allErrors: true }).compile(agenciesSchema);
    expect(validate(bundledAgencies) ? [] : validate.errors).toEqual([]);
  });

  it("passes every agency check", () => {
    expect(checkAgencies(bundledAgencies)).toEqual([]);
  });

  it("has unique ids of the form province.slug", () => {
    const ids = bundledAgencies.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((i) => !AGENCY_ID_PATTERN.test(i))).toEqual([]);
    expect(bundledAgencies.filter((a) => !a.id.startsWith(`${a.province ?? "vn"}.`)).map((a) => a.id)).toEqual([]);
  });

  it("covers the three plan provinces and Lâm Đồng, plus national bodies", () => {
    expect(new Set(bundledAgencies.map((a) => a.province))).toEqual(new Set(["thanhhoa", "daknong", "quangninh", "lamdong", null]));
  });

  it("is NFC everywhere", () => {
    expect(stringsOf(bundledAgencies).filter((s) => s !== s.normalize("NFC"))).toEqual([]);
  });

  it("gives no spelling to two agencies of the same province", () => {
    const owners = new Map<string, string[]>();
    for (const a of bundledAgencies) {
      for (const spelling of new Set([a.name, a.shortName, ...a.aliases].map(foldForMatching))) {
        const key = `${a.province ?? "vn"}|${spelling}`;
        owners.set(key, [...(owners.get(key) ?? []), a.id]);
      }
    }
    expect([...owners].filter(([, ids]) => ids.length > 1)).toEqual([]);
  });

  it("marks as groups only collective phrases", () => {
    const groups = bundledAgencies.filter((a) => a.kind === "group");
    expect(groups.length).toBeGreaterThan(20);
    expect(groups.filter((g) => !/(?:^|\s)các\s/iu.test(g.name)).map((g) => g.name)).toEqual([]);
  });

  it("keeps doubtful spellings apart from the agency's sure ones", () => {
    for (const a of bundledAgencies) {
      const sure = new Set([a.name, a.shortName, ...a.aliases].map(foldForMatching));
      expect((a.doubtfulAliases ?? []).filter((d) => sure.has(foldForMatching(d)))).toEqual([]);
    }
  });
});

describe("data/agency-successors.json", () => {
  it("matches its JSON schema", () => {
    const validate = new Ajv({ allErrors: true }).compile(successorsSchema);
    expect(validate(bundledSuccessions) ? [] : validate.errors).toEqual([]);
  });

  it("passes every succession check: known ids, ISO dates, no self-loops, no cycles", () => {
    expect(checkAgencySuccessions(bundledSuccessions, bundledAgencies)).toEqual([]);
  });

  it("names only agencies of agencies.json", () => {
    const ids = new Set<string>(bundledAgencies.map((a) => a.id));
    expect(bundledSuccessions.flatMap((s) => [s.from, ...s.to]).filter((i) => !ids.has(i))).toEqual([]);
  });

  it("has ISO dates and no self-loops", () => {
    expect(bundledSuccessions.filter((s) => !/^\d{4}-\d{2}-\d{2}$/u.test(s.effective))).toEqual([]);
    expect(bundledSuccessions.filter((s) => s.to.includes(s.from))).toEqual([]);
  });

  it("explains every uncertain entry in a note", () => {
    expect(bundledSuccessions.filter((s) => s.uncertain && (s.note ?? "").trim() === "").map((s) => s.from)).toEqual([]);
  });

  it.each(["thanhhoa", "daknong", "quangninh"])("retires the merged departments and the district level of %s", (province) => {
    const retired = ["skhdt", "snnptnt", "stnmt", "sgtvt", "stttt", "sldtbxh", "ubnd-huyen"].map((k) => `${province}.${k}`);
    const from = new Set<string>(bundledSuccessions.map((s) => s.from));
    expect(retired.filter((r) => !from.has(r))).toEqual([]);
  });

  it("hands Quảng Ninh's Ban Xây dựng nông thôn mới (lead of goal 18, 002 L2186) to Sở NN&MT, marked uncertain", () => {
    expect(bundledSuccessions.find((s) => s.from === "quangninh.bxd-ntm")).toMatchObject({ to: ["quangninh.snnmt"], uncertain: true });
  });

  it("reads every Ban Dân tộc → Sở Dân tộc và Tôn giáo entry by one rule, with one certainty", () => {
    const entries = bundledSuccessions.filter((s) => s.from.endsWith(".bdt"));
    expect(entries.map((s) => [s.from, s.to, s.uncertain])).toEqual([
      ["thanhhoa.bdt", ["thanhhoa.sdttg"], true],
      ["daknong.bdt", ["daknong.sdttg"], true],
    ]);
  });

  it("leaves no Đắk Nông body holding a duty after 1 July 2025", () => {
    const stillDakNong = bundledAgencies
      .filter((a) => a.province === "daknong")
      .flatMap((a) => resolveSuccessor(a.id as AgencyId, bundledSuccessions, "2025-07-01").current)
      .filter((i) => i.startsWith("daknong."));
    expect(stillDakNong).toEqual([]);
  });
});
