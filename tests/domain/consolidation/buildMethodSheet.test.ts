import { buildMethodSheet, METHOD_SHEET_NAME } from "../../../src/domain/consolidation/buildMethodSheet";
import { PROGRESS_STATUS_LABELS, REPORT_GROUP_COLORS } from "../../../src/domain/consolidation/progressMessages";
import { PROGRESS_PROFILES, PROGRESS_STATUSES, reportGroup } from "../../../src/domain/consolidation/progressStatus";

const cells = (values: readonly (readonly unknown[])[]) => values.flat().filter((value): value is string => typeof value === "string");

describe("buildMethodSheet", () => {
  it("is the sheet \"Phương pháp đánh giá\", presented for print with wrapped, sized columns", () => {
    const spec = buildMethodSheet(PROGRESS_PROFILES.default, { documentTitle: "Báo cáo tổng hợp năm 2026" });
    expect(spec.name).toBe(METHOD_SHEET_NAME);
    expect(spec.print).toMatchObject({ paperSize: "A4", footer: { left: "Báo cáo tổng hợp năm 2026" } });
    expect(spec.columns?.every((column) => column.width !== undefined && column.wrap)).toBe(true);
  });

  it("has one row per status, with its report group's colour", () => {
    const spec = buildMethodSheet(PROGRESS_PROFILES.default, { documentTitle: "x" });
    for (const status of PROGRESS_STATUSES) {
      const row = spec.values.findIndex((values) => values[0] === PROGRESS_STATUS_LABELS[status].vi);
      expect(row).toBeGreaterThan(0);
      expect(spec.styles).toContainEqual({ address: `C${row + 1}`, fill: REPORT_GROUP_COLORS[reportGroup(status)] });
    }
  });

  it("states the cut points of the active profile, written the Vietnamese way", () => {
    const unsd = cells(buildMethodSheet(PROGRESS_PROFILES.unsd, { documentTitle: "x" }).values).join("\n");
    const byDefault = cells(buildMethodSheet(PROGRESS_PROFILES.default, { documentTitle: "x" }).values).join("\n");
    expect(unsd).toContain("0,5 ≤ CR < 0,95");
    expect(unsd).toContain("CR < -0,1");
    expect(byDefault).toContain("0,6 ≤ CR < 0,95");
    expect(byDefault).not.toContain("-0,1");
  });

  it("takes another name when the workbook needs one", () => {
    expect(buildMethodSheet(PROGRESS_PROFILES.default, { documentTitle: "x", name: "PhuongPhap" }).name).toBe("PhuongPhap");
  });
});
