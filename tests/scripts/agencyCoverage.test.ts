import { join } from "node:path";
import { readFileSync } from "node:fs";
import { agencyCoverage } from "../../scripts/agencyCoverage";
import { extractAgencyText } from "../../scripts/extractAgencyCells";
import { bundledAgencyDirectory } from "../../src/domain/catalog/agencies/bundledAgencies";

const sources = join(__dirname, "..", "..", "data", "sources");
const directory = bundledAgencyDirectory();
const coverage = agencyCoverage(sources, directory);

/**
 * Names the documents use that must go to review rather than resolve: in 001 four provincial Sở are
 * written "Bộ …" inside lists of Sở, and names of bodies that do not exist ("Sở Quốc phòng", "Sở Công an",
 * "Sở Ngoại giao", "Tòa án nhân dân tối tỉnh") stand for one likely body. They are doubtfulAliases, so
 * matching offers the candidates and never picks.
 */
const EXPECTED_REVIEW = [
  ["000:631", "Sở Ngoại giao", ["thanhhoa.sngv"]],
  ["001:275", "Sở Quốc phòng", ["daknong.bchqs"]],
  ["001:292", "Bộ Công Thương", ["daknong.sct", "vn.bo-ct"]],
  ["001:309", "Sở Công an", ["daknong.ca"]],
  ["001:361", "Bộ Lao động - Thương binh và Xã hội", ["daknong.sldtbxh", "vn.bo-ldtbxh"]],
  ["001:523", "Sở Quốc phòng", ["daknong.bchqs"]],
  ["001:679", "Sở Ngoại giao", ["daknong.sngv"]],
  ["001:782", "Sở Công an", ["daknong.ca"]],
  ["001:782", "Sở Quốc phòng", ["daknong.bchqs"]],
  ["001:1119", "Bộ Xây dựng", ["daknong.sxd", "vn.bo-xd"]],
  ["001:1259", "Bộ Tư pháp", ["daknong.stp", "vn.bo-tp"]],
  ["001:1272", "Sở Ngoại giao", ["daknong.sngv"]],
  ["001:1284", "Sở Ngoại giao", ["daknong.sngv"]],
  ["001:1311", "Tòa án nhân dân tối tỉnh", ["daknong.tand"]],
];

/** Phrases in the agency cells that are not agencies at all. None are left after splitting. */
const KNOWN_NON_AGENCY_PHRASES: readonly string[] = [];

describe("agency coverage of the five bundled plans", () => {
  it.each([
    // file, lead cells, partner cells: the label counts of the seed notes plus the body's agency bullets
    ["000-thanhhoa-sdg-2017.txt", 125, 103],
    ["001-daknong-sdg-2018.txt", 118, 118],
    ["002-quangninh-sdg-2018.txt", 161, 159],
    ["003-thanhhoa-nq58-2021.txt", 83, 50],
    ["004-thanhhoa-green-growth-2023.txt", 133, 84],
  ])("finds the agency cells of %s (%i lead, %i partner)", (file, leads, partners) => {
    const { cells } = extractAgencyText(file, readFileSync(join(sources, file), "utf8"));
    expect([cells.filter((c) => c.role === "lead").length, cells.filter((c) => c.role === "partner").length]).toEqual([
      leads,
      partners,
    ]);
  });

  it("resolves every name split from the cells, except the doubtful ones that go to review", () => {
    const unknown = coverage.names
      .filter((n) => n.match.kind === "unknown" && !KNOWN_NON_AGENCY_PHRASES.includes(n.name))
      .map((n) => [
        `${n.cell.file.slice(0, 3)}:${n.cell.line}`,
        n.name,
        n.match.kind === "unknown" ? n.match.candidates.map((c) => c.id) : [],
      ]);
    expect(unknown).toEqual(EXPECTED_REVIEW);
  });

  it("resolves each name to an agency of the document's province or a national body", () => {
    const foreign = coverage.names.filter(
      (n) => n.match.kind !== "unknown" && n.match.agency.province !== null && n.match.agency.province !== n.province,
    );
    expect(foreign).toEqual([]);
  });

  it("splits no cell into fragments (every name starts like an agency or a collective actor)", () => {
    const fragments = coverage.names.filter((n) => !/^(?:\p{Lu}|các |tổ chức|đoàn thể|chi nhánh|đơn vị)/u.test(n.name));
    expect(fragments.map((n) => n.name)).toEqual([]);
  });

  it("finds the agencies lists of the known hard cells", () => {
    const namesAt = (file: string, line: number): string[] =>
      coverage.names.filter((n) => n.cell.file.startsWith(file) && n.cell.line === line).map((n) => n.name);
    // 000 L457 + L460: "Sở Thông|tín" cut by a page break and rejoined.
    expect(namesAt("000", 457)).toContain("Sở Thông tín và Truyền thông");
    // 003 L345 + L348: "Sở Tài|chính" cut in the lead column.
    expect(namesAt("003", 345)).toEqual(
      expect.arrayContaining(["Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Tài chính"]),
    );
  });

  it("covers every agency mention of the 'Tổ chức thực hiện' sections", () => {
    expect(coverage.uncoveredMentions).toEqual([]);
    expect(coverage.unresolvedMentions).toEqual([]);
  });
});
