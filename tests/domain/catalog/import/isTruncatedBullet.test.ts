import { isTruncatedBullet } from "../../../../src/domain/catalog/import/isTruncatedBullet";

describe("isTruncatedBullet", () => {
  it.each([
    ["- Phối hợp đưa nội dung", true], // 001 L505
    ["- Phối hợp đưa nội dung ", true],
    ["- Tỷ lệ đất có rừng 64%;", false], // 002 L1876
    ["- Đến năm 2020", false], // 002 L1572: a year header
    ["- Chủ trì: Sở Nội vụ.", false], // 002 L662
    ["- Triển khai thực hiện:", false], // 002 L1886
    ["- Tổ chức thực hiện hiệu quả Quy hoạch phát triển điện lực tỉnh Đăk Nông.", false], // 001 L696
    ["Phối hợp đưa nội dung", false], // no bullet
  ])("%s → %s", (text, expected) => {
    expect(isTruncatedBullet(text)).toBe(expected);
  });
});
