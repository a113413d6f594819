import { footerCode, footerSectionCode } from "../../src/workbook/headerFooterCodes";

describe("footer codes", () => {
  it("turns page, page count and sheet name into Excel's codes", () => {
    expect(footerSectionCode("Trang {page}/{pages} – {sheet}")).toBe("Trang &P/&N – &A");
  });

  it("doubles a literal ampersand so it prints as one", () => {
    expect(footerSectionCode("Sở LĐ-TB&XH")).toBe("Sở LĐ-TB&&XH");
  });

  it("joins the sections left, centre, right, leaving out empty ones", () => {
    expect(footerCode({ left: "Kế hoạch", right: "{page}" })).toBe("&LKế hoạch&R&P");
  });
});
