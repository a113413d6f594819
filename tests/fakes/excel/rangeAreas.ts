import type { Rect } from "./addresses";
import { parseLocalAddress } from "./addresses";
import { expectNumber } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, NULL_OBJECT, asExcel } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { assertEditable } from "./sheetOperations";
import type { SheetState } from "./state";

/** Several areas of one sheet, from Worksheet.getRanges("3:3, 5:9") (ExcelApi 1.9). */
export interface AreasTarget {
  readonly sheet: SheetState;
  readonly areas: readonly Rect[];
}

const MAX_ROW_HEIGHT_POINTS = 409;
/** Longer addresses are not modelled: Excel's own limit is not documented. */
const MAX_ADDRESS_LENGTH = 8_192;

/** Parses "3:3, 5:9, A1:B2" at sync; a bad area is InvalidArgument, as for getRange. */
export function parseAreas(address: unknown, location: string): Rect[] {
  if (typeof address !== "string") throw officeError("InvalidArgument", location, `address ${JSON.stringify(address)}`);
  if (address.length > MAX_ADDRESS_LENGTH) throw new FakeLimitationError(`${location} with an address over ${MAX_ADDRESS_LENGTH} characters`);
  return address.split(",").map((part) => {
    const rect = part.includes("!") ? null : parseLocalAddress(part);
    if (!rect) throw officeError("InvalidArgument", location, `address ${JSON.stringify(part.trim())}`);
    return rect;
  });
}

abstract class AreasPart extends FakeClientObject<AreasTarget> {
  protected override assertAlive(target: AreasTarget): void {
    if (target.sheet.deleted) throw officeError("ItemNotFound", this.typeName, `sheet "${target.sheet.name}" was deleted`);
  }
}

/** Only `format.rowHeight` is modelled: the adapter sets the heights of many scattered rows in one call. */
export class FakeRangeAreas extends AreasPart implements Pick<Excel.RangeAreas, "format"> {
  protected readonly typeName = "RangeAreas";
  protected readonly loadable: readonly string[] = [];
  private formatProxy: FakeRangeAreasFormat | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<AreasTarget>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: AreasTarget, property: string): unknown {
    throw new FakeLimitationError(`RangeAreas.${property}`);
  }

  get format(): Excel.RangeFormat {
    this.formatProxy ??= new FakeRangeAreasFormat(this.queue, `${this.fakeObjectPath}.format`, () => this.resolve());
    return asExcel(this.formatProxy);
  }
}

export class FakeRangeAreasFormat extends AreasPart implements Pick<Excel.RangeFormat, "rowHeight"> {
  protected readonly typeName = "RangeFormat";
  protected readonly loadable: readonly string[] = [];

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<AreasTarget>) {
    super(queue, path, resolver);
  }

  protected readScalar(_target: AreasTarget, property: string): unknown {
    throw new FakeLimitationError(`RangeAreas.format.${property} cannot be loaded from the fake`);
  }

  get rowHeight(): number {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, (target, received) => {
      const height = expectNumber(received, "RangeFormat.rowHeight", 0, MAX_ROW_HEIGHT_POINTS);
      for (const rect of target.areas) assertEditable({ sheet: target.sheet, rect }, "RangeFormat.rowHeight");
      for (const rect of target.areas) {
        if (rect.rowCount > 100_000) throw new FakeLimitationError("row height on more than 100,000 rows");
        for (let row = rect.row; row < rect.row + rect.rowCount; row += 1) target.sheet.rowHeights.set(row, height);
      }
    });
  }
}

/** The proxy Worksheet.getRanges returns: areas resolve at the first sync that uses them. */
export function rangeAreasOf(queue: FakeRequestQueue, path: string, sheet: () => Resolution<SheetState>, address: string): Excel.RangeAreas {
  return asExcel(
    new FakeRangeAreas(queue, path, () => {
      const resolved = sheet();
      if (resolved === NULL_OBJECT) return NULL_OBJECT;
      return { sheet: resolved, areas: parseAreas(address, "Worksheet.getRanges") };
    }),
  );
}
