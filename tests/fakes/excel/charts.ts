import type { Rect } from "./addresses";
import { parseLocalAddress } from "./addresses";
import { expectBoolean, expectColor, expectOneOf, expectString } from "./checks";
import type { Resolution } from "./clientObject";
import { FakeClientObject, NULL_OBJECT, asExcel, isObjectReference } from "./clientObject";
import type { FakeRequestQueue } from "./context";
import { FakeLimitationError, officeError } from "./errors";
import { FakeItemCollection } from "./itemCollection";
import { FakeRange } from "./range";
import type { ChartRangeState, ChartSeriesState, ChartState, SheetState } from "./state";
import { getCell, newId, sameName } from "./state";

/** The chart types the fake draws; any other is a FakeLimitationError, not a guess. */
const MODELLED_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "BarStacked", "Pie"] as const;
const LEGEND_POSITIONS = ["Invalid", "Top", "Bottom", "Left", "Right", "Corner", "Custom"] as const;

function liveCharts(sheet: SheetState): ChartState[] {
  return sheet.charts.filter((chart) => !chart.deleted);
}

/** Charts are drawing objects: sheet protection (which protects objects by default) refuses any change to them. */
function assertChartsEditable(sheet: SheetState, location: string): void {
  if (sheet.protection.protected) throw officeError("AccessDenied", location, `sheet "${sheet.name}" is protected`);
}

/**
 * The cells a Range argument stands for. Office.js sends the proxy as a reference; the fake resolves the proxy the
 * adapter passed, which must be one of its own ranges.
 */
function rangeArgument(sent: unknown, received: unknown, location: string): ChartRangeState {
  if (!isObjectReference(received) || !(sent instanceof FakeRange)) throw new FakeLimitationError(`${location} with anything but a Range`);
  const target = sent.resolve();
  if (target === NULL_OBJECT) throw officeError("InvalidArgument", location, "the range does not exist");
  return { sheet: target.sheet, rect: target.rect };
}

/** Assumption (not verified): a series' values and categories are one row or one column, else InvalidArgument. */
function lineArgument(sent: unknown, received: unknown, location: string): ChartRangeState {
  const range = rangeArgument(sent, received, location);
  if (range.rect.rowCount !== 1 && range.rect.columnCount !== 1) throw officeError("InvalidArgument", location, "not one row or one column");
  return range;
}

/**
 * Excel makes one series per column (or row) of the source. Its guess at a header row or column is not modelled:
 * a source whose first cell holds text is a FakeLimitationError, and every series starts as "Series<n>".
 */
function seriesFromSource(source: ChartRangeState, seriesBy: unknown): ChartSeriesState[] {
  const by = expectOneOf(seriesBy, "ChartCollection.add", ["Auto", "Columns", "Rows"]);
  if (by === "Auto") throw new FakeLimitationError("ChartCollection.add with seriesBy Auto: Excel's guess is not modelled");
  if (typeof getCell(source.sheet, source.rect.row, source.rect.column) === "string") {
    throw new FakeLimitationError("ChartCollection.add over a header cell: Excel's header detection is not modelled");
  }
  const { row, column, rowCount, columnCount } = source.rect;
  const lines: Rect[] =
    by === "Columns"
      ? Array.from({ length: columnCount }, (_unused, index) => ({ row, column: column + index, rowCount, columnCount: 1 }))
      : Array.from({ length: rowCount }, (_unused, index) => ({ row: row + index, column, rowCount: 1, columnCount }));
  return lines.map((rect, index) => ({ name: `Series${index + 1}`, values: { sheet: source.sheet, rect }, categories: null, color: null }));
}

function cellAddress(value: unknown, location: string): Rect {
  if (isObjectReference(value)) throw new FakeLimitationError(`${location} with a Range object`);
  const rect = typeof value === "string" ? parseLocalAddress(value) : null;
  if (!rect) throw officeError("InvalidArgument", location, `address ${JSON.stringify(value)}`);
  return rect;
}

export class FakeChartCollection
  extends FakeItemCollection<SheetState, ChartState, FakeChart, Excel.Chart, Excel.ChartCollection>
  implements Pick<Excel.ChartCollection, "add" | "getItem" | "items" | "load">
{
  protected readonly typeName = "ChartCollection";

  protected listItems(sheet: SheetState): ChartState[] {
    return liveCharts(sheet);
  }

  protected newItemProxy(path: string, resolver: () => Resolution<ChartState>): FakeChart {
    return new FakeChart(this.queue, path, resolver);
  }

  protected itemKey(item: ChartState): string {
    return item.name;
  }

  add(type: Excel.ChartType | (typeof MODELLED_TYPES)[number], sourceData: Excel.Range, seriesBy?: Excel.ChartSeriesBy | "Auto" | "Columns" | "Rows"): Excel.Chart {
    let created: ChartState | undefined;
    this.enqueue("ChartCollection.add", [type, sourceData, seriesBy ?? "Auto"], (sheet, [receivedType, receivedSource, receivedBy]) => {
      if (typeof receivedType !== "string" || !(MODELLED_TYPES as readonly string[]).includes(receivedType)) {
        throw new FakeLimitationError(`chart type ${JSON.stringify(receivedType)}`);
      }
      assertChartsEditable(sheet, "ChartCollection.add");
      const source = rangeArgument(sourceData, receivedSource, "ChartCollection.add");
      created = {
        id: newId(this.queue.host.workbook, "chart"),
        sheet,
        name: `Chart ${sheet.charts.length + 1}`,
        type: receivedType,
        title: "",
        legend: { position: "Right", visible: true },
        position: null,
        series: seriesFromSource(source, receivedBy),
        deleted: false,
      };
      sheet.charts.push(created);
    });
    return this.addedItem(`add(${this.queue.host.nextProxy()})`, () => created, "Chart");
  }

  /** Not modelled: whether Excel lets two charts of a sheet share a name; the first one of that name is found. */
  getItem(name: string): Excel.Chart {
    return this.itemByKey(name, (sheet) => liveCharts(sheet).find((candidate) => sameName(candidate.name, name)), "chart");
  }
}

