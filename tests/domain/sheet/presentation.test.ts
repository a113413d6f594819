import {
  presentSheet,
  withChartPages,
  withColumnLayout,
  withPrintSetup,
  withRowHeights,
  withTitleLines,
  withTopAlignment,
} from "../../../src/domain/sheet/presentation";
import { LINE_HEIGHT_POINTS } from "../../../src/domain/sheet/rowHeights";
import type { SheetSpec } from "../../../src/domain/sheet/sheetSpec";

const LONG = "Phấn đấu đến năm 2030 tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1,5–2 %/năm";

const REPORT: SheetSpec = {
  name: "Báo cáo",
  values: [
    ["Mã", "Nội dung", "Kết quả"],
    ["1.1", LONG, 4.5],
    ["1.2", "Ngắn", 12],
  ],
  columns: [{ width: 8 }, { width: 30, wrap: true }],
};

describe("sheet presentation", () => {
  it("sizes columns the builder left unsized from their content and wraps what is wider", () => {
    const spec = withColumnLayout({ name: "S", values: [["Mã", "x".repeat(100)]] });
    expect(spec.columns).toEqual([{ width: 8 }, { width: 60, wrap: true }]);
  });

  it("keeps the widths and wrapping the builder chose", () => {
    expect(withColumnLayout(REPORT).columns?.slice(0, 2)).toEqual([{ width: 8 }, { width: 30, wrap: true }]);
  });

  it("prints on A4, portrait when the columns fit a portrait page, always one page wide", () => {
    const spec = withPrintSetup(withColumnLayout(REPORT), { documentTitle: "Kế hoạch 86/KH-UBND", headerRows: 1 });
    expect(spec.print).toEqual({
      paperSize: "A4",
      orientation: "portrait",
      fitToPagesWide: 1,
      titleRows: { from: 1, to: 1 },
      footer: { left: "Kế hoạch 86/KH-UBND", center: "{sheet}", right: "Trang {page}/{pages}" },
    });
  });

  it("turns a wide sheet to landscape and repeats no rows when it has no header", () => {
    const wide: SheetSpec = { name: "Rộng", values: [["a"]], columns: Array.from({ length: 12 }, () => ({ width: 12 })) };
    const spec = withPrintSetup(wide, { documentTitle: "Kế hoạch", headerRows: 0, pageLabel: "Page {page} of {pages}" });
    expect(spec.print?.orientation).toBe("landscape");
    expect(spec.print?.titleRows).toBeUndefined();
    expect(spec.print?.footer?.right).toBe("Page {page} of {pages}");
  });

  it("gives a row the height of its longest wrapped text and leaves one-line rows alone", () => {
    const spec = withRowHeights(REPORT);
    expect(spec.rowHeights).toEqual([{ row: 2, height: 45 }]);
  });

  it("does not estimate a row whose height a style already sets", () => {
    const spec = withRowHeights({ ...REPORT, styles: [{ address: "A2:C2", rowHeight: 80 }] });
    expect(spec.rowHeights).toBeUndefined();
  });

  it("counts wrapping that a style turns on, such as a table header's", () => {
    const spec = withRowHeights({
      name: "S",
      values: [["Chủ trì hiện nay (sau sắp xếp bộ máy)"]],
      columns: [{ width: 12 }],
      styles: [{ address: "A1", bold: true, wrap: true }],
    });
    expect(spec.rowHeights?.[0]?.height).toBeGreaterThanOrEqual(45);
  });

  it("sizes a column by its longest line in characters: an emoji counts once, CRLF ends a line", () => {
    const spec = withColumnLayout({ name: "S", values: [["😀".repeat(10)], [`${"a".repeat(12)}\r\nb`]] });
    expect(spec.columns).toEqual([{ width: 14 }]);
  });

  it("lets a later style win over an earlier one, whether it covers a few rows or the whole sheet", () => {
    const values = Array.from({ length: 200 }, () => [LONG]);
    const spec = withRowHeights({
      name: "S",
      values,
      columns: [{ width: 20 }],
      styles: [
        { address: "A1:A200", wrap: true },
        { address: "A5", wrap: false },
        { address: "A1:A100", rowHeight: 30 },
        { address: "A150:A300", wrap: false },
      ],
    });
    const rows = spec.rowHeights?.map((entry) => entry.row);
    expect(rows).toContain(101);
    expect(rows).toContain(149);
    expect(rows).not.toContain(5);
    expect(rows).not.toContain(50);
    expect(rows).not.toContain(150);
  });

  it("measures a merged cell across the widths of its columns", () => {
    const sheet: SheetSpec = { name: "S", values: [[LONG, null, null]], columns: [{ width: 20, wrap: true }, { width: 20 }, { width: 20 }] };
    const alone = withRowHeights(sheet).rowHeights?.[0]?.height ?? 15;
    const merged = withRowHeights({ ...sheet, merges: ["A1:C1"] }).rowHeights?.[0]?.height ?? 15;
    expect(merged).toBeLessThan(alone);
  });

  it("aligns cells to the top, under the builder's own styles", () => {
    const spec = withTopAlignment({ ...REPORT, styles: [{ address: "A1:C1", vertical: "center" }] });
    expect(spec.styles).toEqual([{ address: "A1:C3", vertical: "top" }, { address: "A1:C1", vertical: "center" }]);
  });

  it("presents a sheet of 200,000 rows, more than a spread argument list can hold", () => {
    const values = Array.from({ length: 200_000 }, (_, index) => [index, "Nhiệm vụ"]);
    const presented = presentSheet({ name: "Dữ liệu", values }, { documentTitle: "Báo cáo", headerRows: 1 });
    expect(presented.columns).toHaveLength(2);
  });

  it("applies every rule in one call", () => {
    const spec = presentSheet(REPORT, { documentTitle: "Kế hoạch", headerRows: 1 });
    expect(spec.columns).toHaveLength(3);
    expect(spec.print?.fitToPagesWide).toBe(1);
    expect(spec.rowHeights).toEqual([{ row: 2, height: 45 }]);
    expect(spec.styles?.[0]).toEqual({ address: "A1:C3", vertical: "top" });
  });
});

