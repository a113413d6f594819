import {
  splitAgencyEntries,
  splitAgencyList,
  withoutParenthetical,
  type KnownNames,
} from "../../../../src/domain/catalog/agencies/splitAgencyList";
import { bundledAgencyDirectory } from "../../../../src/domain/catalog/agencies/bundledAgencies";
import { normalizeText } from "../../../../src/domain/text/normalizeVietnamese";
import { SOURCE_FILES, sourceLines } from "../values/sourceText";

const directory = bundledAgencyDirectory();

describe("splitAgencyList", () => {
  it("keeps commas inside Sở Văn hóa, Thể thao và Du lịch and UBND các huyện, thị xã, thành phố (000 L332)", () => {
    const cell =
      "Sở Kế hoạch và Đầu tư, Sở Lao động - Thương binh và Xã hội, Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ, " +
      "Sở Văn hóa, Thể thao và Du lịch, Sở Thông tin và Truyền thông, Ban Dân tộc, các tổ chức chính trị - xã hội, " +
      "tổ chức xã hội - nghề nghiệp, UBND các huyện, thị xã, thành phố.";
    const expected = [
      "Sở Kế hoạch và Đầu tư",
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Giáo dục và Đào tạo",
      "Sở Khoa học và Công nghệ",
      "Sở Văn hóa, Thể thao và Du lịch",
      "Sở Thông tin và Truyền thông",
      "Ban Dân tộc",
      "các tổ chức chính trị - xã hội",
      "tổ chức xã hội - nghề nghiệp",
      "UBND các huyện, thị xã, thành phố",
    ];
    expect(splitAgencyList(cell, directory)).toEqual(expected);
    // The rule alone (no directory) protects the same names.
    expect(splitAgencyList(cell)).toEqual(expected);
  });

  it("keeps commas inside Sở Lao động, Thương binh và Xã hội (000 L554)", () => {
    const cell = "Sở Tài nguyên và Môi trường, Sở Xây dựng, Sở Lao động, Thương binh và Xã hội, Sở Kế hoạch và Đầu tư, UBND các huyện, thị xã, thành phố.";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Tài nguyên và Môi trường",
      "Sở Xây dựng",
      "Sở Lao động, Thương binh và Xã hội",
      "Sở Kế hoạch và Đầu tư",
      "UBND các huyện, thị xã, thành phố",
    ]);
  });

  it("keeps Trường Đại học Văn hóa, Thể thao và Du lịch whole (000 L392)", () => {
    const cell = "Sở Tài chính, Trường Đại học Hồng Đức, Trường Đại học Văn hóa, Thể thao và Du lịch, các tổ chức chính trị - xã hội";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Tài chính",
      "Trường Đại học Hồng Đức",
      "Trường Đại học Văn hóa, Thể thao và Du lịch",
      "các tổ chức chính trị - xã hội",
    ]);
  });

  it("splits on 'và' before an agency but keeps the collective phrase after it (000 L535)", () => {
    const cell = "Sở Ngoại vụ, Sở Tài chính, Sở Kế hoạch và Đầu tư, Sở Tư pháp và các Sở, ngành, cơ quan liên quan.";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Ngoại vụ",
      "Sở Tài chính",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tư pháp",
      "các Sở, ngành, cơ quan liên quan",
    ]);
  });

  it.each([
    ["các Sở, ngành liên quan", "000 L661"],
    ["Các sở, ban, ngành cấp tỉnh", "003 L345"],
    ["Các sở, ban ngành thuộc tỉnh", "004 L610"],
    ["các tổ chức chính trị, xã hội, nghề nghiệp", "002 L2104"],
    ["Trung tâm Xúc tiến Đầu tư, Thương mại và Du lịch", "004 L475"],
    ["Ban quản lý các khu, điểm du lịch của tỉnh", "004 L627"],
  ])("keeps the collective or comma-bearing name %j whole (%s)", (name) => {
    expect(splitAgencyList(`Sở Tài chính, ${name}, Sở Xây dựng`, directory)).toEqual(["Sở Tài chính", name, "Sở Xây dựng"]);
  });

  it("expands a shared prefix and ends it where a new agency starts (003 L326)", () => {
    const cell = "Sở: Xây dựng, Kế hoạch và Đầu tư, Tài chính, Nông nghiệp và PTNT và các đơn vị liên quan";
    const expected = ["Sở Xây dựng", "Sở Kế hoạch và Đầu tư", "Sở Tài chính", "Sở Nông nghiệp và PTNT", "các đơn vị liên quan"];
    expect(splitAgencyList(cell, directory)).toEqual(expected);
    expect(splitAgencyList(cell)).toEqual(expected);
  });

  it("expands 'các sở:' lists inside a semicolon list (002 L548)", () => {
    const cell =
      "Phối hợp: các sở: Kế hoạch và Đầu tư, Tài chính, Giáo dục và Đào tạo, Nội vụ; UBND các huyện, thị xã, thành phố; Cơ quan khối MTTQ và các đoàn thể tỉnh.";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
      "Sở Giáo dục và Đào tạo",
      "Sở Nội vụ",
      "UBND các huyện, thị xã, thành phố",
      "Cơ quan khối MTTQ",
      "các đoàn thể tỉnh",
    ]);
  });

  it("expands 'Các sở:' with five departments (002 L1718)", () => {
    const cell =
      "- Phối hợp: Các sở: Tài nguyên và Môi trường, Nông nghiệp và Phát triển nông thôn, Công thương, Xây dựng, Kế hoạch và Đầu tư; UBND các huyện, thị xã, thành phố";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Tài nguyên và Môi trường",
      "Sở Nông nghiệp và Phát triển nông thôn",
      "Sở Công thương",
      "Sở Xây dựng",
      "Sở Kế hoạch và Đầu tư",
      "UBND các huyện, thị xã, thành phố",
    ]);
  });

  it("reads 'Sở X, Tài chính, Nội vụ' as three Sở when the directory knows them (002 L560)", () => {
    const cell = "Sở Lao động - Thương binh và Xã hội, Tài chính, Nội vụ ; UBND các huyện, thị xã, thành phố; Cơ quan khối MTTQ và các đoàn thể tỉnh.";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Tài chính",
      "Sở Nội vụ",
      "UBND các huyện, thị xã, thành phố",
      "Cơ quan khối MTTQ",
      "các đoàn thể tỉnh",
    ]);
  });

  it("expands 'các Sở: Tài chính, Công Thương' and 'Sở Tài chính, Công Thương' into two Sở", () => {
    expect(splitAgencyList("các Sở: Tài chính, Công Thương")).toEqual(["Sở Tài chính", "Sở Công Thương"]);
    expect(splitAgencyList("Sở Tài chính, Công Thương", directory)).toEqual(["Sở Tài chính", "Sở Công Thương"]);
  });

  it("separates two names a missing comma ran together (001 L1379)", () => {
    const cell = "Phối hợp: Sở Lao động - Thương binh và Xã hội Sở Tài chính, Ủy ban nhân dân các huyện, thị xã";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Lao động - Thương binh và Xã hội",
      "Sở Tài chính",
      "Ủy ban nhân dân các huyện, thị xã",
    ]);
  });

  it("splits on semicolons and a final 'và' before UBND (001 L861)", () => {
    const cell = "Các Sở, ban, ngành; các tổ chức chính trị - xã hội, tổ chức xã hội nghề nghiệp và UBND các huyện, thị xã";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Các Sở, ban, ngành",
      "các tổ chức chính trị - xã hội",
      "tổ chức xã hội nghề nghiệp",
      "UBND các huyện, thị xã",
    ]);
  });

  it("splits a lead cell with a generic tail (004 L538) and a 'và UBND' join (004 L610)", () => {
    expect(
      splitAgencyList("Ban Quản lý Khu kinh tế Nghi Sơn và các KCN; UBND các huyện, thị xã, thành phố và các đơn vị liên quan", directory),
    ).toEqual(["Ban Quản lý Khu kinh tế Nghi Sơn và các KCN", "UBND các huyện, thị xã, thành phố", "các đơn vị liên quan"]);
    expect(splitAgencyList("Các sở, ban ngành thuộc tỉnh và UBND các huyện, thị xã, thành phố", directory)).toEqual([
      "Các sở, ban ngành thuộc tỉnh",
      "UBND các huyện, thị xã, thành phố",
    ]);
  });

  it("splits a lead cell with three co-leads (003 L345 + L348 joined)", () => {
    expect(splitAgencyList("Sở Giao thông vận tải, Sở Kế hoạch và Đầu tư, Sở Tài chính", directory)).toEqual([
      "Sở Giao thông vận tải",
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
    ]);
  });

  it("keeps a typo'd name as written so the directory can resolve it (004 L431)", () => {
    const cell =
      "Các sở, ban ngành cấp tỉnh; UBND các huyện, thị xã, thành phố; Mật trấn Tổ quốc Việt Nam tỉnh Thanh Hóa; các tổ chức chính trị - xã hội và các đơn vị liên quan";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Các sở, ban ngành cấp tỉnh",
      "UBND các huyện, thị xã, thành phố",
      "Mật trấn Tổ quốc Việt Nam tỉnh Thanh Hóa",
      "các tổ chức chính trị - xã hội",
      "các đơn vị liên quan",
    ]);
  });

  it("strips HTML tags, labels and the dash before the next label (000 L355, L457)", () => {
    expect(splitAgencyList("<p>Chủ trì: Sở Y tế</p>")).toEqual(["Sở Y tế"]);
    expect(splitAgencyList(" Sở Lao động - Thương binh và Xã hội.</p> <p>- ")).toEqual(["Sở Lao động - Thương binh và Xã hội"]);
    expect(splitAgencyList("<i>Chủ trì:</i> Sở Giáo dục và Đào tạo. - ")).toEqual(["Sở Giáo dục và Đào tạo"]);
    expect(splitAgencyList("- **Chủ trì:** Sở Nội vụ.")).toEqual(["Sở Nội vụ"]);
  });

  it("reads an NBSP label (001 L163)", () => {
    expect(splitAgencyList("Cơ quan\u00a0chủ trì:\u00a0Sở Tư pháp\u00a0")).toEqual(["Sở Tư pháp"]);
  });

  it("keeps the bank group of 000 L469 whole when the directory knows it", () => {
    const cell =
      "Sở Kế hoạch và Đầu tư, Sở Tài chính, Bảo hiểm xã hội tỉnh Thanh Hóa, chi nhánh các ngân hàng thương mại, ngân hàng cổ phần tại Thanh Hóa, UBND các huyện, thị xã, thành phố. ";
    expect(splitAgencyList(cell, directory)).toEqual([
      "Sở Kế hoạch và Đầu tư",
      "Sở Tài chính",
      "Bảo hiểm xã hội tỉnh Thanh Hóa",
      "chi nhánh các ngân hàng thương mại, ngân hàng cổ phần tại Thanh Hóa",
      "UBND các huyện, thị xã, thành phố",
    ]);
  });

  it("returns nothing for an empty cell", () => {
    expect(splitAgencyList("")).toEqual([]);
    expect(splitAgencyList("Phối hợp:\u00a0")).toEqual([]);
  });
});

