import type { CellRead } from "../../../src/domain/grid/cellRead";
import { fromA1 } from "../../../src/domain/grid/cellAddress";
import { openWorkbookFile } from "../../../src/xlsx/xlsxWorkbook";
import { fixtureBytes, fixtureJson } from "../../helpers/workbookFixtures";

interface TypedCellsExpectation {
  readonly sheet: string;
  readonly cells: Readonly<Record<string, CellRead>>;
  readonly libreofficeDifferences: Readonly<Record<string, Partial<CellRead>>>;
}

const expected = fixtureJson<TypedCellsExpectation>("typed-cells.expected.json");

async function cellsOf(fixture: string, sheet: string): Promise<(address: string) => CellRead | undefined> {
  const grid = await (await openWorkbookFile(fixtureBytes(fixture))).readCells(sheet);
  return (address) => {
    const at = fromA1(address)!;
    return grid[at.row]?.[at.column];
  };
}

describe("typed reads of a LibreOffice file", () => {
  let cell: (address: string) => CellRead | undefined;
  beforeAll(async () => {
    cell = await cellsOf("typed-cells.libreoffice.xlsx", expected.sheet);
  });

  it.each(Object.keys(expected.cells))("gives %s exactly what the writing script put there", (address) => {
    const want = { ...expected.cells[address]!, ...expected.libreofficeDifferences[address] };
    const got = cell(address);
    // A covered merge cell LibreOffice wrote out carries its format; the sidecar lists that as a difference.
    expect(got && { ...got, numberFormat: want.numberFormat === null ? null : got.numberFormat }).toEqual(want);
  });

  it("tells the error #N/A from the text #N/A", () => {
    expect([cell("B8")?.kind, cell("C8")?.kind]).toEqual(["text", "error"]);
  });

  it("reads 45% as the number 0.45 with its percent format", () => {
    expect(cell("B3")).toMatchObject({ kind: "number", value: 0.45, numberFormat: "0%" });
  });
});

describe("typed reads of an openpyxl file, whose formulas carry no cached result", () => {
  it("gives each formula's text, and every other cell's kind and value", async () => {
    const cell = await cellsOf("typed-cells.openpyxl.xlsx", expected.sheet);
    for (const [address, want] of Object.entries(expected.cells)) {
      const got = cell(address);
      if (want.formula) expect({ address, formula: got?.formula }).toEqual({ address, formula: want.formula });
      else expect({ address, kind: got?.kind ?? "empty", value: got?.value ?? null }).toEqual({ address, kind: want.kind, value: want.value });
    }
  });
});

describe("dates from every program", () => {
  it.each([
    ["openpyxl-1904.xlsx", "openpyxl-1904.expected.json"],
    ["openpyxl-iso-dates.xlsx", "openpyxl-iso-dates.expected.json"],
  ])("reads %s as calendar dates", async (fixture, sidecar) => {
    const { sheet, cells } = fixtureJson<{ sheet: string; cells: Record<string, { kind: string; value: string }> }>(sidecar);
    const cell = await cellsOf(fixture, sheet);
    for (const [address, want] of Object.entries(cells)) {
      expect({ address, kind: cell(address)?.kind, value: cell(address)?.value }).toEqual({ address, kind: want.kind, value: want.value });
    }
  });
});
