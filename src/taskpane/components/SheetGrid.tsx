import { makeStyles, Text, tokens } from "@fluentui/react-components";
import { columnLetters, type CellPosition } from "../../domain/grid/cellAddress";
import type { CellValue, Grid } from "../../domain/grid/cellValue";
import { useI18n } from "../i18n/I18nProvider";

/** Rows drawn at once; enough to read a sheet, small enough to stay responsive on office PCs. */
export const MAX_VISIBLE_ROWS = 500;

const useStyles = makeStyles({
  wrapper: { overflow: "auto", height: "100%", border: `1px solid ${tokens.colorNeutralStroke2}` },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200, tableLayout: "fixed" },
  corner: { position: "sticky", top: 0, left: 0, zIndex: 2, backgroundColor: tokens.colorNeutralBackground3 },
  columnHead: {
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground3,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textAlign: "right",
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    fontWeight: tokens.fontWeightRegular,
  },
  cell: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 6px",
    overflow: "hidden",
    verticalAlign: "top",
    whiteSpace: "pre-wrap",
    overflowWrap: "anywhere",
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  // The margins keep the focused cell clear of the sticky headers when it is scrolled to.
  focus: { outline: `2px solid ${tokens.colorPaletteDarkOrangeForeground1}`, outlineOffset: "-2px", scrollMarginTop: "32px", scrollMarginLeft: "48px" },
  footer: { padding: tokens.spacingVerticalXS },
});

function display(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Brings the focused cell into view when it is drawn (a stable callback ref: once per cell focused). */
const scrollTo = (cell: HTMLTableCellElement | null) => cell?.scrollIntoView?.({ block: "nearest", inline: "nearest" });

/** Pixel widths from the longest text in each column, so long texts get room and codes stay narrow. */
function columnWidths(rows: Grid, columns: number): number[] {
  return Array.from({ length: columns }, (_, column) => {
    const longest = rows.reduce((max, row) => Math.max(max, display(row[column]).length), 0);
    return Math.max(56, Math.min(360, 16 + longest * 7));
  });
}

/**
 * A plain, read-only view of a sheet's values with Excel-style row and column headers. `focus` (a problem's cell)
 * is scrolled into view and highlighted, and marked selected for assistive technology.
 */
export function SheetGrid({ grid, focus }: { readonly grid: Grid; readonly focus?: CellPosition | null }) {
  const styles = useStyles();
  const { t } = useI18n();
  const columns = grid.reduce((max, row) => Math.max(max, row.length), 0);
  const rows = grid.slice(0, MAX_VISIBLE_ROWS);
  const widths = columnWidths(rows, columns);
  return (
    <div className={styles.wrapper}>
      <table
        className={styles.table}
        style={{ width: `${44 + widths.reduce((sum, width) => sum + width, 0)}px` }}
        role="grid"
        aria-rowcount={grid.length}
        aria-colcount={columns}
      >
        <colgroup>
          <col style={{ width: "44px" }} />
          {widths.map((width, column) => (
            <col key={column} style={{ width: `${width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className={styles.corner} />
            {Array.from({ length: columns }, (_, column) => (
              <th key={column} className={styles.columnHead} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, rowIndex) => (
            <tr key={rowIndex}>
              <th className={styles.rowHead} scope="row">
                {rowIndex + 1}
              </th>
              {Array.from({ length: columns }, (_, column) => {
                const value = row[column];
                const hit = focus?.row === rowIndex && focus.column === column;
                return (
                  <td
                    key={column}
                    ref={hit ? scrollTo : undefined}
                    aria-selected={hit || undefined}
                    className={`${styles.cell} ${typeof value === "number" ? styles.number : ""} ${hit ? styles.focus : ""}`}
                  >
                    {display(value)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.footer}>
        <Text size={200}>
          {t("workbookRows", { rows: grid.length, columns })}
          {grid.length > MAX_VISIBLE_ROWS ? ` ${t("workbookRowsTruncated", { shown: MAX_VISIBLE_ROWS, rows: grid.length })}` : ""}
        </Text>
      </div>
    </div>
  );
}