/** A table with a title and a line under it, narrow first column, and a chart of 75 rows below it, taller than a page. */
const TITLED: SheetSpec = {
  name: "Tổng hợp",
  values: [["Tổng hợp tình hình thực hiện năm 2026"], ["22/25 cơ quan có báo cáo được tổng hợp."], ["STT", "Cơ quan", "Số"], [1, "Sở A", 3]],
  columns: [{ width: 5 }, { width: 30 }, { width: 8 }],
  charts: [{ kind: "barStacked", title: "Theo cơ quan", from: "A6", to: "C80", categories: "B4:B4", series: [{ name: "Số", values: "C4:C4" }] }],
};

describe("sheet presentation of titles and charts", () => {
  it("merges each title line across the sheet's width and wraps it there", () => {
    const spec = withTitleLines(TITLED, 2);
    expect(spec.merges).toEqual(["A1:C1", "A2:C2"]);
    expect(spec.styles).toEqual([
      { address: "A1", wrap: true },
      { address: "A2", wrap: true },
    ]);
  });

  it("leaves a row with more than one value out of the title lines", () => {
    expect(withTitleLines(TITLED, 3).merges).toEqual(["A1:C1", "A2:C2"]);
  });

  it("neither widens nor wraps the first column for a title that spans the sheet", () => {
    const unsized = { ...TITLED, columns: [] };
    expect(withColumnLayout(withTitleLines(unsized, 2)).columns?.[0]).toEqual({ width: 8 });
    expect(withColumnLayout(withTitleLines(TITLED, 2)).columns?.[0]).toEqual({ width: 5 });
  });

  it("gives a title line spread over the sheet one line of height", () => {
    const spec = presentSheet(TITLED, { documentTitle: "Báo cáo", headerRows: 2, titleLines: 2 });
    expect((spec.rowHeights ?? []).some((entry) => entry.row <= 2)).toBe(false);
  });

  it("starts a page at a chart below the header and cuts the chart to the rows a page holds", () => {
    const spec = presentSheet(TITLED, { documentTitle: "Báo cáo", headerRows: 2, titleLines: 2 });
    expect(spec.print?.rowBreaks).toEqual([6]);
    const chart = spec.charts![0]!;
    expect(chart.from).toBe("A6");
    const rows = Number(chart.to.slice(1)) - 6 + 1;
    // Portrait A4 between Excel's normal margins, less a safety tenth and the two repeated title rows.
    expect(rows * LINE_HEIGHT_POINTS).toBeLessThanOrEqual((842 - 108) * 0.9 - 2 * LINE_HEIGHT_POINTS);
    expect((rows + 1) * LINE_HEIGHT_POINTS).toBeGreaterThan((842 - 108) * 0.9 - 2 * LINE_HEIGHT_POINTS);
  });

  it("leaves a chart beside the header where it is, with no page break", () => {
    const beside = { ...TITLED, charts: [{ ...TITLED.charts![0]!, from: "E2", to: "L20" }] };
    const spec = presentSheet(beside, { documentTitle: "Báo cáo", headerRows: 2 });
    expect(spec.print?.rowBreaks).toEqual([]);
    expect(spec.charts).toEqual(beside.charts);
  });

  it("sets no page breaks on a sheet without charts, keeping those an earlier write made", () => {
    const spec = presentSheet(REPORT, { documentTitle: "Báo cáo", headerRows: 1 });
    expect(spec.print?.rowBreaks).toBeUndefined();
    expect(withChartPages({ ...TITLED, print: undefined })).toEqual({ ...TITLED, print: undefined });
  });
});
