import { findAgencyMentions } from "../../../../src/domain/catalog/agencies/findAgencyMentions";
import { bundledAgencyDirectory } from "../../../../src/domain/catalog/agencies/bundledAgencies";

const directory = bundledAgencyDirectory();

describe("findAgencyMentions", () => {
  it("finds the agencies of a sentence, longest spelling first (000 L202)", () => {
    const text =
      "b) Sở Kế hoạch và Đầu tư chủ trì, phối hợp với các ngành, UBND các huyện, thị xã, thành phố, tập trung vào các nội dung chủ yếu sau:";
    const mentions = findAgencyMentions(text, directory);
    expect(mentions.map((m) => m.text)).toEqual(["Sở Kế hoạch và Đầu tư", "các ngành", "UBND các huyện, thị xã, thành phố"]);
    expect(mentions[0]?.agencies.map((a) => a.id)).toContain("thanhhoa.skhdt");
    expect(text.slice(mentions[2]?.start, mentions[2]?.end)).toBe("UBND các huyện, thị xã, thành phố");
  });

  it("matches whole words only and folds tone placement (004 L410)", () => {
    const text = "Sở Thông tin và Truyền thông chủ trì, phối hợp với Đài Phát thanh và Truyền hình tỉnh, Báo Thanh Hoá";
    expect(findAgencyMentions(text, directory).map((m) => m.text)).toEqual([
      "Sở Thông tin và Truyền thông",
      "Đài Phát thanh và Truyền hình tỉnh",
      "Báo Thanh Hoá",
    ]);
  });

  it("gives offsets into the normalised text", () => {
    const mentions = findAgencyMentions("Giao\u00a0\u00a0Sở Y tế", directory);
    expect(mentions.map((m) => [m.start, m.end, m.text])).toEqual([[5, 12, "Sở Y tế"]]);
  });

  it("finds nothing in text without agencies", () => {
    expect(findAgencyMentions("Tổ chức tuyên truyền, nâng cao nhận thức trong cán bộ, công chức.", directory)).toEqual([]);
  });
});
