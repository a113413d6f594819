import { buildPlanSheets, isoDateToSerial, type PlanSheetNames } from "../../../src/domain/planSheets/buildPlanSheets";
import { AGENCIES, agencyId, makeAgency, makeCatalog } from "../../helpers/catalogBuilders";

const NAMES: PlanSheetNames = {
  sheets: { info: "Thông tin", targets: "Chỉ tiêu", tasks: "Nhiệm vụ", assignments: "Phân công" },
  tables: { info: "ThongTin", review: "CanXemLai", targets: "ChiTieu", tasks: "NhiemVu", assignments: "PhanCong" },
};

function build(language: "vi" | "en" = "vi", injectedAt: Date | null = null, uncertain = false) {
  const sheets = buildPlanSheets(makeCatalog(), NAMES, {
    language,
    agencies: new Map([...AGENCIES, makeAgency("thanhhoa.snv", "Sở Nội vụ")].map((agency) => [agency.id, agency])),
    slice: null,
    injectedAt,
    successions: [
      { from: agencyId("thanhhoa.sldtbxh"), to: [agencyId("thanhhoa.snv")], effective: "2025-03-01", source: "NĐ 45/2025/NĐ-CP", uncertain },
    ],
    asOf: "2026-11-23",
  });
  return Object.fromEntries(sheets.map((sheet) => [sheet.role, sheet]));
}