describe("splitAgencyEntries", () => {
  it("keeps the scope of a split lead as its qualifier (000 L378)", () => {
    const cell =
      "Sở Giáo dục và Đào tạo chủ trì thực hiện nhiệm vụ giáo dục đại học; Sở Lao động - Thương binh và Xã hội chủ trì thực hiện nhiệm vụ giáo dục nghề nghiệp.";
    expect(splitAgencyEntries(cell, directory)).toEqual([
      { name: "Sở Giáo dục và Đào tạo", qualifier: "chủ trì thực hiện nhiệm vụ giáo dục đại học" },
      { name: "Sở Lao động - Thương binh và Xã hội", qualifier: "chủ trì thực hiện nhiệm vụ giáo dục nghề nghiệp" },
    ]);
  });

  it("keeps a parenthesised scope as the qualifier (000 L378 partners)", () => {
    const cell = "Sở Lao động - Thương binh và Xã hội (giáo dục đại học), Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp), Sở Kế hoạch và Đầu tư";
    expect(splitAgencyEntries(cell, directory)).toEqual([
      { name: "Sở Lao động - Thương binh và Xã hội", qualifier: "giáo dục đại học" },
      { name: "Sở Giáo dục và Đào tạo", qualifier: "giáo dục nghề nghiệp" },
      { name: "Sở Kế hoạch và Đầu tư", qualifier: null },
    ]);
  });

  it("drops a redundant 'chủ trì' after a lead (002 L2210)", () => {
    expect(splitAgencyEntries("Chủ trì: Sở Tài chính chủ trì.")).toEqual([{ name: "Sở Tài chính", qualifier: null }]);
  });
});

