import {
  anchorReference,
  cellReference,
  chooseSheetName,
  chooseTableName,
  rangeReference,
  sanitizeSheetName,
  sheetOfReference,
  toDefinedNameToken,
} from "../../../src/domain/sheet/sheetNames";

describe("chooseSheetName", () => {
  it("keeps the preferred name when it is free", () => {
    expect(chooseSheetName("Chỉ tiêu", ["Sheet1"])).toBe("Chỉ tiêu");
  });

  it("adds (2), (3)… when another sheet has the name, comparing as Excel does without case", () => {
    expect(chooseSheetName("Chỉ tiêu", ["chỉ tiêu"])).toBe("Chỉ tiêu (2)");
    expect(chooseSheetName("Chỉ tiêu", ["Chỉ tiêu", "Chỉ tiêu (2)"])).toBe("Chỉ tiêu (3)");
  });

  it("takes a sheet whose name is the same written with combining accents (NFD) as taken", () => {
    const decomposed = "Chỉ tiêu".normalize("NFD");
    expect(decomposed).not.toBe("Chỉ tiêu");
    expect(chooseSheetName("Chỉ tiêu", [decomposed])).toBe("Chỉ tiêu (2)");
    expect(chooseSheetName(decomposed, ["Chỉ tiêu"])).toBe("Chỉ tiêu (2)");
  });

  it("shortens long names so the suffix still fits in 31 characters", () => {
    const name = chooseSheetName("Phân công (Sở Lao động, Thương binh và Xã hội)", ["Phân công (Sở Lao động, Thương"]);
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name.endsWith(" (2)")).toBe(true);
  });
});

describe("sanitizeSheetName", () => {
  it("replaces characters Excel forbids and trims to 31 characters", () => {
    expect(sanitizeSheetName("Chỉ tiêu [2030]: a/b?")).toBe("Chỉ tiêu 2030 a b");
    expect(sanitizeSheetName("x".repeat(40))).toHaveLength(31);
  });
});

describe("chooseTableName", () => {
  it("suffixes a taken table name with _2", () => {
    expect(chooseTableName("ChiTieu", ["chitieu"])).toBe("ChiTieu_2");
  });
});

describe("toDefinedNameToken", () => {
  it.each([
    ["thanhhoa-sdg-2017", "thanhhoa_sdg_2017"],
    ["Chỉ tiêu", "Chi_tieu"],
    ["Đắk Nông", "Dak_Nong"],
    ["2030 plan", "_2030_plan"],
  ])("turns %s into %s", (input, expected) => {
    expect(toDefinedNameToken(input)).toBe(expected);
  });
});

describe("sheetOfReference", () => {
  it.each([
    ["'Chỉ tiêu'!$A$1", "Chỉ tiêu"],
    ["='Chỉ tiêu (2)'!$A$1", "Chỉ tiêu (2)"],
    ["'O''Brien'!$A$1", "O'Brien"],
    ["Sheet1!$A$1", "Sheet1"],
    ["#REF!$A$1", null],
    ["=#REF!", null],
  ])("reads %s as %s", (reference, sheet) => {
    expect(sheetOfReference(reference)).toBe(sheet);
  });

  it("round-trips anchorReference", () => {
    expect(sheetOfReference(anchorReference("O'Brien's"))).toBe("O'Brien's");
  });
});

describe("rangeReference", () => {
  it("makes a range absolute and quotes its sheet, doubling apostrophes", () => {
    expect(rangeReference("Tổng hợp", "A3:A9")).toBe("'Tổng hợp'!$A$3:$A$9");
    expect(rangeReference("O'Brien", "$B$2")).toBe("'O''Brien'!$B$2");
  });

  it("refuses an address that is not a cell", () => {
    expect(() => rangeReference("Tổng hợp", "A:A")).toThrow(RangeError);
  });

  it("round-trips through sheetOfReference", () => {
    expect(sheetOfReference(rangeReference("Báo cáo (2)", "C3:C9"))).toBe("Báo cáo (2)");
  });
});

describe("cellReference", () => {
  it("names a cell of any sheet as a link inside the workbook does, quoted", () => {
    expect(cellReference("Kết quả kiểm tra", "$d$7")).toBe("'Kết quả kiểm tra'!D7");
    expect(sheetOfReference(cellReference("O'Brien", "A1"))).toBe("O'Brien");
  });
});
