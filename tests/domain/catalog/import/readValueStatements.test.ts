import { readValueStatements } from "../../../../src/domain/catalog/import/readValueStatements";

describe("readValueStatements", () => {
  it("starts at the first dated sentence: the task sentences before it are not targets (002 L294)", () => {
    const read = readValueStatements([
      {
        line: 294,
        text: "Tăng cường thực hiện các giải pháp nhằm cải thiện dinh dưỡng. Phấn đấu đến năm 2025, tỉ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi giảm còn 20% và đến năm 2030 giảm dưới 15%.",
      },
    ]);
    expect(read).toEqual({
      statements: [
        {
          line: 294,
          year: null,
          text: "Phấn đấu đến năm 2025, tỉ lệ suy dinh dưỡng thể thấp còi của trẻ em dưới 5 tuổi giảm còn 20% và đến năm 2030 giảm dưới 15%.",
        },
      ],
      provinceLine: null,
    });
  });

  it("gives the bullets under a bare year header that year (002 L1572–1586)", () => {
    const read = readValueStatements([
      { line: 1570, text: "Từng bước thực hiện thu gom, phân loại rác thải tại nguồn." },
      { line: 1572, text: "- Đến năm 2020" },
      { line: 1574, text: "+ 95% chất thải rắn sinh hoạt đô thị phát sinh được thu gom và xử lý hợp vệ sinh" },
      { line: 1584, text: "- Đến năm 2030:" },
      { line: 1586, text: "+ 100% chất thải sinh hoạt đô thị phát sinh được thu gom và xử lý hợp vệ sinh." },
    ]);
    expect(read.statements.map((statement) => [statement.line, statement.year])).toEqual([
      [1574, 2020],
      [1586, 2030],
    ]);
  });

  it("notes the province's line: what comes before it is the country's (002 L326–328)", () => {
    const read = readValueStatements([
      { line: 326, text: "Tỉnh Quảng Ninh:" },
      { line: 328, text: "Đến năm 2020: Giảm tỷ số tử vong mẹ xuống <20/100.000 trẻ đẻ sống" },
    ]);
    expect(read.provinceLine).toBe(326);
    expect(read.statements).toEqual([
      { line: 328, year: null, text: "Đến năm 2020: Giảm tỷ số tử vong mẹ xuống <20/100.000 trẻ đẻ sống" },
    ]);
  });

  it("reads nothing from a column with no dated sentence (002 L340)", () => {
    expect(
      readValueStatements([
        { line: 340, text: "Huy động mọi nguồn lực, sự tham gia của cộng đồng, người dân, các tổ chức xã hội." },
      ]).statements,
    ).toEqual([]);
  });
});