describe("buildPlanSheets", () => {
  it("writes one targets row per indicator value, with numbers and years as numbers", () => {
    const { targets } = build();
    const rows = targets!.spec.values.filter((row) => row[1] === "1.1");
    expect(rows).toHaveLength(2);
    expect(rows[0]!.slice(4, 11)).toEqual(["Tỷ lệ hộ nghèo giảm", "%/năm", "trong khoảng", 1.5, 2, null, "Giảm"]);
    expect(rows[1]!.slice(4, 11)).toEqual(["Tỷ lệ hộ nghèo", "%", "dưới", 5, null, 2030, "Giảm"]);
    expect(rows[0]![11]).toBe("Sở Lao động, Thương binh và Xã hội");
    expect(rows[0]![12]).toBe("Sở Kế hoạch và Đầu tư; UBND các huyện, thị xã, thành phố");
    expect(targets!.rows).toBe(4);
  });

  it("puts each goal on a heading row and groups its targets under it", () => {
    const { targets } = build();
    const values = targets!.spec.values;
    expect(values[1]!.slice(0, 3)).toEqual(["1", null, "Chấm dứt nghèo"]);
    expect(values[4]!.slice(0, 3)).toEqual(["3", null, "Sức khỏe"]);
    expect(targets!.spec.rowGroups).toEqual([
      { from: 3, to: 4 },
      { from: 6, to: 7 },
    ]);
    expect(targets!.spec.tables).toEqual([expect.objectContaining({ name: "ChiTieu", address: "A1:P7" })]);
  });

  it("flags targets that have review items", () => {
    const { targets } = build();
    const row = targets!.spec.values.find((candidate) => candidate[1] === "3.2")!;
    expect(row[14]).toBe("Có");
  });

  it("shows who holds a lead's duty today beside the lead as issued", () => {
    const { targets, tasks } = build();
    const target = targets!.spec.values.find((candidate) => candidate[1] === "1.1")!;
    expect(target.slice(11, 14)).toEqual([
      "Sở Lao động, Thương binh và Xã hội",
      "Sở Kế hoạch và Đầu tư; UBND các huyện, thị xã, thành phố",
      "Sở Nội vụ",
    ]);
    const unchanged = targets!.spec.values.find((candidate) => candidate[1] === "3.1")!;
    expect(unchanged[13]).toBe("Sở Y tế");
    expect(tasks!.spec.values.find((candidate) => candidate[0] === "1.1.a")![7]).toBe("Sở Nội vụ");
  });

  it("says on the sheet that today's lead is uncertain while nobody has confirmed the mapping", () => {
    const { targets } = build("vi", null, true);
    const target = targets!.spec.values.find((candidate) => candidate[1] === "1.1")!;
    expect(target[13]).toMatch(/^Sở Nội vụ \(.+\)$/);
    const unchanged = targets!.spec.values.find((candidate) => candidate[1] === "3.1")!;
    expect(unchanged[13]).toBe("Sở Y tế");
  });

  it("writes task deadlines as written and normalised, the due date as an Excel date", () => {
    const { tasks } = build();
    const row = tasks!.spec.values.find((candidate) => candidate[0] === "1.1.a")!;
    expect(row.slice(8, 14)).toEqual(["2023 - 2030", "Giai đoạn", 2023, 2030, isoDateToSerial("2030-12-31"), "Báo cáo hằng năm"]);
    // Excel shows serial 47848 as 31/12/2030 (serial 36526 is 01/01/2000).
    expect(isoDateToSerial("2030-12-31")).toBe(47848);
  });

  it("marks CT and PH per item and agency, with counts per agency above the table", () => {
    const { assignments } = build();
    const [leads, partners, header, first] = assignments!.spec.values;
    expect(leads).toEqual([null, null, null, "Số lần chủ trì", 3, 2, 0, 0]);
    expect(partners).toEqual([null, null, null, "Số lần phối hợp", 0, 1, 2, 1]);
    expect(header).toEqual(["Mục tiêu", "Loại", "Mã", "Nội dung", "Sở Y tế", "Sở Lao động, Thương binh và Xã hội", "Sở Kế hoạch và Đầu tư", "UBND các huyện, thị xã, thành phố"]);
    expect(first).toEqual(["1", "Chỉ tiêu", "1.1", expect.stringContaining("hộ nghèo"), null, "CT", "PH", "PH"]);
    expect(assignments!.spec.tables).toEqual([expect.objectContaining({ name: "PhanCong", address: "A3:H8" })]);
    expect(assignments!.spec.conditionalFormats).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: "textEquals", text: "CT", address: "E4:H8" })]),
    );
  });

  it("states the reporting regime and lists review items on the info sheet", () => {
    const { info } = build();
    const values = info!.spec.values;
    expect(values).toEqual(expect.arrayContaining([expect.arrayContaining(["Hạn cơ quan gửi báo cáo", "15/11"])]));
    expect(values).toEqual(expect.arrayContaining([expect.arrayContaining(["Hạn báo cáo tổng hợp", "Kế hoạch không quy định"])]));
    expect(info!.spec.tables!.map((table) => table.name)).toEqual(["ThongTin", "CanXemLai"]);
  });

  it("names review items and their subjects in Vietnamese, keeping the issue code only in the last column", () => {
    const { info } = build();
    const values = info!.spec.values;
    const header = values.find((row) => row[0] === "Vấn đề")!;
    const item = values.find((row) => row.includes("lead_differs"))!;
    expect(item.slice(0, 2)).toEqual(["Cơ quan chủ trì khác nhau giữa hai phần", "Chỉ tiêu 3.2"]);
    expect(item.indexOf("lead_differs")).toBe(header.length - 1);
    const codeColumn = header.length - 1;
    const elsewhere = values.flatMap((row) => row.filter((_cell, column) => column !== codeColumn));
    expect(elsewhere.filter((cell) => typeof cell === "string" && /^[a-z]+(_[a-z]+)+$/.test(cell))).toEqual([]);
  });

  it("writes when the plan was injected in the officer's local time, as dd/mm/yyyy hh:mm", () => {
    const injectedAt = new Date(2026, 11, 4, 19, 5);
    const { info } = build("vi", injectedAt);
    expect(info!.spec.values).toEqual(expect.arrayContaining([expect.arrayContaining(["Thời điểm đưa vào", "04/12/2026 19:05"])]));
  });

  it("prints every sheet on A4 one page wide, with a footer naming the plan, the sheet and the page", () => {
    const sheets = build();
    expect(sheets.targets!.spec.print?.orientation).toBe("landscape");
    expect(sheets.tasks!.spec.print?.orientation).toBe("landscape");
    for (const sheet of Object.values(sheets)) {
      expect(sheet.spec.print).toMatchObject({
        paperSize: "A4",
        fitToPagesWide: 1,
        footer: { left: "Kế hoạch 3934/QĐ-UBND", center: "{sheet}", right: "Trang {page}/{pages}" },
      });
    }
  });

  it("repeats each table's header rows on every printed page", () => {
    const { targets, tasks, assignments } = build();
    expect(targets!.spec.print?.titleRows).toEqual({ from: 1, to: 1 });
    expect(tasks!.spec.print?.titleRows).toEqual({ from: 1, to: 1 });
    // The two count rows and the agency names above the matrix.
    expect(assignments!.spec.print?.titleRows).toEqual({ from: 1, to: 3 });
  });

  it("turns the matrix's agency names upright, over columns as narrow as CT and PH, in a header tall enough for them", () => {
    const { assignments } = build();
    const spec = assignments!.spec;
    const upright = spec.styles!.find((style) => style.rotation === 90)!;
    expect(upright.address).toBe("E3:H3");
    expect(spec.columns!.slice(4).every((column) => column.width! <= 4)).toBe(true);
    const header = spec.styles!.find((style) => style.rowHeight !== undefined && style.address.startsWith("A3"))!;
    expect(header.rowHeight).toBeGreaterThan(100);
  });

  it("puts the outline's collapse button on each goal's heading row", () => {
    const { targets, tasks } = build();
    expect(targets!.spec.rowGroupSummary).toBe("above");
    expect(tasks!.spec.rowGroupSummary).toBe("above");
  });

  it("gives rows with long wrapped texts the height of their lines", () => {
    const { tasks } = build();
    const heights = new Map(tasks!.spec.rowHeights!.map((entry) => [entry.row, entry.height]));
    const longest = tasks!.spec.values.reduce((best, row, index) => {
      const length = row.reduce<number>((sum, cell) => sum + (typeof cell === "string" ? cell.length : 0), 0);
      return length > best.length ? { index, length } : best;
    }, { index: 0, length: 0 });
    expect(heights.get(longest.index + 1)).toBeGreaterThan(15);
  });

  it("uses English headers when asked, keeping the data as issued", () => {
    const { targets } = build("en");
    expect(targets!.spec.values[0]!.slice(0, 4)).toEqual(["Goal", "Target code", "Target", "Quantitative"]);
    expect(targets!.spec.values[2]![2]).toBe("Tỷ lệ hộ nghèo giảm bình quân 1,5-2%/năm; dưới 5% năm 2030");
  });
});
