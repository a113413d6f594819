import type { CellValue, Grid } from "../../domain/grid/cellValue";
import { rangeReference } from "../../domain/sheet/sheetNames";
import { stripControls } from "../../domain/text/stripControls";
import type { ChartSeriesSpec, ChartSpec } from "../../workbook/port";
import { parseRange } from "../cellRange";
import { escapeXmlAttribute, escapeXmlText } from "../package/xmlParts";

const C_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Axis ids are local to one chart part; the category axis and the value axis cross each other. */
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

/**
 * A chart part (xl/charts/chartN.xml) for one ChartSpec. Series point at the sheet's ranges by formula, and carry
 * the values written with them as caches: a viewer that does not recalculate (a phone, a preview, a PDF export)
 * draws the chart from the caches alone.
 */
export function chartPartXml(chart: ChartSpec, sheet: string, values: Grid): string {
  const plot = chart.kind === "pie" ? pieChartXml(chart, sheet, values) : barChartXml(chart, sheet, values) + axesXml(chart);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C_NS}" xmlns:a="${A_NS}" xmlns:r="${R_NS}">` +
    // Excel draws rounded corners when the element is absent.
    `<c:roundedCorners val="0"/>` +
    `<c:chart>${titleXml(chart.title)}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>${plot}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `</c:chartSpace>`
  );
}

function titleXml(title: string): string {
  return (
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="vi-VN" sz="1400" b="1"/><a:t>${chartText(title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`
  );
}

const BAR_SHAPES: Record<Exclude<ChartSpec["kind"], "pie">, { readonly direction: "col" | "bar"; readonly grouping: "clustered" | "stacked" }> = {
  columnClustered: { direction: "col", grouping: "clustered" },
  columnStacked: { direction: "col", grouping: "stacked" },
  barStacked: { direction: "bar", grouping: "stacked" },
};

function barChartXml(chart: ChartSpec, sheet: string, values: Grid): string {
  const shape = BAR_SHAPES[chart.kind as keyof typeof BAR_SHAPES];
  const series = chart.series.map((item, index) => seriesXml(item, index, chart.categories, sheet, values, true)).join("");
  // Stacked bars overlap fully, or each series would stand beside the others.
  const overlap = shape.grouping === "stacked" ? `<c:overlap val="100"/>` : "";
  return (
    `<c:barChart><c:barDir val="${shape.direction}"/><c:grouping val="${shape.grouping}"/><c:varyColors val="0"/>` +
    `${series}<c:gapWidth val="80"/>${overlap}<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>`
  );
}

/** A pie colours its slices by category; a series colour would paint the whole pie one colour, so it is not used. */
function pieChartXml(chart: ChartSpec, sheet: string, values: Grid): string {
  const series = chart.series.map((item, index) => seriesXml(item, index, chart.categories, sheet, values, false)).join("");
  return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
}

/** Horizontal bars put their categories on the left and their values along the bottom; columns the other way. */
function axesXml(chart: ChartSpec): string {
  const horizontal = chart.kind === "barStacked";
  return (
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${horizontal ? "l" : "b"}"/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    `<c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

function seriesXml(series: ChartSeriesSpec, index: number, categories: string, sheet: string, values: Grid, bar: boolean): string {
  const fill = bar && series.color ? `<c:spPr><a:solidFill><a:srgbClr val="${escapeXmlAttribute(series.color.replace(/^#/, "").toUpperCase())}"/></a:solidFill></c:spPr>` : "";
  const invert = bar ? `<c:invertIfNegative val="0"/>` : "";
  return (
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/><c:tx><c:v>${chartText(series.name)}</c:v></c:tx>${fill}${invert}` +
    `<c:cat>${categoryReferenceXml(sheet, categories, values)}</c:cat>` +
    `<c:val>${valueReferenceXml(sheet, series.values, values)}</c:val></c:ser>`
  );
}

/** Category labels as text, whatever the cells hold: a chart's axis shows them as written. */
function categoryReferenceXml(sheet: string, address: string, values: Grid): string {
  const cells = cellsOf(address, values);
  const points = cells.map((value, index) => (value === null || value === "" ? "" : point(index, String(value)))).join("");
  return (
    `<c:strRef><c:f>${escapeXmlText(rangeReference(sheet, address))}</c:f>` +
    `<c:strCache><c:ptCount val="${cells.length}"/>${points}</c:strCache></c:strRef>`
  );
}

/** Numbers only: a cell without a number is a gap (dispBlanksAs), not a zero. */
function valueReferenceXml(sheet: string, address: string, values: Grid): string {
  const cells = cellsOf(address, values);
  const points = cells.map((value, index) => (typeof value === "number" && Number.isFinite(value) ? point(index, String(value)) : "")).join("");
  return (
    `<c:numRef><c:f>${escapeXmlText(rangeReference(sheet, address))}</c:f>` +
    `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points}</c:numCache></c:numRef>`
  );
}

function point(index: number, text: string): string {
  return `<c:pt idx="${index}"><c:v>${chartText(text)}</c:v></c:pt>`;
}

/** Labels may come from agencies' returns: a stray control character is not allowed in XML and would break the part. */
function chartText(text: string): string {
  return escapeXmlText(stripControls(text));
}

/** The values of a range of the sheet, row by row: a one-column or one-row range gives its cells in order. */
export function cellsOf(address: string, values: Grid): CellValue[] {
  const range = parseRange(address);
  const cells: CellValue[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let column = range.left; column <= range.right; column++) cells.push(values[row]?.[column] ?? null);
  }
  return cells;
}