abstract class ChartPart<T extends object> extends FakeClientObject<T> {
  protected override assertAlive(target: T): void {
    const chart = ((target as { chart?: ChartState }).chart ?? target) as ChartState;
    if (chart.deleted || chart.sheet.deleted) throw officeError("ItemNotFound", this.typeName, `chart "${chart.name}" was deleted`);
  }

  protected readScalar(_target: T, property: string): unknown {
    throw new FakeLimitationError(`${this.typeName}.${property}`);
  }
}

export class FakeChart extends ChartPart<ChartState> implements Pick<Excel.Chart, "name" | "title" | "legend" | "series" | "setPosition" | "delete" | "load"> {
  protected readonly typeName = "Chart";
  protected readonly loadable = ["name", "chartType"] as const;
  private titleProxy: FakeChartTitle | undefined;
  private legendProxy: FakeChartLegend | undefined;
  private seriesProxy: FakeChartSeriesCollection | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<ChartState>) {
    super(queue, path, resolver);
  }

  protected override readScalar(target: ChartState, property: string): unknown {
    if (property === "name") return target.name;
    if (property === "chartType") return target.type;
    return super.readScalar(target, property);
  }

  load(argument?: unknown): Excel.Chart {
    this.queueLoad(argument);
    return asExcel(this);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (target, received) => {
      assertChartsEditable(target.sheet, "Chart.name");
      const text = expectString(received, "Chart.name", 255);
      if (text === "") throw officeError("InvalidArgument", "Chart.name", "empty name");
      target.name = text;
    });
  }

  get title(): Excel.ChartTitle {
    this.titleProxy ??= new FakeChartTitle(this.queue, `${this.fakeObjectPath}.title`, () => this.resolve());
    return asExcel(this.titleProxy);
  }

  get legend(): Excel.ChartLegend {
    this.legendProxy ??= new FakeChartLegend(this.queue, `${this.fakeObjectPath}.legend`, () => this.resolve());
    return asExcel(this.legendProxy);
  }

  get series(): Excel.ChartSeriesCollection {
    this.seriesProxy ??= new FakeChartSeriesCollection(this.queue, `${this.fakeObjectPath}.series`, () => this.resolve());
    return asExcel(this.seriesProxy);
  }

  /** Cells as text ("E2", "L16"); the chart covers both, as the docs say of endCell. */
  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    this.enqueue("Chart.setPosition", [startCell, endCell ?? null], (target, [from, to]) => {
      assertChartsEditable(target.sheet, "Chart.setPosition");
      target.position = { from: cellAddress(from, "Chart.setPosition"), to: to === null ? null : cellAddress(to, "Chart.setPosition") };
    });
  }

  delete(): void {
    this.enqueue("Chart.delete", [], (target) => {
      assertChartsEditable(target.sheet, "Chart.delete");
      target.deleted = true;
    });
  }
}

export class FakeChartTitle extends ChartPart<ChartState> implements Pick<Excel.ChartTitle, "text"> {
  protected readonly typeName = "ChartTitle";
  protected readonly loadable = [] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<ChartState>) {
    super(queue, path, resolver);
  }

  get text(): string {
    return this.read("text");
  }
  set text(text: string) {
    this.write("text", text, (target, received) => {
      assertChartsEditable(target.sheet, "ChartTitle.text");
      target.title = expectString(received, "ChartTitle.text", 255);
    });
  }
}

export class FakeChartLegend extends ChartPart<ChartState> implements Pick<Excel.ChartLegend, "position" | "visible"> {
  protected readonly typeName = "ChartLegend";
  protected readonly loadable = [] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<ChartState>) {
    super(queue, path, resolver);
  }

  get position(): Excel.ChartLegendPosition {
    return this.read("position");
  }
  set position(position: Excel.ChartLegendPosition | (typeof LEGEND_POSITIONS)[number]) {
    this.write("position", position, (target, received) => {
      assertChartsEditable(target.sheet, "ChartLegend.position");
      target.legend.position = expectOneOf(received, "ChartLegend.position", LEGEND_POSITIONS);
    });
  }

  get visible(): boolean {
    return this.read("visible");
  }
  set visible(visible: boolean) {
    this.write("visible", visible, (target, received) => {
      assertChartsEditable(target.sheet, "ChartLegend.visible");
      target.legend.visible = expectBoolean(received, "ChartLegend.visible");
    });
  }
}

