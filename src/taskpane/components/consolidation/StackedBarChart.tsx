import { useId, type CSSProperties } from "react";
import type { ConsolidationText } from "../../i18n/consolidationMessages";
import type { ChartData } from "./chartData";

/**
 * A stacked bar chart drawn as SVG: one bar per category, a segment per series, with the figures as a table beside
 * it for readers who do not see the bars. No chart library: the pane's chunk stays small.
 */

const WIDTH = 320;
const LABEL = 14;
const BAR = 12;
const GAP = 8;
const ROW = LABEL + BAR + GAP;
const TOTAL_SPACE = 28;
const FALLBACK_COLOR = "#6E6E6E";
/** Characters of a category label that fit the drawing's width; the table and the bar's tooltip carry it whole. */
const LABEL_CHARACTERS = 54;

const STYLES = {
  figure: { margin: 0, display: "flex", flexDirection: "column", gap: "var(--spacingVerticalXS)" },
  caption: { fontWeight: 600 },
  legend: {
    display: "flex",
    flexWrap: "wrap",
    gap: "4px 12px",
    listStyle: "none",
    margin: 0,
    padding: 0,
    fontSize: "12px",
  },
  swatch: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px", verticalAlign: "middle" },
  table: { borderCollapse: "collapse", fontSize: "12px", width: "100%" },
  cell: { borderBottom: "1px solid var(--colorNeutralStroke2)", padding: "2px 4px", textAlign: "right" },
  head: {
    borderBottom: "1px solid var(--colorNeutralStroke1)",
    padding: "2px 4px",
    textAlign: "left",
    fontWeight: 600,
  },
} satisfies Record<string, CSSProperties>;

export function StackedBarChart({ chart, text }: { readonly chart: ChartData; readonly text: ConsolidationText }) {
  const id = useId();
  const totals = chart.categories.map((_category, index) =>
    chart.series.reduce((sum, series) => sum + (series.values[index] ?? 0), 0),
  );
  const scale = (WIDTH - TOTAL_SPACE) / Math.max(1, ...totals);
  const height = Math.max(ROW, chart.categories.length * ROW);
  return (
    <figure style={STYLES.figure} data-testid="consolidation-chart">
      <figcaption id={`${id}-title`} style={STYLES.caption}>
        {chart.title}
      </figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: `${WIDTH * 1.5}px` }}
      >
        <desc id={`${id}-desc`}>
          {text("chartDescription", { categories: chart.categories.length, series: chart.series.length })}
        </desc>
        {chart.categories.map((category, index) => (
          <Bar key={`${index}-${category}`} chart={chart} index={index} total={totals[index]!} scale={scale} />
        ))}
      </svg>
      <ul style={STYLES.legend}>
        {chart.series.map((series) => (
          <li key={series.name}>
            <span aria-hidden style={{ ...STYLES.swatch, backgroundColor: series.color ?? FALLBACK_COLOR }} />
            {series.name}
          </li>
        ))}
      </ul>
      <details>
        <summary>{text("chartTable")}</summary>
        <FiguresTable chart={chart} totals={totals} text={text} />
      </details>
    </figure>
  );
}

function Bar(props: {
  readonly chart: ChartData;
  readonly index: number;
  readonly total: number;
  readonly scale: number;
}) {
  const { chart, index, total, scale } = props;
  const top = index * ROW;
  let x = 0;
  return (
    <g data-category={chart.categories[index]}>
      <text x={0} y={top + LABEL - 3} fontSize={11} fill="currentColor">
        {shortened(chart.categories[index] ?? "")}
      </text>
      {chart.series.map((series) => {
        const value = series.values[index] ?? 0;
        if (value <= 0) return null;
        const width = value * scale;
        const left = x;
        x += width;
        return (
          <rect
            key={series.name}
            x={left}
            y={top + LABEL}
            width={width}
            height={BAR}
            fill={series.color ?? FALLBACK_COLOR}
            data-series={series.name}
            data-value={value}
          >
            <title>{`${chart.categories[index]}, ${series.name}: ${value}`}</title>
          </rect>
        );
      })}
      <text x={x + 4} y={top + LABEL + BAR - 2} fontSize={11} fill="currentColor">
        {total}
      </text>
    </g>
  );
}

function shortened(label: string): string {
  return label.length > LABEL_CHARACTERS ? `${label.slice(0, LABEL_CHARACTERS - 1).trimEnd()}…` : label;
}

function FiguresTable(props: {
  readonly chart: ChartData;
  readonly totals: readonly number[];
  readonly text: ConsolidationText;
}) {
  const { chart, totals, text } = props;
  return (
    <table style={STYLES.table}>
      <caption style={{ textAlign: "left" }}>{chart.title}</caption>
      <thead>
        <tr>
          <th scope="col" style={STYLES.head}>
            {text("chartGroup")}
          </th>
          {chart.series.map((series) => (
            <th key={series.name} scope="col" style={STYLES.head}>
              {series.name}
            </th>
          ))}
          <th scope="col" style={STYLES.head}>
            {text("chartTotal")}
          </th>
        </tr>
      </thead>
      <tbody>
        {chart.categories.map((category, index) => (
          <tr key={`${index}-${category}`}>
            <th scope="row" style={{ ...STYLES.cell, textAlign: "left", fontWeight: 400 }}>
              {category}
            </th>
            {chart.series.map((series) => (
              <td key={series.name} style={STYLES.cell}>
                {series.values[index] ?? 0}
              </td>
            ))}
            <td style={STYLES.cell}>{totals[index]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
