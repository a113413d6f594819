import { detectFamily } from "../../../../src/domain/catalog/import/detectFamily";
import { readTwoColumnTable } from "../../../../src/domain/catalog/import/families/readTwoColumnTable";
import { readIdentity } from "../../../../src/domain/catalog/import/readIdentity";
import { readLeadList } from "../../../../src/domain/catalog/import/readLeadList";
import { readReportingRegime } from "../../../../src/domain/catalog/import/readReportingRegime";
import { readStatedTargetCounts } from "../../../../src/domain/catalog/import/readStatedTargetCounts";
import { createSourceDocument } from "../../../../src/domain/catalog/import/sourceDocument";
import { splitOutputs } from "../../../../src/domain/catalog/import/splitOutputs";
import { planText, type PlanKey } from "./planSources";

const documentOf = (plan: PlanKey) => createSourceDocument(planText(plan));

describe("detectFamily", () => {
  it.each([
    ["thanhhoa-sdg-2017", "two-column-table"],
    ["daknong-sdg-2018", "tab-led-cells"],
    ["quangninh-sdg-2018", "paragraph-cells"],
    ["thanhhoa-nq58-2021", "tsv-appendix"],
    ["thanhhoa-green-growth-2023", "tsv-appendix"],
  ] as const)("reads %s as %s", (plan, family) => {
    expect(detectFamily(documentOf(plan)).family).toBe(family);
  });
});

describe("readIdentity", () => {
  it.each([
    ["thanhhoa-sdg-2017", "3934/QĐ-UBND", "2017-10-17", 2017, 2030],
    ["daknong-sdg-2018", null, null, 2018, 2030],
    ["quangninh-sdg-2018", "86/KH-UBND", "2018-05-29", 2018, 2030],
    ["thanhhoa-nq58-2021", null, null, 2021, 2030],
    ["thanhhoa-green-growth-2023", "3825/QĐ-UBND", "2023-10-18", 2021, 2030],
  ] as const)("reads %s: number %s, date %s, period %s–%s", (plan, number, date, from, to) => {
    expect(readIdentity(documentOf(plan))).toMatchObject({ documentNumber: number, issuedOn: date, period: { from, to } });
  });

  it("takes the province from its most frequent spelling ('Đắk Nông', not 'Đăk Nông' of L5)", () => {
    expect(readIdentity(documentOf("daknong-sdg-2018")).province).toBe("Đắk Nông");
  });
});

describe("readReportingRegime", () => {
  it.each([
    ["thanhhoa-sdg-2017", "11-15", null, []],
    ["daknong-sdg-2018", "11-20", "12-05", []],
    ["quangninh-sdg-2018", "12-01", "12-15", [2025, 2030]],
    ["thanhhoa-nq58-2021", null, null, []],
    ["thanhhoa-green-growth-2023", "11-15", "12-10", [2025, 2030]],
  ] as const)("reads %s: agencies %s, consolidated %s, reviews %j", (plan, agency, consolidated, reviews) => {
    expect(readReportingRegime(documentOf(plan))).toMatchObject({ agencyDeadline: agency, consolidatedDeadline: consolidated, reviews });
  });
});

describe("readLeadList", () => {
  it("reads 000 III.1.i into 132 entries with dotted codes and scopes", () => {
    const entries = readLeadList(documentOf("thanhhoa-sdg-2017"));
    expect(entries).toHaveLength(132);
    expect(entries).toContainEqual(expect.objectContaining({ unit: "2.1.a", agencyName: "Sở Y tế", line: 242 }));
    expect(entries).toContainEqual(expect.objectContaining({ unit: "4.3", agencyName: "Sở Lao động - Thương binh và Xã hội", scope: "giáo dục nghề nghiệp" }));
  });
});

describe("readStatedTargetCounts", () => {
  it("reads 000's total (L116) and per-goal counts (L118–134)", () => {
    const stated = readStatedTargetCounts(documentOf("thanhhoa-sdg-2017"));
    expect(stated).toMatchObject({ total: 104, totalLine: 116 });
    expect(stated?.perGoal["16"]).toBe(9);
    expect(stated?.lines["16"]).toBe(133);
  });

  it("finds nothing in a plan that states no counts", () => {
    expect(readStatedTargetCounts(documentOf("thanhhoa-green-growth-2023"))).toBeNull();
  });
});

describe("readTwoColumnTable", () => {
  const table = readTwoColumnTable(documentOf("thanhhoa-sdg-2017"))!;
  const pieceAt = (line: number, kind: string) => table.pieces.find((piece) => piece.line === line && piece.kind === kind);

  it("drops the 48 repeated page headers", () => {
    expect(table.headerLine).toBe(293);
    expect(table.pageBreaks).toHaveLength(48);
  });

  it("joins a name cut mid-word by a page break with a space ('Sở' | 'Thông tin', L351/354)", () => {
    expect(pieceAt(351, "partners")).toMatchObject({ endLine: 354, text: expect.stringContaining("Sở Giao thông Vận tải, Sở Thông tin và Truyền thông") });
  });

  it("drops the word a page break repeats ('nghề nghiệp' | 'nghiệp, UBND…', L663/666)", () => {
    expect(pieceAt(663, "partners")).toMatchObject({ text: expect.stringMatching(/nghề nghiệp, UBND các huyện, thị xã, thành phố\.$/u) });
  });

  it("continues a target heading cut by a page break (1.4, L302/305)", () => {
    expect(pieceAt(302, "target")).toMatchObject({ code: "1.4", endLine: 305 });
  });
});

describe("splitOutputs", () => {
  it.each([
    ["Kế hoạch; chương trình; quyết định; báo cáo; ấn phẩm...", ["Kế hoạch", "chương trình", "quyết định", "báo cáo", "ấn phẩm"]],
    ["Kế hoạch, chương trình, đề án, dự án", ["Kế hoạch", "chương trình", "đề án", "dự án"]],
    ["Cơ chế, chính sách", ["Cơ chế, chính sách"]],
    ["Cơ chế, chính sách, quy định", ["Cơ chế, chính sách", "quy định"]],
  ])("splits %j", (cell, outputs) => {
    expect(splitOutputs(cell)).toEqual(outputs);
  });
});