describe("withoutParenthetical", () => {
  // The pattern it replaces, kept here as the oracle: same answers, without scanning every candidate.
  function byPattern(name: string) {
    const m = /^(.*\S)\s*\(([^()]*)\)$/u.exec(name);
    if (m === null) return { name, qualifier: null };
    return { name: m[1]!.replace(/^[\s.,;:]+|[\s.,;:/\-–]+$/gu, ""), qualifier: normalizeText(m[2]!) };
  }

  it.each([
    ["Sở Giáo dục và Đào tạo (giáo dục nghề nghiệp)", { name: "Sở Giáo dục và Đào tạo", qualifier: "giáo dục nghề nghiệp" }],
    ["Sở Y tế", { name: "Sở Y tế", qualifier: null }],
    ["Sở Y tế (", { name: "Sở Y tế (", qualifier: null }],
    ["(giáo dục đại học)", { name: "(giáo dục đại học)", qualifier: null }],
    ["Sở Tài chính (a (b))", { name: "Sở Tài chính (a (b))", qualifier: null }],
    ["Sở Tài chính (a) (b)", { name: "Sở Tài chính (a)", qualifier: "b" }],
    ["Sở Tài chính, ()", { name: "Sở Tài chính", qualifier: "" }],
    ["Sở Tài chính (a) ", { name: "Sở Tài chính (a) ", qualifier: null }],
  ])("reads %j", (name, expected) => {
    expect(withoutParenthetical(name)).toEqual(expected);
    expect(byPattern(name)).toEqual(expected);
  });

  it("agrees with the pattern on every parenthesised text of the five plans and on odd shapes", () => {
    const names = SOURCE_FILES.flatMap((file) => sourceLines(file))
      .flatMap((line) => line.split(/[\t;]/u))
      .filter((cell) => cell.includes("("));
    const odd = ["a\n(b)", "a\nb (c)", " (x)", "a\u00a0(b)", "a(b)", "a ((b)", "a (b))", "((()))", ")", "a (b\u2028c)"];
    expect(names.length).toBeGreaterThan(200);
    for (const name of [...names, ...odd]) expect(withoutParenthetical(name)).toEqual(byPattern(name));
  });
});

describe("splitAgencyEntries with a letter bound", () => {
  it("splits every cell of the five plans as it does when asked about every run", () => {
    const unbounded: KnownNames = { knows: (name) => directory.knows(name) };
    const cells = SOURCE_FILES.flatMap((file) => sourceLines(file)).flatMap((line) => line.split("\t"));
    let compared = 0;
    for (const cell of cells) {
      if (!/Sở|UBND|Ban|Hội/u.test(cell)) continue;
      expect(splitAgencyEntries(cell, directory)).toEqual(splitAgencyEntries(cell, unbounded));
      compared += 1;
    }
    expect(compared).toBeGreaterThan(500);
  });
});
