import { bundledAgencies, bundledSuccessions } from "../../src/domain/catalog/agencies/bundledAgencies";
import { SHEET_TITLES } from "../../src/domain/consolidation/consolidationText";
import type { Grid } from "../../src/domain/grid/cellValue";
import { createExcelWorkbook } from "../../src/excel/excelWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { consolidate } from "../../src/workflows/consolidate";
import { reportOwnershipName } from "../../src/workflows/placeReportSheets";
import { createXlsxWorkbook, openWorkbookFile } from "../../src/xlsx/xlsxWorkbook";
import { installExcelFake, type ExcelFakeHandle } from "../fakes/excel";
import { bundledPlan } from "./templateFixtures";

/**
 * The report's sheets in a workbook that already has sheets of the same names: a user's sheet is never overwritten
 * (the report's takes "Tổng hợp (2)"), and consolidating again rewrites the report's own sheets, not new copies.
 * The same scenarios on the strict Office.js fake and on a file.
 */

const USER_SUMMARY: Grid = [
  ["Bảng tổng hợp của tôi", null],
  ["Quý 1", 12],
];

async function consolidateInto(out: WorkbookPort) {
  const result = await consolidate(
    {
      plans: [bundledPlan("thanhhoa-green-growth-2023")!],
      year: 2026,
      returns: [],
      agencies: bundledAgencies,
      successions: bundledSuccessions,
    },
    out,
  );
  if (!result.ok) throw new Error(result.error.code);
  return result;
}

const visibleNames = async (port: WorkbookPort) =>
  (await port.inspect()).sheets.filter((sheet) => sheet.visibility === "visible").map((sheet) => sheet.name);

interface Opened {
  readonly port: WorkbookPort;
  /** The workbook as the next session sees it: the same one in Excel, the saved file reopened. */
  readonly later: () => Promise<WorkbookPort>;
  readonly done: () => void;
}

const adapters: readonly [string, (names?: { name: string; formula: string }[]) => Promise<Opened>][] = [
  [
    "the open workbook (strict fake)",
    async (names = []) => {
      const fake: ExcelFakeHandle = installExcelFake({ sheets: [{ name: SHEET_TITLES.summary, values: USER_SUMMARY }], names });
      const port = createExcelWorkbook();
      return { port, later: async () => port, done: () => fake.uninstall() };
    },
  ],
  [
    "a file",
    async (names = []) => {
      const book = await createXlsxWorkbook();
      await book.apply([
        { kind: "writeSheet", sheet: { name: SHEET_TITLES.summary, values: USER_SUMMARY } },
        ...names.map((name) => ({ kind: "setName" as const, name: name.name, reference: name.formula })),
      ]);
      const port = await openWorkbookFile(await book.toBuffer(), { fileName: "cua-toi.xlsx" });
      return {
        port,
        later: async () => openWorkbookFile(await port.toBuffer(), { fileName: "cua-toi.xlsx" }),
        done: () => undefined,
      };
    },
  ],
];

describe.each(adapters)("placing the report's sheets in %s", (_, open) => {
  it("writes the summary beside a user's sheet of the same name and leaves that sheet as it was", async () => {
    const { port, done } = await open();
    try {
      const result = await consolidateInto(port);
      expect(result.placement.taken).toEqual({ summary: SHEET_TITLES.summary });
      expect(result.placement.names.summary).toBe(`${SHEET_TITLES.summary} (2)`);
      expect(await port.readSheet(SHEET_TITLES.summary)).toEqual(USER_SUMMARY);
      expect((await port.readSheet(`${SHEET_TITLES.summary} (2)`))[0]?.[0]).toMatch(/^Tổng hợp tình hình/);
    } finally {
      done();
    }
  }, 30_000);

  it("rewrites its own sheets when consolidating again, adding no copies", async () => {
    const { port: first, later, done } = await open();
    try {
      await consolidateInto(first);
      const port = await later();
      const before = await visibleNames(port);
      const again = await consolidateInto(port);
      expect(again.placement.owned.size).toBe(Object.keys(SHEET_TITLES).length);
      expect(again.placement.taken).toEqual({});
      expect(await visibleNames(port)).toEqual(before);
      expect(await port.readSheet(SHEET_TITLES.summary)).toEqual(USER_SUMMARY);
    } finally {
      done();
    }
  }, 30_000);

  it("does not take a user's sheet for its own because a defined name points at it", async () => {
    const { port, done } = await open([{ name: reportOwnershipName("summary"), formula: `'${SHEET_TITLES.summary}'!$A$1` }]);
    try {
      const result = await consolidateInto(port);
      expect(result.placement.owned.has("summary")).toBe(false);
      expect(result.placement.names.summary).not.toBe(SHEET_TITLES.summary);
      expect(await port.readSheet(SHEET_TITLES.summary)).toEqual(USER_SUMMARY);
    } finally {
      done();
    }
  }, 30_000);
});
