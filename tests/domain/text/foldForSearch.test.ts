import { foldForSearch } from "../../../src/domain/text/foldForSearch";

describe("foldForSearch", () => {
  it.each([
    ["Tỷ lệ HỘ NGHÈO", "ty le ho ngheo"],
    ["Đắk Nông", "dak nong"],
    ["  Sở   Y tế ", "so y te"],
    ["Mục\u00a0tiêu", "muc tieu"],
  ])("folds %j to %j", (input, expected) => {
    expect(foldForSearch(input)).toBe(expected);
  });
});