interface SeriesTarget {
  readonly chart: ChartState;
  readonly series: ChartSeriesState;
}

export class FakeChartSeriesCollection extends ChartPart<ChartState> implements Pick<Excel.ChartSeriesCollection, "add" | "getItemAt"> {
  protected readonly typeName = "ChartSeriesCollection";
  protected readonly loadable = [] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<ChartState>) {
    super(queue, path, resolver);
  }

  /** ExcelApi 1.7: a new series at the end, with a name and no values yet. */
  add(name?: string, index?: number): Excel.ChartSeries {
    if (index !== undefined) throw new FakeLimitationError("ChartSeriesCollection.add at an index");
    let created: SeriesTarget | undefined;
    this.enqueue("ChartSeriesCollection.add", [name ?? null], (chart, [received]) => {
      assertChartsEditable(chart.sheet, "ChartSeriesCollection.add");
      const series: ChartSeriesState = {
        name: received === null ? `Series${chart.series.length + 1}` : expectString(received, "ChartSeriesCollection.add", 255),
        values: null,
        categories: null,
        color: null,
      };
      chart.series.push(series);
      created = { chart, series };
    });
    return asExcel(
      new FakeChartSeries(this.queue, `${this.fakeObjectPath}.add(${this.queue.host.nextProxy()})`, () => {
        if (this.resolve() === NULL_OBJECT) return NULL_OBJECT;
        if (!created) throw officeError("InvalidOperation", "ChartSeries", "used before it was added");
        return created;
      }),
    );
  }

  getItemAt(index: number): Excel.ChartSeries {
    const proxy = new FakeChartSeries(this.queue, `${this.fakeObjectPath}.getItemAt(${index})`, () => {
      const chart = this.resolve();
      if (chart === NULL_OBJECT) return NULL_OBJECT;
      const series = chart.series[index];
      if (!series) throw officeError("ItemNotFound", "ChartSeriesCollection.getItemAt", `no series ${index}`);
      return { chart, series };
    });
    proxy.instantiate();
    return asExcel(proxy);
  }
}

export class FakeChartSeries extends ChartPart<SeriesTarget> implements Pick<Excel.ChartSeries, "name" | "setValues" | "setXAxisValues" | "format"> {
  protected readonly typeName = "ChartSeries";
  protected readonly loadable = [] as const;
  private formatProxy: FakeChartSeriesFormat | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SeriesTarget>) {
    super(queue, path, resolver);
  }

  get name(): string {
    return this.read("name");
  }
  set name(name: string) {
    this.write("name", name, (target, received) => {
      assertChartsEditable(target.chart.sheet, "ChartSeries.name");
      target.series.name = expectString(received, "ChartSeries.name", 255);
    });
  }

  /** ExcelApi 1.7. */
  setValues(sourceData: Excel.Range): void {
    this.enqueue("ChartSeries.setValues", [sourceData], (target, [received]) => {
      assertChartsEditable(target.chart.sheet, "ChartSeries.setValues");
      target.series.values = lineArgument(sourceData, received, "ChartSeries.setValues");
    });
  }

  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: Excel.Range): void {
    this.enqueue("ChartSeries.setXAxisValues", [sourceData], (target, [received]) => {
      assertChartsEditable(target.chart.sheet, "ChartSeries.setXAxisValues");
      target.series.categories = lineArgument(sourceData, received, "ChartSeries.setXAxisValues");
    });
  }

  get format(): Excel.ChartSeriesFormat {
    this.formatProxy ??= new FakeChartSeriesFormat(this.queue, `${this.fakeObjectPath}.format`, () => this.resolve());
    return asExcel(this.formatProxy);
  }
}

export class FakeChartSeriesFormat extends ChartPart<SeriesTarget> implements Pick<Excel.ChartSeriesFormat, "fill"> {
  protected readonly typeName = "ChartSeriesFormat";
  protected readonly loadable = [] as const;
  private fillProxy: FakeChartFill | undefined;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SeriesTarget>) {
    super(queue, path, resolver);
  }

  get fill(): Excel.ChartFill {
    this.fillProxy ??= new FakeChartFill(this.queue, `${this.fakeObjectPath}.fill`, () => this.resolve());
    return asExcel(this.fillProxy);
  }
}

export class FakeChartFill extends ChartPart<SeriesTarget> implements Pick<Excel.ChartFill, "setSolidColor"> {
  protected readonly typeName = "ChartFill";
  protected readonly loadable = [] as const;

  constructor(queue: FakeRequestQueue, path: string, resolver: () => Resolution<SeriesTarget>) {
    super(queue, path, resolver);
  }

  setSolidColor(color: string): void {
    this.enqueue("ChartFill.setSolidColor", [color], (target, [received]) => {
      assertChartsEditable(target.chart.sheet, "ChartFill.setSolidColor");
      target.series.color = expectColor(received, "ChartFill.setSolidColor");
    });
  }
}
