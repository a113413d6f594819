import type { AgencySuccession } from "../../../src/domain/catalog/agency";
import { suggestSuccessor } from "../../../src/domain/templates/suggestSuccessor";
import { agencyId, makeAgency } from "../../helpers/catalogBuilders";

const agencies = new Map(
  [
    makeAgency("th.snv", "Sở Nội vụ"),
    makeAgency("th.syt", "Sở Y tế"),
    makeAgency("th.sgddt", "Sở Giáo dục và Đào tạo"),
    makeAgency("th.snnmt", "Sở Nông nghiệp và Môi trường"),
    makeAgency("th.skhcn", "Sở Khoa học và Công nghệ"),
    makeAgency("th.svhttdl", "Sở Văn hóa, Thể thao và Du lịch"),
  ].map((agency) => [agency.id, agency]),
);
const split = (to: readonly string[], note: string): AgencySuccession => ({ from: agencyId("th.old"), to: to.map(agencyId), effective: "2025-03-01", source: "NĐ 45/2025", uncertain: false, note });

const labour = split(
  ["th.snv", "th.syt", "th.sgddt", "th.snnmt"],
  "Nhiệm vụ chia theo lĩnh vực: lao động, việc làm, tiền lương, bảo hiểm xã hội, người có công, bình đẳng giới → Sở Nội vụ; bảo trợ xã hội, trẻ em, phòng, chống tệ nạn xã hội → Sở Y tế; giáo dục nghề nghiệp → Sở Giáo dục và Đào tạo; giảm nghèo → Sở Nông nghiệp và Môi trường. Cán bộ theo dõi chọn cơ quan theo nội dung từng nhiệm vụ.",
);
const information = split(
  ["th.skhcn", "th.svhttdl"],
  "Phần lớn chức năng chuyển về Sở Khoa học và Công nghệ; quản lý nhà nước về báo chí, xuất bản, phát thanh, truyền hình chuyển về Sở Văn hóa, Thể thao và Du lịch.",
);

describe("suggestSuccessor", () => {
  it.each([
    ["Nâng cao chất lượng giáo dục nghề nghiệp", "th.sgddt"],
    ["Bảo đảm quyền của trẻ em", "th.syt"],
    ["Giải quyết việc làm cho người lao động", "th.snv"],
    ["Giảm tỷ lệ hộ nghèo đa chiều", "th.snnmt"],
  ])("suggests from the subjects the note gives each successor: %s", (text, expected) => {
    expect(suggestSuccessor(text, labour, agencies)).toMatchObject({ agency: expected, reason: "subject" });
  });

  it("suggests the body that took the rest when no subject matches", () => {
    expect(suggestSuccessor("Phát triển chính quyền điện tử", information, agencies)).toEqual({ agency: "th.skhcn", reason: "rest", matched: [] });
    expect(suggestSuccessor("Quản lý báo chí và xuất bản", information, agencies)).toMatchObject({ agency: "th.svhttdl", reason: "subject" });
  });

  it("suggests nothing when no subject matches and no body took the rest", () => {
    expect(suggestSuccessor("Phòng, chống thiên tai", labour, agencies)).toBeNull();
  });

  it("suggests nothing from a succession without a note", () => {
    expect(suggestSuccessor("Giảm nghèo", { ...labour, note: undefined }, agencies)).toBeNull();
  });
});
