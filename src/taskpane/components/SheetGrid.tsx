import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useRef, useState } from "react";
import { columnLetters, type CellPosition } from "../../domain/grid/cellAddress";
import type { CellValue, Grid } from "../../domain/grid/cellValue";
import { useI18n } from "../i18n/I18nProvider";

/**
 * Rows drawn at once: enough to read a sheet, small enough to stay responsive on office PCs however long the
 * sheet. The window moves to the focused cell, or by the buttons under the grid.
 */
export const WINDOW_ROWS = 500;

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
  footer: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalXS,
  },
  goTo: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  goToInput: { width: "72px", fontSize: tokens.fontSizeBase200 },
});

function display(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Brings the focused cell into view when it is drawn. */
const scrollTo = (cell: HTMLTableCellElement | null) => cell?.scrollIntoView?.({ block: "nearest", inline: "nearest" });

/** Pixel widths from the longest text in each column, so long texts get room and codes stay narrow. */
function columnWidths(rows: Grid, columns: number): number[] {
  return Array.from({ length: columns }, (_, column) => {
    const longest = rows.reduce((max, row) => Math.max(max, display(row[column]).length), 0);
    return Math.max(56, Math.min(360, 16 + longest * 7));
  });
}

/** The first row of the window that shows `row` a little below its top, kept inside the sheet. */
export function windowStart(row: number, rows: number): number {
  return Math.max(0, Math.min(row - Math.floor(WINDOW_ROWS / 4), rows - WINDOW_ROWS));
}

/** Where the window stays for a new focus: where it was if the focused row is in it, else around that row. */
function startFor(focus: CellPosition | null | undefined, current: number, rows: number): number {
  if (!focus || (focus.row >= current && focus.row < current + WINDOW_ROWS)) return Math.min(current, windowStart(rows, rows));
  return windowStart(focus.row, rows);
}

/**
 * A plain, read-only view of a sheet's values with Excel-style row and column headers. Long sheets show a window
 * of WINDOW_ROWS rows (numbered as in the sheet) that moves to `focus`, a problem's cell, which is scrolled into
 * view, highlighted, and marked selected for assistive technology. Each new `focus` object (each click on an
 * issue) brings its cell back into view, even after the window was moved away.
 */
export function SheetGrid({ grid, focus }: { readonly grid: Grid; readonly focus?: CellPosition | null }) {
  const styles = useStyles();
  const { t } = useI18n();
  const wrapper = useRef<HTMLDivElement>(null);
  // A callback ref per focus given: React calls it again for a new focus on a cell already drawn.
  const focusedRef = useCallback((cell: HTMLTableCellElement | null) => (focus ? scrollTo(cell) : undefined), [focus]);
  const columns = useMemo(() => grid.reduce((max, row) => Math.max(max, row.length), 0), [grid]);
  // Widths from the whole sheet, so that they do not jump as the window moves.
  const widths = useMemo(() => columnWidths(grid, columns), [grid, columns]);
  const [view, setView] = useState(() => ({ focus, grid, start: startFor(focus, 0, grid.length) }));
  // A new focus or sheet moves the window during render (React's derived-state pattern), so the focused cell
  // is drawn, and scrolled to, on the first paint.
  if (view.focus !== focus || view.grid !== grid) setView({ focus, grid, start: startFor(focus, view.grid === grid ? view.start : 0, grid.length) });
  const start = view.start;
  const rows = grid.slice(start, start + WINDOW_ROWS);
  const windowed = grid.length > WINDOW_ROWS;
  const moveTo = (first: number) => {
    setView({ focus, grid, start: Math.max(0, Math.min(first, grid.length - WINDOW_ROWS)) });
    if (wrapper.current) wrapper.current.scrollTop = 0;
  };
  return (
    <div ref={wrapper} className={styles.wrapper}>
      <table
        className={styles.table}
        style={{ width: `${44 + widths.reduce((sum, width) => sum + width, 0)}px` }}
        role="grid"
        aria-rowcount={grid.length + 1}
        aria-colcount={columns + 1}
      >
        <colgroup>
          <col style={{ width: "44px" }} />
          {widths.map((width, column) => (
            <col key={column} style={{ width: `${width}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={styles.corner} />
            {Array.from({ length: columns }, (_, column) => (
              <th key={column} className={styles.columnHead} scope="col">
                {columnLetters(column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, offset) => {
            const rowIndex = start + offset;
            return (
              <tr key={rowIndex} aria-rowindex={rowIndex + 2}>
                <th className={styles.rowHead} scope="row">
                  {rowIndex + 1}
                </th>
                {Array.from({ length: columns }, (_, column) => {
                  const value = row[column];
                  const hit = focus?.row === rowIndex && focus.column === column;
                  return (
                    <td
                      key={column}
                      ref={hit ? focusedRef : undefined}
                      aria-selected={hit || undefined}
                      tabIndex={hit ? 0 : undefined}
                      className={`${styles.cell} ${typeof value === "number" ? styles.number : ""} ${hit ? styles.focus : ""}`}
                    >
                      {display(value)}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className={styles.footer}>
        <Text size={200} aria-live="polite">
          {t("workbookRows", { rows: grid.length, columns })}
          {windowed ? ` ${t("workbookRowsWindow", { first: start + 1, last: start + rows.length, rows: grid.length })}` : ""}
        </Text>
        {windowed && (
          <>
            <Button size="small" appearance="subtle" disabled={start === 0} onClick={() => moveTo(start - WINDOW_ROWS)}>
              {t("workbookRowsPrevious", { count: WINDOW_ROWS })}
            </Button>
            <Button size="small" appearance="subtle" disabled={start + rows.length >= grid.length} onClick={() => moveTo(start + WINDOW_ROWS)}>
              {t("workbookRowsNext", { count: WINDOW_ROWS })}
            </Button>
            <GoToRow rows={grid.length} label={t("workbookGoToRow")} className={styles.goTo} inputClassName={styles.goToInput} onGo={(row) => moveTo(windowStart(row, grid.length))} />
          </>
        )}
      </div>
    </div>
  );
}

/** A row number to show: the window moves around it on Enter (a number past the sheet's ends, to that end). */
function GoToRow(props: { rows: number; label: string; className: string; inputClassName: string; onGo: (row: number) => void }) {
  const { rows, label, className, inputClassName, onGo } = props;
  return (
    <label className={className}>
      <Text size={200}>{label}</Text>
      <input
        type="number"
        min={1}
        max={rows}
        className={inputClassName}
        onKeyDown={(event) => {
          if (event.key !== "Enter") return;
          const typed = Number(event.currentTarget.value);
          if (event.currentTarget.value.trim() === "" || !Number.isFinite(typed)) return;
          // A row past either end goes to that end, and the box says which row that is.
          const row = Math.min(rows, Math.max(1, Math.round(typed)));
          event.currentTarget.value = String(row);
          onGo(row - 1);
        }}
      />
    </label>
  );
}
