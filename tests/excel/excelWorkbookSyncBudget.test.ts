import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { CellValue } from "../../src/domain/grid/cellValue";
import type { ExcelFakeHandle } from "../fakes/excel";
import { PAYLOAD_LIMIT_BYTES, installExcelFake } from "../fakes/excel";
import { PLAN_SHEET, planChanges } from "./planSheetSpec";

let fake: ExcelFakeHandle;

describe("createExcelWorkbook › apply: the sync budget", () => {
  beforeEach(() => {
    fake = installExcelFake();
  });

  afterEach(() => fake.uninstall());

  it.each([100, 10_000])(
    "applies a full plan sheet of %i rows in exactly two syncs, each under 5 MB",
    async (rows) => {
      const report = await createExcelWorkbook().apply(planChanges(rows));

      expect(report.roundTrips).toBe(2);
      expect(fake.syncCount).toBe(2);
      expect(fake.runs).toBe(1);
      for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
      expect(fake.sheet(PLAN_SHEET).values).toHaveLength(rows + 2);
    },
  );

  it("costs the same number of syncs for a re-application over an existing plan sheet", async () => {
    const port = createExcelWorkbook();
    await port.apply(planChanges(10_000));
    fake.resetCounters();

    const report = await port.apply(planChanges(10_000));

    expect(report.roundTrips).toBe(2);
    expect(fake.syncCount).toBe(2);
  });

  it("writes the values of a sheet in whole ranges, not cell by cell or row by row", async () => {
    await createExcelWorkbook().apply(planChanges(10_000));

    const writes = fake.syncs[1]!.members;
    // One block for the plan sheet and one for the metadata sheet.
    expect(writes["Range.values="]).toBe(2);
    expect(writes["Range.numberFormat="]).toBe(4);
    expect(fake.syncs[1]!.operations).toBeLessThan(1_200);
  });

  it("suspends calculation and screen updating in every write sync, not in the read sync", async () => {
    await createExcelWorkbook().apply(planChanges(100));

    expect(fake.suspendCalls).toEqual([
      { kind: "calculation", sync: 1 },
      { kind: "screenUpdating", sync: 1 },
    ]);
  });

  it("costs no round trip for an empty list of changes", async () => {
    await expect(createExcelWorkbook().apply([])).resolves.toEqual({ roundTrips: 0 });
    expect(fake.syncCount).toBe(0);
  });
});

describe("createExcelWorkbook: sheets too large for one request", () => {
  const ROWS = 60_000;
  const LONG_TEXTS = [
    "Tổ chức tuyên truyền đến các tổ chức, đoàn thể chính trị - xã hội",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Nông nghiệp và Phát triển nông thôn, Sở Kế hoạch và Đầu tư, Sở Tài chính",
    "Giảm tỷ lệ hộ nghèo xuống dưới 5% theo tiêu chí nghèo đa chiều",
    "Báo cáo kết quả thực hiện các mục tiêu phát triển bền vững",
    "Hiện đại hóa hệ thống thông tin điện tử của các cơ quan nhà nước",
    "Tiếp tục thực hiện tốt các chính sách hiện hành về an sinh xã hội",
    "UBND các huyện, thị xã, thành phố",
    "Mặt trận tổ quốc tỉnh, Ban Dân tộc, các tổ chức chính trị - xã hội",
    "Xây dựng chuẩn mức sống tối thiểu, mức sống trung bình phù hợp",
    "Đề án đổi mới và phát triển trợ giúp xã hội giai đoạn 2016 - 2025",
  ];
  const values: CellValue[][] = Array.from({ length: ROWS }, (_row, index) => [`Nhiệm vụ số ${index + 1}`, ...LONG_TEXTS]);

  let report: { roundTrips: number };
  const progress: number[] = [];

  beforeAll(async () => {
    fake = installExcelFake();
    report = await createExcelWorkbook().apply(
      [{ kind: "writeSheet", sheet: { name: "Nhiệm vụ", values, columns: [{ width: 20 }] } }],
      { onProgress: (fraction) => progress.push(fraction) },
    );
  });

  afterAll(() => fake.uninstall());

  it("splits 60,000 rows of long text into several syncs, each under 5 MB, and loses no row", () => {
    expect(report.roundTrips).toBeGreaterThan(3);
    expect(fake.syncCount).toBe(report.roundTrips);
    for (const payload of fake.payloads) expect(payload).toBeLessThan(PAYLOAD_LIMIT_BYTES);
    // One progress call per write sync, rising to 1.
    expect(progress).toHaveLength(report.roundTrips - 1);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(1);
    // Each write sync suspends calculation for itself.
    const suspended = fake.suspendCalls.filter((call) => call.kind === "calculation").map((call) => call.sync);
    expect(suspended).toEqual(Array.from({ length: report.roundTrips - 1 }, (_sync, index) => index + 1));

    const written = fake.sheet("Nhiệm vụ").values;
    expect(written).toHaveLength(ROWS);
    expect(written.map((row) => row[0])).toEqual(values.map((row) => row[0]));
    expect(written[0]).toEqual(values[0]);
    expect(written[ROWS - 1]).toEqual(values[ROWS - 1]);
    expect(written.every((row) => row.length === 12 && row[11] === LONG_TEXTS[10])).toBe(true);
  });

  it("reads the 60,000 rows back in row blocks when one response would pass 5 MB", async () => {
    fake.resetCounters();

    const grid = await createExcelWorkbook().readSheet("Nhiệm vụ");

    expect(grid).toHaveLength(ROWS);
    expect(grid.map((row) => row[0])).toEqual(values.map((row) => row[0]));
    expect(grid[ROWS - 1]).toEqual(values[ROWS - 1]);
    // The one-sync read fails on the response size; then the extent, then the blocks.
    expect(fake.syncs[0]!.failed).toMatch(/payload size/);
    expect(fake.syncCount).toBeGreaterThan(3);
    for (const sync of fake.syncs.slice(1)) expect(sync.responseBytes).toBeLessThan(PAYLOAD_LIMIT_BYTES);
  });
});
